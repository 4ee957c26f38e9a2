import { getLocale, getTranslations } from "next-intl/server";
import { FilterButtons, FilterForm, FilterInput, FilterSelect, PROGRAM_OPTIONS_URL } from "@/components/ui/filter-form";
import type { ActivityFilterOptions } from "@/lib/data/reference/reads";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { ACTIVITY_STATUSES } from "@/lib/domain/activity";
import type { ActivityFilters } from "@/lib/validation/activity-filters";

const keepQuery = (keep: Record<string, string>) => (Object.keys(keep).length ? `?${new URLSearchParams(keep)}` : "");

function ActivityFilterSelect(props: Omit<Parameters<typeof FilterSelect>[0], "id" | "name"> & { name: keyof ActivityFilters }) {
  return <FilterSelect id={`f-${props.name}`} {...props} />;
}

// A plain GET form: the filters live in the URL (shareable, kept on reload) and it works without
// JavaScript. The calendar and timeline submit it to themselves (`action`), keeping their own
// parameters (`keep`, e.g. the month shown) as hidden fields.
export async function ActivityFilterForm({
  filters,
  options,
  action = "/activities",
  keep = {},
}: {
  filters: ActivityFilters;
  options: ActivityFilterOptions;
  action?: string;
  keep?: Record<string, string>;
}) {
  const [t, te, locale] = await Promise.all([getTranslations("activities"), getTranslations("enums"), getLocale()]);
  const any = t("any");
  return (
    <FilterForm action={action} label={t("filters")}>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7">
        <ActivityFilterSelect
          name="fy"
          label={t("fiscalYear")}
          anyLabel={any}
          value={filters.fy}
          options={options.fiscalYears.map((fy) => ({ value: fy, label: fiscalYearLabel(fy, locale) }))}
        />
        <ActivityFilterSelect
          name="state"
          label={t("state")}
          anyLabel={any}
          value={filters.state}
          options={options.states.map((state) => ({ value: state.code, label: nameOf(locale, state) }))}
        />
        <ActivityFilterSelect
          name="program"
          label={t("program")}
          anyLabel={any}
          value={filters.program}
          source={PROGRAM_OPTIONS_URL}
          options={options.programs.map((program) => ({ value: program.id, label: nameOf(locale, program) }))}
        />
        <ActivityFilterSelect
          name="keyArea"
          label={t("keyArea")}
          anyLabel={any}
          value={filters.keyArea}
          options={options.keyAreas.map((area) => ({ value: area.code, label: titleOf(locale, area) }))}
        />
        <ActivityFilterSelect
          name="means"
          label={t("means")}
          anyLabel={any}
          value={filters.means}
          options={options.means.map((item) => ({ value: item.code, label: titleOf(locale, item) }))}
        />
        <ActivityFilterSelect
          name="status"
          label={t("status")}
          anyLabel={any}
          value={filters.status}
          options={ACTIVITY_STATUSES.map((status) => ({ value: status, label: te(`activityStatus.${status}`) }))}
        />
        <FilterInput
          id="f-q"
          name="q"
          type="search"
          label={t("text")}
          maxLength={100}
          defaultValue={filters.q ?? ""}
          placeholder={t("textPlaceholder")}
        />
      </div>
      <div className="mt-3 flex gap-3">
        <FilterButtons apply={t("apply")} clear={t("clear")} clearHref={`${action}${keepQuery(keep)}`} />
      </div>
    </FilterForm>
  );
}
