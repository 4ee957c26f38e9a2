import "server-only";
import { assertCan, can } from "@/lib/authz/policy";
import { activityReport } from "@/lib/data/reports/activities";
import { coverageReport } from "@/lib/data/reports/coverage";
import { needReport } from "@/lib/data/reports/needs";
import { planReport } from "@/lib/data/reports/plans";
import type { EnumLabel, ReportContext, ReportSource } from "@/lib/data/reports/types";
import type { ReportCell } from "@/lib/exports/cell";
import { csvCopyStream } from "@/lib/exports/csv-copy";
import { csvStream } from "@/lib/exports/csv-stream";
import type { ReportKind } from "@/lib/validation/report-filters";

const SOURCES: Record<ReportKind, (context: ReportContext) => ReportSource> = {
  activities: activityReport,
  plans: planReport,
  needs: needReport,
  coverage: coverageReport,
};

/**
 * A report in the actor's scope. Every role may export (export:own); what the rows hold is scoped
 * by each report's own where clause, the same as the pages': a liaison officer's report holds their
 * state's records only.
 */
export function openReport(kind: ReportKind, context: ReportContext): ReportSource {
  if (!can(context.actor, "export:all")) assertCan(context.actor, "export:own");
  return SOURCES[kind]({ ...context, enumLabel: remembered(context.enumLabel) });
}

// A report asks for the same few enum labels on every row, and next-intl's translator looks each one
// up and formats it anew on every call.
function remembered(label: EnumLabel): EnumLabel {
  const labels = new Map<string, string>();
  return (key) => {
    let text = labels.get(key);
    if (text === undefined) labels.set(key, (text = label(key)));
    return text;
  };
}

/** The first rows of a report, for the page's preview. */
export async function firstRows(source: ReportSource, limit: number): Promise<ReportCell[][]> {
  const rows: ReportCell[][] = [];
  for await (const row of source.rows(limit)) rows.push(row);
  return rows;
}

/**
 * A report as a CSV download: PostgreSQL's COPY where the report has one (its rows' bytes are the
 * database's), else written from its rows. `header` is the columns' names in the reader's language.
 */
export function reportCsv(source: ReportSource, header: string[]): ReadableStream<Uint8Array> {
  return source.csv ? csvCopyStream(header, source.csv()) : csvStream(header, source.rows());
}
