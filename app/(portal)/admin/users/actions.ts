"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import { createUser, resetUserPassword, setUserDisabled, signOutEverywhere, updateUserRole } from "@/lib/data/users/writes";

// Thin: each action authenticates; the data layer authorizes (admins only), validates and writes with
// its audit event in one transaction. The pages that show users are the user list and the audit log.

function refresh() {
  revalidatePath("/admin/users");
  revalidatePath("/admin/audit");
}

export async function createUserAction(
  _previous: ActionResult<{ id: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ id: string }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => createUser(actor, Object.fromEntries(formData), locale));
  if (result.ok) refresh();
  return result;
}

export async function updateUserRoleAction(
  _previous: ActionResult<{ version: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => updateUserRole(actor, Object.fromEntries(formData), locale));
  if (result.ok) refresh();
  return result;
}

export async function setUserDisabledAction(
  _previous: ActionResult<{ version: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => setUserDisabled(actor, Object.fromEntries(formData), locale));
  if (result.ok) refresh();
  return result;
}

export async function resetUserPasswordAction(
  _previous: ActionResult<{ version: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => resetUserPassword(actor, Object.fromEntries(formData), locale));
  if (result.ok) refresh();
  return result;
}

export async function signOutEverywhereAction(
  _previous: ActionResult<{ version: number }> | null,
  formData: FormData,
): Promise<ActionResult<{ version: number }>> {
  const actor = await requireActor();
  const result = await runAction((locale) => signOutEverywhere(actor, Object.fromEntries(formData), locale));
  if (result.ok) refresh();
  return result;
}
