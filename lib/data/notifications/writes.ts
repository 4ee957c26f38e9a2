import "server-only";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { visibleTo } from "@/lib/data/notifications/reads";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { NotFoundError } from "@/lib/errors";
import { planVisibleToState } from "@/lib/authz/policy";
import { planScope } from "@/lib/data/scope";
import { notificationSubjectSchema } from "@/lib/validation/notification";
import { parseInput } from "@/lib/validation/parse";

// In-app notifications. The notify* functions run inside the transaction of the change they report,
// so a change and its notifications stand or fall together. Each picks its recipients among those who
// may see the subject at that moment: a liaison officer is only told about their own state's records.

interface PlanSubject {
  id: string;
  title: string;
  authorId: string;
  /** The plan's status after the change reported. */
  status: string;
  sharedWith: string[];
}

async function send(
  tx: Tx,
  actor: Actor,
  userIds: Iterable<string>,
  kind: NotificationKind,
  subject: { planId?: string; needId?: string; data: Prisma.InputJsonObject },
) {
  // Nobody is told about what they did themselves.
  const recipients = [...new Set(userIds)].filter((id) => id !== actor.id);
  if (!recipients.length) return;
  await tx.notification.createMany({
    data: recipients.map((userId) => ({ userId, kind, planId: subject.planId, needId: subject.needId, data: subject.data })),
  });
}

/** Active liaison officers of the given states. */
async function liaisonOfficers(tx: Tx, stateCodes: string[]): Promise<string[]> {
  if (!stateCodes.length) return [];
  const users = await tx.user.findMany({
    where: { role: "LIAISON", disabled: false, stateCode: { in: stateCodes } },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

/**
 * Followers of a plan who may still see it: JMOD staff always; a liaison officer only while the
 * plan is shared with their state and not back in draft (and, with `onlyState`, only officers of
 * that one state). The author follows their plan unless they chose to stop.
 */
async function planFollowers(tx: Tx, actor: Actor, plan: PlanSubject, onlyState?: string): Promise<string[]> {
  // The plan is in the actor's scope (the caller loaded it so); saying so lets a liaison officer's
  // comment read the plan's followers through the scope guard.
  const watches = await tx.planWatch.findMany({
    where: { AND: [{ planId: plan.id }, { plan: planScope(actor) }] },
    select: { following: true, user: { select: { id: true, role: true, stateCode: true, disabled: true } } },
  });
  const followers = watches
    .filter((watch) => watch.following && !watch.user.disabled)
    .map((watch) => watch.user)
    .filter(
      (user) =>
        user.role !== "LIAISON" ||
        (user.stateCode !== null && planVisibleToState(plan, user.stateCode) && (!onlyState || user.stateCode === onlyState)),
    )
    .map((user) => user.id);
  if (watches.some((watch) => watch.user.id === plan.authorId)) return followers;
  const author = await tx.user.findUnique({ where: { id: plan.authorId }, select: { disabled: true } });
  return author && !author.disabled ? [plan.authorId, ...followers] : followers;
}

/** A plan was shared: the liaison officers of the states it was shared with. */
export async function notifyPlanShared(tx: Tx, actor: Actor, plan: PlanSubject) {
  await send(tx, actor, await liaisonOfficers(tx, plan.sharedWith), "PLAN_SHARED", { planId: plan.id, data: { title: plan.title } });
}

/** A plan was approved: its followers (the author among them) and, if shared, the partner states' officers. */
export async function notifyPlanApproved(tx: Tx, actor: Actor, plan: PlanSubject & { shared: boolean }) {
  const officers = plan.shared ? await liaisonOfficers(tx, plan.sharedWith) : [];
  await send(tx, actor, [...(await planFollowers(tx, actor, plan)), ...officers], "PLAN_APPROVED", {
    planId: plan.id,
    data: { title: plan.title },
  });
}

/**
 * A comment on a plan: its followers (the author among them) who may read the comment. A liaison officer's
 * comment is visible to JMOD and to that officer's own state only (see planCommentScope).
 */
export async function notifyPlanComment(
  tx: Tx,
  actor: Actor,
  plan: PlanSubject,
  commentAuthor: { name: string; stateCode: string | null },
) {
  const followers = await planFollowers(tx, actor, plan, commentAuthor.stateCode ?? undefined);
  await send(tx, actor, followers, "PLAN_COMMENT", {
    planId: plan.id,
    data: { title: plan.title, by: commentAuthor.name },
  });
}

/** A need's status changed: the liaison officers of its state (the submitter among them). */
export async function notifyNeedStatus(tx: Tx, actor: Actor, need: { id: string; title: string; stateCode: string }, status: string) {
  await send(tx, actor, await liaisonOfficers(tx, [need.stateCode]), "NEED_STATUS", {
    needId: need.id,
    data: { title: need.title, status },
  });
}

/** Active planners and admins (JMOD staff see every record), but those named in `except`. */
async function jmodStaff(tx: Tx, except: string[] = []): Promise<string[]> {
  const users = await tx.user.findMany({
    where: { role: { in: ["PLANNER", "ADMIN"] }, disabled: false, id: { notIn: except } },
    select: { id: true },
  });
  return users.map((user) => user.id);
}

/**
 * A liaison officer submitted a need: every planner and admin (who triage it). The state's names are
 * kept in both languages, so the text is composed in the reader's without another query.
 */
export async function notifyNeedSubmitted(
  tx: Tx,
  actor: Actor,
  need: { id: string; title: string; state: { code: string; nameEn: string; nameJa: string } },
) {
  await send(tx, actor, await jmodStaff(tx), "NEED_SUBMITTED", {
    needId: need.id,
    data: { title: need.title, stateCode: need.state.code, stateEn: need.state.nameEn, stateJa: need.state.nameJa },
  });
}

/** A plan was submitted for review: every planner and admin but its author (who may not approve it, T4). */
export async function notifyPlanSubmitted(tx: Tx, actor: Actor, plan: PlanSubject) {
  await send(tx, actor, await jmodStaff(tx, [plan.authorId]), "PLAN_SUBMITTED", { planId: plan.id, data: { title: plan.title } });
}

/** A plan went back to draft: its author, with the reason given (JMOD staff: the author is one). */
export async function notifyPlanReturned(tx: Tx, actor: Actor, plan: PlanSubject, reason: string) {
  const author = await tx.user.findUnique({ where: { id: plan.authorId }, select: { id: true, disabled: true, role: true } });
  if (!author || author.disabled || author.role === "LIAISON") return;
  await send(tx, actor, [author.id], "PLAN_RETURNED", { planId: plan.id, data: { title: plan.title, reason } });
}

// ---------------------------------------------------------------- the reader's side

/**
 * Marks the actor's own notifications read (the given ones, or all of those up to `upTo`, the
 * newest the reader was shown: one that arrived since stays unread); others' are out of reach.
 */
export async function markNotificationsRead(actor: Actor, ids: string[] | "all", upTo?: Date): Promise<number> {
  return scopedDb(actor).$transaction(async (tx) => {
    const where: Prisma.NotificationWhereInput = {
      userId: actor.id,
      readAt: null,
      ...(ids === "all" ? (upTo ? { createdAt: { lte: upTo } } : {}) : { id: { in: ids } }),
    };
    const unread = await tx.notification.findMany({ where, select: { id: true } });
    if (!unread.length) return 0;
    await tx.notification.updateMany({ where: { userId: actor.id, id: { in: unread.map((n) => n.id) } }, data: { readAt: new Date() } });
    await auditRead(tx, actor, unread);
    return unread.length;
  });
}

/** A reading is audited like any change of the user's own records: which notifications, by whom. */
function auditRead(tx: Tx, actor: Actor, read: { id: string }[]): Promise<void> {
  return audit(tx, actor, {
    action: "notification.read",
    entity: "User",
    entityId: actor.id,
    after: { notificationIds: read.map((n) => n.id) },
  });
}

/**
 * Marks read the actor's notifications about a plan or need they have opened, by whatever way they
 * came (the bell, a list, search, a link): the subject's page calls this once it is shown. One update
 * that returns what it marked, and the audit event only when it marked something; a subject the
 * actor may no longer see (visibleTo) is left alone, and nobody else's notifications are in reach.
 */
export async function markSubjectNotificationsRead(actor: Actor, raw: unknown): Promise<number> {
  const subject = parseInput(notificationSubjectSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const read = await tx.notification.updateManyAndReturn({
      where: { ...visibleTo(actor), readAt: null, ...("planId" in subject ? { planId: subject.planId } : { needId: subject.needId }) },
      data: { readAt: new Date() },
      select: { id: true },
    });
    if (read.length) await auditRead(tx, actor, read);
    return read.length;
  });
}

/** Where a notification leads (its plan or need), after marking it read; someone else's is not found. */
export async function openNotification(actor: Actor, id: string): Promise<string> {
  const notification = await scopedDb(actor).notification.findFirst({
    where: { ...visibleTo(actor), id },
    select: { planId: true, needId: true, readAt: true },
  });
  if (!notification) throw new NotFoundError("notification");
  if (!notification.readAt) await markNotificationsRead(actor, [id]);
  // The subject page checks the scope again: a plan no longer shared answers 404 there, one back in
  // draft that it is being revised.
  return notification.planId ? `/plans/${notification.planId}` : notification.needId ? `/needs/${notification.needId}` : "/notifications";
}
