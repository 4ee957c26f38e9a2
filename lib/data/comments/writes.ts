import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { planScope } from "@/lib/data/scope";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import { notifyPlanComment } from "@/lib/data/notifications/writes";
import { InvalidStateError, NotFoundError } from "@/lib/errors";
import { commentsSeenSchema, planCommentSchema, planFollowSchema } from "@/lib/validation/comment";
import { parseInput } from "@/lib/validation/parse";

// Comments on plans, and each user's standing with a plan (following it, comments seen). A liaison
// officer comments on plans shared with their state only, and only while they are (not back in
// draft): every function loads the plan by `id AND planScope(actor)` first.

async function planInScope(tx: Tx, actor: Actor, planId: string) {
  const plan = await tx.programPlan.findFirst({
    where: { AND: [planScope(actor), { id: planId }] },
    select: { id: true, title: true, authorId: true, status: true, sharedWith: { select: { code: true } } },
  });
  if (!plan) throw new NotFoundError("plan");
  return { ...plan, sharedWith: plan.sharedWith.map((state) => state.code) };
}

export async function addPlanComment(actor: Actor, raw: unknown): Promise<{ id: string }> {
  assertCan(actor, "plan:comment");
  const input = parseInput(planCommentSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const plan = await planInScope(tx, actor, input.planId);
    // An archived plan is history: it takes no new comments.
    if (plan.status === "ARCHIVED") throw new InvalidStateError("archived");
    const comment = await tx.planComment.create({
      data: { planId: plan.id, authorId: actor.id, body: input.body },
      select: { id: true, createdAt: true },
    });
    // Whoever comments follows the plan from then on, and has seen the thread up to their comment.
    await tx.planWatch.upsert({
      where: { userId_planId: { userId: actor.id, planId: plan.id } },
      create: { userId: actor.id, planId: plan.id, following: true, commentsSeenAt: comment.createdAt },
      update: { following: true, commentsSeenAt: comment.createdAt },
    });
    await audit(tx, actor, {
      action: "plan.comment",
      entity: "PlanComment",
      entityId: comment.id,
      after: { planId: plan.id, body: input.body },
    });
    await notifyPlanComment(tx, actor, plan, { name: actor.name, stateCode: actor.stateCode });
    return { id: comment.id };
  });
}

export async function setPlanFollowing(actor: Actor, raw: unknown): Promise<{ following: boolean }> {
  assertCan(actor, "plan:read");
  const input = parseInput(planFollowSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const plan = await planInScope(tx, actor, input.planId);
    const before = await followingOf(tx, actor.id, plan);
    await tx.planWatch.upsert({
      where: { userId_planId: { userId: actor.id, planId: plan.id } },
      create: { userId: actor.id, planId: plan.id, following: input.following },
      update: { following: input.following },
    });
    await audit(tx, actor, {
      action: input.following ? "plan.follow" : "plan.unfollow",
      entity: "ProgramPlan",
      entityId: plan.id,
      before: { following: before },
      after: { following: input.following },
    });
    return { following: input.following };
  });
}

/**
 * Records that the actor has seen the plan's comments up to the newest one the page showed (never
 * later than now, never earlier than a mark already made): a comment posted while the page loaded
 * stays new. A read marker, like a message marked read in a mail client: it changes no record of the
 * cooperation, so it is not audited.
 */
export async function markPlanCommentsSeen(actor: Actor, raw: unknown): Promise<void> {
  assertCan(actor, "plan:read");
  const { planId, latest } = parseInput(commentsSeenSchema, raw);
  await scopedDb(actor).$transaction(async (tx) => {
    const plan = await planInScope(tx, actor, planId);
    const now = new Date();
    const shown = latest ? new Date(Math.min(new Date(latest).getTime(), now.getTime())) : null;
    const watch = await tx.planWatch.findUnique({
      where: { userId_planId: { userId: actor.id, planId: plan.id } },
      select: { commentsSeenAt: true },
    });
    if (!shown || (watch?.commentsSeenAt && watch.commentsSeenAt >= shown)) return;
    await tx.planWatch.upsert({
      where: { userId_planId: { userId: actor.id, planId: plan.id } },
      create: { userId: actor.id, planId: plan.id, following: plan.authorId === actor.id, commentsSeenAt: shown },
      update: { commentsSeenAt: shown },
    });
  });
}

/** Authors follow their plans until they say otherwise; everyone else once they choose to. */
async function followingOf(tx: Tx, userId: string, plan: { id: string; authorId: string }): Promise<boolean> {
  const watch = await tx.planWatch.findUnique({ where: { userId_planId: { userId, planId: plan.id } }, select: { following: true } });
  return watch ? watch.following : plan.authorId === userId;
}
