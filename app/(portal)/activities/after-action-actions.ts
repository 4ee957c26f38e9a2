"use server";

import { revalidatePath } from "next/cache";
import { act, recordEdit, type Previous, type RecordEdit } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { saveAfterActionReport, saveFeedback, setFollowUpClosed } from "@/lib/data/after-action/writes";

// Thin: act() authenticates and checks the permission; the data layer authorizes again, scopes (a
// liaison officer: an activity their state took part in, or "not found"), validates, checks the
// version and writes with its audit event in one transaction.

// A report shows on its activity, the plan (T7), the dashboard (overdue reports) and the activity lists.
const revalidateEverywhere = () => revalidatePath("/", "layout");

export async function saveAfterActionReportAction(
  _previous: Previous<{ version: number }>,
  input: RecordEdit,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "activity:edit", input }, async (actor, edit) => {
    const { id, values } = recordEdit(edit);
    return { version: (await saveAfterActionReport(actor, id, values)).version };
  });
  if (result.ok) revalidateEverywhere();
  return result;
}

export async function setFollowUpClosedAction(
  _previous: Previous<{ version: number }>,
  input: FormData,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "activity:edit", input }, (actor, values) => setFollowUpClosed(actor, values));
  if (result.ok) revalidateEverywhere();
  return result;
}

export async function saveFeedbackAction(
  _previous: Previous<{ version: number }>,
  input: FormData,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "feedback:give", input }, async (actor, values) => ({
    version: (await saveFeedback(actor, values)).version,
  }));
  if (result.ok) revalidatePath(`/activities/${String(input.get("activityId"))}`);
  return result;
}
