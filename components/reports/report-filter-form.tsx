import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterForm, FilterSelect, PROGRAM_OPTIONS_URL } from "@/components/ui/filter-form";
import type { ActivityFilterOptions } from "@/lib/data/reference/reads";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { REPORT_STATUSES, type ReportFilters, type ReportKind } from "@/lib/validation/report-filters";

// The enum namespace of each report's statuses.
const STATUS_LABELS: Record<ReportKind, string> = {
  activities: "activityStatus",
  coverage: "activityStatus",
  plans: "planStatus",
  needs: "needStatus",
};

function Select(props: Omit<Parameters<typeof FilterSelect>[0], "id" | "anyLabel"> & { any: string }) {
  return <FilterSelect id={`r-${props.name}`} anyLabel={props.any} {...props} />;
}

// A plain GET form (the filters live in the URL). Only the filters that apply to the chosen report
// are offered: needs have no means; the state filter is for those who see every state.
export async function ReportFilterForm({
  kind,
  filters,
  options,
  showState,
}: {
  kind: ReportKind;
  filters: ReportFilters;
  options: ActivityFilterOptions;
  showState: boolean;
}) {
  const [t, te, locale] = await Promise.all([getTranslations("reports.filters"), getTranslations("enums"), getLocale()]);
  const years = options.fiscalYears.map((fy) => ({ value: fy, label: fiscalYearLabel(fy, locale) }));
  return (
    <FilterForm action="/reports" label={t("legend")}>
      <input type="hidden" name="report" value={kind} />
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7">
        <Select name="fyFrom" label={t("fyFrom")} any={t("any")} value={filters.fyFrom} options={years} />
        <Select name="fyTo" label={t("fyTo")} any={t("any")} value={filters.fyTo} options={years} />
        {showState ? (
          <Select
            name="state"
            label={t("state")}
            any={t("any")}
            value={filters.state}
            options={options.states.map((state) => ({ value: state.code, label: nameOf(locale, state) }))}
          />
        ) : null}
        <Select
          name="program"
          label={t("program")}
          any={t("any")}
          value={filters.program}
          source={PROGRAM_OPTIONS_URL}
          options={options.programs.map((program) => ({ value: program.id, label: nameOf(locale, program) }))}
        />
        <Select
          name="keyArea"
          label={t("keyArea")}
          any={t("any")}
          value={filters.keyArea}
          options={options.keyAreas.map((area) => ({ value: area.code, label: titleOf(locale, area) }))}
        />
        {kind !== "needs" ? (
          <Select
            name="means"
            label={t("means")}
            any={t("any")}
            value={filters.means}
            options={options.means.map((item) => ({ value: item.code, label: titleOf(locale, item) }))}
          />
        ) : null}
        <Select
          name="status"
          label={t("status")}
          any={t("any")}
          value={filters.status}
          options={REPORT_STATUSES[kind].map((status) => ({ value: status, label: te(`${STATUS_LABELS[kind]}.${status}` as never) }))}
        />
      </div>
      <div className="mt-3 flex gap-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href={`/reports?report=${kind}`} className="link self-center text-sm">
          {t("reset")}
        </Link>
      </div>
    </FilterForm>
  );
}
