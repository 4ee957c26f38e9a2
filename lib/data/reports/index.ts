import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit";
import { activityReport } from "@/lib/data/reports/activities";
import { coverageReport } from "@/lib/data/reports/coverage";
import { needReport } from "@/lib/data/reports/needs";
import { planReport } from "@/lib/data/reports/plans";
import type { EnumLabel, ReportCell, ReportContext, ReportSource } from "@/lib/data/reports/types";
import type { ReportFormat, ReportKind } from "@/lib/validation/report-filters";

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
 * Who took which data out, and how much: an export changes nothing, but the data is a government's
 * and leaves the portal with it, so it is on the audit trail like a change.
 */
export async function recordExport(
  actor: Actor,
  event: { report: ReportKind | "annual"; format: ReportFormat; rows?: number; details: Record<string, unknown> },
): Promise<void> {
  await scopedDb(actor).$transaction((tx) =>
    audit(tx, actor, {
      action: "report.export",
      entity: "Report",
      entityId: event.report,
      after: { format: event.format, rows: event.rows, ...event.details },
    }),
  );
}
