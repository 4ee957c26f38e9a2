import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import clsx from "clsx";
import { ActivityBar } from "@/components/activity-bar";
import { ScrollToToday } from "@/components/scroll-to-today";
import type { ProgramTimeline, TimelineActivity, TimelinePlan } from "@/lib/data/activities/timeline";
import { fiscalYearEnd, fiscalYearLabel, fiscalYearSpanLabel, fiscalYearStart } from "@/lib/fiscal-year";
import { isoDate } from "@/lib/calendar";
import { nameOf } from "@/lib/i18n/localized";
import { ACTIVITY_LANES, axisBars, axisShare, moreByColumn, type TimelineAxis } from "@/lib/timeline";
import { filtersQuery } from "@/lib/validation/query-filters";
import type { ActivityFilters } from "@/lib/validation/activity-filters";

// The program column stays put while the time axis scrolls under it (sticky, inside the one scroll
// frame); its width is a CSS variable so the axis can be sized beside it.
const NAME_COLUMN = "[--name:9rem] sm:[--name:16rem]";
const COLUMN_REM = { year: 6, month: 3.5 } as const;
// An activity lane: a bar and a gap. A plan lane: a bar, then its milestones' diamonds below it, so
// that they never cover its title.
const LANE_REM = 1.75;
const PLAN_LANE_REM = 2.5;
const pct = (share: number) => `${(share * 100).toFixed(4)}%`;

/** A position on the axis, from the left of the whole row (past the program column). */
const onAxis = (share: number) => `calc(var(--name) + (100% - var(--name)) * ${share.toFixed(6)})`;

/**
 * Programs as rows over a time axis of fiscal years or months: each program's plans as outlined bars
 * with their milestones as diamonds, its activities as filled bars (a few lanes, then "+n more" per
 * column, linking to the list), and today as a red line. Server-rendered HTML and CSS.
 */
export function ProgramTimelineChart({
  timeline,
  today,
  filters,
}: {
  timeline: ProgramTimeline;
  today: Date;
  filters: Omit<ActivityFilters, "page">;
}) {
  const [t, format, locale] = [useTranslations("calendar"), useFormatter(), useLocale()];
  const { axis } = timeline;
  const width = `max(100%, calc(var(--name) + ${axis.columns.length * COLUMN_REM[axis.zoom]}rem))`;
  const todayShown = today >= axis.start && today < axis.end;
  const columnName = (i: number) => {
    const column = axis.columns[i]!;
    return column.month
      ? format.dateTime(column.start, { year: "numeric", month: "long", timeZone: "UTC" })
      : fiscalYearLabel(column.fiscalYear, locale);
  };
  // Column lines behind the bars, one per column width.
  const grid = {
    backgroundImage: `repeating-linear-gradient(to right, transparent 0, transparent calc(${pct(1 / axis.columns.length)} - 1px), rgb(203 213 225) calc(${pct(1 / axis.columns.length)} - 1px), rgb(203 213 225) ${pct(1 / axis.columns.length)})`,
  };

  return (
    <div
      id="timeline-frame"
      className={clsx("relative max-w-full overflow-x-auto rounded border border-slate-300 bg-white", NAME_COLUMN)}
      data-testid="timeline-scroll"
    >
      <div className="relative" style={{ width }} data-testid="timeline-chart">
        {/* The axis: read by sighted users; screen readers get each bar's dates in its own text. */}
        <div aria-hidden="true" className="flex border-b border-slate-300 bg-slate-100 text-xs font-medium text-slate-800">
          <div className="sticky left-0 z-20 w-[var(--name)] shrink-0 border-r border-slate-300 bg-slate-100 px-2 py-1.5">
            {t("programColumn")}
          </div>
          <div className="relative flex-1">
            {axis.zoom === "month" ? (
              <div className="flex border-b border-slate-300">
                {axis.years.map((fy) => (
                  <div key={fy} className="flex-1 border-r border-slate-300 px-1 py-0.5 text-center tabular-nums last:border-r-0">
                    {fiscalYearLabel(fy, locale)}
                  </div>
                ))}
              </div>
            ) : null}
            <div className="flex">
              {axis.columns.map((column) => (
                <div
                  key={column.key}
                  className="flex-1 truncate border-r border-slate-300 px-1 py-1.5 text-center tabular-nums last:border-r-0"
                >
                  {column.month
                    ? format.dateTime(column.start, { month: "short", timeZone: "UTC" })
                    : fiscalYearLabel(column.fiscalYear, locale)}
                </div>
              ))}
            </div>
          </div>
        </div>

        <ul aria-label={t("programsLabel")}>
          {timeline.rows.map((row) => (
            <ProgramRow key={row.program.id} row={row} axis={axis} filters={filters} grid={grid} columnName={columnName} locale={locale} />
          ))}
        </ul>

        {todayShown ? (
          <div
            className="pointer-events-none absolute top-0 bottom-0 z-10 w-0.5 bg-red-700"
            style={{ left: onAxis(axisShare(axis, today)) }}
            id="timeline-today"
            data-testid="timeline-today"
          >
            <span className="absolute top-0 left-1 rounded bg-red-700 px-1 text-xs font-medium whitespace-nowrap text-white">
              {t("today")}
              <span className="sr-only">: {format.dateTime(today, { dateStyle: "long", timeZone: "UTC" })}</span>
            </span>
          </div>
        ) : null}
      </div>
      {/* Keyed by the axis: a new axis (another zoom or span, by client navigation) scrolls anew. */}
      {todayShown ? <ScrollToToday key={`${axis.zoom} ${axis.years.join()}`} frameId="timeline-frame" markerId="timeline-today" /> : null}
    </div>
  );
}

function ProgramRow({
  row,
  axis,
  filters,
  grid,
  columnName,
  locale,
}: {
  row: ProgramTimeline["rows"][number];
  axis: TimelineAxis;
  filters: Omit<ActivityFilters, "page">;
  grid: React.CSSProperties;
  columnName: (i: number) => string;
  locale: string;
}) {
  const t = useTranslations("calendar");
  const name = nameOf(locale, row.program);
  const plans = axisBars(axis, row.plans, planDates);
  const activities = axisBars(axis, row.activities, activityDates, ACTIVITY_LANES);
  const more = moreByColumn(
    axis,
    row.counts,
    activities.bars.map((bar) => bar.item),
    (item) => item.startDate,
  );
  const moreLane = more.some((n) => n > 0) ? 1 : 0;
  const planTop = (lane: number) => 0.25 + lane * PLAN_LANE_REM;
  const activityTop = (lane: number) => planTop(plans.lanes) + lane * LANE_REM;
  const height = Math.max(activityTop(activities.lanes + moreLane), 0.25 + LANE_REM) + 0.25;
  const bar = "absolute flex h-6 min-w-0 items-center gap-1 overflow-hidden rounded px-1.5 text-xs whitespace-nowrap";
  const moreHref = (i: number) => {
    const column = axis.columns[i]!;
    // A fiscal year opens the list; a month opens the calendar of that month.
    if (!column.month) return `/activities${filtersQuery({ ...filters, page: 1, program: row.program.id, fy: column.fiscalYear })}`;
    const query = new URLSearchParams(filtersQuery({ ...filters, page: 1, program: row.program.id, fy: undefined }));
    query.set("month", column.key);
    return `/activities/calendar?${query}`;
  };

  return (
    <li className="flex border-b border-slate-200 last:border-b-0" data-testid="timeline-program" data-program={row.program.id}>
      <div className="sticky left-0 z-20 w-[var(--name)] shrink-0 border-r border-slate-300 bg-white px-2 py-1.5 text-sm">
        <Link href={`/programs/${row.program.id}`} className="link line-clamp-3 break-words" title={name}>
          {name}
        </Link>
      </div>
      <div className="relative flex-1" style={{ ...grid, height: `${height}rem` }}>
        {plans.bars.map(({ item, left, width, lane, clippedStart, clippedEnd }) => (
          <Link
            key={item.id}
            href={`/plans/${item.id}`}
            title={item.title}
            data-testid="timeline-plan"
            className={clsx(
              bar,
              "border-2 border-dashed border-brand-700 bg-white text-brand-800 hover:bg-brand-50",
              clippedStart && "rounded-l-none",
              clippedEnd && "rounded-r-none",
            )}
            style={{ left: pct(left), width: pct(width), top: `${planTop(lane)}rem` }}
          >
            <span className="sr-only">{t("planLabel")}: </span>
            <span className="truncate">{item.title}</span>
            <span className="sr-only"> ({fiscalYearSpanLabel(item.firstFiscalYear, item.lastFiscalYear, locale)})</span>
          </Link>
        ))}
        {plans.bars.flatMap(({ item, lane }) =>
          item.milestones.map((milestone) => (
            <span
              key={milestone.id}
              role="img"
              aria-label={t("milestoneLabel", { title: milestone.title, date: isoDate(milestone.dueDate) })}
              title={`${milestone.title} (${isoDate(milestone.dueDate)})`}
              data-testid="timeline-milestone"
              className="absolute z-[5] size-2.5 -translate-x-1/2 rotate-45 border border-white bg-amber-700"
              style={{ left: pct(axisShare(axis, milestone.dueDate)), top: `${planTop(lane) + 1.625}rem` }}
            />
          )),
        )}
        {activities.bars.map(({ item, left, width, lane, clippedEnd }) => (
          <ActivityBar
            key={item.id}
            item={item}
            data-testid="timeline-activity"
            className={clsx(bar, "border border-brand-700 bg-brand-100 text-slate-900 hover:bg-brand-50", clippedEnd && "rounded-r-none")}
            style={{ left: pct(left), width: pct(width), top: `${activityTop(lane)}rem` }}
          />
        ))}
        {more.map((count, i) =>
          count > 0 ? (
            <Link
              key={axis.columns[i]!.key}
              href={moreHref(i)}
              aria-label={t("moreLabel", { count, program: name, period: columnName(i) })}
              className="link absolute h-6 truncate px-1 text-xs leading-6"
              style={{
                left: pct(i / axis.columns.length),
                width: pct(1 / axis.columns.length),
                top: `${activityTop(activities.lanes)}rem`,
              }}
            >
              {t("more", { count })}
            </Link>
          ) : null,
        )}
      </div>
    </li>
  );
}

const planDates = (plan: TimelinePlan) => ({ start: fiscalYearStart(plan.firstFiscalYear), end: fiscalYearEnd(plan.lastFiscalYear) });
const activityDates = (activity: TimelineActivity) => ({ start: activity.startDate, end: activity.endDate });
