"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import { submitNeed, triageNeed } from "@/lib/data/needs/writes";

// Thin: each action authenticates; the data layer authorizes, scopes, validates and writes with its
// audit event (and, on a change of status, its notifications) in one transaction.

export async function submitNeedAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => submitNeed(actor, Object.fromEntries(formData), locale));
  if (!result.ok) return result;
  // A need shows on the needs list, the dashboard and its state's page: refresh them all.
  revalidatePath("/", "layout");
  redirect(`/needs/${result.data.id}`);
}

export async function triageNeedAction(
  _previous: ActionResult<{ version: number; status: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ version: number; status: string }>> {
  const actor = await requireActor();
  // Ticked boxes arrive as repeated fields.
  const raw = { ...Object.fromEntries(formData), planIds: formData.getAll("planIds"), activityIds: formData.getAll("activityIds") };
  const result = await runAction(async (locale) => {
    const { version, status } = await triageNeed(actor, raw, locale);
    return { version, status };
  });
  if (!result.ok) return result;
  // The need, its plans' and activities' pages, the dashboards and notifications all change.
  revalidatePath("/", "layout");
  return result;
}
