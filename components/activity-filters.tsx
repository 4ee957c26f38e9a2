import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ActivityFilterOptions } from "@/lib/data/reference";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { ACTIVITY_STATUSES, type ActivityFilters } from "@/lib/validation/activity-filters";

// A plain GET form: the filters live in the URL (shareable, kept on reload) and it works without
// JavaScript.
export async function ActivityFilterForm({ filters, options }: { filters: ActivityFilters; options: ActivityFilterOptions }) {
  const [t, te, locale] = await Promise.all([getTranslations("activities"), getTranslations("enums"), getLocale()]);
  const field = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
  const label = "block text-sm font-medium text-slate-800";
  return (
    <form method="get" action="/activities" role="search" aria-label={t("filters")} className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-4 lg:grid-cols-7">
        <div>
          <label htmlFor="f-fy" className={label}>{t("fiscalYear")}</label>
          <select id="f-fy" name="fy" defaultValue={filters.fy ?? ""} className={field}>
            <option value="">{t("any")}</option>
            {options.fiscalYears.map((fy) => (
              <option key={fy} value={fy}>{fiscalYearLabel(fy)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-state" className={label}>{t("state")}</label>
          <select id="f-state" name="state" defaultValue={filters.state ?? ""} className={field}>
            <option value="">{t("any")}</option>
            {options.states.map((state) => (
              <option key={state.code} value={state.code}>{nameOf(locale, state)}</option>
            ))}
          </select>
        </div>
        <div className="col-span-2 md:col-span-1 lg:col-span-1">
          <label htmlFor="f-program" className={label}>{t("program")}</label>
          <select id="f-program" name="program" defaultValue={filters.program ?? ""} className={field}>
            <option value="">{t("any")}</option>
            {options.programs.map((program) => (
              <option key={program.id} value={program.id}>{nameOf(locale, program)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-keyArea" className={label}>{t("keyArea")}</label>
          <select id="f-keyArea" name="keyArea" defaultValue={filters.keyArea ?? ""} className={field}>
            <option value="">{t("any")}</option>
            {options.keyAreas.map((area) => (
              <option key={area.code} value={area.code}>{titleOf(locale, area)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-means" className={label}>{t("means")}</label>
          <select id="f-means" name="means" defaultValue={filters.means ?? ""} className={field}>
            <option value="">{t("any")}</option>
            {options.means.map((item) => (
              <option key={item.code} value={item.code}>{titleOf(locale, item)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className={label}>{t("status")}</label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={field}>
            <option value="">{t("any")}</option>
            {ACTIVITY_STATUSES.map((status) => (
              <option key={status} value={status}>{te(`activityStatus.${status}`)}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-q" className={label}>{t("text")}</label>
          <input id="f-q" name="q" type="search" maxLength={100} defaultValue={filters.q ?? ""} placeholder={t("textPlaceholder")} className={field} />
        </div>
      </div>
      <div className="mt-3 flex gap-3">
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <Link href="/activities" className="rounded border border-slate-400 px-4 py-1.5 text-sm hover:bg-slate-100">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
