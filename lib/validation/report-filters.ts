// The filters of a report (reports page, export route handlers, PDF): read from the URL like the
// activity list's. A value that does not parse is dropped rather than failing the download, except
// where dropping it would widen the report silently (see reportRequestSchema's format and report).
import { z } from "zod";
import { droppable, FILTER_FIELDS } from "@/lib/validation/query-filters";
import { ACTIVITY_STATUSES } from "@/lib/domain/activity";
import { NEED_STATUSES } from "@/lib/domain/need";
import { PLAN_STATUSES } from "@/lib/domain/plan";
import { queryValue, queryValues, type SearchParams } from "@/lib/validation/query";

export const REPORTS = ["activities", "plans", "needs", "coverage"] as const;
export type ReportKind = (typeof REPORTS)[number];

export const FORMATS = ["csv", "xlsx", "pdf"] as const;
export type ReportFormat = (typeof FORMATS)[number];

/** The statuses a report can be filtered by: each report has its records' own lifecycle. */
export const REPORT_STATUSES: Record<ReportKind, readonly string[]> = {
  activities: ACTIVITY_STATUSES,
  coverage: ACTIVITY_STATUSES,
  plans: PLAN_STATUSES,
  needs: NEED_STATUSES,
};

export const reportFiltersSchema = z
  .object({
    fyFrom: droppable(FILTER_FIELDS.fiscalYear),
    fyTo: droppable(FILTER_FIELDS.fiscalYear),
    state: droppable(FILTER_FIELDS.state),
    program: droppable(FILTER_FIELDS.recordId),
    keyArea: droppable(FILTER_FIELDS.keyArea),
    means: droppable(FILTER_FIELDS.means),
    status: droppable(
      z
        .string()
        .trim()
        .regex(/^[A-Z_]{1,20}$/),
    ),
    // The activity list's text search, carried by its download link (the activities report only).
    q: droppable(z.string().trim().min(1).max(100)),
  })
  // A reversed range is read as the range the user meant.
  .transform((f) => (f.fyFrom !== undefined && f.fyTo !== undefined && f.fyFrom > f.fyTo ? { ...f, fyFrom: f.fyTo, fyTo: f.fyFrom } : f));

export type ReportFilters = z.infer<typeof reportFiltersSchema>;

/** The filters for one report: a status that is not one of that report's statuses is dropped. */
export function parseReportFilters(report: ReportKind, searchParams: SearchParams): ReportFilters {
  const filters = reportFiltersSchema.parse(queryValues(searchParams));
  if (filters.status && !REPORT_STATUSES[report].includes(filters.status)) return { ...filters, status: undefined };
  return filters;
}

/** A report kind, from a path segment or the `report` parameter (the first of repeated ones). */
export function parseReportKind(value: string | string[] | null | undefined): ReportKind | undefined {
  const kind = queryValue(value);
  return REPORTS.find((report) => report === kind);
}

export function parseReportFormat(value: string | string[] | null | undefined): ReportFormat | undefined {
  const format = queryValue(value);
  return FORMATS.find((candidate) => candidate === format);
}
