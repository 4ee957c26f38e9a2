"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { act, recordEdit, type Previous, type RecordEdit } from "@/lib/actions/action";
import { ruleViews, type ActionResult } from "@/lib/actions/result";
import { copyPlan, createPlan, savePlan, startNewRevision, transitionPlan } from "@/lib/data/plans/writes";

// Thin: act() authenticates and checks the permission, then the data layer authorizes again,
// validates, checks the principles and writes with its audit event in one transaction.

export async function createPlanAction(_previous: Previous<{ id: string }>, input: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await act({ permission: "plan:edit", input }, async (actor, values) => {
    const created = await createPlan(actor, values);
    return { id: created.id };
  });
  if (result.ok) {
    revalidatePath("/", "layout");
    redirect(`/plans/${result.data.id}/edit?done=planCreated`);
  }
  return result;
}

export async function savePlanAction(
  _previous: Previous<{ version: number }>,
  input: RecordEdit,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "plan:edit", input }, async (actor, edit, locale) => {
    const { id, values } = recordEdit(edit);
    const saved = await savePlan(actor, id, values);
    return { saved, locale, actor };
  });
  if (!result.ok) return result;
  // No revalidatePath: it would re-render the editor's page inside this answer, and the editor calls
  // router.refresh() after a save anyway. Every page is rendered per request (none is cached), so the
  // program, plan list and dashboard show the change when next opened.
  const { saved, locale, actor } = result.data;
  return { ok: true, data: { version: saved.version }, warnings: await ruleViews(saved.warnings, locale, actor) };
}

export async function transitionPlanAction(
  _previous: Previous<{ version: number }>,
  input: FormData,
): Promise<ActionResult<{ version: number }>> {
  // plan:submit is the least a transition needs; the data layer checks the one it names (share, approve).
  const result = await act({ permission: "plan:submit", input }, async (actor, values, locale) => {
    const done = await transitionPlan(actor, values);
    return { done, locale, actor };
  });
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  const { done, locale, actor } = result.data;
  return { ok: true, data: { version: done.version }, warnings: await ruleViews(done.warnings, locale, actor) };
}

export async function newRevisionAction(_previous: Previous<{ id: string }>, input: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await act({ permission: "plan:edit", input }, (actor, values) => startNewRevision(actor, values));
  if (result.ok) redirect(`/plans/${result.data.id}/edit?done=newVersion`);
  return result;
}

/** "Copy as a new plan": a new draft with its years moved; the copy's page opens. */
export async function copyPlanAction(_previous: Previous<{ id: string }>, input: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await act({ permission: "plan:edit", input }, async (actor, values) => {
    const copied = await copyPlan(actor, values);
    return { id: copied.id };
  });
  if (result.ok) {
    revalidatePath("/", "layout");
    redirect(`/plans/${result.data.id}`);
  }
  return result;
}
