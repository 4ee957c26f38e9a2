"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import { markNotificationsRead, openNotification } from "@/lib/data/notifications/writes";
import { notificationMarkSchema } from "@/lib/validation/notification";
import { parseInput } from "@/lib/validation/parse";

// A user acts on their own notifications only: the data layer matches `userId = actor.id`.

export async function markNotificationsReadAction(
  _previous: ActionResult<{ count: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ count: number }>> {
  const actor = await requireActor();
  const result = await runAction(async (locale) => {
    const { id, upTo } = parseInput(notificationMarkSchema, Object.fromEntries(formData), locale);
    return { count: await markNotificationsRead(actor, id === "all" ? "all" : [id], upTo ? new Date(upTo) : undefined) };
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** Opens what a notification is about, marking it read on the way. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const result = await runAction(async (locale) => {
    const { id } = parseInput(notificationMarkSchema, Object.fromEntries(formData), locale);
    return openNotification(actor, id);
  });
  revalidatePath("/", "layout");
  redirect(result.ok ? result.data : "/notifications");
}
