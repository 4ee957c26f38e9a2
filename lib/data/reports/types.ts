// What every report gives the CSV, XLSX and PDF writers: its columns, its row count (for progress and
// Excel's row limit) and its rows, read from the database in batches so that memory stays flat.
import type { Actor } from "@/lib/authz/actor";
import type { ReportCell } from "@/lib/exports/cell";
import type { ReportFilters } from "@/lib/validation/report-filters";

/** Translates an enum value, e.g. "activityStatus.PLANNED" (the "enums" message namespace). */
export type EnumLabel = (key: string) => string;

export interface ReportContext {
  actor: Actor;
  filters: ReportFilters;
  ja: boolean;
  enumLabel: EnumLabel;
  /** The word that marks a flag column (illustrative records). */
  yes: string;
}

export interface ReportSource {
  /** Column keys; headers are their translations under reports.columns.<report>.<key>. */
  columns: readonly string[];
  count(): Promise<number>;
  /** The rows in order; `limit` reads just the first ones (the page's preview). */
  rows(limit?: number): AsyncGenerator<ReportCell[]>;
  /**
   * The rows as CSV written by PostgreSQL (COPY; no header, LF line ends), where the report has it;
   * the others' CSV is written from rows().
   */
  csv?(): AsyncGenerator<Buffer, void, undefined>;
}

export const BATCH_SIZE = 2000;
