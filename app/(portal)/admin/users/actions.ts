"use server";

import { revalidatePath } from "next/cache";
import { act, type Previous } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { createUser, resetUserPassword, setUserDisabled, signOutEverywhere, updateUserRole } from "@/lib/data/users/writes";

// Thin: act() authenticates and checks the permission (admins only); the data layer authorizes again,
// validates and writes with its audit event in one transaction. The pages that show users are the
// user list and the audit log.

function refresh() {
  revalidatePath("/admin/users");
  revalidatePath("/admin/audit");
}

export async function createUserAction(_previous: Previous<{ id: string }>, input: FormData): Promise<ActionResult<{ id: string }>> {
  const result = await act({ permission: "user:manage", input }, (actor, values) => createUser(actor, values));
  if (result.ok) refresh();
  return result;
}

export async function updateUserRoleAction(
  _previous: Previous<{ version: number }>,
  input: FormData,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "user:manage", input }, (actor, values) => updateUserRole(actor, values));
  if (result.ok) refresh();
  return result;
}

export async function setUserDisabledAction(
  _previous: Previous<{ version: number }>,
  input: FormData,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "user:manage", input }, (actor, values) => setUserDisabled(actor, values));
  if (result.ok) refresh();
  return result;
}

export async function resetUserPasswordAction(
  _previous: Previous<{ version: number }>,
  input: FormData,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "user:manage", input }, (actor, values) => resetUserPassword(actor, values));
  if (result.ok) refresh();
  return result;
}

export async function signOutEverywhereAction(
  _previous: Previous<{ version: number }>,
  input: FormData,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "user:manage", input }, (actor, values) => signOutEverywhere(actor, values));
  if (result.ok) refresh();
  return result;
}
