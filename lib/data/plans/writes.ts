import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { audit, auditMany } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { editorValues } from "@/lib/data/plans/snapshot";
import { notifyPlanApproved, notifyPlanReturned, notifyPlanShared, notifyPlanSubmitted } from "@/lib/data/notifications/writes";
import { refuseOnRules, touchNeedsWhoseLinksChanged } from "@/lib/data/editing";
import { checkPlanRules, type PlanDraft } from "@/lib/data/plans/rules";
import { auditablePlan, indicatorContentSelect, loadPlanSnapshot } from "@/lib/data/plans/snapshot";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { canTransition, isPlanEditable, NEW_VERSION_FROM, PLAN_TRANSITION_PATHS } from "@/lib/domain/plan";
import { fiscalYearRange } from "@/lib/fiscal-year";
import type { RuleResult } from "@/lib/rules/principles";
import { recordId } from "@/lib/validation/fields";
import { parseInput, msg } from "@/lib/validation/parse";
import {
  newPlanSchema,
  planCopySchema,
  planSchema,
  revisionSchema,
  transitionSchema,
  type IndicatorInput,
  type PlanInput,
} from "@/lib/validation/plan";
import { isoDay } from "@/lib/dates";

/** Every year of the span, with the content typed for it (years outside the span are refused). */
function normalizeYears(input: PlanInput): PlanInput["years"] {
  const byYear = new Map(input.years.map((year) => [year.fiscalYear, year]));
  const outside = input.years.findIndex((year) => year.fiscalYear < input.firstFiscalYear || year.fiscalYear > input.lastFiscalYear);
  if (outside >= 0) throw new ValidationError({ [`years.${outside}.fiscalYear`]: [msg("yearOutsideSpan")] });
  return fiscalYearRange(input.firstFiscalYear, input.lastFiscalYear).map(
    (fiscalYear) => byYear.get(fiscalYear) ?? { fiscalYear, objectives: [], milestones: [], budgetLines: [] },
  );
}

/** The snapshot to compare with a stale save: read inside the transaction, after the write failed. */
async function conflict(tx: Tx, planId: string): Promise<never> {
  const current = await loadPlanSnapshot(tx, planId);
  if (!current) throw new NotFoundError("plan");
  throw new ConflictError({
    version: current.version,
    updatedAt: new Date(current.updatedAt),
    updatedBy: current.updatedBy,
    values: editorValues(current),
  });
}

/** Needs the plan may cite: those of its program's partner states; anything else is refused. */
async function checkNeeds(tx: Tx, programId: string, needIds: string[]): Promise<{ id: string; stateCode: string }[]> {
  if (!needIds.length) return [];
  const needs = await tx.partnerNeed.findMany({
    where: { id: { in: needIds }, state: { programs: { some: { id: programId } } } },
    select: { id: true, stateCode: true },
  });
  if (needs.length !== new Set(needIds).size) throw new ValidationError({ needIds: [msg("needElsewhere")] });
  return needs;
}

/** An indicator id the form sends is one of this plan's: anything else is refused beside it. */
function checkIndicatorIds(indicators: IndicatorInput[], saved: { id: string }[]): void {
  const ids = new Set(saved.map((indicator) => indicator.id));
  const stray = indicators.findIndex((indicator) => indicator.id !== undefined && !ids.has(indicator.id));
  if (stray >= 0) throw new ValidationError({ [`indicators.${stray}`]: [msg("indicators.validation.indicatorElsewhere")] });
}

function indicatorData(indicator: IndicatorInput, position: number) {
  return {
    position,
    titleEn: indicator.titleEn,
    titleJa: indicator.titleJa,
    unit: indicator.unit,
    direction: indicator.direction,
    baselineValue: indicator.baselineValue,
    baselineDate: indicator.baselineDate ? new Date(`${indicator.baselineDate}T00:00:00Z`) : null,
    verification: indicator.verification,
  };
}

/**
 * The plan's indicators saved in place: those it keeps are updated (their targets replaced), new ones
 * created, removed ones deleted with their actuals. A kept indicator keeps its id, hence its actuals.
 */
async function saveIndicators(tx: Tx, planId: string, indicators: IndicatorInput[], saved: { id: string }[]): Promise<void> {
  const kept = new Set(indicators.flatMap((indicator) => (indicator.id ? [indicator.id] : [])));
  const removed = saved.filter((indicator) => !kept.has(indicator.id)).map((indicator) => indicator.id);
  if (removed.length) await tx.planIndicator.deleteMany({ where: { planId, id: { in: removed } } });
  for (const [position, indicator] of indicators.entries()) {
    const targets = indicator.targets.map((target) => ({ fiscalYear: target.fiscalYear, value: target.value }));
    if (indicator.id) {
      await tx.indicatorTarget.deleteMany({ where: { indicatorId: indicator.id } });
      await tx.planIndicator.update({
        where: { id: indicator.id, planId },
        data: { ...indicatorData(indicator, position), version: { increment: 1 }, targets: { create: targets } },
        select: { id: true },
      });
    } else {
      await tx.planIndicator.create({
        data: { planId, ...indicatorData(indicator, position), targets: { create: targets } },
        select: { id: true },
      });
    }
  }
}

function yearsCreate(years: PlanInput["years"]): Prisma.PlanYearCreateWithoutPlanInput[] {
  return years.map((year) => ({
    fiscalYear: year.fiscalYear,
    objectives: { create: year.objectives.map((objective, position) => ({ text: objective.text, position })) },
    milestones: {
      create: year.milestones.map((m) => ({ title: m.title, dueDate: new Date(`${m.dueDate}T00:00:00Z`), status: m.status })),
    },
    budgetLines: {
      create: year.budgetLines.map((line) => ({ label: line.label, category: line.category, amountJpy: BigInt(line.amountJpy) })),
    },
  }));
}

export async function createPlan(actor: Actor, raw: unknown): Promise<{ id: string; warnings: RuleResult[] }> {
  assertCan(actor, "plan:edit");
  const input = parseInput(newPlanSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const program = await tx.program.findUnique({ where: { id: input.programId }, select: { id: true } });
    if (!program) throw new ValidationError({ programId: [msg("required")] });
    const needIds = input.needId ? [input.needId] : [];
    await checkNeeds(tx, input.programId, needIds);
    const consultations =
      input.consultationOn && input.consultationWith
        ? [{ heldOn: input.consultationOn, counterpart: input.consultationWith, summary: "" }]
        : [];
    const draft: PlanDraft = {
      programId: input.programId,
      status: "DRAFT",
      authorId: actor.id,
      firstFiscalYear: input.firstFiscalYear,
      lastFiscalYear: input.lastFiscalYear,
      sustainment: "",
      years: fiscalYearRange(input.firstFiscalYear, input.lastFiscalYear).map((fiscalYear) => ({
        fiscalYear,
        objectives: [],
        milestones: [],
        budgetLines: [],
      })),
      needIds,
      consultations,
      sharedAt: null,
      sharedWith: [],
      planId: null,
      indicators: [],
    };
    const found = refuseOnRules(await checkPlanRules(tx, draft, {}));
    const plan = await tx.programPlan.create({
      data: {
        programId: input.programId,
        title: input.title,
        firstFiscalYear: input.firstFiscalYear,
        lastFiscalYear: input.lastFiscalYear,
        authorId: actor.id,
        updatedById: actor.id,
        years: { create: yearsCreate(draft.years) },
        needs: { connect: needIds.map((id) => ({ id })) },
        consultations: {
          create: consultations.map((c) => ({ heldOn: new Date(`${c.heldOn}T00:00:00Z`), counterpart: c.counterpart, summary: c.summary })),
        },
      },
      select: { id: true },
    });
    await touchNeedsWhoseLinksChanged(tx, [], needIds);
    const after = await loadPlanSnapshot(tx, plan.id);
    await audit(tx, actor, { action: "plan.create", entity: "ProgramPlan", entityId: plan.id, after: after && auditablePlan(after) });
    return { id: plan.id, warnings: found };
  });
}

export async function savePlan(actor: Actor, planId: string, raw: unknown): Promise<{ version: number; warnings: RuleResult[] }> {
  assertCan(actor, "plan:edit");
  // A malformed id names no record: "not found", as the activity and program editors answer, and
  // before the database sees it (PostgreSQL refuses a NUL byte outright).
  if (!recordId.safeParse(planId).success) throw new NotFoundError("plan");
  const input = parseInput(planSchema, raw);
  const years = normalizeYears(input);
  return scopedDb(actor).$transaction(async (tx) => {
    const before = await loadPlanSnapshot(tx, planId);
    if (!before) throw new NotFoundError("plan");
    if (before.version !== input.version) return conflict(tx, planId);
    if (!isPlanEditable(before.status)) throw new InvalidStateError("notEditable");
    await checkNeeds(tx, before.programId, input.needIds);
    checkIndicatorIds(input.indicators, before.indicators);
    const found = refuseOnRules(
      await checkPlanRules(
        tx,
        { ...before, ...input, years, planId, status: before.status, sharedAt: before.sharedAt ? new Date(before.sharedAt) : null },
        {},
      ),
    );
    // The version in the WHERE makes the write itself the check: of two saves from one version,
    // the second finds no row (even on another app instance) and changes nothing.
    const { count } = await tx.programPlan.updateMany({
      where: { id: planId, version: input.version },
      data: {
        title: input.title,
        firstFiscalYear: input.firstFiscalYear,
        lastFiscalYear: input.lastFiscalYear,
        summary: input.summary,
        sustainment: input.sustainment,
        version: { increment: 1 },
        updatedById: actor.id,
      },
    });
    if (count === 0) return conflict(tx, planId);
    await tx.planYear.deleteMany({ where: { planId } });
    await tx.consultationRecord.deleteMany({ where: { planId } });
    await tx.programPlan.update({
      where: { id: planId },
      data: {
        years: { create: yearsCreate(years) },
        needs: { set: input.needIds.map((id) => ({ id })) },
        consultations: {
          create: input.consultations.map((c) => ({
            heldOn: new Date(`${c.heldOn}T00:00:00Z`),
            counterpart: c.counterpart,
            summary: c.summary,
          })),
        },
      },
      select: { id: true },
    });
    await saveIndicators(tx, planId, input.indicators, before.indicators);
    await touchNeedsWhoseLinksChanged(tx, before.needIds, input.needIds);
    const after = await loadPlanSnapshot(tx, planId);
    await audit(tx, actor, {
      action: "plan.update",
      entity: "ProgramPlan",
      entityId: planId,
      before: auditablePlan(before),
      after: after && auditablePlan(after),
    });
    return { version: after!.version, warnings: found };
  });
}

export async function transitionPlan(actor: Actor, raw: unknown): Promise<{ version: number; warnings: RuleResult[] }> {
  assertCan(actor, "plan:submit"); // before reading the input: a liaison officer learns nothing
  const input = parseInput(transitionSchema, raw);
  assertCan(actor, input.transition === "approve" ? "plan:approve" : input.transition === "share" ? "plan:share" : "plan:submit");
  const step = PLAN_TRANSITION_PATHS[input.transition];
  return scopedDb(actor).$transaction(async (tx) => {
    const before = await loadPlanSnapshot(tx, input.planId);
    if (!before) throw new NotFoundError("plan");
    if (before.version !== input.version) return conflict(tx, input.planId);
    if (!canTransition(before.status, input.transition)) throw new InvalidStateError("badTransition");
    const program = await tx.program.findUniqueOrThrow({
      where: { id: before.programId },
      select: { partnerStates: { select: { code: true } } },
    });
    const now = new Date();
    const sharedWith = input.transition === "share" ? program.partnerStates.map((s) => s.code) : before.sharedWith;
    const sharedAt = input.transition === "share" ? now : before.sharedAt ? new Date(before.sharedAt) : null;
    // Archiving answers to its own step's rule (T8) alone: an approved plan met the earlier ones when
    // it was approved, under the rules of that day.
    const archiveReason = input.transition === "archive" ? input.reason || null : before.archiveReason;
    const found =
      input.transition === "returnToDraft"
        ? []
        : refuseOnRules(
            (
              await checkPlanRules(
                tx,
                { ...before, planId: before.id, sharedAt, sharedWith, archiveReason },
                { transition: input.transition, actorId: actor.id },
              )
            ).filter((result) => input.transition !== "archive" || result.step === "archive"),
          );
    const { count } = await tx.programPlan.updateMany({
      where: { id: input.planId, version: input.version },
      data: {
        status: step.to,
        version: { increment: 1 },
        updatedById: actor.id,
        ...(input.transition === "share" ? { sharedAt: now } : {}),
        ...(input.transition === "submit" ? { submittedAt: now } : {}),
        ...(input.transition === "approve" ? { approvedAt: now, approvedById: actor.id } : {}),
        ...(input.transition === "returnToDraft" ? { returnReason: input.reason } : {}),
        ...(input.transition === "archive" ? { archiveReason } : {}),
      },
    });
    if (count === 0) return conflict(tx, input.planId);
    if (input.transition === "share") {
      await tx.programPlan.update({
        where: { id: input.planId },
        data: { sharedWith: { set: sharedWith.map((code) => ({ code })) } },
        select: { id: true },
      });
    }
    // Approving a new revision retires the one it replaces, and its activities move to the new one.
    if (input.transition === "approve" && before.supersedesId) {
      const retired = await tx.programPlan.updateMany({
        where: { id: before.supersedesId, status: "APPROVED" },
        data: { status: "ARCHIVED", version: { increment: 1 }, updatedById: actor.id },
      });
      if (retired.count === 1) {
        // The rows the update returns are the rows it moved: none slips between a read and the write.
        const moved = await tx.activity.updateManyAndReturn({
          where: { planId: before.supersedesId },
          data: { planId: input.planId, version: { increment: 1 }, updatedById: actor.id },
          select: { id: true },
        });
        await auditMovedActivities(tx, actor, moved, before.supersedesId, input.planId);
        // The money spent goes on with the plan, as its activities do: the lines of the years the new
        // version still spans move to it (a year it dropped keeps its lines on the archived plan).
        const spending = await tx.spendingLine.updateManyAndReturn({
          where: { planId: before.supersedesId, fiscalYear: { gte: before.firstFiscalYear, lte: before.lastFiscalYear } },
          data: { planId: input.planId, version: { increment: 1 } },
          select: { id: true },
        });
        await audit(tx, actor, {
          action: "plan.archive",
          entity: "ProgramPlan",
          entityId: before.supersedesId,
          before: { status: "APPROVED" },
          after: {
            status: "ARCHIVED",
            supersededBy: before.id,
            activitiesMovedTo: before.id,
            activityIds: moved.map((a) => a.id),
            spendingLineIds: spending.map((line) => line.id),
          },
        });
      }
    }
    const after = await loadPlanSnapshot(tx, input.planId);
    await audit(tx, actor, {
      action: `plan.${input.transition}`,
      entity: "ProgramPlan",
      entityId: input.planId,
      before: auditablePlan(before),
      after: after && { ...auditablePlan(after), ...(input.reason ? { reason: input.reason } : {}) },
    });
    const subject = { id: before.id, title: before.title, authorId: before.authorId, status: step.to, sharedWith };
    if (input.transition === "share") await notifyPlanShared(tx, actor, subject);
    if (input.transition === "approve") await notifyPlanApproved(tx, actor, { ...subject, shared: sharedAt !== null });
    if (input.transition === "submit") await notifyPlanSubmitted(tx, actor, subject);
    if (input.transition === "returnToDraft") await notifyPlanReturned(tx, actor, subject, input.reason ?? "");
    return { version: after!.version, warnings: found };
  });
}

/**
 * Each moved activity is a changed record and answers for itself in its own history, not only in the
 * retired plan's event: an edit of the activity naming only what changed (as lib/data/needs/writes.ts records a
 * link change).
 */
function auditMovedActivities(tx: Tx, actor: Actor, moved: { id: string }[], fromPlanId: string, toPlanId: string): Promise<void> {
  return auditMany(
    tx,
    actor,
    moved.map((activity) => ({
      action: "activity.update",
      entity: "Activity",
      entityId: activity.id,
      before: { planId: fromPlanId },
      after: { planId: toPlanId },
    })),
  );
}

/** Changing an approved plan: a new DRAFT revision with the same content; the approved one stays. */
export async function startNewRevision(actor: Actor, raw: unknown): Promise<{ id: string }> {
  assertCan(actor, "plan:edit");
  const { planId, version } = parseInput(revisionSchema, raw);
  try {
    return await createRevision(actor, planId, version);
  } catch (error) {
    // Two "new version" clicks at once: the unique link lets one through; the other gets the same draft.
    if (!isDuplicateRevision(error)) throw error;
    const existing = await scopedDb(actor).programPlan.findUnique({ where: { supersedesId: planId }, select: { id: true } });
    if (!existing) throw error;
    return existing;
  }
}

async function createRevision(actor: Actor, planId: string, version: number): Promise<{ id: string }> {
  return scopedDb(actor).$transaction(async (tx) => {
    const current = await loadPlanSnapshot(tx, planId);
    if (!current) throw new NotFoundError("plan");
    if (current.version !== version) return conflict(tx, planId);
    if (current.status !== NEW_VERSION_FROM) throw new InvalidStateError("badTransition");
    const existing = await tx.programPlan.findUnique({ where: { supersedesId: planId }, select: { id: true } });
    if (existing) return { id: existing.id };
    const revision = await tx.programPlan.create({
      data: {
        programId: current.programId,
        title: current.title,
        firstFiscalYear: current.firstFiscalYear,
        lastFiscalYear: current.lastFiscalYear,
        summary: current.summary,
        sustainment: current.sustainment,
        revision: current.revision + 1,
        supersedesId: planId,
        authorId: actor.id,
        updatedById: actor.id,
        years: { create: yearsCreate(current.years) },
        needs: { connect: current.needIds.map((id) => ({ id })) },
        consultations: {
          create: current.consultations.map((c) => ({
            heldOn: new Date(`${c.heldOn}T00:00:00Z`),
            counterpart: c.counterpart,
            summary: c.summary,
          })),
        },
      },
      select: { id: true },
    });
    await copyIndicators(tx, planId, revision.id);
    await touchNeedsWhoseLinksChanged(tx, [], current.needIds);
    const after = await loadPlanSnapshot(tx, revision.id);
    await audit(tx, actor, {
      action: "plan.revise",
      entity: "ProgramPlan",
      entityId: revision.id,
      before: { supersedes: planId },
      after: after && auditablePlan(after),
    });
    return { id: revision.id };
  });
}

/** A new revision's indicators: copies of the plan's, with their targets and their actuals as recorded. */
async function copyIndicators(tx: Tx, fromPlanId: string, toPlanId: string): Promise<void> {
  const indicators = await tx.planIndicator.findMany({
    where: { planId: fromPlanId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      position: true,
      ...indicatorContentSelect,
      actuals: { select: { fiscalYear: true, value: true, measuredOn: true, evidence: true, recordedById: true } },
    },
  });
  for (const { targets, actuals, ...indicator } of indicators) {
    await tx.planIndicator.create({
      data: { ...indicator, planId: toPlanId, targets: { create: targets }, actuals: { create: actuals } },
      select: { id: true },
    });
  }
}

/** A day `years` fiscal years later: 29 February becomes the 28th in a year that has none. */
export function shiftDay(day: string, years: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return isoDay(date);
}

/**
 * "Copy as a new plan": a new DRAFT of the same program, its own plan (revision 1, superseding none),
 * its span moved to start at the fiscal year chosen. Its years' objectives, milestones (dates moved by
 * as many years) and budget lines come along, and its indicators with their targets moved (no actuals,
 * which are measurements of the original's years). The needs it answers are linked again: they are
 * what the plan is for (and a bilateral plan must cite one, H1). Activities, consultations, comments,
 * sharing and approvals stay with the original. The principles are checked as for a new plan.
 */
export async function copyPlan(actor: Actor, raw: unknown): Promise<{ id: string; warnings: RuleResult[] }> {
  assertCan(actor, "plan:edit");
  const input = parseInput(planCopySchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const source = await loadPlanSnapshot(tx, input.planId);
    if (!source) throw new NotFoundError("plan");
    const shift = input.firstFiscalYear - source.firstFiscalYear;
    const lastFiscalYear = source.lastFiscalYear + shift;
    if (lastFiscalYear > 2100) throw new ValidationError({ firstFiscalYear: [msg("copySpanTooLate")] });
    const years: PlanInput["years"] = source.years.map((year) => ({
      fiscalYear: year.fiscalYear + shift,
      objectives: year.objectives,
      milestones: year.milestones.map((m) => ({ ...m, dueDate: shiftDay(m.dueDate, shift) })),
      budgetLines: year.budgetLines,
    }));
    const indicators: IndicatorInput[] = source.indicators.map(({ id: _id, targets, ...indicator }) => ({
      ...indicator,
      targets: targets.map((target) => ({ fiscalYear: target.fiscalYear + shift, value: target.value })),
    }));
    const draft: PlanDraft = {
      planId: null,
      programId: source.programId,
      status: "DRAFT",
      authorId: actor.id,
      firstFiscalYear: input.firstFiscalYear,
      lastFiscalYear,
      sustainment: source.sustainment,
      years,
      needIds: source.needIds,
      consultations: [],
      sharedAt: null,
      sharedWith: [],
      indicators,
    };
    const found = refuseOnRules(await checkPlanRules(tx, draft, {}));
    const plan = await tx.programPlan.create({
      data: {
        programId: source.programId,
        title: source.title,
        firstFiscalYear: input.firstFiscalYear,
        lastFiscalYear,
        summary: source.summary,
        sustainment: source.sustainment,
        authorId: actor.id,
        updatedById: actor.id,
        years: { create: yearsCreate(years) },
        needs: { connect: source.needIds.map((id) => ({ id })) },
      },
      select: { id: true },
    });
    for (const [position, indicator] of indicators.entries()) {
      await tx.planIndicator.create({
        data: { planId: plan.id, ...indicatorData(indicator, position), targets: { create: indicator.targets } },
        select: { id: true },
      });
    }
    await touchNeedsWhoseLinksChanged(tx, [], source.needIds);
    const after = await loadPlanSnapshot(tx, plan.id);
    await audit(tx, actor, {
      action: "plan.copy",
      entity: "ProgramPlan",
      entityId: plan.id,
      before: { copiedFrom: source.id, firstFiscalYear: source.firstFiscalYear, lastFiscalYear: source.lastFiscalYear },
      after: after && auditablePlan(after),
    });
    return { id: plan.id, warnings: found };
  });
}

/** Whether a transaction failed on the unique revision link (two "new version" clicks at once). */
export function isDuplicateRevision(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
