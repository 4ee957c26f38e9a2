import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { Prisma } from "@/generated/prisma/client";
import { planScopeSql } from "@/lib/data/scope";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { actualsOpen, overallStatus, yearStatus, type IndicatorDirection, type IndicatorStatus } from "@/lib/domain/indicators";
import type { PlanStatus } from "@/lib/domain/plan";
import { NotFoundError } from "@/lib/errors";
import { fiscalYearRange, todayInJapan } from "@/lib/fiscal-year";
import { recordId } from "@/lib/validation/fields";

/**
 * A plan's indicators as its page shows them: baseline, targets and actuals per fiscal year of the
 * span, each year's status and the indicator's overall status (lib/domain/indicators.ts). Results,
 * not money: a liaison officer reads them on a plan shared with their state (the plan scope), and
 * planners may record actuals while the plan takes them.
 */
/** A calendar date from JSON ("2026-04-01"), as Prisma gives a @db.Date: midnight UTC. */
const day = (text: string) => new Date(`${text.slice(0, 10)}T00:00:00Z`);

interface IndicatorsRow {
  status: PlanStatus;
  firstFiscalYear: number;
  lastFiscalYear: number;
  superseded: boolean;
  indicators: {
    id: string;
    titleEn: string;
    titleJa: string;
    unit: string;
    direction: IndicatorDirection;
    baselineValue: number | null;
    baselineDate: string | null;
    verification: string;
    targets: { fiscalYear: number; value: number }[];
    actuals: { fiscalYear: number; value: number; measuredOn: string; evidence: string; version: number; recordedBy: string | null }[];
  }[];
}

export async function getPlanIndicators(actor: Actor, planId: string) {
  assertCan(actor, "plan:read");
  if (!recordId.safeParse(planId).success) throw new NotFoundError("plan");
  // One statement (the plan page counts its statements): the plan's span and status, whether a newer
  // version exists, and its indicators with their targets and actuals as JSON.
  // scope: planScopeSql binds a liaison officer's state (plans shared with it).
  const [row] = await sqlScopedDb(actor, "planScopeSql").$queryRaw<IndicatorsRow[]>`
    SELECT pl.status, pl."firstFiscalYear", pl."lastFiscalYear",
      EXISTS (SELECT 1 FROM "ProgramPlan" nx WHERE nx."supersedesId" = pl.id) AS superseded,
      coalesce((SELECT json_agg(json_build_object(
          'id', i.id, 'titleEn', i."titleEn", 'titleJa', i."titleJa", 'unit', i.unit, 'direction', i.direction,
          'baselineValue', i."baselineValue", 'baselineDate', i."baselineDate", 'verification', i.verification,
          'targets', coalesce((SELECT json_agg(json_build_object('fiscalYear', t."fiscalYear", 'value', t.value) ORDER BY t."fiscalYear")
            FROM "IndicatorTarget" t WHERE t."indicatorId" = i.id), '[]'),
          'actuals', coalesce((SELECT json_agg(json_build_object('fiscalYear', x."fiscalYear", 'value', x.value, 'measuredOn', x."measuredOn",
              'evidence', x.evidence, 'version', x.version, 'recordedBy', u.name) ORDER BY x."fiscalYear")
            FROM "IndicatorActual" x LEFT JOIN "User" u ON u.id = x."recordedById" WHERE x."indicatorId" = i.id), '[]')
        ) ORDER BY i.position, i.id) FROM "PlanIndicator" i WHERE i."planId" = pl.id), '[]') AS indicators
    FROM "ProgramPlan" pl
    WHERE pl.id = ${planId} ${planScopeSql(actor, Prisma.sql`pl`)}`;
  const plan = row && {
    ...row,
    indicators: row.indicators.map((indicator) => ({
      ...indicator,
      baselineDate: indicator.baselineDate === null ? null : day(indicator.baselineDate),
      actuals: indicator.actuals.map((actual) => ({ ...actual, measuredOn: day(actual.measuredOn) })),
    })),
  };
  if (!plan) throw new NotFoundError("plan");
  const today = todayInJapan();
  const years = fiscalYearRange(plan.firstFiscalYear, plan.lastFiscalYear);
  const indicators = plan.indicators.map((indicator) => ({
    ...indicator,
    years: years.map((fiscalYear) => ({
      fiscalYear,
      target: indicator.targets.find((t) => t.fiscalYear === fiscalYear)?.value ?? null,
      status: yearStatus(indicator, fiscalYear, today),
    })),
    status: overallStatus(indicator, today) satisfies IndicatorStatus,
  }));
  return {
    indicators,
    years,
    today,
    /** A planner's view: whether the plan takes actuals now is canRecord. */
    planner: can(actor, "plan:edit"),
    canRecord: can(actor, "plan:edit") && actualsOpen({ status: plan.status, superseded: plan.superseded }),
  };
}

export type PlanIndicators = Awaited<ReturnType<typeof getPlanIndicators>>;
export type PlanIndicatorView = PlanIndicators["indicators"][number];
