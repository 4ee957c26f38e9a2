import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, liaisonState } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { candidateActivities, candidatePlans, loadNeed, triageValues, type NeedSnapshot, type TriageValues } from "@/lib/data/needs/reads";
import { staleVersion } from "@/lib/data/editing";
import { notifyNeedStatus, notifyNeedSubmitted } from "@/lib/data/notifications/writes";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { editorMsg } from "@/lib/validation/fields";
import { needMsg, needSubmitSchema, needTriageSchema } from "@/lib/validation/need";
import { TRIAGE_STEPS } from "@/lib/domain/need";
import { parseInput } from "@/lib/validation/parse";

// The partner needs register's mutations: a liaison officer submits their state's needs; planners
// acknowledge, decline, reopen them, or mark them addressed by linking the plans and activities that
// answer them. Each writes its change and audit event in one transaction.

// ---------------------------------------------------------------- submitting

export async function submitNeed(actor: Actor, raw: unknown): Promise<{ id: string }> {
  assertCan(actor, "need:submit");
  const input = parseInput(needSubmitSchema, raw);
  // Never from the input: an officer submits for their own state only.
  const stateCode = liaisonState(actor);
  return scopedDb(actor).$transaction(async (tx) => {
    const keyArea = await tx.keyArea.findUnique({ where: { code: input.keyAreaCode }, select: { code: true } });
    if (!keyArea) throw new ValidationError({ keyAreaCode: [editorMsg("unknown")] });
    const content = { stateCode, ...input, status: "SUBMITTED" as const };
    const { id } = await tx.partnerNeed.create({ data: { ...content, submittedById: actor.id }, select: { id: true } });
    await audit(tx, actor, { action: "need.submit", entity: "PartnerNeed", entityId: id, after: content });
    const state = await tx.partnerState.findUniqueOrThrow({
      where: { code: stateCode },
      select: { code: true, nameEn: true, nameJa: true },
    });
    await notifyNeedSubmitted(tx, actor, { id, title: input.title, state });
    return { id };
  });
}

// ---------------------------------------------------------------- triage

/**
 * Throws the conflict of a stale triage, with the need as it is now. A need records no editor of its
 * own, so "who" is the author of its latest audit event.
 */
async function conflict(tx: Tx, actor: Actor, id: string): Promise<never> {
  const current = await loadNeed(tx, actor, id);
  if (!current) throw new NotFoundError("need");
  const last = await tx.auditEvent.findFirst({
    where: { entity: "PartnerNeed", entityId: id },
    select: { actorEmail: true, actor: { select: { name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  const updatedBy = last?.actor?.name ?? last?.actorEmail ?? null;
  throw staleVersion({ version: current.version, updatedAt: current.updatedAt.toISOString(), updatedBy }, triageValues(current));
}

/** Refuses any id outside the candidates, beside its list: nothing else is ever linked. */
async function checkLinks(tx: Tx, need: NeedSnapshot, planIds: string[], activityIds: string[]): Promise<void> {
  const errors: Record<string, string[]> = {};
  const plans = planIds.length ? await tx.programPlan.count({ where: { AND: [candidatePlans(need), { id: { in: planIds } }] } }) : 0;
  if (plans !== planIds.length) errors.planIds = [needMsg("notCandidate")];
  const activities = activityIds.length
    ? await tx.activity.count({ where: { AND: [candidateActivities(need), { id: { in: activityIds } }] } })
    : 0;
  if (activities !== activityIds.length) errors.activityIds = [needMsg("notCandidate")];
  if (Object.keys(errors).length) throw new ValidationError(errors);
}

/** The ids in one list and not the other: the records whose link to the need changes. */
function changed(before: string[], after: string[]): { added: string[]; removed: string[] } {
  return { added: after.filter((id) => !before.includes(id)), removed: before.filter((id) => !after.includes(id)) };
}

const linkSelect = { id: true, needs: { select: { id: true }, orderBy: { id: "asc" } } } as const;

/**
 * The plan and activity editors save their whole set of need links from the version they loaded.
 * A record whose links change here gets a new version (and an audit event saying so), so that an
 * editor still open on it gets a conflict instead of silently dropping the new link.
 */
async function touchLinkedRecords(tx: Tx, actor: Actor, needId: string, before: TriageValues, after: TriageValues) {
  const plans = changed(before.planIds, after.planIds);
  const activities = changed(before.activityIds, after.activityIds);
  const bump = { version: { increment: 1 }, updatedById: actor.id };
  const touched: { entity: "ProgramPlan" | "Activity"; id: string; added: boolean; needIds: string[] }[] = [];
  const planIds = [...plans.added, ...plans.removed];
  if (planIds.length) {
    await tx.programPlan.updateMany({ where: { id: { in: planIds } }, data: bump });
    for (const row of await tx.programPlan.findMany({ where: { id: { in: planIds } }, select: linkSelect })) {
      touched.push({ entity: "ProgramPlan", id: row.id, added: plans.added.includes(row.id), needIds: row.needs.map((n) => n.id) });
    }
  }
  const activityIds = [...activities.added, ...activities.removed];
  if (activityIds.length) {
    await tx.activity.updateMany({ where: { id: { in: activityIds } }, data: bump });
    for (const row of await tx.activity.findMany({ where: { id: { in: activityIds } }, select: linkSelect })) {
      touched.push({ entity: "Activity", id: row.id, added: activities.added.includes(row.id), needIds: row.needs.map((n) => n.id) });
    }
  }
  for (const record of touched) {
    // Read after the need's links were set, so `needIds` is the record's set now; before is one link less or more.
    const previous = record.added ? record.needIds.filter((id) => id !== needId) : [...record.needIds, needId].sort();
    // Recorded as an edit of the record (its history shows it as one), naming only what changed.
    await audit(tx, actor, {
      action: record.entity === "ProgramPlan" ? "plan.update" : "activity.update",
      entity: record.entity,
      entityId: record.id,
      before: { needIds: previous },
      after: { needIds: record.needIds },
    });
  }
}

export async function triageNeed(actor: Actor, raw: unknown): Promise<{ id: string; version: number; status: string }> {
  assertCan(actor, "need:triage"); // before reading the input: a liaison officer learns nothing
  const input = parseInput(needTriageSchema, raw);
  const step = TRIAGE_STEPS[input.step];
  return scopedDb(actor).$transaction(async (tx) => {
    const need = await loadNeed(tx, actor, input.needId);
    if (!need) throw new NotFoundError("need");
    if (need.version !== input.version) return conflict(tx, actor, need.id);
    if (!(step.from as readonly string[]).includes(need.status)) throw new InvalidStateError("needEditor.state.badTransition");

    const before = triageValues(need);
    const after: TriageValues = {
      status: step.to,
      // Reopening clears the reason (the audit trail keeps it); the other steps keep what is there.
      declineReason: input.step === "decline" ? input.reason : input.step === "reopen" ? null : before.declineReason,
      planIds: input.step === "address" ? [...input.planIds].sort() : before.planIds,
      activityIds: input.step === "address" ? [...input.activityIds].sort() : before.activityIds,
    };
    if (input.step === "address") await checkLinks(tx, need, after.planIds, after.activityIds);

    // The version in the WHERE makes the write itself the check (see lib/data/activities/writes.ts).
    const { count } = await tx.partnerNeed.updateMany({
      where: { id: need.id, version: input.version },
      data: { status: after.status, declineReason: after.declineReason, version: { increment: 1 } },
    });
    if (count === 0) return conflict(tx, actor, need.id);
    if (input.step === "address") {
      await tx.partnerNeed.update({
        where: { id: need.id },
        data: { plans: { set: after.planIds.map((id) => ({ id })) }, activities: { set: after.activityIds.map((id) => ({ id })) } },
        select: { id: true },
      });
      await touchLinkedRecords(tx, actor, need.id, before, after);
    }
    await audit(tx, actor, { action: `need.${input.step}`, entity: "PartnerNeed", entityId: need.id, before, after });
    if (after.status !== before.status)
      await notifyNeedStatus(tx, actor, { id: need.id, title: need.title, stateCode: need.stateCode }, after.status);
    return { id: need.id, version: need.version + 1, status: after.status };
  });
}
