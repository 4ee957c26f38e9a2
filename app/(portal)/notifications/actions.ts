"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import { markNotificationsRead, openNotification } from "@/lib/data/notifications";
import { parseInput } from "@/lib/validation/parse";

// A user acts on their own notifications only: the data layer matches `userId = actor.id`.

const markSchema = z.object({
  id: z.union([z.literal("all"), z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/)]),
  // The newest notification the reader was shown ("mark all" leaves later ones unread).
  upTo: z.iso.datetime().optional(),
});

export async function markNotificationsReadAction(_previous: ActionResult<{ count: number }> | null, formData: FormData): Promise<ActionResult<{ count: number }>> {
  const actor = await requireActor();
  const result = await runAction(async (locale) => {
    const { id, upTo } = parseInput(markSchema, Object.fromEntries(formData), locale);
    return { count: await markNotificationsRead(actor, id === "all" ? "all" : [id], upTo ? new Date(upTo) : undefined) };
  });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

/** Opens what a notification is about, marking it read on the way. */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const result = await runAction(async (locale) => {
    const { id } = parseInput(markSchema, Object.fromEntries(formData), locale);
    return openNotification(actor, id);
  });
  revalidatePath("/", "layout");
  redirect(result.ok ? result.data : "/notifications");
}
