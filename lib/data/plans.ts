import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { activityScope, needScope, planCommentScope, planScope } from "@/lib/authz/scope";
import { NotFoundError } from "@/lib/errors";
import { activityRow, needRow, planRow, stateRef } from "@/lib/data/selects";

export async function listPlans(actor: Actor) {
  assertCan(actor, "plan:read");
  return db().programPlan.findMany({
    where: planScope(actor),
    select: planRow,
    orderBy: [{ firstFiscalYear: "desc" }, { id: "asc" }],
  });
}

/** A plan as the actor may see it: liaison officers get no budget lines and no internal notes. */
export async function getPlan(actor: Actor, id: string) {
  assertCan(actor, "plan:read");
  const internal = can(actor, "plan:readInternal");
  const plan = await db().programPlan.findFirst({
    where: { AND: [planScope(actor), { id }] },
    select: {
      ...planRow,
      summary: true,
      sustainment: true,
      submittedAt: true,
      approvedAt: true,
      version: true,
      author: { select: { name: true } },
      approvedBy: { select: { name: true } },
      sharedWith: { select: stateRef, orderBy: { sortOrder: "asc" } },
      years: {
        orderBy: { fiscalYear: "asc" },
        select: {
          id: true,
          fiscalYear: true,
          objectives: { select: { id: true, text: true }, orderBy: { position: "asc" } },
          milestones: { select: { id: true, title: true, dueDate: true, status: true }, orderBy: { dueDate: "asc" } },
          budgetLines: internal ? { select: { id: true, label: true, amountJpy: true }, orderBy: { id: "asc" } } : false,
        },
      },
      consultations: internal
        ? { select: { id: true, heldOn: true, counterpart: true, summary: true }, orderBy: { heldOn: "asc" } }
        : false,
      activities: { where: activityScope(actor), select: activityRow, orderBy: [{ startDate: "asc" }, { id: "asc" }] },
      needs: { where: needScope(actor), select: needRow },
      comments: {
        where: planCommentScope(actor),
        select: { id: true, body: true, createdAt: true, author: { select: { name: true, role: true, stateCode: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!plan) throw new NotFoundError("plan");
  return {
    ...plan,
    years: plan.years.map((year) => ({ ...year, budgetLines: year.budgetLines ?? [] })),
    consultations: plan.consultations ?? [],
    internal,
  };
}

export type PlanDetail = Awaited<ReturnType<typeof getPlan>>;
