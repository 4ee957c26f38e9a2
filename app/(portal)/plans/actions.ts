"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, ruleViews, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import { createPlan, savePlan, startNewRevision, transitionPlan } from "@/lib/data/plans/writes";

// Thin: each action authenticates, then the data layer authorizes, validates, checks the
// principles and writes with its audit event in one transaction.

export async function createPlanAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor();
  const result = await runAction(
    async (locale) => {
      const created = await createPlan(actor, Object.fromEntries(formData), locale);
      return { id: created.id };
    },
    { actor },
  );
  if (result.ok) {
    revalidatePath("/", "layout");
    redirect(`/plans/${result.data.id}/edit`);
  }
  return result;
}

export async function savePlanAction(planId: string, values: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const result = await runAction(
    async (locale) => {
      const saved = await savePlan(actor, typeof planId === "string" ? planId : "", values, locale);
      return { saved, locale };
    },
    { actor },
  );
  if (!result.ok) return result;
  // No revalidatePath: it would re-render the editor's page inside this answer, and the editor calls
  // router.refresh() after a save anyway. Every page is rendered per request (none is cached), so the
  // program, plan list and dashboard show the change when next opened.
  return {
    ok: true,
    data: { version: result.data.saved.version },
    warnings: await ruleViews(result.data.saved.warnings, result.data.locale, actor),
  };
}

export async function transitionPlanAction(
  _previous: ActionResult<{ version: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const result = await runAction(
    async (locale) => {
      const done = await transitionPlan(actor, Object.fromEntries(formData), locale);
      return { done, locale };
    },
    { actor },
  );
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return {
    ok: true,
    data: { version: result.data.done.version },
    warnings: await ruleViews(result.data.done.warnings, result.data.locale, actor),
  };
}

export async function newRevisionAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => startNewRevision(actor, Object.fromEntries(formData), locale));
  if (result.ok) redirect(`/plans/${result.data.id}/edit`);
  return result;
}
