/** A calendar date (a @db.Date column, read as midnight UTC) as YYYY-MM-DD, as forms, files and audit records show it. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Whether a YYYY-MM-DD text names a real calendar day (no 31 February). */
export function isCalendarDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
