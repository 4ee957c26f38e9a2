import "server-only";
// Recording, changing and deleting a plan's actual spending lines (planners and admins). Spending is
// not part of a plan's content: a line has its own version and audit events, and may be recorded on
// a plan in any status but ARCHIVED (an approved plan is where most spending happens; an archived one
// is closed). Each write answers rule T9 (a year's spending above its budget by more than 10%).
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import { spendingLineFields, spendingLineValues } from "@/lib/data/spending/lines";
import { spendingFacts, spendingJson, type SpendingYearJson } from "@/lib/data/plans/rules";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Tx } from "@/lib/db/tx";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { fiscalYearOf } from "@/lib/fiscal-year";
import { checkPlanSpending, warnings, type RuleResult } from "@/lib/rules/principles";
import { recordId } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse";
import {
  newSpendingLineSchema,
  spendingLineDeleteSchema,
  spendingLineEditSchema,
  spendingMsg,
  type SpendingLineInput,
} from "@/lib/validation/spending";

const lineSelect = { ...spendingLineFields, planId: true, updatedAt: true } satisfies Prisma.SpendingLineSelect;

type LineRow = Prisma.SpendingLineGetPayload<{ select: typeof lineSelect }>;

/** What the audit trail keeps of a line. */
function auditable(line: LineRow) {
  return { ...spendingLineValues(line), planId: line.planId, fiscalYear: line.fiscalYear, amountJpy: line.amountJpy.toString() };
}

/** The plan a line is recorded on: it exists, and is not archived. */
async function planForSpending(tx: Tx, planId: string) {
  const plan = await tx.programPlan.findUnique({
    where: { id: planId },
    select: { id: true, status: true, firstFiscalYear: true, lastFiscalYear: true },
  });
  if (!plan) throw new NotFoundError("plan");
  if (plan.status === "ARCHIVED") throw new InvalidStateError("spending.state.archived");
  return plan;
}

/**
 * The line's fiscal year, from its date, within the plan's span; its activity, if any, one of the
 * plan's. Both refusals at once, beside their fields.
 */
async function checkLine(
  tx: Tx,
  plan: { id: string; firstFiscalYear: number; lastFiscalYear: number },
  input: SpendingLineInput,
): Promise<number> {
  const fiscalYear = fiscalYearOf(new Date(`${input.spentOn}T00:00:00Z`));
  const errors: Record<string, string[]> = {};
  if (fiscalYear < plan.firstFiscalYear || fiscalYear > plan.lastFiscalYear) errors.spentOn = [spendingMsg("outsidePlan")];
  if (input.activityId) {
    const activity = await tx.activity.findFirst({ where: { id: input.activityId, planId: plan.id }, select: { id: true } });
    if (!activity) errors.activityId = [spendingMsg("activityElsewhere")];
  }
  if (Object.keys(errors).length) throw new ValidationError(errors);
  return fiscalYear;
}

const data = (input: SpendingLineInput, fiscalYear: number, actor: Actor) => ({
  fiscalYear,
  spentOn: new Date(`${input.spentOn}T00:00:00Z`),
  category: input.category,
  amountJpy: BigInt(input.amountJpy),
  description: input.description,
  activityId: input.activityId ?? null,
  recordedById: actor.id,
});

/** T9 on the plan's spending as it now stands (in the transaction): its warning, if any. */
async function spendingWarnings(tx: Tx, planId: string): Promise<RuleResult[]> {
  // scope: plan:edit (JMOD staff), asserted by every caller: the plan's budget and spending, in one statement.
  const [row] = await tx.$queryRaw<{ budgets: { fiscalYear: number; budgetJpy: string }[]; spending: SpendingYearJson[] }[]>`
    SELECT COALESCE((SELECT json_agg(json_build_object('fiscalYear', y."fiscalYear",
             'budgetJpy', COALESCE((SELECT SUM(b."amountJpy") FROM "BudgetLine" b WHERE b."planYearId" = y.id), 0)::text))
           FROM "PlanYear" y WHERE y."planId" = ${planId}), '[]'::json) AS budgets,
      ${spendingJson(planId)} AS spending`;
  const budgets = new Map((row?.budgets ?? []).map((y) => [y.fiscalYear, Number(y.budgetJpy)]));
  return warnings(checkPlanSpending(spendingFacts(budgets, row?.spending ?? [])));
}

/** The line's values now, to show beside the user's: who changed it last, when. */
async function conflict(tx: Tx, id: string): Promise<never> {
  const current = await tx.spendingLine.findUnique({ where: { id }, select: lineSelect });
  if (!current) throw new NotFoundError("spendingLine");
  throw new ConflictError({
    version: current.version,
    updatedAt: current.updatedAt,
    updatedBy: current.recordedBy?.name ?? null,
    values: spendingLineValues(current),
  });
}

export async function recordSpendingLine(actor: Actor, raw: unknown): Promise<{ id: string; warnings: RuleResult[] }> {
  assertCan(actor, "plan:edit");
  const input = parseInput(newSpendingLineSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const plan = await planForSpending(tx, input.planId);
    const fiscalYear = await checkLine(tx, plan, input);
    const line = await tx.spendingLine.create({ data: { planId: plan.id, ...data(input, fiscalYear, actor) }, select: lineSelect });
    await audit(tx, actor, { action: "spending.create", entity: "SpendingLine", entityId: line.id, after: auditable(line) });
    return { id: line.id, warnings: await spendingWarnings(tx, plan.id) };
  });
}

export async function updateSpendingLine(actor: Actor, id: string, raw: unknown): Promise<{ version: number; warnings: RuleResult[] }> {
  assertCan(actor, "plan:edit");
  if (!recordId.safeParse(id).success) throw new NotFoundError("spendingLine");
  const input = parseInput(spendingLineEditSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const before = await tx.spendingLine.findUnique({ where: { id }, select: lineSelect });
    if (!before) throw new NotFoundError("spendingLine");
    if (before.version !== input.version) return conflict(tx, id);
    const plan = await planForSpending(tx, before.planId);
    const fiscalYear = await checkLine(tx, plan, input);
    // The version in the WHERE makes the write itself the check (two saves from one version: one wins).
    const { count } = await tx.spendingLine.updateMany({
      where: { id, version: input.version },
      data: { ...data(input, fiscalYear, actor), version: { increment: 1 } },
    });
    if (count === 0) return conflict(tx, id);
    const after = await tx.spendingLine.findUniqueOrThrow({ where: { id }, select: lineSelect });
    await audit(tx, actor, {
      action: "spending.update",
      entity: "SpendingLine",
      entityId: id,
      before: auditable(before),
      after: auditable(after),
    });
    return { version: after.version, warnings: await spendingWarnings(tx, plan.id) };
  });
}

export async function deleteSpendingLine(actor: Actor, raw: unknown): Promise<{ warnings: RuleResult[] }> {
  assertCan(actor, "plan:edit");
  const input = parseInput(spendingLineDeleteSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const before = await tx.spendingLine.findUnique({ where: { id: input.id }, select: lineSelect });
    if (!before) throw new NotFoundError("spendingLine");
    await planForSpending(tx, before.planId);
    // A line changed since the user saw it is shown again, never deleted unseen (checked here first,
    // then by the DELETE itself against a concurrent change).
    if (before.version !== input.version) return conflict(tx, input.id);
    const { count } = await tx.spendingLine.deleteMany({ where: { id: input.id, version: input.version } });
    if (count === 0) return conflict(tx, input.id);
    await audit(tx, actor, { action: "spending.delete", entity: "SpendingLine", entityId: input.id, before: auditable(before) });
    return { warnings: await spendingWarnings(tx, before.planId) };
  });
}
