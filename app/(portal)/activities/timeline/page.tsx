import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import clsx from "clsx";
import { ActivityFilterForm } from "@/components/activity-filters";
import { ActivityViews } from "@/components/activity-views";
import { Empty, PageHeader } from "@/components/page-header";
import { ProgramTimelineChart } from "@/components/program-timeline";
import { requireActor } from "@/lib/auth/actor";
import { MAX_TIMELINE_YEARS, parseTimelineRange } from "@/lib/calendar";
import { programTimeline, TIMELINE_PROGRAMS } from "@/lib/data/activities/timeline";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { fiscalYearLabel, fiscalYearRange, todayInJapan } from "@/lib/fiscal-year";
import { MONTH_ZOOM_YEARS, parseZoom, TIMELINE_ZOOMS } from "@/lib/timeline";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("timelineTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const fieldClass = "mt-1 block rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";

export default async function ActivityTimelinePage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const filters = parseActivityFilters(params);
  const requested = parseTimelineRange(params);
  const zoom = parseZoom(params.zoom);
  const [t, locale, timeline, options] = await Promise.all([
    getTranslations("calendar"),
    getLocale(),
    programTimeline(actor, filters, requested, zoom),
    getActivityFilterOptions(actor, filters.program),
  ]);
  const { years, rows, total } = timeline;
  const first = years[0] ?? 0;
  const last = years.at(-1) ?? first;
  // The range and the zoom travel with the filter form; the filters with the range form and zoom links.
  const kept = Object.fromEntries(
    Object.entries({ ...requested, zoom: zoom === "year" ? undefined : zoom })
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  );
  const filterFields = Object.entries({ ...filters, page: undefined }).filter(([, value]) => value !== undefined);
  // The years offered: those with activities in scope, and whatever the URL asked for.
  const choices = fiscalYearRange(Math.min(first, ...options.fiscalYears), Math.max(last, ...options.fiscalYears)).reverse();
  const zoomHref = (target: string) => {
    const query = new URLSearchParams(filtersQuery({ ...filters, page: 1 }));
    for (const [key, value] of Object.entries(requested)) if (value !== undefined) query.set(key, String(value));
    if (target !== "year") query.set("zoom", target);
    const text = query.toString();
    return `/activities/timeline${text ? `?${text}` : ""}`;
  };

  return (
    <>
      <PageHeader title={t("timelineTitle")} intro={t("timelineIntro")} />
      <ActivityViews current="timeline" filters={filters} />
      <ActivityFilterForm filters={filters} options={options} action="/activities/timeline" keep={kept} />

      <div className="mb-4 flex flex-wrap items-end gap-x-6 gap-y-3">
        <nav aria-label={t("zoom")}>
          <ul className="inline-flex rounded border border-slate-400 bg-white text-sm">
            {TIMELINE_ZOOMS.map((value) => (
              <li key={value} className="border-l border-slate-400 first:border-l-0">
                <Link
                  href={zoomHref(value)}
                  aria-current={value === zoom ? "page" : undefined}
                  className={clsx(
                    "block px-3 py-1.5",
                    value === zoom ? "bg-brand-700 font-medium text-white" : "text-slate-800 hover:bg-slate-100",
                  )}
                >
                  {t(value === "year" ? "zoomYears" : "zoomMonths")}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {filters.fy !== undefined ? (
          <p className="text-sm text-slate-700">{t("fyFixed", { fy: fiscalYearLabel(filters.fy, locale) })}</p>
        ) : (
          <form method="get" action="/activities/timeline" aria-label={t("range")} className="flex flex-wrap items-end gap-3">
            {filterFields.map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={String(value)} />
            ))}
            {zoom !== "year" ? <input type="hidden" name="zoom" value={zoom} /> : null}
            {(["from", "to"] as const).map((name) => (
              <div key={name}>
                <label htmlFor={`range-${name}`} className="block text-sm font-medium text-slate-800">
                  {t(name)}
                </label>
                <select id={`range-${name}`} name={name} defaultValue={name === "from" ? first : last} className={fieldClass}>
                  {choices.map((fy) => (
                    <option key={fy} value={fy}>
                      {fiscalYearLabel(fy, locale)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="rounded border border-slate-400 bg-white px-4 py-1.5 text-sm hover:bg-slate-100">
              {t("show")}
            </button>
          </form>
        )}
      </div>
      <p className="mb-2 text-sm text-slate-600">
        {zoom === "month" ? t("monthZoomNote", { count: MONTH_ZOOM_YEARS }) : t("rangeNote", { count: MAX_TIMELINE_YEARS })}
      </p>

      <p className="mb-2 text-sm text-slate-700" role="status" data-testid="timeline-count">
        {t("timelineCount", { count: total })}
      </p>
      {timeline.capped ? <p className="mb-2 text-sm text-amber-900">{t("programsCapped", { count: TIMELINE_PROGRAMS })}</p> : null}
      {rows.length ? (
        <>
          <h2 className="mb-2 text-lg font-semibold text-slate-900">
            {t("timelineCaption", {
              from: fiscalYearLabel(timeline.axis.years[0]!, locale),
              to: fiscalYearLabel(timeline.axis.years.at(-1)!, locale),
            })}
          </h2>
          <TimelineLegend />
          <ProgramTimelineChart timeline={timeline} today={todayInJapan()} filters={filters} />
        </>
      ) : (
        <Empty>{t("noneInTimeline")}</Empty>
      )}
    </>
  );
}

// The legend's swatches draw as the chart does (components/program-timeline.tsx).
const LEGEND = [
  ["planLabel", "h-3 w-6 rounded border-2 border-dashed border-brand-700 bg-white"],
  ["activityLabel", "h-3 w-6 rounded border border-brand-700 bg-brand-100"],
  ["milestoneLegend", "size-2.5 rotate-45 bg-amber-700"],
  ["today", "h-3 w-0.5 bg-red-700"],
] as const;

async function TimelineLegend() {
  const t = await getTranslations("calendar");
  return (
    <ul aria-label={t("legend")} className="mb-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
      {LEGEND.map(([key, swatch]) => (
        <li key={key} className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={clsx("inline-block", swatch)} />
          {t(key)}
        </li>
      ))}
    </ul>
  );
}
