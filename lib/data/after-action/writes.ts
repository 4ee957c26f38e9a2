import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Tx } from "@/lib/db/tx";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, liaisonState } from "@/lib/authz/policy";
import { audit } from "@/lib/data/audit/record";
import { loadReportForEdit, reportEditorValues } from "@/lib/data/after-action/reads";
import { isUniqueViolation, staleVersion } from "@/lib/data/editing";
import { activityScope } from "@/lib/data/scope";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import { todayInJapan } from "@/lib/fiscal-year";
import { afterActionMsg, afterActionReportSchema, feedbackSchema, followUpStepSchema } from "@/lib/validation/after-action";
import { recordId } from "@/lib/validation/fields";
import { parseInput } from "@/lib/validation/parse";

// After-action reports (planners and admins: written on a conducted activity, follow-ups closed and
// reopened) and partner feedback (the liaison officers of a taking-part state). Each write is one
// transaction with its audit event; every record carries a version, and a save based on an older one
// gets the conflict view with the record as it is now.

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

// ---------------------------------------------------------------- the report

type LoadedReport = NonNullable<Awaited<ReturnType<typeof loadReportForEdit>>>;

/** The activity in a state that takes a report: JMOD reads every activity; only a conducted one gets a report. */
async function conductedActivity(tx: Tx, activityId: string): Promise<LoadedReport> {
  const loaded = await loadReportForEdit(tx, activityId);
  if (!loaded) throw new NotFoundError("activity");
  if (loaded.status !== "CONDUCTED") throw new InvalidStateError("afterActionEditor.state.notConducted");
  return loaded;
}

/** Throws the conflict of a stale save of the report, with the report as it is now. */
async function reportConflict(tx: Tx, activityId: string): Promise<never> {
  const current = (await loadReportForEdit(tx, activityId))?.report;
  if (!current) throw new NotFoundError("report");
  throw staleVersion(
    { version: current.version, updatedAt: current.updatedAt.toISOString(), updatedBy: current.updatedBy },
    reportEditorValues(current),
  );
}

/**
 * Writes the report of a conducted activity: created from no version, updated from the version the
 * editor loaded. Follow-ups keep their ids (and closed dates, as the editor sends them); indicators
 * must be the activity's plan's.
 */
export async function saveAfterActionReport(actor: Actor, activityId: string, raw: unknown): Promise<{ id: string; version: number }> {
  assertCan(actor, "activity:edit");
  if (!recordId.safeParse(activityId).success) throw new NotFoundError("activity");
  const input = parseInput(afterActionReportSchema, raw);
  const db = scopedDb(actor);
  try {
    return await db.$transaction(async (tx) => {
      const loaded = await conductedActivity(tx, activityId);
      const before = loaded.report;
      if (before?.version !== input.version) {
        if (before) return reportConflict(tx, activityId);
        throw new NotFoundError("report"); // a version of a report that is not there
      }
      const ofPlan = new Set(loaded.indicators.map((indicator) => indicator.id));
      if (input.indicatorIds.some((id) => !ofPlan.has(id)))
        throw new ValidationError({ indicatorIds: [afterActionMsg("indicatorElsewhere")] });

      // A follow-up keeps its id when it is this report's (once: a repeated id makes a new one).
      const kept = new Set(before?.followUps.map((f) => f.id) ?? []);
      const followUps = input.followUps.map((f, position) => {
        const id = f.id && kept.delete(f.id) ? f.id : undefined;
        return { id, position, action: f.action, owner: f.owner, dueDate: day(f.dueDate), closedOn: f.closedOn ? day(f.closedOn) : null };
      });
      const content = { doneVsPlanned: input.doneVsPlanned, results: input.results, lessons: input.lessons, updatedById: actor.id };
      const indicators = input.indicatorIds.map((id) => ({ id }));

      let reportId: string;
      if (!before) {
        reportId = (
          await tx.afterActionReport.create({
            data: { activityId, ...content, indicators: { connect: indicators }, followUps: { create: followUps } },
            select: { id: true },
          })
        ).id;
      } else {
        reportId = before.id;
        // The version in the WHERE makes the write itself the check (see lib/data/activities/writes.ts).
        const { count } = await tx.afterActionReport.updateMany({
          where: { id: reportId, version: input.version },
          data: { ...content, version: { increment: 1 } },
        });
        if (count === 0) return reportConflict(tx, activityId);
        await tx.followUpAction.deleteMany({ where: { reportId } });
        await tx.afterActionReport.update({
          where: { id: reportId },
          data: { indicators: { set: indicators }, followUps: { create: followUps } },
          select: { id: true },
        });
      }
      const after = (await loadReportForEdit(tx, activityId))?.report;
      if (!after) throw new NotFoundError("report");
      await audit(tx, actor, {
        action: before ? "afterAction.update" : "afterAction.create",
        entity: "AfterActionReport",
        entityId: reportId,
        before: before ? { activityId, ...reportEditorValues(before) } : undefined,
        after: { activityId, ...reportEditorValues(after) },
      });
      return { id: reportId, version: after.version };
    });
  } catch (error) {
    // Two first saves at once: the second meets the first's report (one per activity).
    if (isUniqueViolation(error)) return db.$transaction((tx) => reportConflict(tx, activityId));
    throw error;
  }
}

/**
 * Closes a follow-up (today, in Japan) or reopens it. Versioned through its report: the page sends the
 * report's version it showed, so a close never passes over an edit of the report it has not seen, and
 * the report editor, open meanwhile, gets a conflict instead of reopening it silently.
 */
export async function setFollowUpClosed(actor: Actor, raw: unknown): Promise<{ version: number }> {
  assertCan(actor, "activity:edit");
  const input = parseInput(followUpStepSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const { report } = await conductedActivity(tx, input.activityId);
    const followUp = report?.followUps.find((f) => f.id === input.followUpId);
    if (!report || !followUp) throw new NotFoundError("follow-up");
    if (report.version !== input.version) return reportConflict(tx, input.activityId);
    const closing = input.step === "close";
    if (closing === (followUp.closedOn !== null))
      throw new InvalidStateError(`afterActionEditor.state.${closing ? "alreadyClosed" : "notClosed"}`);
    const { count } = await tx.afterActionReport.updateMany({
      where: { id: report.id, version: input.version },
      data: { version: { increment: 1 }, updatedById: actor.id },
    });
    if (count === 0) return reportConflict(tx, input.activityId);
    const closedOn = closing ? todayInJapan() : null;
    await tx.followUpAction.update({ where: { id: followUp.id }, data: { closedOn }, select: { id: true } });
    await audit(tx, actor, {
      action: closing ? "afterAction.followUp.close" : "afterAction.followUp.reopen",
      entity: "FollowUpAction",
      entityId: followUp.id,
      before: { reportId: report.id, action: followUp.action, closedOn: followUp.closedOn },
      after: { reportId: report.id, action: followUp.action, closedOn },
    });
    return { version: report.version + 1 };
  });
}

// ---------------------------------------------------------------- partner feedback

const feedbackSelect = {
  id: true,
  usefulness: true,
  fit: true,
  comment: true,
  version: true,
  updatedAt: true,
  author: { select: { name: true } },
} as const;

/** Throws the conflict of a stale feedback save, with the state's feedback as it is now. */
async function feedbackConflict(tx: Tx, activityId: string, stateCode: string): Promise<never> {
  const current = await tx.partnerFeedback.findFirst({ where: { activityId, stateCode }, select: feedbackSelect });
  if (!current) throw new NotFoundError("feedback");
  throw staleVersion(
    { version: current.version, updatedAt: current.updatedAt.toISOString(), updatedBy: current.author?.name ?? null },
    { usefulness: current.usefulness, fit: current.fit, comment: current.comment },
  );
}

/**
 * A liaison officer's feedback on a conducted activity their state took part in: created once per
 * state, then edited by any officer of that state from the version they saw. The activity is loaded
 * in the officer's scope first, in the same transaction: another state's activity is not found, and
 * nothing is written.
 */
export async function saveFeedback(actor: Actor, raw: unknown): Promise<{ id: string; version: number }> {
  assertCan(actor, "feedback:give");
  const input = parseInput(feedbackSchema, raw);
  // Never from the input: an officer rates for their own state only.
  const stateCode = liaisonState(actor);
  const db = scopedDb(actor);
  const { activityId } = input;
  try {
    return await db.$transaction(async (tx) => {
      const activity = await tx.activity.findFirst({
        where: { AND: [activityScope(actor), { id: activityId }] },
        select: { id: true, status: true },
      });
      if (!activity) throw new NotFoundError("activity");
      if (activity.status !== "CONDUCTED") throw new InvalidStateError("afterActionEditor.state.feedbackNotConducted");
      const values = { usefulness: input.usefulness, fit: input.fit, comment: input.comment };
      const current = await tx.partnerFeedback.findFirst({ where: { activityId, stateCode }, select: feedbackSelect });
      if (!current) {
        if (input.version !== undefined) throw new NotFoundError("feedback");
        const { id } = await tx.partnerFeedback.create({
          data: { activityId, stateCode, authorId: actor.id, ...values },
          select: { id: true },
        });
        await audit(tx, actor, {
          action: "feedback.create",
          entity: "PartnerFeedback",
          entityId: id,
          after: { activityId, stateCode, ...values },
        });
        return { id, version: 1 };
      }
      if (input.version !== current.version) return feedbackConflict(tx, activityId, stateCode);
      const { count } = await tx.partnerFeedback.updateMany({
        where: { activityId, stateCode, version: input.version },
        data: { ...values, authorId: actor.id, version: { increment: 1 } },
      });
      if (count === 0) return feedbackConflict(tx, activityId, stateCode);
      await audit(tx, actor, {
        action: "feedback.update",
        entity: "PartnerFeedback",
        entityId: current.id,
        before: { activityId, stateCode, usefulness: current.usefulness, fit: current.fit, comment: current.comment },
        after: { activityId, stateCode, ...values },
      });
      return { id: current.id, version: current.version + 1 };
    });
  } catch (error) {
    // Two officers of the state giving the first feedback at once: the second meets the first's.
    if (isUniqueViolation(error)) return db.$transaction((tx) => feedbackConflict(tx, activityId, stateCode));
    throw error;
  }
}
