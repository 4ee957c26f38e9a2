// Stored dates are calendar dates (UTC midnight): format them in UTC so that no time zone shifts
// them by a day.
export const CALENDAR_DATE = { dateStyle: "medium", timeZone: "UTC" } as const;

/** The parts of next-intl's formatter (useFormatter / getFormatter) that calendarRange uses. */
interface DateFormatter {
  dateTime(value: Date, options: typeof CALENDAR_DATE): string;
  dateTimeRange(start: Date, end: Date, options: typeof CALENDAR_DATE): string;
}

/** A span of calendar dates as text ("Feb 3 – 6, 2028"), or one date when it starts and ends the same day. */
export function calendarRange(format: DateFormatter, start: Date, end: Date): string {
  return start.getTime() === end.getTime() ? format.dateTime(start, CALENDAR_DATE) : format.dateTimeRange(start, end, CALENDAR_DATE);
}

/** A calendar date as ISO text (YYYY-MM-DD), for a <time dateTime>. */
export const isoDate = (value: Date) => value.toISOString().slice(0, 10);
