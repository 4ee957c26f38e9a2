"use server";

import { revalidatePath } from "next/cache";
import { act, type Previous } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { addPlanComment, markPlanCommentsSeen, setPlanFollowing } from "@/lib/data/comments/writes";

// Thin, like every action here: act() authenticates and checks the permission; the data layer
// authorizes again, scopes (a plan shared with the officer's state, or 404), validates and writes with
// its audit event and notifications in one transaction.

export async function addPlanCommentAction(_previous: Previous<{ id: string }>, input: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await act({ permission: "plan:comment", input }, (actor, values) => addPlanComment(actor, values));
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function setPlanFollowingAction(
  _previous: Previous<{ following: boolean }>,
  input: FormData,
): Promise<ActionResult<{ following: boolean }>> {
  const result = await act({ permission: "plan:read", input }, (actor, values) => setPlanFollowing(actor, values));
  if (result.ok) revalidatePath(`/plans/${String(input.get("planId"))}`);
  return result;
}

/** Called when a plan page has shown its comments; answers nothing a caller could use. */
export async function markPlanCommentsSeenAction(
  _previous: Previous<null>,
  input: { planId: string; latest: string | null },
): Promise<void> {
  await act({ permission: "plan:read", input }, (actor, values) => markPlanCommentsSeen(actor, values));
}
