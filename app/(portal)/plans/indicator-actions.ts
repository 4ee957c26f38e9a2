"use server";

import { revalidatePath } from "next/cache";
import { act, type Previous } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { recordIndicatorActual } from "@/lib/data/indicators/writes";

// Thin, like the plan's other actions: the data layer authorizes again, validates, checks the
// version and writes the actual with its audit event in one transaction.

export async function recordIndicatorActualAction(
  _previous: Previous<{ version: number }>,
  input: FormData,
): Promise<ActionResult<{ version: number }>> {
  const result = await act({ permission: "plan:edit", input }, (actor, values) => recordIndicatorActual(actor, values));
  if (result.ok) revalidatePath("/plans/[id]", "page");
  return result;
}
