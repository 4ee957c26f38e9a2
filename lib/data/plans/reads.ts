import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can, seesAllStates } from "@/lib/authz/policy";
import { activityScope, needScope, planCommentScope, planNamedScope, planScope } from "@/lib/data/scope";
import { isPlanEditable } from "@/lib/domain/plan";
import { NotFoundError } from "@/lib/errors";
import { activityRow, needRow, planRow, programRef, stateRef } from "@/lib/data/selects";
import { editorValues } from "@/lib/data/plans/snapshot";
import { checkPlanRules } from "@/lib/data/plans/rules";
import { loadPlanSnapshot } from "@/lib/data/plans/snapshot";
import { getStateNames } from "@/lib/data/reference/states";
import type { Locale } from "@/i18n/locales";
import type { RuleResult } from "@/lib/rules/principles";
import { diffPlans } from "@/lib/plan-diff";

export async function listPlans(actor: Actor) {
  assertCan(actor, "plan:read");
  return scopedDb(actor).programPlan.findMany({
    where: planScope(actor),
    select: planRow,
    orderBy: [{ firstFiscalYear: "desc" }, { id: "asc" }],
  });
}

/** A plan as the actor may see it: liaison officers get no budget lines and no internal notes. */
export async function getPlan(actor: Actor, id: string) {
  assertCan(actor, "plan:read");
  const internal = can(actor, "plan:readInternal");
  const plan = await scopedDb(actor).programPlan.findFirst({
    where: { AND: [planScope(actor), { id }] },
    select: {
      ...planRow,
      summary: true,
      sustainment: true,
      submittedAt: true,
      approvedAt: true,
      version: true,
      returnReason: true,
      authorId: true,
      // JMOD's links between revisions: a later revision is a draft until approved.
      supersedes: internal ? { select: { id: true, revision: true } } : false,
      supersededBy: internal ? { select: { id: true, revision: true } } : false,
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
        select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true, role: true, stateCode: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!plan) throw new NotFoundError("plan");
  return {
    ...plan,
    supersedes: plan.supersedes ?? null,
    supersededBy: plan.supersededBy ?? null,
    years: plan.years.map((year) => ({ ...year, budgetLines: year.budgetLines ?? [] })),
    consultations: plan.consultations ?? [],
    internal,
    canEdit: can(actor, "plan:edit"),
  };
}

export type PlanDetail = Awaited<ReturnType<typeof getPlan>>;

/** What a plan's page shows: the plan, or only that it is being revised (nothing of its content). */
export type PlanPage = { beingRevised: false; plan: PlanDetail } | { beingRevised: true; id: string };

/**
 * A plan's page as the actor may see it. A liaison officer whose state the plan was shared with,
 * now that it is back in draft, learns only that it is being revised: its title, years and the rest
 * may be the draft's edits, which reach partners when it is shared again. Anything else outside the
 * actor's scope is not found, as getPlan answers.
 */
export async function getPlanPage(actor: Actor, id: string): Promise<PlanPage> {
  assertCan(actor, "plan:read");
  if (!seesAllStates(actor)) {
    const revising = await scopedDb(actor).programPlan.findFirst({
      where: { AND: [planNamedScope(actor), { id, status: "DRAFT" }] },
      select: { id: true }, // named, never read
    });
    if (revising) return { beingRevised: true, id: revising.id };
  }
  return { beingRevised: false, plan: await getPlan(actor, id) };
}

/** What the plan editor needs: the plan's editable values and the needs it may cite. */
export async function getPlanForEditing(actor: Actor, id: string) {
  assertCan(actor, "plan:edit");
  const plan = await loadPlanSnapshot(scopedDb(actor), id);
  if (!plan) throw new NotFoundError("plan");
  const [program, needs] = await Promise.all([
    scopedDb(actor).program.findUniqueOrThrow({ where: { id: plan.programId }, select: programRef }),
    scopedDb(actor).partnerNeed.findMany({
      where: { state: { programs: { some: { id: plan.programId } } } },
      select: { id: true, title: true, status: true, state: { select: stateRef } },
      orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "desc" }],
    }),
  ]);
  return { plan, values: editorValues(plan), program, needs, editable: isPlanEditable(plan.status) };
}

/** Every principle rule on a plan as it stands, for the principles panel, with the names of the states its messages may cite. */
export async function getPlanPrinciples(
  actor: Actor,
  id: string,
): Promise<{ results: RuleResult[]; stateNames: Record<Locale, Record<string, string>> }> {
  assertCan(actor, "plan:edit");
  const plan = await loadPlanSnapshot(scopedDb(actor), id);
  if (!plan) throw new NotFoundError("plan");
  const results = await checkPlanRules(
    scopedDb(actor),
    { ...plan, planId: plan.id, sharedAt: plan.sharedAt ? new Date(plan.sharedAt) : null },
    { actorId: actor.id },
  );
  return { results, stateNames: await getStateNames(actor) };
}

/** A revision beside the one it replaces, and what changed (planners and admins: budgets included). */
export async function getPlanComparison(actor: Actor, id: string) {
  assertCan(actor, "plan:readInternal");
  const plan = await loadPlanSnapshot(scopedDb(actor), id);
  if (!plan?.supersedesId) throw new NotFoundError("plan");
  const previous = await loadPlanSnapshot(scopedDb(actor), plan.supersedesId);
  if (!previous) throw new NotFoundError("plan");
  const needIds = [...new Set([...plan.needIds, ...previous.needIds])];
  const needs = await scopedDb(actor).partnerNeed.findMany({
    where: { id: { in: needIds } },
    select: { id: true, title: true, stateCode: true },
  });
  const needTitles = new Map(needs.map((need) => [need.id, `${need.stateCode}: ${need.title}`]));
  const diff = diffPlans(editorValues(previous), editorValues(plan));
  // Needs by title, not id, for the reader.
  for (const change of diff.fields.filter((field) => field.field === "needs")) {
    const titles = (text: string) =>
      text
        .split("\n")
        .filter(Boolean)
        .map((id) => needTitles.get(id) ?? id)
        .join("\n");
    change.before = titles(change.before);
    change.after = titles(change.after);
  }
  return { plan, previous, diff };
}
