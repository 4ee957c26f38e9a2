import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { db } from "@/lib/db/client";
import { activityReport } from "@/lib/data/reports/activities";
import { coverageReport } from "@/lib/data/reports/coverage";
import { needReport } from "@/lib/data/reports/needs";
import { planReport } from "@/lib/data/reports/plans";
import type { EnumLabel, ReportContext, ReportSource } from "@/lib/data/reports/types";
import type { ReportCell } from "@/lib/exports/cell";
import { exportLimit, exportRetryAfterSeconds, type ExportLimit } from "@/lib/security/export-limit";
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

// One lock per user (a key space apart from sign-in's and the migration runner's): two exports of one
// user at once, on any instance, are counted one after the other.
const EXPORT_LOCK = 0x5245_0001;

/** The user's exports within the window, newest first (enough to decide), and the database's clock. */
async function recentExports(client: Tx, actor: Actor, limit: ExportLimit): Promise<{ times: Date[]; now: Date }> {
  // scope: the actor's own audit events, bound to their id (index "AuditEvent"("actorId", at)).
  const rows = await client.$queryRaw<{ at: Date; now: Date }[]>`
    SELECT at, clock_timestamp() AS now FROM "AuditEvent"
    WHERE "actorId" = ${actor.id} AND action = 'report.export'
      AND at > clock_timestamp() - make_interval(secs => ${limit.windowMs / 1000})
    ORDER BY at DESC LIMIT ${limit.max}`;
  return { times: rows.map((row) => row.at), now: rows[0]?.now ?? new Date() };
}

/**
 * Whole seconds before the actor may export again (0: now). Reads only: for a HEAD request, and
 * before the work of an export (recordExport decides for good).
 */
export async function exportWaitSeconds(actor: Actor, limit: ExportLimit = exportLimit()): Promise<number> {
  if (!can(actor, "export:all")) assertCan(actor, "export:own");
  // scope: the actor's own audit events (recentExports binds their id).
  const { times, now } = await recentExports(db(), actor, limit);
  return exportRetryAfterSeconds(times, now, limit);
}

export type ExportRecord = { recorded: true } | { recorded: false; retryAfterSeconds: number };

/**
 * Who took which data out, and how much: an export changes nothing, but the data is a government's
 * and leaves the portal with it, so it is on the audit trail like a change. At the actor's limit
 * (lib/security/export-limit.ts) nothing is written and the answer says how long to wait.
 */
export async function recordExport(
  actor: Actor,
  event: { report: ReportKind | "annual"; format: ReportFormat; rows?: number; details: Record<string, unknown> },
  limit: ExportLimit = exportLimit(),
): Promise<ExportRecord> {
  if (!can(actor, "export:all")) assertCan(actor, "export:own");
  return db().$transaction(async (tx): Promise<ExportRecord> => {
    // scope: a lock on the actor's own id.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EXPORT_LOCK}::int, hashtext(${actor.id}))`;
    const { times, now } = await recentExports(tx, actor, limit);
    const wait = exportRetryAfterSeconds(times, now, limit);
    if (wait > 0) return { recorded: false, retryAfterSeconds: wait };
    await audit(tx, actor, {
      action: "report.export",
      entity: "Report",
      entityId: event.report,
      after: { format: event.format, rows: event.rows, ...event.details },
    });
    return { recorded: true };
  });
}
