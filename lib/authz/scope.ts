// Prisma `where` fragments that confine a liaison officer to their state. Planners and admins get an
// empty fragment. A liaison actor without a state is a broken account: we throw rather than return a
// filter with `undefined` in it, which Prisma would read as "no filter".
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { seesAllStates } from "@/lib/authz/policy";

export function liaisonState(actor: Actor): string {
  if (!actor.stateCode) throw new Error(`liaison actor ${actor.id} has no state`);
  return actor.stateCode;
}

/** Activities in which the actor's state takes part, in any role. */
export function activityScope(actor: Actor): Prisma.ActivityWhereInput {
  if (seesAllStates(actor)) return {};
  return { participants: { some: { stateCode: liaisonState(actor) } } };
}

/**
 * Programs that include the actor's state, or that the actor meets through an activity their state
 * takes part in (an observer at another program's activity) or a plan shared with it: every program
 * named on a page the actor may see must itself be visible, or its link would betray it.
 */
export function programScope(actor: Actor): Prisma.ProgramWhereInput {
  if (seesAllStates(actor)) return {};
  const code = liaisonState(actor);
  return {
    OR: [
      { partnerStates: { some: { code } } },
      { activities: { some: { participants: { some: { stateCode: code } } } } },
      { plans: { some: { sharedWith: { some: { code } }, sharedAt: { not: null } } } },
    ],
  };
}

/** Plans shared with the actor's state. */
export function planScope(actor: Actor): Prisma.ProgramPlanWhereInput {
  if (seesAllStates(actor)) return {};
  return { sharedWith: { some: { code: liaisonState(actor) } }, sharedAt: { not: null } };
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
