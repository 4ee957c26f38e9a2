// The audit log's filters, read from the URL. A value that does not parse is dropped (the log shows
// unfiltered on that field) rather than failing the page, like the activity filters.
// Dates are calendar days in Japan time (Asia/Tokyo, UTC+9, no daylight saving): the portal's zone.
import { z } from "zod";
import { isCalendarDay } from "@/lib/dates";
import { droppable, FILTER_FIELDS } from "@/lib/validation/query-filters";
import { queryValues, type SearchParams } from "@/lib/validation/query";

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDay);

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
