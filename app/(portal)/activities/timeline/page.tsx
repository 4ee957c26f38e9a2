import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import clsx from "clsx";
import { ActivityFilterForm } from "@/components/activity-filters";
import { ActivityViews } from "@/components/activity-views";
import { Empty, PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { MAX_TIMELINE_YEARS, parseTimelineRange, shadeLevel } from "@/lib/calendar";
import { activityTimeline } from "@/lib/data/activities/calendar";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { fiscalYearLabel, fiscalYearRange } from "@/lib/fiscal-year";
import { nameOf } from "@/lib/i18n/localized";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("timelineTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Light shades only: dark text stays at AA on every one, and so does the brand focus outline
// (globals.css), which cannot be recoloured per cell. Busier cells are also bolder, not only darker.
const SHADES = [
  "bg-white text-slate-600",
  "bg-blue-50 text-slate-900",
  "bg-blue-100 text-slate-900",
  "bg-blue-200 text-slate-900 font-semibold",
  "bg-blue-300 text-slate-900 font-semibold",
] as const;

const fieldClass = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";

export default async function ActivityTimelinePage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const filters = parseActivityFilters(params);
  const requested = parseTimelineRange(params);
  const [t, format, locale, timeline, options] = await Promise.all([
    getTranslations("calendar"),
    getFormatter(),
    getLocale(),
    activityTimeline(actor, filters, requested),
    getActivityFilterOptions(actor, filters.program),
  ]);
  const { years, rows, max, total } = timeline;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  // The filters travel with the range form; the range travels with the filter form.
  const filterFields = Object.entries({ ...filters, page: undefined }).filter(([, value]) => value !== undefined);
  const keep = Object.fromEntries(
    Object.entries(requested)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  // The years offered: those with activities in scope, and whatever the URL asked for.
  const choices = fiscalYearRange(Math.min(first, ...options.fiscalYears), Math.max(last, ...options.fiscalYears)).reverse();

  return (
    <>
      <PageHeader title={t("timelineTitle")} intro={t("timelineIntro")} />
      <ActivityViews current="timeline" filters={filters} />
      <ActivityFilterForm filters={filters} options={options} action="/activities/timeline" keep={keep} />

      {filters.fy !== undefined ? (
        <p className="mb-4 text-sm text-slate-700">{t("fyFixed", { fy: fiscalYearLabel(filters.fy) })}</p>
      ) : (
        <form method="get" action="/activities/timeline" aria-label={t("range")} className="mb-4 flex flex-wrap items-end gap-3">
          {filterFields.map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={String(value)} />
          ))}
          {(["from", "to"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={`range-${name}`} className="block text-sm font-medium text-slate-800">
                {t(name)}
              </label>
              <select id={`range-${name}`} name={name} defaultValue={name === "from" ? first : last} className={fieldClass}>
                {choices.map((fy) => (
                  <option key={fy} value={fy}>
                    {fiscalYearLabel(fy)}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="rounded border border-slate-400 bg-white px-4 py-1.5 text-sm hover:bg-slate-100">
            {t("show")}
          </button>
          <p className="text-sm text-slate-600">{t("rangeNote", { count: MAX_TIMELINE_YEARS })}</p>
        </form>
      )}

      <p className="mb-2 text-sm text-slate-700" role="status" data-testid="timeline-count">
        {t("timelineCount", { count: total })}
      </p>
      {rows.length ? (
        <div className="relative overflow-x-auto">
          <table className="w-full border-collapse text-sm">
            <caption className="mb-2 text-left text-lg font-semibold text-slate-900">
              {t("timelineCaption", { from: fiscalYearLabel(first), to: fiscalYearLabel(last) })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="border border-slate-300 bg-slate-100 px-2 py-1.5 text-left font-medium text-slate-800">
                  {t("programColumn")}
                </th>
                {years.map((fy) => (
                  <th
                    key={fy}
                    scope="col"
                    className="border border-slate-300 bg-slate-100 px-2 py-1.5 text-center font-medium whitespace-nowrap text-slate-800 tabular-nums"
                  >
                    {fiscalYearLabel(fy)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ program, counts }) => (
                <tr key={program.id}>
                  <th scope="row" className="min-w-[14rem] border border-slate-300 bg-white px-2 py-1.5 text-left font-normal">
                    <Link href={`/programs/${program.id}`} className="link">
                      {nameOf(locale, program)}
                    </Link>
                  </th>
                  {years.map((fy) => {
                    const count = counts[fy] ?? 0;
                    return (
                      <td key={fy} className={clsx("border border-slate-300 p-0 text-center tabular-nums", SHADES[shadeLevel(count, max)])}>
                        {/* Nothing to open behind a zero: plain text, still a visible number. */}
                        {count ? (
                          <Link
                            href={`/activities${filtersQuery({ ...filters, page: 1, program: program.id, fy })}`}
                            aria-label={t("cellLabel", { count, program: nameOf(locale, program), fy: fiscalYearLabel(fy) })}
                            className="block px-2 py-1.5 underline decoration-1 underline-offset-2 hover:decoration-2"
                          >
                            {format.number(count)}
                          </Link>
                        ) : (
                          <span className="block px-2 py-1.5">{format.number(0)}</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Empty>{t("noneInTimeline")}</Empty>
      )}
    </>
  );
}
