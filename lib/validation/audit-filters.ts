// The audit log's filters, read from the URL. A value that does not parse is dropped (the log shows
// unfiltered on that field) rather than failing the page, like the activity filters.
// Dates are calendar days in Japan time (Asia/Tokyo, UTC+9, no daylight saving): the portal's zone.
import { z } from "zod";
import { isCalendarDay } from "@/lib/dates";
import { droppable, FILTER_FIELDS } from "@/lib/validation/query-filters";
import { queryValues, type SearchParams } from "@/lib/validation/query";

// A day as typed: year, month and day, in the ISO form (2026-12-07) or the Japanese ones (2026/12/7,
// 2026年12月7日); kept as ISO. A text field rather than the browser's date picker, whose format follows
// the browser's language and not the portal's.
const day = z
  .string()
  .trim()
  .regex(/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/)
  .transform((text) => {
    const [, year, month, date] = /^(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(text)!;
    return `${year}-${month!.padStart(2, "0")}-${date!.padStart(2, "0")}`;
  })
  .refine(isCalendarDay);

/** A day (YYYY-MM-DD) as the audit filters show it in `locale`: 2026/12/07 in Japanese. */
export const dayInLocale = (day: string, locale: string) => (locale === "ja" ? day.replaceAll("-", "/") : day);

export const auditFiltersSchema = z.object({
  actor: droppable(z.string().trim().min(1).max(254)),
  entity: droppable(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/),
  ),
  action: droppable(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/),
  ),
  from: droppable(day),
  to: droppable(day),
  page: FILTER_FIELDS.page,
});

export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export function parseAuditFilters(searchParams: SearchParams): AuditFilters {
  return auditFiltersSchema.parse(queryValues(searchParams));
}

/** The first instant of a calendar day (YYYY-MM-DD) in Japan time. */
export function tokyoDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+09:00`);
}

/** The first instant after a calendar day in Japan time: "to" includes the whole day. */
export function tokyoDayEnd(day: string): Date {
  return new Date(tokyoDayStart(day).getTime() + 24 * 60 * 60 * 1000);
}
