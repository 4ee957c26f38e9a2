import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, seesAllStates } from "@/lib/authz/policy";
import { activityScope, planScope, programScope } from "@/lib/data/scope";
import { NotFoundError } from "@/lib/errors";

// The audit events of one record, for its page's "History" section. The audit log of the whole
// portal (every record) is the admin's; this is the trail of a record a planner is looking at.

export const HISTORY_ENTITIES = ["Activity", "Program", "ProgramPlan"] as const;
export type HistoryEntity = (typeof HISTORY_ENTITIES)[number];

/** Whether the actor may read the record: the same scope as its page, so that history leaks nothing. */
async function readable(actor: Actor, entity: HistoryEntity, id: string): Promise<boolean> {
  switch (entity) {
    case "Activity":
      assertCan(actor, "activity:read");
      return (await scopedDb(actor).activity.count({ where: { AND: [activityScope(actor), { id }] } })) > 0;
    case "Program":
      assertCan(actor, "program:read");
      return (await scopedDb(actor).program.count({ where: { AND: [programScope(actor), { id }] } })) > 0;
    case "ProgramPlan":
      assertCan(actor, "plan:read");
      return (await scopedDb(actor).programPlan.count({ where: { AND: [planScope(actor), { id }] } })) > 0;
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
 * The record's audit events, newest first. Liaison officers get none: the trail holds JMOD's
 * internal notes (reasons for not inviting, budgets) and who at JMOD did what.
 */
export async function listHistory(actor: Actor, entity: HistoryEntity, entityId: string, take = 100): Promise<HistoryEntry[]> {
  if (!(await readable(actor, entity, entityId))) throw new NotFoundError(entity);
  if (!seesAllStates(actor)) return [];
  const events = await scopedDb(actor).auditEvent.findMany({
    where: { entity, entityId },
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
