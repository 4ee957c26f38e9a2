import "server-only";
// A plan's spending and its budget against actual, an activity's cost. Money is JMOD's alone: every
// read asserts plan:readInternal first, so a liaison officer gets "not found" before any query (and
// the scope guard refuses SpendingLine and BudgetLine on their client besides).
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Tx } from "@/lib/db/tx";
import { budgetAgainstActual, type CategoryAmount, type SpendingCategory, type YearAgainstBudget } from "@/lib/domain/spending";
import { NotFoundError } from "@/lib/errors";
import { spendingLineFields, spendingLineValues } from "@/lib/data/spending/lines";

/** Budget (budget lines) and actual (spending lines) per fiscal year and category, each grouped in SQL. */
async function sums(tx: Tx, planId: string): Promise<{ budget: CategoryAmount[]; actual: CategoryAmount[] }> {
  const [budget, actual] = await Promise.all([
    // scope: plan:readInternal (JMOD staff), asserted by every caller.
    tx.$queryRaw<{ fiscalYear: number; category: SpendingCategory; amountJpy: string }[]>`
      SELECT y."fiscalYear", b.category::text AS category, SUM(b."amountJpy")::text AS "amountJpy"
      FROM "BudgetLine" b JOIN "PlanYear" y ON y.id = b."planYearId"
      WHERE y."planId" = ${planId} GROUP BY y."fiscalYear", b.category`,
    tx.spendingLine.groupBy({ by: ["fiscalYear", "category"], where: { planId }, _sum: { amountJpy: true } }),
  ]);
  return {
    budget: budget.map((row) => ({ fiscalYear: row.fiscalYear, category: row.category, amountJpy: Number(row.amountJpy) })),
    actual: actual.map((row) => ({ fiscalYear: row.fiscalYear, category: row.category, amountJpy: Number(row._sum.amountJpy ?? 0) })),
  };
}

/** A plan's budget against actual per fiscal year and category, with the variance (JMOD only). */
export async function getBudgetAgainstActual(actor: Actor, planId: string): Promise<YearAgainstBudget[]> {
  assertCan(actor, "plan:readInternal");
  // One statement (the plan page counts its statements): the plan's span and both sums.
  const sum = (rows: Prisma.Sql) =>
    Prisma.sql`coalesce((SELECT json_agg(json_build_object('fiscalYear', x."fiscalYear", 'category', x.category, 'amountJpy', x.amount)) FROM (${rows}) x), '[]')`;
  // scope: plan:readInternal (JMOD staff), asserted above.
  const [row] = await scopedDb(actor).$queryRaw<
    { firstFiscalYear: number; lastFiscalYear: number; budget: CategoryAmount[]; actual: CategoryAmount[] }[]
  >`
    SELECT pl."firstFiscalYear", pl."lastFiscalYear",
      ${sum(Prisma.sql`SELECT y."fiscalYear", b.category::text AS category, sum(b."amountJpy")::float8 AS amount
        FROM "BudgetLine" b JOIN "PlanYear" y ON y.id = b."planYearId" WHERE y."planId" = pl.id GROUP BY y."fiscalYear", b.category`)} AS budget,
      ${sum(Prisma.sql`SELECT s."fiscalYear", s.category::text AS category, sum(s."amountJpy")::float8 AS amount
        FROM "SpendingLine" s WHERE s."planId" = pl.id GROUP BY s."fiscalYear", s.category`)} AS actual
    FROM "ProgramPlan" pl WHERE pl.id = ${planId}`;
  if (!row) throw new NotFoundError("plan");
  return budgetAgainstActual(row, row.budget, row.actual);
}

/** What the spending page shows: the plan, its lines (latest first), its activities and budget against actual. */
export async function getPlanSpending(actor: Actor, planId: string) {
  assertCan(actor, "plan:readInternal");
  const db = scopedDb(actor);
  const plan = await db.programPlan.findUnique({
    where: { id: planId },
    select: { id: true, title: true, status: true, firstFiscalYear: true, lastFiscalYear: true, illustrative: true },
  });
  if (!plan) throw new NotFoundError("plan");
  const [lines, activities, { budget, actual }] = await Promise.all([
    db.spendingLine.findMany({
      where: { planId },
      select: { ...spendingLineFields, illustrative: true },
      orderBy: [{ spentOn: "desc" }, { id: "asc" }],
    }),
    db.activity.findMany({
      where: { planId },
      select: { id: true, title: true, titleJa: true, startDate: true },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
    }),
    sums(db, planId),
  ]);
  return {
    plan,
    lines: lines.map((line) => ({
      id: line.id,
      fiscalYear: line.fiscalYear,
      version: line.version,
      illustrative: line.illustrative,
      recordedBy: line.recordedBy?.name ?? null,
      values: spendingLineValues(line),
    })),
    activities,
    years: budgetAgainstActual(plan, budget, actual),
    canEdit: can(actor, "plan:edit") && plan.status !== "ARCHIVED",
  };
}

export type PlanSpending = Awaited<ReturnType<typeof getPlanSpending>>;

/** An activity's cost: the spending lines naming it and their sum (JMOD only). */
export async function getActivityCost(actor: Actor, activityId: string) {
  assertCan(actor, "plan:readInternal");
  const lines = await scopedDb(actor).spendingLine.findMany({
    where: { activityId },
    select: {
      id: true,
      spentOn: true,
      category: true,
      amountJpy: true,
      description: true,
      plan: { select: { id: true, title: true } },
    },
    orderBy: [{ spentOn: "asc" }, { id: "asc" }],
  });
  return {
    totalJpy: lines.reduce((sum, line) => sum + Number(line.amountJpy), 0),
    lines: lines.map((line) => ({ ...line, amountJpy: Number(line.amountJpy) })),
  };
}
