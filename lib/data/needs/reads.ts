import "server-only";
import { PAGE_SIZE, pageCountOf, type ListPage } from "@/lib/validation/query-filters";
import type { NeedRow } from "@/lib/data/selects";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import { NEED_ACTIVITIES, NEED_PLANS } from "@/lib/db/join-tables";
import { activityRowFromJson, activityRowJson } from "@/lib/data/activities/rows";
import { needRowFromJson, needRowJson, type NeedRowJson } from "@/lib/data/needs/rows";
import { planRowFromJson, planRowJson, type PlanRowJson } from "@/lib/data/plans/rows";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { needScope, activityScopeSql, planScopeSql } from "@/lib/data/scope";
import type { Tx } from "@/lib/db/tx";
import { codeTitle, programRef, stateRef, needRow } from "@/lib/data/selects";
import { NotFoundError } from "@/lib/errors";
import { type NeedStatus } from "@/lib/domain/need";
import type { ActivityStatus } from "@/lib/domain/activity";
import type { NeedFilters } from "@/lib/validation/need-filters";
import { fiscalYearStartInJapan } from "@/lib/fiscal-year";

/** The actor's needs, narrowed by the list's filters; the scope applies whatever the filters say. */
/** One page of the needs in the actor's scope that pass `filters`, by state, newest first. */
export async function listNeeds(actor: Actor, filters: NeedFilters = {}, page = 1): Promise<ListPage<NeedRow>> {
  assertCan(actor, "need:read");
  // Only the filters that are set: an `undefined` in a Prisma where would silently mean "any".
  const narrowed: Prisma.PartnerNeedWhereInput[] = [];
  if (filters.status) narrowed.push({ status: filters.status });
  if (filters.state) narrowed.push({ stateCode: filters.state });
  if (filters.priority) narrowed.push({ priority: filters.priority });
  if (filters.keyArea) narrowed.push({ keyAreaCode: filters.keyArea });
  if (filters.fyFrom !== undefined) narrowed.push({ createdAt: { gte: fiscalYearStartInJapan(filters.fyFrom) } });
  if (filters.fyTo !== undefined) narrowed.push({ createdAt: { lt: fiscalYearStartInJapan(filters.fyTo + 1) } });
  const where = { AND: [needScope(actor), ...narrowed] };
  const [rows, total] = await Promise.all([
    scopedDb(actor).partnerNeed.findMany({
      where,
      select: needRow,
      orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    scopedDb(actor).partnerNeed.count({ where }),
  ]);
  return { rows, total, page, pageCount: pageCountOf(total) };
}

interface NeedPartsJson {
  row: NeedRowJson;
  submittedBy: { name: string } | null;
  plans: PlanRowJson[];
  activities: Parameters<typeof activityRowFromJson>[0][];
}

export async function getNeed(actor: Actor, id: string) {
  assertCan(actor, "need:read");
  const need = await scopedDb(actor).partnerNeed.findFirst({
    where: { AND: [needScope(actor), { id }] },
    select: { id: true, description: true, declineReason: true, version: true, updatedAt: true },
  });
  if (!need) throw new NotFoundError("need");
  const [n, p, a] = [Prisma.raw("n"), Prisma.raw("p"), Prisma.raw("a")];
  // scope: the need was loaded in needScope; its plans and activities carry their own scope (lib/data/scope.ts).
  const [parts] = await sqlScopedDb(actor, "the need in scope, and the plan and activity scopes").$queryRaw<NeedPartsJson[]>`
    SELECT ${needRowJson(n)} AS row,
      (SELECT json_build_object('name', u.name) FROM "User" u WHERE u.id = n."submittedById") AS "submittedBy",
      COALESCE((SELECT json_agg(${planRowJson(p)})
         FROM ${NEED_PLANS.table} x JOIN "ProgramPlan" p ON p.id = x.${NEED_PLANS.col.plan}
         WHERE x.${NEED_PLANS.col.need} = n.id ${planScopeSql(actor, p)}), '[]'::json) AS plans,
      COALESCE((SELECT json_agg(${activityRowJson(a)})
         FROM ${NEED_ACTIVITIES.table} x JOIN "Activity" a ON a.id = x.${NEED_ACTIVITIES.col.activity}
         WHERE x.${NEED_ACTIVITIES.col.need} = n.id ${activityScopeSql(actor, a)}), '[]'::json) AS activities
    FROM "PartnerNeed" n WHERE n.id = ${need.id}`;
  return {
    ...needRowFromJson(parts!.row),
    description: need.description,
    declineReason: need.declineReason,
    version: need.version,
    updatedAt: need.updatedAt,
    submittedBy: parts!.submittedBy,
    plans: parts!.plans.map(planRowFromJson),
    activities: parts!.activities.map(activityRowFromJson),
  };
}

export type NeedDetail = Awaited<ReturnType<typeof getNeed>>;

/** Needs a plan or activity of the program may answer: those of the program's partner states. */
export async function listNeedsOfProgram(actor: Actor, programId: string) {
  assertCan(actor, "plan:edit");
  return scopedDb(actor).partnerNeed.findMany({
    where: { state: { programs: { some: { id: programId } } } },
    select: needRow,
    orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "desc" }, { id: "asc" }],
  });
}

/**
 * What the list's filters offer: the states a planner may filter by (those with needs; none for a
 * liaison officer, who sees only their own) and the key areas.
 */
export async function getNeedFilterOptions(actor: Actor) {
  assertCan(actor, "need:read");
  const [states, keyAreas] = await Promise.all([
    seesAllStates(actor)
      ? scopedDb(actor).partnerState.findMany({ where: { needs: { some: {} } }, select: stateRef, orderBy: { sortOrder: "asc" } })
      : [],
    scopedDb(actor).keyArea.findMany({ select: codeTitle, orderBy: { sortOrder: "asc" } }),
  ]);
  return { states, keyAreas };
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

/** What the submit form offers: the officer's state (named in the form) and the key areas. */
export async function getNeedFormOptions(actor: Actor) {
  assertCan(actor, "need:submit");
  const [state, keyAreas] = await Promise.all([
    scopedDb(actor).partnerState.findUnique({ where: { code: liaisonState(actor) }, select: stateRef }),
    scopedDb(actor).keyArea.findMany({ select: codeTitle, orderBy: { sortOrder: "asc" } }),
  ]);
  if (!state) throw new NotFoundError("state");
  return { state, keyAreas };
}

export const needSnapshotSelect = {
  id: true,
  stateCode: true,
  title: true,
  status: true,
  declineReason: true,
  version: true,
  updatedAt: true,
  plans: { select: { id: true }, orderBy: { id: "asc" } },
  activities: { select: { id: true }, orderBy: { id: "asc" } },
} satisfies Prisma.PartnerNeedSelect;

export type NeedSnapshot = Prisma.PartnerNeedGetPayload<{ select: typeof needSnapshotSelect }>;

/** What triage changes, as the audit trail and a conflict show it. */
export type TriageValues = {
  status: NeedStatus;
  declineReason: string | null;
  planIds: string[];
  activityIds: string[];
};

export function triageValues(need: NeedSnapshot): TriageValues {
  return {
    status: need.status,
    declineReason: need.declineReason,
    planIds: need.plans.map((plan) => plan.id),
    activityIds: need.activities.map((activity) => activity.id),
  };
}

/** Loads a need by id AND the actor's scope: out of scope is not found. */
export function loadNeed(tx: Tx, actor: Actor, id: string) {
  return tx.partnerNeed.findFirst({ where: { AND: [needScope(actor), { id }] }, select: needSnapshotSelect });
}

/**
 * Plans that may answer a need: the current (not archived) plans of programs with the need's state
 * as a partner. Those that already answer it stay allowed, so that editing the answers of an old
 * need does not force dropping an archived plan.
 */
export function candidatePlans(need: { id: string; stateCode: string }): Prisma.ProgramPlanWhereInput {
  return {
    OR: [
      { status: { not: "ARCHIVED" }, program: { partnerStates: { some: { code: need.stateCode } } } },
      { needs: { some: { id: need.id } } },
    ],
  };
}

/** Activities that may answer a need: those in which its state takes part, or that already answer it. */
export function candidateActivities(need: { id: string; stateCode: string }): Prisma.ActivityWhereInput {
  return { OR: [{ participants: { some: { stateCode: need.stateCode } } }, { needs: { some: { id: need.id } } }] };
}

/** The most activities the triage panel lists besides those already answering the need. */
export const TRIAGE_ACTIVITIES = 200;

type TriageActivity = { id: string; title: string; titleJa: string | null; startDate: string; status: ActivityStatus };

/**
 * What the triage panel offers: the need's current answers and the plans and activities that may
 * answer it. Planners only; JMOD sees every state's records, so these are not scoped further.
 * Activities: the state's latest TRIAGE_ACTIVITIES by start date, and those already answering the need
 * (at twenty years of data a state takes part in thousands: listing them all cost 240 ms of SQL at
 * 100,000 activities and a page to match). An older activity is linked from its own editor.
 */
export async function getNeedTriage(actor: Actor, id: string) {
  assertCan(actor, "need:triage");
  const need = await loadNeed(scopedDb(actor), actor, id);
  if (!need) throw new NotFoundError("need");
  const answers = NEED_ACTIVITIES;
  const [plans, activities] = await Promise.all([
    scopedDb(actor).programPlan.findMany({
      where: candidatePlans(need),
      select: { id: true, title: true, firstFiscalYear: true, lastFiscalYear: true, status: true, program: { select: programRef } },
      orderBy: [{ firstFiscalYear: "desc" }, { title: "asc" }, { id: "asc" }],
    }),
    // scope: JMOD only (need:triage, asserted above), who sees every state's activities.
    sqlScopedDb(actor, "need:triage is JMOD's").$queryRaw<(TriageActivity & { more: boolean })[]>`
      SELECT a.id, a.title, a."titleJa", to_char(a."startDate", 'YYYY-MM-DD') AS "startDate", a.status::text AS status,
             (SELECT count(*) > ${TRIAGE_ACTIVITIES} FROM "ActivityParticipant" c WHERE c."stateCode" = ${need.stateCode}) AS more
      FROM "Activity" a
      WHERE a.id IN (
        (SELECT p."activityId" FROM "ActivityParticipant" p JOIN "Activity" x ON x.id = p."activityId"
         WHERE p."stateCode" = ${need.stateCode} ORDER BY x."startDate" DESC, x.id LIMIT ${TRIAGE_ACTIVITIES})
        UNION
        (SELECT j.${answers.col.activity} FROM ${answers.table} j WHERE j.${answers.col.need} = ${need.id}))
      ORDER BY a."startDate" DESC, a.id`,
  ]);
  return {
    ...triageValues(need),
    id: need.id,
    version: need.version,
    plans,
    activities: activities.map(({ id, title, titleJa, startDate, status }) => ({ id, title, titleJa, startDate, status })),
    /** Whether the state has older activities than those listed. */
    moreActivities: activities[0]?.more ?? false,
  };
}

export type NeedTriage = Awaited<ReturnType<typeof getNeedTriage>>;
