"use server";

import { act, recordEdit, type Previous, type RecordEdit } from "@/lib/actions/action";
import { ruleViews, type ActionResult } from "@/lib/actions/result";
import { deleteSpendingLine, recordSpendingLine, updateSpendingLine } from "@/lib/data/spending/writes";

// Thin: act() authenticates and checks the permission; the data layer authorizes again, validates,
// writes with its audit event in one transaction and answers rule T9. The spending page refreshes
// itself after each (router.refresh()), as the plan editor does.

export async function recordSpendingLineAction(_previous: Previous<{ id: string }>, input: unknown): Promise<ActionResult<{ id: string }>> {
  const result = await act({ permission: "plan:edit", input }, async (actor, values, locale) => {
    const done = await recordSpendingLine(actor, values);
    return { done, warnings: await ruleViews(done.warnings, locale, actor) };
  });
  if (!result.ok) return result;
  return { ok: true, data: { id: result.data.done.id }, warnings: result.data.warnings };
}

export async function updateSpendingLineAction(
  _previous: Previous<{ version: number }>,
  input: RecordEdit,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "plan:edit", input }, async (actor, edit, locale) => {
    const { id, values } = recordEdit(edit);
    const done = await updateSpendingLine(actor, id, values);
    return { done, warnings: await ruleViews(done.warnings, locale, actor) };
  });
  if (!result.ok) return result;
  return { ok: true, data: { version: result.data.done.version }, warnings: result.data.warnings };
}

export async function deleteSpendingLineAction(_previous: Previous<null>, input: unknown): Promise<ActionResult<null>> {
  const result = await act({ permission: "plan:edit", input }, async (actor, values, locale) => {
    const done = await deleteSpendingLine(actor, values);
    return await ruleViews(done.warnings, locale, actor);
  });
  if (!result.ok) return result;
  return { ok: true, data: null, warnings: result.data };
}
