import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/tx";
import { jsonDate } from "@/lib/db/json-rows";
import { aseanMembersFromJson, aseanMembersJson, programFactsJson } from "@/lib/data/rule-facts";
import { NotFoundError } from "@/lib/errors";
import { todayInJapan } from "@/lib/fiscal-year";
import type { ActivityStatus } from "@/lib/domain/activity";
import type { PlanStatus } from "@/lib/domain/plan";
import type { AseanMember, PlanFacts, PlanSpendingFacts, ProgramFacts } from "@/lib/rules/facts";
import { checkPlan, T9_LINES_NAMED, type RuleResult } from "@/lib/rules/principles";
import type { PlanInput } from "@/lib/validation/plan";

/** A plan as saved or about to be saved: what the rules are run on. */
export interface PlanDraft {
  planId: string | null;
  programId: string;
  status: PlanStatus;
  authorId: string;
  approvedById?: string | null;
  firstFiscalYear: number;
  lastFiscalYear: number;
  sustainment: string;
  years: PlanInput["years"];
  needIds: string[];
  consultations: PlanInput["consultations"];
  sharedAt: Date | null;
  sharedWith: string[];
  /** The indicators as saved or about to be (an indicator's id, where it has one, finds its actuals). */
  indicators: PlanInput["indicators"];
  /** The reason given for archiving it (or given now); null if none (T8). */
  archiveReason?: string | null;
}

const day = (iso: string) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** A fiscal year's spending as the SQL of spendingJson sums it. */
export interface SpendingYearJson {
  fiscalYear: number;
  actualJpy: string;
  lineCount: number;
  largestLines: { spentOn: string; description: string; amountJpy: string }[];
}

/**
 * A plan's spending per fiscal year (T9), in one grouped statement: the sum, the count and the
 * largest lines of each year. JMOD-internal: only for plan:edit callers (the rules, the spending writes).
 */
export function spendingJson(planId: string | null): Prisma.Sql {
  if (!planId) return Prisma.sql`'[]'::json`;
  return Prisma.sql`COALESCE((SELECT json_agg(json_build_object('fiscalYear', s."fiscalYear", 'actualJpy', s.total::text,
         'lineCount', s.n, 'largestLines', to_json(s.largest[1:${Prisma.raw(String(T9_LINES_NAMED))}])) ORDER BY s."fiscalYear")
       FROM (SELECT l."fiscalYear", SUM(l."amountJpy") AS total, COUNT(*)::int AS n,
               array_agg(json_build_object('spentOn', l."spentOn", 'description', l.description, 'amountJpy', l."amountJpy"::text)
                 ORDER BY l."amountJpy" DESC, l."spentOn", l.id) AS largest
             FROM "SpendingLine" l WHERE l."planId" = ${planId} GROUP BY l."fiscalYear") s), '[]'::json)`;
}

/** Each fiscal year's budget: the sum of its budget lines (as saved or as typed). */
export function budgetsOf(
  years: readonly { fiscalYear: number; budgetLines: readonly { amountJpy: number | string }[] }[],
): Map<number, number> {
  return new Map(years.map((year) => [year.fiscalYear, year.budgetLines.reduce((sum, line) => sum + Number(line.amountJpy), 0)]));
}

/** T9's facts: each year's budget against its spending. */
export function spendingFacts(budgets: ReadonlyMap<number, number>, spending: readonly SpendingYearJson[]): PlanSpendingFacts[] {
  return spending.map((year) => ({
    fiscalYear: year.fiscalYear,
    budgetJpy: budgets.get(year.fiscalYear) ?? 0,
    actualJpy: Number(year.actualJpy),
    lineCount: year.lineCount,
    largestLines: year.largestLines.map((line) => ({
      spentOn: jsonDate(line.spentOn),
      description: line.description,
      amountJpy: Number(line.amountJpy),
    })),
  }));
}

interface FactsJson {
  program: ProgramFacts | null;
  needStateCodes: string[];
  activities: { id: string; title: string; startDate: string; endDate: string; status: ActivityStatus; hasAfterActionReport: boolean }[];
  asean: { code: string; memberSince: string | null }[];
  spending: SpendingYearJson[];
  actuals: { indicatorId: string; fiscalYear: number }[];
  superseded: boolean;
}

/** What the rules read of the database besides the draft, in one statement. */
async function loadFacts(tx: Tx, draft: PlanDraft): Promise<{ facts: PlanFacts; asean: AseanMember[] }> {
  // scope: the plan rules are JMOD's (plan:edit): the guarded client of a liaison officer refuses this.
  const [row] = await tx.$queryRaw<FactsJson[]>`
    SELECT ${programFactsJson(draft.programId)} AS program,
      COALESCE((SELECT json_agg(n."stateCode") FROM "PartnerNeed" n WHERE n.id = ANY(${draft.needIds})), '[]'::json) AS "needStateCodes",
      ${
        draft.planId
          ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'startDate', a."startDate", 'endDate', a."endDate",
                 'status', a.status, 'hasAfterActionReport', EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id)))
               FROM "Activity" a WHERE a."planId" = ${draft.planId}), '[]'::json)`
          : Prisma.sql`'[]'::json`
      } AS activities,
      ${aseanMembersJson} AS asean,
      ${spendingJson(draft.planId)} AS spending,
      ${
        draft.planId
          ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('indicatorId', x."indicatorId", 'fiscalYear', x."fiscalYear"))
               FROM "IndicatorActual" x JOIN "PlanIndicator" i ON i.id = x."indicatorId" WHERE i."planId" = ${draft.planId}), '[]'::json)`
          : Prisma.sql`'[]'::json`
      } AS actuals,
      ${draft.planId ? Prisma.sql`EXISTS (SELECT 1 FROM "ProgramPlan" r WHERE r."supersedesId" = ${draft.planId})` : Prisma.sql`false`} AS superseded`;
  if (!row?.program) throw new NotFoundError("program");
  const facts: PlanFacts = {
    program: row.program,
    status: draft.status,
    firstFiscalYear: draft.firstFiscalYear,
    lastFiscalYear: draft.lastFiscalYear,
    years: draft.years.map((year) => ({
      fiscalYear: year.fiscalYear,
      objectiveCount: year.objectives.length,
      milestoneCount: year.milestones.length,
    })),
    sustainment: draft.sustainment,
    sharedAt: draft.sharedAt,
    sharedWithStateCodes: draft.sharedWith,
    authorId: draft.authorId,
    approvedById: draft.approvedById ?? null,
    linkedNeedStateCodes: row.needStateCodes,
    consultations: draft.consultations.map((c) => ({ heldOn: day(c.heldOn), counterpart: c.counterpart })),
    activities: row.activities.map((a) => ({ ...a, startDate: jsonDate(a.startDate), endDate: jsonDate(a.endDate) })),
    spending: spendingFacts(budgetsOf(draft.years), row.spending),
    indicators: draft.indicators.map((indicator) => ({
      hasBaseline: indicator.baselineValue !== null && indicator.baselineDate !== "",
      targetYears: indicator.targets.map((target) => target.fiscalYear),
      actualYears: row.actuals.filter((actual) => indicator.id && actual.indicatorId === indicator.id).map((actual) => actual.fiscalYear),
    })),
    archiveReason: draft.archiveReason ?? null,
    superseded: row.superseded,
    today: todayInJapan(),
  };
  return { facts, asean: aseanMembersFromJson(row.asean) };
}

export async function planFacts(tx: Tx, draft: PlanDraft): Promise<PlanFacts> {
  return (await loadFacts(tx, draft)).facts;
}

export async function checkPlanRules(
  tx: Tx,
  draft: PlanDraft,
  options: { transition?: "share" | "submit" | "approve" | "archive"; actorId?: string },
): Promise<RuleResult[]> {
  const { facts, asean } = await loadFacts(tx, draft);
  return checkPlan(facts, { ...options, asean });
}
