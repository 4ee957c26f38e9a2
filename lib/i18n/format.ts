// Stored dates are calendar dates (UTC midnight): format them in UTC so that no time zone shifts
// them by a day.
export const CALENDAR_DATE = { dateStyle: "medium", timeZone: "UTC" } as const;

/** The parts of next-intl's formatter (useFormatter / getFormatter) that calendarRange uses. */
interface DateFormatter {
  dateTime(value: Date, options: typeof CALENDAR_DATE): string;
  dateTimeRange(start: Date, end: Date, options: typeof CALENDAR_DATE): string;
}

// Formatted spans by language and dates. Intl's formatRange is slow (in a CPU profile of the activity
// list it took 4% of the server's time for 50 rows), and lists show the same spans request after
// request. Bounded: emptied when full.
const spans = new Map<string, string>();
const MAX_SPANS = 10_000;

/**
 * A span of calendar dates as text in `locale` ("Feb 3 – 6, 2028"), or one date when it starts and
 * ends the same day. `format` must format in `locale`.
 */
export function calendarRange(format: DateFormatter, locale: string, start: Date, end: Date): string {
  const key = `${locale} ${start.getTime()} ${end.getTime()}`;
  let text = spans.get(key);
  if (text === undefined) {
    text = start.getTime() === end.getTime() ? format.dateTime(start, CALENDAR_DATE) : format.dateTimeRange(start, end, CALENDAR_DATE);
    if (spans.size >= MAX_SPANS) spans.clear();
    spans.set(key, text);
  }
  return text;
}

/** A calendar date as ISO text (YYYY-MM-DD), for a <time dateTime>. */
export const isoDate = (value: Date) => value.toISOString().slice(0, 10);
