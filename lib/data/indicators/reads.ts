import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { indicatorContentSelect } from "@/lib/data/plans/snapshot";
import { planScope } from "@/lib/data/scope";
import { scopedDb } from "@/lib/db/scope-guard";
import { actualsOpen, overallStatus, yearStatus, type IndicatorStatus } from "@/lib/domain/indicators";
import { NotFoundError } from "@/lib/errors";
import { fiscalYearRange, todayInJapan } from "@/lib/fiscal-year";

/**
 * A plan's indicators as its page shows them: baseline, targets and actuals per fiscal year of the
 * span, each year's status and the indicator's overall status (lib/domain/indicators.ts). Results,
 * not money: a liaison officer reads them on a plan shared with their state (the plan scope), and
 * planners may record actuals while the plan takes them.
 */
export async function getPlanIndicators(actor: Actor, planId: string) {
  assertCan(actor, "plan:read");
  const plan = await scopedDb(actor).programPlan.findFirst({
    where: { AND: [planScope(actor), { id: planId }] },
    select: {
      status: true,
      firstFiscalYear: true,
      lastFiscalYear: true,
      // Whether a newer version exists (named only: the LINK the scope guard allows).
      supersededBy: { select: { id: true } },
      indicators: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          ...indicatorContentSelect,
          actuals: {
            orderBy: { fiscalYear: "asc" },
            select: {
              fiscalYear: true,
              value: true,
              measuredOn: true,
              evidence: true,
              version: true,
              recordedBy: { select: { name: true } },
            },
          },
        },
      },
    },
  });
  if (!plan) throw new NotFoundError("plan");
  const today = todayInJapan();
  const years = fiscalYearRange(plan.firstFiscalYear, plan.lastFiscalYear);
  const indicators = plan.indicators.map((indicator) => ({
    ...indicator,
    actuals: indicator.actuals.map(({ recordedBy, ...actual }) => ({ ...actual, recordedBy: recordedBy?.name ?? null })),
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
    canRecord: can(actor, "plan:edit") && actualsOpen({ status: plan.status, superseded: plan.supersededBy !== null }),
  };
}

export type PlanIndicators = Awaited<ReturnType<typeof getPlanIndicators>>;
export type PlanIndicatorView = PlanIndicators["indicators"][number];
