import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, seesAllStates } from "@/lib/authz/policy";
import { activityScope, needScope, planScope } from "@/lib/authz/scope";
import { NotFoundError } from "@/lib/errors";
import { activityRow, needRow, planRow, stateRef } from "@/lib/data/selects";
import type { NeedFilters } from "@/lib/validation/need-filters";

/** The actor's needs, narrowed by the list's filters; the scope applies whatever the filters say. */
export async function listNeeds(actor: Actor, filters: NeedFilters = {}) {
  assertCan(actor, "need:read");
  // Only the filters that are set: an `undefined` in a Prisma where would silently mean "any".
  const narrowed: Prisma.PartnerNeedWhereInput[] = [];
  if (filters.status) narrowed.push({ status: filters.status });
  if (filters.state) narrowed.push({ stateCode: filters.state });
  return scopedDb(actor).partnerNeed.findMany({
    where: { AND: [needScope(actor), ...narrowed] },
    select: needRow,
    orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "desc" }, { id: "asc" }],
  });
}

export async function getNeed(actor: Actor, id: string) {
  assertCan(actor, "need:read");
  const need = await scopedDb(actor).partnerNeed.findFirst({
    where: { AND: [needScope(actor), { id }] },
    select: {
      ...needRow,
      description: true,
      declineReason: true,
      version: true,
      updatedAt: true,
      submittedBy: { select: { name: true } },
      plans: { where: planScope(actor), select: planRow },
      activities: { where: activityScope(actor), select: activityRow },
    },
  });
  if (!need) throw new NotFoundError("need");
  return need;
}

export type NeedDetail = Awaited<ReturnType<typeof getNeed>>;

/** Needs a plan or activity of the program may answer: those of the program's partner states. */
export async function listNeedsOfProgram(actor: Actor, programId: string) {
  assertCan(actor, "plan:edit");
  return db().partnerNeed.findMany({
    where: { state: { programs: { some: { id: programId } } } },
    select: needRow,
    orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "desc" }, { id: "asc" }],
  });
}

/** The states a planner may filter the list by (those with needs); a liaison officer sees only their own. */
export async function listNeedStates(actor: Actor) {
  assertCan(actor, "need:read");
  if (!seesAllStates(actor)) return [];
  return db().partnerState.findMany({ where: { needs: { some: {} } }, select: stateRef, orderBy: { sortOrder: "asc" } });
}

const TRIAGE_ACTIONS = ["need.acknowledge", "need.decline", "need.address", "need.reopen"];

export interface NeedHistoryEntry {
  /** submit, acknowledge, decline, address, relink (an addressed need's answers changed), reopen */
  action: string;
  at: Date;
  status: string;
}

const asRecord = (value: unknown): Record<string, unknown> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/**
 * The status history of a need, oldest first, from its audit events. It is the partner's view too,
 * so it carries what happened and when, never who at JMOD did it nor the audit's other contents.
 * The submission comes from the need itself: needs loaded with the initial data have no audit event.
 */
export async function listNeedHistory(actor: Actor, id: string): Promise<NeedHistoryEntry[]> {
  assertCan(actor, "need:read");
  const need = await scopedDb(actor).partnerNeed.findFirst({ where: { AND: [needScope(actor), { id }] }, select: { createdAt: true } });
  if (!need) throw new NotFoundError("need");
  const events = await scopedDb(actor).auditEvent.findMany({
    where: { entity: "PartnerNeed", entityId: id, action: { in: TRIAGE_ACTIONS } },
    select: { action: true, at: true, before: true, after: true },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  const triage = events.map((event) => {
    const before = asRecord(event.before)?.status;
    const status = String(asRecord(event.after)?.status ?? "");
    const action = event.action.slice("need.".length);
    return { action: action === "address" && before === "ADDRESSED" ? "relink" : action, at: event.at, status };
  });
  return [{ action: "submit", at: need.createdAt, status: "SUBMITTED" }, ...triage];
}
