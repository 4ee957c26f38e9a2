import type { ReportFilters, ReportFormat, ReportKind } from "@/lib/validation/report-filters";

/** An ASCII file name that says what the file holds: activities-FY2020-FY2025-2026-11-28.csv. */
export function reportFileName(
  kind: ReportKind,
  filters: Pick<ReportFilters, "fyFrom" | "fyTo">,
  format: ReportFormat,
  today: Date,
): string {
  const span =
    filters.fyFrom !== undefined && filters.fyFrom === filters.fyTo
      ? `-FY${filters.fyFrom}`
      : `${filters.fyFrom !== undefined ? `-FY${filters.fyFrom}` : ""}${filters.fyTo !== undefined ? `-to-FY${filters.fyTo}` : ""}`;
  return `${kind}${span}-${today.toISOString().slice(0, 10)}.${format}`;
}
