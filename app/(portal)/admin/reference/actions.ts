"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { act, type Previous } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { createFramework, updateFramework, updatePartnerState, updateReferenceText } from "@/lib/data/reference/writes";

// Thin: act() authenticates and checks the permission (admins only); the data layer authorizes again,
// validates, checks the version and writes with its audit event in one transaction. Nothing caches
// reference data, but the names and texts show on most pages (framework, states, filters, editors,
// activity and plan views): revalidate them all, and the audit log with them. The editors send their
// values with the record's key (kind and code, or code) and version.
const refresh = () => revalidatePath("/", "layout");

export async function updateReferenceTextAction(
  _previous: Previous<{ version: number }>,
  input: unknown,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "reference:edit", input }, (actor, values) => updateReferenceText(actor, values));
  if (result.ok) refresh();
  return result;
}

export async function updateFrameworkAction(
  _previous: Previous<{ version: number }>,
  input: unknown,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "reference:edit", input }, (actor, values) => updateFramework(actor, values));
  if (result.ok) refresh();
  return result;
}

export async function createFrameworkAction(_previous: Previous<null>, input: unknown): Promise<ActionResult<null>> {
  const result = await act({ permission: "reference:edit", input }, (actor, values) => createFramework(actor, values));
  if (!result.ok) return result;
  refresh();
  redirect(`/admin/reference/frameworks/${encodeURIComponent(result.data.code)}?created=1`);
}

export async function updatePartnerStateAction(
  _previous: Previous<{ version: number }>,
  input: unknown,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "reference:edit", input }, (actor, values) => updatePartnerState(actor, values));
  if (result.ok) refresh();
  return result;
}
