import { getLocale, getTranslations } from "next-intl/server";
import { FilterButtons, FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import type { getNeedFilterOptions } from "@/lib/data/needs/reads";
import type { NeedFilters } from "@/lib/validation/need-filters";
import { NEED_STATUSES, PRIORITIES } from "@/lib/domain/need";

// A plain GET form, like the activity filters: the filters live in the URL (shareable, kept on
// reload) and it works without JavaScript. The state filter is offered only to those who see every
// state (`states` is empty for a liaison officer).
export async function NeedFilterForm({
  filters,
  options: { states, keyAreas },
}: {
  filters: NeedFilters;
  options: Awaited<ReturnType<typeof getNeedFilterOptions>>;
}) {
  const [t, te, locale] = await Promise.all([getTranslations("needEditor.filters"), getTranslations("enums"), getLocale()]);
  const select = { anyLabel: t("any"), className: "min-w-48" };
  return (
    <FilterForm
      action="/needs"
      label={t("label")}
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      {/* A span of fiscal years (from the review of efforts) stays while the other filters change. */}
      {filters.fyFrom !== undefined ? <input type="hidden" name="fyFrom" value={filters.fyFrom} /> : null}
      {filters.fyTo !== undefined ? <input type="hidden" name="fyTo" value={filters.fyTo} /> : null}
      <FilterSelect
        id="f-status"
        name="status"
        label={t("status")}
        {...select}
        value={filters.status}
        options={NEED_STATUSES.map((status) => ({ value: status, label: te(`needStatus.${status}`) }))}
      />
      {states.length ? (
        <FilterSelect
          id="f-state"
          name="state"
          label={t("state")}
          {...select}
          value={filters.state}
          options={states.map((state) => ({ value: state.code, label: nameOf(locale, state) }))}
        />
      ) : null}
      <FilterSelect
        id="f-priority"
        name="priority"
        label={t("priority")}
        {...select}
        value={filters.priority}
        options={PRIORITIES.map((priority) => ({ value: priority, label: te(`priority.${priority}`) }))}
      />
      <FilterSelect
        id="f-keyArea"
        name="keyArea"
        label={t("keyArea")}
        {...select}
        value={filters.keyArea}
        options={keyAreas.map((area) => ({ value: area.code, label: `${area.code} ${titleOf(locale, area)}` }))}
      />
      <FilterButtons apply={t("apply")} clear={t("clear")} clearHref="/needs" />
    </FilterForm>
  );
}
