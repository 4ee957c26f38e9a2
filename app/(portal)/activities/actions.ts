"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { act, recordEdit, type Previous, type RecordEdit } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { createActivity, updateActivity } from "@/lib/data/activities/writes";

// Thin: act() authenticates and checks the permission; the data layer authorizes again, validates,
// checks the principles and writes with its audit event in one transaction. On success the user lands
// on the saved record, whose principles panel shows any warning.

// An activity appears on many pages (lists, its program, plan, states, needs, dashboard, framework
// counts): revalidate them all rather than miss one.
const revalidateEverywhere = () => revalidatePath("/", "layout");

export async function createActivityAction(_previous: Previous<null>, input: unknown): Promise<ActionResult<null>> {
  const result = await act({ permission: "activity:edit", input }, async (actor, values) => (await createActivity(actor, values)).id);
  if (!result.ok) return result;
  revalidateEverywhere();
  redirect(`/activities/${result.data}`);
}

export async function updateActivityAction(_previous: Previous<null>, input: RecordEdit): Promise<ActionResult<null>> {
  const result = await act({ permission: "activity:edit", input }, async (actor, edit) => {
    const { id, values } = recordEdit(edit);
    return (await updateActivity(actor, id, values)).id;
  });
  if (!result.ok) return result;
  revalidateEverywhere();
  redirect(`/activities/${result.data}`);
}
