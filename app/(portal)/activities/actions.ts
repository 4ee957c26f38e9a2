"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import { createActivity, updateActivity } from "@/lib/data/activities/writes";

// Thin: each action authenticates; the data layer authorizes, validates, checks the principles and
// writes with its audit event in one transaction. On success the user lands on the saved record,
// whose principles panel shows any warning.

// An activity appears on many pages (lists, its program, plan, states, needs, dashboard, framework
// counts): revalidate them all rather than miss one.
const revalidateEverywhere = () => revalidatePath("/", "layout");

export async function createActivityAction(values: unknown): Promise<ActionResult<null>> {
  const actor = await requireActor();
  const result = await runAction(async (locale) => (await createActivity(actor, values, locale)).id, { actor });
  if (!result.ok) return result;
  revalidateEverywhere();
  redirect(`/activities/${result.data}`);
}

export async function updateActivityAction(id: string, values: unknown): Promise<ActionResult<null>> {
  const actor = await requireActor();
  const result = await runAction(async (locale) => (await updateActivity(actor, typeof id === "string" ? id : "", values, locale)).id, {
    actor,
  });
  if (!result.ok) return result;
  revalidateEverywhere();
  redirect(`/activities/${result.data}`);
}
