import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NameOptions } from "@/components/name-options";
import type { NeedFilters } from "@/lib/validation/need-filters";
import { NEED_STATUSES } from "@/lib/domain/need";

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-sm font-medium text-slate-800";

// A plain GET form, like the activity filters: the filters live in the URL (shareable, kept on
// reload) and it works without JavaScript. The state filter is offered only to those who see every
// state (`states` is empty for a liaison officer).
export async function NeedFilterForm({
  filters,
  states,
}: {
  filters: NeedFilters;
  states: { code: string; nameEn: string; nameJa: string }[];
}) {
  const [t, te] = await Promise.all([getTranslations("needEditor.filters"), getTranslations("enums")]);
  return (
    <form
      method="get"
      action="/needs"
      role="search"
      aria-label={t("label")}
      className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="min-w-48">
        <label htmlFor="f-status" className={labelClass}>
          {t("status")}
        </label>
        <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={fieldClass}>
          <option value="">{t("any")}</option>
          {NEED_STATUSES.map((status) => (
            <option key={status} value={status}>
              {te(`needStatus.${status}`)}
            </option>
          ))}
        </select>
      </div>
      {states.length ? (
        <div className="min-w-48">
          <label htmlFor="f-state" className={labelClass}>
            {t("state")}
          </label>
          <select id="f-state" name="state" defaultValue={filters.state ?? ""} className={fieldClass}>
            <option value="">{t("any")}</option>
            <NameOptions rows={states} valueOf={(state) => state.code} />
          </select>
        </div>
      ) : null}
      <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
        {t("apply")}
      </button>
      <Link href="/needs" className="rounded border border-slate-400 px-4 py-1.5 text-sm hover:bg-slate-100">
        {t("clear")}
      </Link>
    </form>
  );
}
