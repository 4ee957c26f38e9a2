import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { exportLimit, exportRetryAfterSeconds, type ExportLimit } from "@/lib/security/export-limit";
import type { ReportFormat, ReportKind } from "@/lib/validation/report-filters";

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
  const { times, now } = await recentExports(sqlScopedDb(actor, "the actor's own id"), actor, limit);
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
  event: { report: ReportKind | "annual" | "review"; format: ReportFormat; rows?: number; details: Record<string, unknown> },
  limit: ExportLimit = exportLimit(),
): Promise<ExportRecord> {
  if (!can(actor, "export:all")) assertCan(actor, "export:own");
  return sqlScopedDb(actor, "a lock on the actor's own id").$transaction(async (tx): Promise<ExportRecord> => {
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
