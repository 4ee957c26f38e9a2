import { getLocale, getTranslations } from "next-intl/server";
import { FilterButtons, FilterForm, FilterSelect, PROGRAM_OPTIONS_URL } from "@/components/ui/filter-form";
import type { PlanFilterOptions } from "@/lib/data/plans/reads";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { nameOf } from "@/lib/i18n/localized";
import { PLAN_STATUSES } from "@/lib/domain/plan";
import type { PlanFilters } from "@/lib/validation/plan-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

function PlanFilterSelect(props: Omit<Parameters<typeof FilterSelect>[0], "id" | "name"> & { name: keyof PlanFilters }) {
  return <FilterSelect id={`f-${props.name}`} {...props} />;
}

// A plain GET form, as the activity list's: the filters live in the URL and it works without JavaScript.
export async function PlanFilterForm({
  filters,
  options,
  statuses = PLAN_STATUSES,
}: {
  filters: PlanFilters;
  options: PlanFilterOptions;
  /** The statuses the reader may see (a liaison officer never sees a draft). */
  statuses?: readonly string[];
}) {
  const [t, te, locale] = await Promise.all([getTranslations("plans"), getTranslations("enums"), getLocale()]);
  const any = t("any");
  return (
    // Keyed by the filters: "clear" (a client-side navigation) must not leave the selects as they were.
    <FilterForm key={filtersQuery(filters)} action="/plans" label={t("filters")}>
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-5">
        <PlanFilterSelect
          name="program"
          label={t("program")}
          anyLabel={any}
          value={filters.program}
          source={PROGRAM_OPTIONS_URL}
          options={options.programs.map((program) => ({ value: program.id, label: nameOf(locale, program) }))}
        />
        <PlanFilterSelect
          name="state"
          label={t("state")}
          anyLabel={any}
          value={filters.state}
          options={options.states.map((state) => ({ value: state.code, label: nameOf(locale, state) }))}
        />
        <PlanFilterSelect
          name="status"
          label={t("status")}
          anyLabel={any}
          value={filters.status}
          options={statuses.map((status) => ({ value: status, label: te(`planStatus.${status}`) }))}
        />
        <PlanFilterSelect
          name="fy"
          label={t("fiscalYear")}
          anyLabel={any}
          value={filters.fy}
          options={options.fiscalYears.map((fy) => ({ value: fy, label: fiscalYearLabel(fy, locale) }))}
        />
        <PlanFilterSelect
          name="author"
          label={t("author")}
          anyLabel={any}
          value={filters.author}
          options={options.authors.map((author) => ({ value: author.id, label: author.name }))}
        />
      </div>
      <div className="mt-3 flex gap-3">
        <FilterButtons apply={t("apply")} clear={t("clear")} clearHref="/plans" />
      </div>
    </FilterForm>
  );
}
