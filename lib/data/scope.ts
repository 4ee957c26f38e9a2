// The data layer's Prisma `where` fragments that confine a liaison officer to their state. Planners and admins get an
// empty fragment. A liaison actor without a state is a broken account: we throw rather than return a
// filter with `undefined` in it, which Prisma would read as "no filter".
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { liaisonState, seesAllStates } from "@/lib/authz/policy";
import { PARTNER_PLAN_STATUSES } from "@/lib/domain/plan";
import { PLAN_SHARED_WITH, PROGRAM_PARTNER_STATES } from "@/lib/db/join-tables";

/** Activities in which the actor's state takes part, in any role. */
export function activityScope(actor: Actor): Prisma.ActivityWhereInput {
  if (seesAllStates(actor)) return {};
  return { participants: { some: { stateCode: liaisonState(actor) } } };
}

/**
 * Programs that include the actor's state, or that the actor meets through an activity their state
 * takes part in (an observer at another program's activity) or a plan they may see (planScope):
 * every program named on a page the actor may see must itself be visible, or its link would betray it.
 */
export function programScope(actor: Actor): Prisma.ProgramWhereInput {
  if (seesAllStates(actor)) return {};
  const code = liaisonState(actor);
  return {
    OR: [
      { partnerStates: { some: { code } } },
      { activities: { some: { participants: { some: { stateCode: code } } } } },
      { plans: { some: partnerPlans(code) } },
    ],
  };
}

/** Shared with the state at some time, whatever the plan's status now. */
const sharedWithState = (code: string) =>
  ({ sharedWith: { some: { code } }, sharedAt: { not: null } }) satisfies Prisma.ProgramPlanWhereInput;

const partnerPlans = (code: string): Prisma.ProgramPlanWhereInput => ({
  ...sharedWithState(code),
  status: { in: [...PARTNER_PLAN_STATUSES] },
});

/**
 * Plans the actor may read: for a liaison officer, those shared with their state and not back in
 * draft. The one rule of what a partner sees of plans: every list, detail, count, report and
 * comment of a plan goes through it.
 */
export function planScope(actor: Actor): Prisma.ProgramPlanWhereInput {
  if (seesAllStates(actor)) return {};
  return partnerPlans(liaisonState(actor));
}

/**
 * Plans shared with a liaison officer's state at some time, in any status now: to name a plan (its
 * id, a notification about it), never to read it. Those outside planScope are back in draft; the
 * page of one says only that it is being revised.
 */
export function planNamedScope(actor: Actor): Prisma.ProgramPlanWhereInput {
  if (seesAllStates(actor)) return {};
  return sharedWithState(liaisonState(actor));
}

/** The actor's own state's needs. */
export function needScope(actor: Actor): Prisma.PartnerNeedWhereInput {
  if (seesAllStates(actor)) return {};
  return { stateCode: liaisonState(actor) };
}

/**
 * Comments on a shared plan: a liaison officer reads JMOD's and their own state's, not those of
 * other states' officers on the same multilateral plan.
 */
export function planCommentScope(actor: Actor): Prisma.PlanCommentWhereInput {
  if (seesAllStates(actor)) return {};
  return { OR: [{ author: { role: { in: ["ADMIN", "PLANNER"] } } }, { author: { stateCode: liaisonState(actor) } }] };
}

// The same conditions in SQL, for raw statements that bind the scope themselves (sqlScopedDb): an
// empty fragment for planners and admins, else the liaison officer's condition, ANDed on.

/** activityScope: activity `a` has the actor's state among its participants. */
export function activityScopeSql(actor: Actor, a: Prisma.Sql): Prisma.Sql {
  if (seesAllStates(actor)) return Prisma.empty;
  return Prisma.sql`AND EXISTS (SELECT 1 FROM "ActivityParticipant" sp WHERE sp."activityId" = ${a}.id AND sp."stateCode" = ${liaisonState(actor)})`;
}

/** needScope: need `n` is the actor's state's. */
export function needScopeSql(actor: Actor, n: Prisma.Sql): Prisma.Sql {
  if (seesAllStates(actor)) return Prisma.empty;
  return Prisma.sql`AND ${n}."stateCode" = ${liaisonState(actor)}`;
}

/** planCommentScope, on the comment's author `u` (a "User" row): JMOD staff or the actor's state. */
export function planCommentScopeSql(actor: Actor, u: Prisma.Sql): Prisma.Sql {
  if (seesAllStates(actor)) return Prisma.empty;
  return Prisma.sql`AND (${u}.role IN ('ADMIN', 'PLANNER') OR ${u}."stateCode" = ${liaisonState(actor)})`;
}

/** planScope: plan `p` is shared with the actor's state and not back in draft. */
export function planScopeSql(actor: Actor, p: Prisma.Sql): Prisma.Sql {
  if (seesAllStates(actor)) return Prisma.empty;
  return Prisma.sql`AND ${p}."sharedAt" IS NOT NULL AND ${p}.status::text IN (${Prisma.join([...PARTNER_PLAN_STATUSES])})
    AND EXISTS (SELECT 1 FROM ${PLAN_SHARED_WITH.table} sw
      WHERE sw.${PLAN_SHARED_WITH.col.plan} = ${p}.id AND sw.${PLAN_SHARED_WITH.col.state} = ${liaisonState(actor)})`;
}

/**
 * visibleTo (lib/data/notifications/reads.ts), on notification `n`: the actor's own, and for a
 * liaison officer only those about a plan shared with their state at some time (planNamedScope) and a
 * need of their state.
 */
export function notificationScopeSql(actor: Actor, n: Prisma.Sql): Prisma.Sql {
  const own = Prisma.sql`${n}."userId" = ${actor.id}`;
  if (seesAllStates(actor)) return own;
  const code = liaisonState(actor);
  return Prisma.sql`${own}
    AND (${n}."planId" IS NULL OR EXISTS (SELECT 1 FROM "ProgramPlan" np JOIN ${PLAN_SHARED_WITH.table} nsw ON nsw.${PLAN_SHARED_WITH.col.plan} = np.id
      WHERE np.id = ${n}."planId" AND np."sharedAt" IS NOT NULL AND nsw.${PLAN_SHARED_WITH.col.state} = ${code}))
    AND (${n}."needId" IS NULL OR EXISTS (SELECT 1 FROM "PartnerNeed" nn WHERE nn.id = ${n}."needId" AND nn."stateCode" = ${code}))`;
}

/**
 * programScope, on program `g`: a partner of the program, a participant in one of its activities, or
 * a state one of its plans is shared with (planScopeSql).
 */
export function programScopeSql(actor: Actor, g: Prisma.Sql): Prisma.Sql {
  if (seesAllStates(actor)) return Prisma.empty;
  const code = liaisonState(actor);
  const p = Prisma.sql`sp2`;
  return Prisma.sql`AND (EXISTS (SELECT 1 FROM ${PROGRAM_PARTNER_STATES.table} ps
        WHERE ps.${PROGRAM_PARTNER_STATES.col.program} = ${g}.id AND ps.${PROGRAM_PARTNER_STATES.col.state} = ${code})
      OR EXISTS (SELECT 1 FROM "Activity" sa JOIN "ActivityParticipant" sap ON sap."activityId" = sa.id
        WHERE sa."programId" = ${g}.id AND sap."stateCode" = ${code})
      OR EXISTS (SELECT 1 FROM "ProgramPlan" ${p} WHERE ${p}."programId" = ${g}.id ${planScopeSql(actor, p)}))`;
}
