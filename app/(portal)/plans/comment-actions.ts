"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import { addPlanComment, markPlanCommentsSeen, setPlanFollowing } from "@/lib/data/comments/writes";

// Thin, like every action here: the data layer authorizes, scopes (a plan shared with the officer's
// state, or 404), validates and writes with its audit event and notifications in one transaction.

export async function addPlanCommentAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => addPlanComment(actor, Object.fromEntries(formData), locale));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function setPlanFollowingAction(
  _previous: ActionResult<{ following: boolean }> | null,
  formData: FormData,
): Promise<ActionResult<{ following: boolean }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => setPlanFollowing(actor, Object.fromEntries(formData), locale));
  if (result.ok) revalidatePath(`/plans/${String(formData.get("planId"))}`);
  return result;
}

/** Called when a plan page has shown its comments; answers nothing a caller could use. */
export async function markPlanCommentsSeenAction(planId: string, latest: string | null): Promise<void> {
  const actor = await requireActor();
  await runAction(() => markPlanCommentsSeen(actor, { planId, latest }));
}
