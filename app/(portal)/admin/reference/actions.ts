"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import { createFramework, updateFramework, updatePartnerState, updateReferenceText } from "@/lib/data/reference/writes";

// Thin: each action authenticates; the data layer authorizes (admins only), validates, checks the
// version and writes with its audit event in one transaction. Nothing caches reference data, but the
// names and texts show on most pages (framework, states, filters, editors, activity and plan views):
// revalidate them all, and the audit log with them.
const refresh = () => revalidatePath("/", "layout");

export async function updateReferenceTextAction(values: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => updateReferenceText(actor, values, locale));
  if (result.ok) refresh();
  return result;
}

export async function updateFrameworkAction(values: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => updateFramework(actor, values, locale));
  if (result.ok) refresh();
  return result;
}

export async function createFrameworkAction(values: unknown): Promise<ActionResult<null>> {
  const actor = await requireActor();
  const result = await runAction((locale) => createFramework(actor, values, locale));
  if (!result.ok) return result;
  refresh();
  redirect(`/admin/reference/frameworks/${encodeURIComponent(result.data.code)}?created=1`);
}

export async function updatePartnerStateAction(values: unknown): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => updatePartnerState(actor, values, locale));
  if (result.ok) refresh();
  return result;
}
