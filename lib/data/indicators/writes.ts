import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import { staleVersion } from "@/lib/data/editing";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Tx } from "@/lib/db/tx";
import { isoDay } from "@/lib/dates";
import { actualsOpen } from "@/lib/domain/indicators";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { currentFiscalYear, todayInJapan } from "@/lib/fiscal-year";
import { parseInput, msg } from "@/lib/validation/parse";
import { indicatorActualSchema } from "@/lib/validation/plan";

const actualSelect = {
  id: true,
  value: true,
  measuredOn: true,
  evidence: true,
  version: true,
  updatedAt: true,
  recordedBy: { select: { name: true } },
} as const;

/** What a conflict shows of the actual that won: its values as the form holds them. */
async function conflict(tx: Tx, indicatorId: string, fiscalYear: number): Promise<never> {
  const current = await tx.indicatorActual.findUnique({
    where: { indicatorId_fiscalYear: { indicatorId, fiscalYear } },
    select: actualSelect,
  });
  if (!current) throw new NotFoundError("actual");
  throw staleVersion(
    { version: current.version, updatedAt: current.updatedAt.toISOString(), updatedBy: current.recordedBy?.name ?? null },
    { value: String(current.value), measuredOn: isoDay(current.measuredOn), evidence: current.evidence },
  );
}

/**
 * Records (or corrects) what an indicator measured in a fiscal year. A measurement, not plan content:
 * open while the plan is in force (see actualsOpen), versioned on its own, so that two planners
 * recording the same indicator and year from the same version do not overwrite each other.
 */
export async function recordIndicatorActual(actor: Actor, raw: unknown): Promise<{ version: number }> {
  assertCan(actor, "plan:edit");
  const input = parseInput(indicatorActualSchema, raw);
  const measuredOn = new Date(`${input.measuredOn}T00:00:00Z`);
  return scopedDb(actor).$transaction(async (tx) => {
    const indicator = await tx.planIndicator.findUnique({
      where: { id: input.indicatorId },
      select: {
        id: true,
        planId: true,
        titleEn: true,
        plan: { select: { status: true, firstFiscalYear: true, lastFiscalYear: true, supersededBy: { select: { id: true } } } },
        actuals: {
          where: { fiscalYear: input.fiscalYear },
          select: { id: true, value: true, measuredOn: true, evidence: true, version: true },
        },
      },
    });
    if (!indicator) throw new NotFoundError("indicator");
    const { plan } = indicator;
    if (!actualsOpen({ status: plan.status, superseded: plan.supersededBy !== null })) {
      throw new InvalidStateError(plan.status === "ARCHIVED" ? "indicators.state.archived" : "indicators.state.revised");
    }
    if (input.fiscalYear < plan.firstFiscalYear || input.fiscalYear > plan.lastFiscalYear) {
      throw new ValidationError({ fiscalYear: [msg("indicators.validation.yearOutsideSpan")] });
    }
    if (input.fiscalYear > currentFiscalYear()) throw new ValidationError({ fiscalYear: [msg("indicators.validation.yearNotStarted")] });
    if (measuredOn > todayInJapan()) throw new ValidationError({ measuredOn: [msg("indicators.validation.measuredLater")] });

    const before = indicator.actuals[0];
    const values = { value: input.value, measuredOn, evidence: input.evidence, recordedById: actor.id };
    let version: number;
    if (input.version === 0) {
      if (before) return conflict(tx, indicator.id, input.fiscalYear);
      // Two first recordings at once: the unique (indicator, year) lets one in; the other inserts nothing.
      const { count } = await tx.indicatorActual.createMany({
        data: [{ indicatorId: indicator.id, fiscalYear: input.fiscalYear, ...values }],
        skipDuplicates: true,
      });
      if (count === 0) return conflict(tx, indicator.id, input.fiscalYear);
      version = 1;
    } else {
      const { count } = await tx.indicatorActual.updateMany({
        where: { indicatorId: indicator.id, fiscalYear: input.fiscalYear, version: input.version },
        data: { ...values, version: { increment: 1 } },
      });
      if (count === 0) return conflict(tx, indicator.id, input.fiscalYear);
      version = input.version + 1;
    }
    const subject = { indicatorId: indicator.id, indicator: indicator.titleEn, fiscalYear: input.fiscalYear };
    await audit(tx, actor, {
      action: "indicator.actual",
      entity: "ProgramPlan",
      entityId: indicator.planId,
      before: before && { ...subject, value: before.value, measuredOn: isoDay(before.measuredOn), evidence: before.evidence },
      after: { ...subject, value: input.value, measuredOn: input.measuredOn, evidence: input.evidence },
    });
    return { version };
  });
}
