// Geometry of the activity timeline: a time axis of fiscal years or months, where a date falls on it
// (as a share of its width, so the page can draw in CSS percentages at any width), and each program
// row's plans, activities and milestones laid out in lanes. Pure: no Next, no Prisma. Dates are
// calendar dates at UTC midnight, like the stored @db.Date values.
import { z } from "zod";
import { addDays, addMonths, daysBetween, firstDayOfMonth, monthOf, type YearMonth } from "@/lib/calendar";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart } from "@/lib/fiscal-year";
import { assignLanes, laneCount, type Span } from "@/lib/lanes";
import { queryValue } from "@/lib/validation/query";

export const TIMELINE_ZOOMS = ["year", "month"] as const;
export type TimelineZoom = (typeof TIMELINE_ZOOMS)[number];
export const zoomSchema = z.enum(TIMELINE_ZOOMS).catch("year");

/** Reads `?zoom=year|month`; anything else is the fiscal-year view. */
export function parseZoom(value: string | string[] | undefined): TimelineZoom {
  return zoomSchema.parse(queryValue(value));
}

/** Months are readable for a few years at a time: the month view keeps the latest of the years asked for. */
export const MONTH_ZOOM_YEARS = 3;
/** Lanes of activity bars a program row shows; the rest are counted as "+n more" per column. */
export const ACTIVITY_LANES = 3;
/** Activities fetched per program and column: enough to fill the lanes (a short bar is drawn wider). */
export const ACTIVITIES_PER_COLUMN: Record<TimelineZoom, number> = { year: 12, month: 4 };
/**
 * The narrowest bar, as a share of a column: a one-day activity stays visible, and a bar is at least
 * 24 px wide (a 6 rem year, a 3.5 rem month: components/program-timeline.tsx), the smallest target
 * WCAG 2.5.8 allows.
 */
const MIN_BAR_SHARE_OF_COLUMN: Record<TimelineZoom, number> = { year: 0.26, month: 0.45 };

export interface TimelineColumn {
  /** "2026" for a fiscal year, "2026-04" for a month. */
  key: string;
  fiscalYear: number;
  month?: YearMonth;
  start: Date;
  /** The first day after it. */
  end: Date;
}

export interface TimelineAxis {
  zoom: TimelineZoom;
  years: number[];
  columns: TimelineColumn[];
  start: Date;
  /** The first day after the axis. */
  end: Date;
  days: number;
}

/** The axis over the fiscal years `years` (consecutive, ascending), in fiscal years or months. */
export function timelineAxis(years: readonly number[], zoom: TimelineZoom): TimelineAxis {
  const shown = zoom === "month" ? years.slice(-MONTH_ZOOM_YEARS) : [...years];
  const first = shown[0]!;
  const last = shown.at(-1)!;
  const start = fiscalYearStart(first);
  const end = addDays(fiscalYearEnd(last), 1);
  const columns: TimelineColumn[] =
    zoom === "year"
      ? shown.map((fy) => ({ key: String(fy), fiscalYear: fy, start: fiscalYearStart(fy), end: addDays(fiscalYearEnd(fy), 1) }))
      : Array.from({ length: shown.length * 12 }, (_, i) => {
          const month = addMonths(monthOf(start), i);
          const from = firstDayOfMonth(month);
          return {
            key: `${month.year}-${String(month.month).padStart(2, "0")}`,
            fiscalYear: fiscalYearOf(from),
            month,
            start: from,
            end: firstDayOfMonth(addMonths(month, 1)),
          };
        });
  return { zoom, years: shown, columns, start, end, days: daysBetween(start, end) };
}

/** The column a date falls in, or -1 outside the axis. */
export function columnOf(axis: TimelineAxis, date: Date): number {
  return axis.columns.findIndex((column) => column.start <= date && date < column.end);
}

/** Where a date falls, as a share (0..1) of the axis's width. */
export function axisShare(axis: TimelineAxis, date: Date): number {
  return Math.min(1, Math.max(0, daysBetween(axis.start, date) / axis.days));
}

export interface AxisBar<T> {
  item: T;
  /** Left edge and width as shares (0..1) of the axis. */
  left: number;
  width: number;
  lane: number;
  /** It begins before the axis or ends after it. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * Bars for dated items (first and last day inclusive) on the axis, in lanes: items outside the axis
 * are left out, a bar is at least a minimum width (a one-day activity stays visible), and the lanes
 * are computed on the drawn widths so that no two bars of a lane touch. Items past `maxLanes` lanes
 * are returned in `overflow`.
 */
export function axisBars<T>(
  axis: TimelineAxis,
  items: readonly T[],
  dates: (item: T) => { start: Date; end: Date },
  maxLanes = Infinity,
): { bars: AxisBar<T>[]; lanes: number; overflow: T[] } {
  const minDays = Math.max(1, Math.round((axis.days / axis.columns.length) * MIN_BAR_SHARE_OF_COLUMN[axis.zoom]));
  const placed = items.flatMap((item) => {
    const { start, end } = dates(item);
    if (end < axis.start || start >= axis.end) return [];
    const from = Math.max(0, daysBetween(axis.start, start));
    const to = Math.min(axis.days, daysBetween(axis.start, end) + 1);
    // Drawn at least minDays wide, pulled left at the axis's end.
    const drawnTo = Math.min(axis.days, Math.max(to, from + minDays));
    const drawnFrom = Math.max(0, Math.min(from, drawnTo - minDays));
    return [{ item, from: drawnFrom, to: drawnTo, clippedStart: start < axis.start, clippedEnd: end >= axis.end }];
  });
  const spans: Span[] = placed.map(({ from, to }) => ({ start: from, end: to - 1 }));
  const lanes = assignLanes(spans, maxLanes);
  const bars: AxisBar<T>[] = [];
  const overflow: T[] = [];
  placed.forEach(({ item, from, to, clippedStart, clippedEnd }, i) => {
    if (lanes[i] === -1) overflow.push(item);
    else bars.push({ item, left: from / axis.days, width: (to - from) / axis.days, lane: lanes[i]!, clippedStart, clippedEnd });
  });
  bars.sort((a, b) => a.left - b.left || a.lane - b.lane);
  return { bars, lanes: laneCount(lanes), overflow };
}

/**
 * "+n more" per column: how many of a program's activities starting in each column are not drawn,
 * from the column's full count (`counts`, by column key) less the bars drawn that start in it.
 */
export function moreByColumn<T>(
  axis: TimelineAxis,
  counts: Readonly<Record<string, number>>,
  drawn: readonly T[],
  startOf: (item: T) => Date,
): number[] {
  const shown = axis.columns.map(() => 0);
  for (const item of drawn) {
    const column = columnOf(axis, startOf(item));
    if (column >= 0) shown[column]!++;
  }
  return axis.columns.map((column, i) => Math.max(0, (counts[column.key] ?? 0) - shown[i]!));
}
