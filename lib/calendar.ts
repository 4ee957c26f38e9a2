// Date maths of the activity calendar and timeline. Pure: no Next, no Prisma. Dates are calendar
// dates at UTC midnight, like the stored @db.Date values, so every computation here is in UTC.
import { z } from "zod";
import { FIRST_SUPPORTED_FY, LAST_SUPPORTED_FY, fiscalYearRange } from "@/lib/fiscal-year";
import { assignLanes, laneCount } from "@/lib/lanes";
import { queryValue, queryValues, type SearchParams } from "@/lib/validation/query";

const DAY_MS = 86_400_000;

/** A calendar month; `month` is 1..12. */
export interface YearMonth {
  year: number;
  month: number;
}

export function monthOf(date: Date): YearMonth {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** "2026-11": the form the `?month=` parameter takes. */
export function monthKey({ year, month }: YearMonth): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Reads `?month=YYYY-MM`; anything else (missing, malformed, a 13th month, a year outside the
 * portal's supported fiscal years) falls back to the month of `today`, as a bad filter does.
 */
export function parseMonth(value: string | string[] | undefined, today: Date): YearMonth {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(queryValue(value)?.trim() ?? "");
  if (match) {
    const year = Number(match[1]);
    if (year >= FIRST_SUPPORTED_FY && year <= LAST_SUPPORTED_FY) return { year, month: Number(match[2]) };
  }
  return monthOf(today);
}

export function addMonths({ year, month }: YearMonth, count: number): YearMonth {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function firstDayOfMonth({ year, month }: YearMonth): Date {
  return new Date(Date.UTC(year, month - 1, 1));
}

export function lastDayOfMonth({ year, month }: YearMonth): Date {
  // Day 0 of the next month is the last day of this one (28, 29, 30 or 31).
  return new Date(Date.UTC(year, month, 0));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** "2026-11-28", for `<time dateTime>` and keys. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The weeks of a month as ISO weeks (Monday first): from the Monday on or before the 1st to the
 * Sunday on or after the last day, so 4 to 6 rows of 7 days. Days of the neighbouring months are
 * included to fill the rows; `inMonth` tells them apart.
 */
export function monthGrid(month: YearMonth): { date: Date; inMonth: boolean }[][] {
  const first = firstDayOfMonth(month);
  const last = lastDayOfMonth(month);
  // getUTCDay(): Sunday 0 .. Saturday 6; days since Monday: Monday 0 .. Sunday 6.
  let day = addDays(first, -((first.getUTCDay() + 6) % 7));
  const weeks: { date: Date; inMonth: boolean }[][] = [];
  while (day <= last) {
    const week = [];
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) {
      week.push({ date: day, inMonth: day >= first && day <= last });
    }
    weeks.push(week);
  }
  return weeks;
}

/** Lanes of bars a week row shows; a day with more says "+n more" (the month's list has them all). */
export const WEEK_LANES = 4;

export interface WeekBar<T> {
  item: T;
  /** Weekday column of its first day in this row, 0 (Monday) .. 6. */
  column: number;
  /** Days it covers in this row. */
  span: number;
  lane: number;
  /** It began before this row's first shown day, or runs on after its last. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface WeekLayout<T> {
  bars: WeekBar<T>[];
  lanes: number;
  /** Per weekday column, the items covering that day that found no lane. */
  more: number[];
}

/**
 * A week row of the month grid as bars: each item covering some of the row's days within `month`
 * (the neighbouring months' days are blank) is one bar from its first to its last such day, in a
 * lane of its own where it overlaps another. At most `maxLanes` lanes; items past them are counted
 * per day in `more`.
 */
export function weekBars<T extends { startDate: Date; endDate: Date }>(
  week: readonly { date: Date; inMonth: boolean }[],
  items: readonly T[],
  maxLanes = WEEK_LANES,
): WeekLayout<T> {
  const shown = week.map((day, column) => ({ ...day, column })).filter((day) => day.inMonth);
  const first = shown[0];
  const last = shown.at(-1);
  if (!first || !last) return { bars: [], lanes: 0, more: week.map(() => 0) };
  const placed = items
    .filter((item) => item.startDate <= last.date && item.endDate >= first.date)
    .map((item) => {
      const start = item.startDate < first.date ? first.column : first.column + daysBetween(first.date, item.startDate);
      const end = item.endDate > last.date ? last.column : first.column + daysBetween(first.date, item.endDate);
      return { item, start, end, continuesBefore: item.startDate < first.date, continuesAfter: item.endDate > last.date };
    });
  const lanes = assignLanes(placed, maxLanes);
  const more = week.map((_, column) => placed.filter((bar, i) => lanes[i] === -1 && bar.start <= column && bar.end >= column).length);
  const bars = placed.flatMap(({ item, start, end, continuesBefore, continuesAfter }, i) =>
    lanes[i]! >= 0 ? [{ item, column: start, span: end - start + 1, lane: lanes[i]!, continuesBefore, continuesAfter }] : [],
  );
  // Reading order (and Tab order): lane by lane would jump about the week; day by day does not.
  bars.sort((a, b) => a.column - b.column || a.lane - b.lane);
  return { bars, lanes: laneCount(lanes), more };
}

/** Whole days from `from` to `to` (UTC midnights). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

// ---------------------------------------------------------------- timeline

/** Fiscal years shown by default, counting back from the latest one with activities. */
export const DEFAULT_TIMELINE_YEARS = 10;
/** At most this many columns, whatever `?from=&to=` ask for: the table must stay readable. */
export const MAX_TIMELINE_YEARS = 20;

const fiscalYearParam = z.coerce.number().int().min(FIRST_SUPPORTED_FY).max(LAST_SUPPORTED_FY).optional().catch(undefined);
export const timelineRangeSchema = z.object({ from: fiscalYearParam, to: fiscalYearParam });

export type TimelineRange = z.infer<typeof timelineRangeSchema>;

/** Reads `?from=&to=` (fiscal years); a value that does not parse is dropped, like a bad filter. */
export function parseTimelineRange(searchParams: SearchParams): TimelineRange {
  const { from, to } = queryValues(searchParams);
  return timelineRangeSchema.parse({ from, to });
}

/**
 * The timeline's columns. By default the span of the fiscal years that have activities (`present`),
 * cut to the last DEFAULT_TIMELINE_YEARS; `fallback` (this fiscal year) when there are none. An
 * explicit from/to wins, a reversed pair is swapped, and no more than MAX_TIMELINE_YEARS are returned
 * (the latest ones are kept).
 */
export function timelineYears(present: number[], requested: TimelineRange, fallback: number): number[] {
  const min = present.length ? Math.min(...present) : fallback;
  const max = present.length ? Math.max(...present) : fallback;
  let last = requested.to ?? Math.max(max, requested.from ?? max);
  let first = requested.from ?? Math.max(Math.min(min, last), last - DEFAULT_TIMELINE_YEARS + 1);
  if (first > last) [first, last] = [last, first];
  return fiscalYearRange(Math.max(first, last - MAX_TIMELINE_YEARS + 1), last);
}

/**
 * Shading level 0..4 of a timeline cell: 0 for none, otherwise the count's share of the largest
 * count in the table, in quarters (any activity at all is at least level 1).
 */
export function shadeLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
