import { getLocale, getTranslations } from "next-intl/server";
import { FilterButtons, FilterForm, FilterSelect, PROGRAM_OPTIONS_URL } from "@/components/ui/filter-form";
import type { ActivityFilterOptions } from "@/lib/data/reference/reads";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { nameOf, titleOf } from "@/lib/i18n/localized";

export type InsightField = "fy" | "fyFrom" | "fyTo" | "state" | "program" | "keyArea" | "means";

function Select(props: {
  name: InsightField;
  label: string;
  value: string | number | undefined;
  any?: string;
  options: { value: string | number; label: string }[];
  source?: string;
}) {
  return <FilterSelect id={`insight-${props.name}`} anyLabel={props.any} {...props} />;
}

/**
 * A plain GET form, as on the activity list: the view lives in the URL (shareable, kept on reload)
 * and works without JavaScript. Fiscal years have no "any": each view shows a definite span.
 */
export async function InsightFilterForm({
  action,
  fields,
  values,
  options,
  years,
  rangeLimit,
}: {
  action: string;
  fields: readonly InsightField[];
  values: Partial<Record<InsightField, string | number>>;
  options: ActivityFilterOptions;
  /** The fiscal years offered, latest first. */
  years: number[];
  /** The most fiscal years a span may hold, when the form has one. */
  rangeLimit?: number;
}) {
  const [t, locale] = await Promise.all([getTranslations("insights.filters"), getLocale()]);
  const yearOptions = years.map((fy) => ({ value: fy, label: fiscalYearLabel(fy, locale) }));
  const select = (name: InsightField) => {
    switch (name) {
      case "fy":
        return <Select name="fy" label={t("fiscalYear")} value={values.fy} options={yearOptions} />;
      case "fyFrom":
        return <Select name="fyFrom" label={t("from")} value={values.fyFrom} options={yearOptions} />;
      case "fyTo":
        return <Select name="fyTo" label={t("to")} value={values.fyTo} options={yearOptions} />;
      case "state":
        return (
          <Select
            name="state"
            label={t("state")}
            any={t("any")}
            value={values.state}
            options={options.states.map((state) => ({ value: state.code, label: nameOf(locale, state) }))}
          />
        );
      case "program":
        return (
          <Select
            name="program"
            label={t("program")}
            any={t("any")}
            value={values.program}
            source={PROGRAM_OPTIONS_URL}
            options={options.programs.map((program) => ({ value: program.id, label: nameOf(locale, program) }))}
          />
        );
      case "keyArea":
        return (
          <Select
            name="keyArea"
            label={t("keyArea")}
            any={t("any")}
            value={values.keyArea}
            options={options.keyAreas.map((area) => ({ value: area.code, label: titleOf(locale, area) }))}
          />
        );
      case "means":
        return (
          <Select
            name="means"
            label={t("means")}
            any={t("any")}
            value={values.means}
            options={options.means.map((item) => ({ value: item.code, label: titleOf(locale, item) }))}
          />
        );
    }
  };
  return (
    <FilterForm action={action} label={t("label")}>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-5">
        {fields.map((name) => (
          <div key={name}>{select(name)}</div>
        ))}
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <FilterButtons apply={t("apply")} clear={t("clear")} clearHref={action} />
        {rangeLimit !== undefined ? <p className="text-sm text-slate-600">{t("rangeNote", { count: rangeLimit })}</p> : null}
      </div>
    </FilterForm>
  );
}
