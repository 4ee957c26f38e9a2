"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { act, type Previous } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { markNotificationsRead, markSubjectNotificationsRead, openNotification } from "@/lib/data/notifications/writes";
import { notificationMarkSchema } from "@/lib/validation/notification";
import { parseInput } from "@/lib/validation/parse";

// A user acts on their own notifications only: the data layer matches `userId = actor.id`.

export async function markNotificationsReadAction(
  _previous: Previous<{ count: number }>,
  input: FormData,
): Promise<ActionResult<{ count: number }>> {
  const result = await act({ permission: "signedIn", input }, async (actor, values) => {
    const { id, upTo } = parseInput(notificationMarkSchema, values);
    return { count: await markNotificationsRead(actor, id === "all" ? "all" : [id], upTo ? new Date(upTo) : undefined) };
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** Opens what a notification is about, marking it read on the way. Answers nothing: it redirects. */
export async function openNotificationAction(_previous: null, input: FormData): Promise<void> {
  const result = await act({ permission: "signedIn", input }, async (actor, values) => {
    const { id } = parseInput(notificationMarkSchema, values);
    return openNotification(actor, id);
  });
  revalidatePath("/", "layout");
  redirect(result.ok ? result.data : "/notifications");
}

/**
 * Called by a plan's or need's page once shown: the reader's notifications about it are read. Answers
 * nothing a caller could use; the header's count is drawn again only when something was marked.
 */
export async function markSubjectNotificationsReadAction(
  _previous: Previous<null>,
  input: { planId: string } | { needId: string },
): Promise<void> {
  const result = await act({ permission: "signedIn", input }, (actor, values) => markSubjectNotificationsRead(actor, values));
  if (result.ok && result.data > 0) revalidatePath("/", "layout");
}
