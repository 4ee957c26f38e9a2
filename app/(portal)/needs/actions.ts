"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { act, type Previous } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { submitNeed, triageNeed } from "@/lib/data/needs/writes";

// Thin: act() authenticates and checks the permission; the data layer authorizes again, scopes,
// validates and writes with its audit event (and, on a change of status, its notifications) in one
// transaction.

export async function submitNeedAction(_previous: Previous<{ id: string }>, input: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await act({ permission: "need:submit", input }, (actor, values) => submitNeed(actor, values));
  if (!result.ok) return result;
  // A need shows on the needs list, the dashboard and its state's page: refresh them all.
  revalidatePath("/", "layout");
  redirect(`/needs/${result.data.id}?done=needSubmitted`);
}

export async function triageNeedAction(
  _previous: Previous<{ version: number; status: string }>,
  input: FormData,
): Promise<ActionResult<{ version: number; status: string }>> {
  // Ticked boxes arrive as repeated fields.
  const result = await act({ permission: "need:triage", input, lists: ["planIds", "activityIds"] }, async (actor, values) => {
    const { version, status } = await triageNeed(actor, values);
    return { version, status };
  });
  if (!result.ok) return result;
  // The need, its plans' and activities' pages, the dashboards and notifications all change.
  revalidatePath("/", "layout");
  return result;
}
