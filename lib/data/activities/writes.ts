import "server-only";
import { z } from "zod";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { activityEditorValues } from "@/lib/data/activities/snapshot";
import { calendarDay, checkActivityDraft, loadActivityContext, type ActivityContext } from "@/lib/data/activities/rules";
import { auditableActivity, loadActivitySnapshot } from "@/lib/data/activities/snapshot";
import { refuseOnRules, staleVersion, touchNeedsWhoseLinksChanged, unknownCodes } from "@/lib/data/editing";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { fiscalYearOf } from "@/lib/fiscal-year";
import type { ProgramFacts } from "@/lib/rules/facts";
import type { RuleResult } from "@/lib/rules/principles";
import { activitySchema, type ActivityInput } from "@/lib/validation/activity";
import { editorMsg, recordId } from "@/lib/validation/fields";
import { msg, parseInput } from "@/lib/validation/parse";

// Creating and changing activities: authorize, parse, check what the ids refer to, run the principle
// rules, then write the change and its audit event in one transaction.

const versionSchema = z.object({ version: z.number().int().min(1) });

/**
 * Refuses ids and codes that do not exist or belong elsewhere, each beside its field: a plan of
 * another program, a need of a state that is not the program's partner, a state not in ASEAN given
 * a reason for not being invited.
 */
async function checkReferences(
  tx: Tx,
  input: ActivityInput,
  context: ActivityContext,
  currentPlanId: string | null,
): Promise<ProgramFacts> {
  const errors: Record<string, string[]> = {};
  const add = (field: string, message: string) => (errors[field] ??= []).push(message);
  const { program, plan, states } = context;

  if (!program) add("programId", editorMsg("unknown"));
  if (input.planId && !plan) add("planId", editorMsg("unknown"));
  else if (plan && plan.programId !== input.programId) add("planId", editorMsg("planElsewhere"));
  // An archived plan is history: nothing new is attached to it (what it already holds stays editable).
  else if (plan && plan.status === "ARCHIVED" && input.planId !== currentPlanId) add("planId", editorMsg("planArchived"));

  if (input.hostStateCode && !states.has(input.hostStateCode)) add("hostStateCode", editorMsg("unknown"));
  input.participants.forEach((p, index) => {
    if (!states.has(p.stateCode)) add(`participants.${index}.stateCode`, editorMsg("unknown"));
  });
  input.nonInvitations.forEach((n, index) => {
    const state = states.get(n.stateCode);
    if (!state) add(`nonInvitations.${index}.stateCode`, editorMsg("unknown"));
    else if (!state.isAsean) add(`nonInvitations.${index}.stateCode`, editorMsg("notAsean"));
  });

  const unknownNeed = input.needIds.some((id) => !context.needStates.has(id));
  const foreignNeed =
    program &&
    input.needIds.some((id) => {
      const state = context.needStates.get(id);
      return state !== undefined && !program.partnerStateCodes.includes(state);
    });
  if (unknownNeed) add("needIds", editorMsg("unknown"));
  else if (foreignNeed) add("needIds", msg("needElsewhere"));

  // One after the other: a transaction is one connection, and pg deprecates concurrent queries on one.
  const means = await unknownCodes(input.means, (codes) => tx.means.findMany({ where: { code: { in: codes } }, select: { code: true } }));
  const keyAreas = await unknownCodes(input.keyAreas, (codes) =>
    tx.keyArea.findMany({ where: { code: { in: codes } }, select: { code: true } }),
  );
  const frameworks = await unknownCodes(input.frameworkCode ? [input.frameworkCode] : [], (codes) =>
    tx.framework.findMany({ where: { code: { in: codes } }, select: { code: true } }),
  );
  if (means.length) add("means", editorMsg("unknown"));
  if (keyAreas.length) add("keyAreas", editorMsg("unknown"));
  if (frameworks.length) add("frameworkCode", editorMsg("unknown"));

  if (Object.keys(errors).length || !program) throw new ValidationError(errors);
  return program;
}

/** Validates references and runs the rules: blocking results throw, warnings are returned. */
async function vet(tx: Tx, input: ActivityInput, current: { id: string; planId: string | null } | null = null): Promise<RuleResult[]> {
  const context = await loadActivityContext(tx, input, current?.id ?? null);
  const program = await checkReferences(tx, input, context, current?.planId ?? null);
  return refuseOnRules(checkActivityDraft(input, { ...context, program }));
}

function scalars(input: ActivityInput) {
  const startDate = calendarDay(input.startDate);
  return {
    programId: input.programId,
    planId: input.planId,
    kind: input.kind,
    title: input.title,
    titleJa: input.titleJa,
    description: input.description,
    startDate,
    endDate: calendarDay(input.endDate),
    fiscalYear: fiscalYearOf(startDate),
    location: input.location,
    hostStateCode: input.hostStateCode,
    frameworkCode: input.frameworkCode,
    status: input.status,
    outcomes: input.outcomes,
  };
}

function children(input: ActivityInput) {
  return {
    participants: {
      create: input.participants.map((p) => ({ stateCode: p.stateCode, role: p.role, participantCount: p.participantCount })),
    },
    nonInvitations: { create: input.nonInvitations.map((n) => ({ stateCode: n.stateCode, reason: n.reason })) },
    consultations: {
      create: input.consultations.map((c) => ({ heldOn: calendarDay(c.heldOn), counterpart: c.counterpart, summary: c.summary })),
    },
  };
}

const codes = (list: string[]) => list.map((code) => ({ code }));
const ids = (list: string[]) => list.map((id) => ({ id }));

export async function createActivity(actor: Actor, raw: unknown): Promise<{ id: string; warnings: RuleResult[] }> {
  assertCan(actor, "activity:edit");
  const input = parseInput(activitySchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const found = await vet(tx, input);
    const { id } = await tx.activity.create({
      data: {
        ...scalars(input),
        ...children(input),
        updatedById: actor.id,
        means: { connect: codes(input.means) },
        keyAreas: { connect: codes(input.keyAreas) },
        needs: { connect: ids(input.needIds) },
      },
      select: { id: true },
    });
    await touchNeedsWhoseLinksChanged(tx, [], input.needIds);
    const after = await loadActivitySnapshot(tx, id);
    await audit(tx, actor, { action: "activity.create", entity: "Activity", entityId: id, after: after && auditableActivity(after) });
    return { id, warnings: found };
  });
}

/** Throws the conflict of a stale save, with the current values; inside the transaction, so nothing is kept. */
async function conflict(tx: Tx, id: string): Promise<never> {
  const current = await loadActivitySnapshot(tx, id);
  if (!current) throw new NotFoundError("activity");
  throw staleVersion(current, activityEditorValues(current));
}

export async function updateActivity(
  actor: Actor,
  id: string,
  raw: unknown,
): Promise<{ id: string; version: number; warnings: RuleResult[] }> {
  assertCan(actor, "activity:edit");
  // A malformed id names no record: "not found", like any id outside the actor's reach.
  if (!recordId.safeParse(id).success) throw new NotFoundError("activity");
  const activityId = id;
  const { version } = parseInput(versionSchema, raw);
  const input = parseInput(activitySchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const before = await loadActivitySnapshot(tx, activityId);
    if (!before) throw new NotFoundError("activity");
    if (before.version !== version) return conflict(tx, activityId);
    const found = await vet(tx, input, { id: activityId, planId: before.planId });
    // The version in the WHERE makes the write itself the check: of two saves from one version, the
    // second waits for the first's row lock, then matches no row (on any app instance).
    const { count } = await tx.activity.updateMany({
      where: { id: activityId, version },
      data: { ...scalars(input), version: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) return conflict(tx, activityId);
    await tx.activityParticipant.deleteMany({ where: { activityId } });
    await tx.activityNonInvitation.deleteMany({ where: { activityId } });
    await tx.consultationRecord.deleteMany({ where: { activityId } });
    await tx.activity.update({
      where: { id: activityId },
      data: {
        ...children(input),
        means: { set: codes(input.means) },
        keyAreas: { set: codes(input.keyAreas) },
        needs: { set: ids(input.needIds) },
      },
      select: { id: true },
    });
    await touchNeedsWhoseLinksChanged(tx, before.needIds, input.needIds);
    const after = await loadActivitySnapshot(tx, activityId);
    if (!after) throw new NotFoundError("activity");
    await audit(tx, actor, {
      action: "activity.update",
      entity: "Activity",
      entityId: activityId,
      before: auditableActivity(before),
      after: auditableActivity(after),
    });
    return { id: activityId, version: after.version, warnings: found };
  });
}
