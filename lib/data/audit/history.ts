import "server-only";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, seesAllStates } from "@/lib/authz/policy";
import { activityScope, planScope, programScope } from "@/lib/data/scope";
import { NotFoundError } from "@/lib/errors";

// The audit events of one record, for its page's "History" section. The audit log of the whole
// portal (every record) is the admin's; this is the trail of a record a planner is looking at.

export const HISTORY_ENTITIES = ["Activity", "Program", "ProgramPlan"] as const;
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];

/** Audit events of other records that belong to a record's trail (an activity's report, say). */
type Related = { entity: string; ids: string[] }[];

/**
 * Whether the actor may read the record (the same scope as its page, so that history leaks nothing),
 * and the records whose events join its trail: an activity's after-action report, its follow-ups and
 * its partner feedback (read in the same statement). Null when it may not be read.
 */
async function readable(actor: Actor, entity: HistoryEntity, id: string): Promise<Related | null> {
  switch (entity) {
    case "Activity": {
      assertCan(actor, "activity:read");
      const where = { AND: [activityScope(actor), { id }] };
      // A liaison officer reads no trail (listHistory): nothing related is loaded, another state's
      // feedback least of all.
      if (!seesAllStates(actor)) return (await scopedDb(actor).activity.count({ where })) > 0 ? [] : null;
      // One statement (nested selects would be one for each relation).
      // scope: JMOD staff only (seesAllStates above), who read every activity.
      const [activity] = await sqlScopedDb(actor, "seesAllStates").$queryRaw<
        { report: string | null; followUps: string[]; feedback: string[] }[]
      >`
        SELECT r.id AS report,
          ARRAY(SELECT f.id FROM "FollowUpAction" f WHERE f."reportId" = r.id) AS "followUps",
          ARRAY(SELECT fb.id FROM "PartnerFeedback" fb WHERE fb."activityId" = a.id) AS feedback
        FROM "Activity" a LEFT JOIN "AfterActionReport" r ON r."activityId" = a.id
        WHERE a.id = ${id}`;
      if (!activity) return null;
      return [
        { entity: "AfterActionReport", ids: activity.report ? [activity.report] : [] },
        { entity: "FollowUpAction", ids: activity.followUps },
        { entity: "PartnerFeedback", ids: activity.feedback },
      ].filter((related) => related.ids.length > 0);
    }
    case "Program":
      assertCan(actor, "program:read");
      return (await scopedDb(actor).program.count({ where: { AND: [programScope(actor), { id }] } })) > 0 ? [] : null;
    case "ProgramPlan":
      assertCan(actor, "plan:read");
      return (await scopedDb(actor).programPlan.count({ where: { AND: [planScope(actor), { id }] } })) > 0 ? [] : null;
  }
}

type Json = unknown;

export interface HistoryEntry {
  id: string;
  at: Date;
  action: string;
  /** The actor's name now, else the e-mail the event recorded (the account may be gone). */
  actorName: string;
  /** Top-level fields whose value differs between before and after (all of after's on a create). */
  changedFields: string[];
  before: Record<string, Json> | null;
  after: Record<string, Json> | null;
}

const asRecord = (value: Json): Record<string, Json> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : null;

// Bookkeeping that changes on every save and says nothing a reader wants to see in the list.
const BOOKKEEPING = new Set(["id", "version", "updatedAt", "updatedBy"]);

export function changedFields(before: Record<string, Json> | null, after: Record<string, Json> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => !BOOKKEEPING.has(key) && JSON.stringify(before?.[key] ?? null) !== JSON.stringify(after?.[key] ?? null));
}

/**
 * The record's audit events, newest first, with those of the records that belong to it (an activity's
 * report, follow-ups and feedback). Liaison officers get none: the trail holds JMOD's internal notes
 * (reasons for not inviting, budgets), every state's feedback and who at JMOD did what.
 */
export async function listHistory(actor: Actor, entity: HistoryEntity, entityId: string, take = 100): Promise<HistoryEntry[]> {
  const related = await readable(actor, entity, entityId);
  if (!related) throw new NotFoundError(entity);
  if (!seesAllStates(actor)) return [];
  const events = await scopedDb(actor).auditEvent.findMany({
    where: { OR: [{ entity, entityId }, ...related.map((r) => ({ entity: r.entity, entityId: { in: r.ids } }))] },
    select: { id: true, at: true, action: true, actorEmail: true, before: true, after: true, actor: { select: { name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
  });
  return events.map((event) => {
    const before = asRecord(event.before);
    const after = asRecord(event.after);
    return {
      id: event.id.toString(),
      at: event.at,
      action: event.action,
      actorName: event.actor?.name ?? event.actorEmail ?? "—",
      changedFields: changedFields(before, after),
      before,
      after,
    };
  });
}
