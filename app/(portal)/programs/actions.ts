"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionResult } from "@/lib/actions/result";
import { requireActor } from "@/lib/auth/actor";
import { createProgram, updateProgram } from "@/lib/data/programs/writes";

// Thin: each action authenticates; the data layer authorizes, validates, checks rule O1 and writes
// with its audit event in one transaction.

// A program's name and links appear on most pages (lists, activities, plans, framework, states).
const revalidateEverywhere = () => revalidatePath("/", "layout");

export async function createProgramAction(values: unknown): Promise<ActionResult<null>> {
  const actor = await requireActor();
  const result = await runAction(async (locale) => (await createProgram(actor, values, locale)).id);
  if (!result.ok) return result;
  revalidateEverywhere();
  redirect(`/programs/${result.data}`);
}

export async function updateProgramAction(id: string, values: unknown): Promise<ActionResult<null>> {
  const actor = await requireActor();
  const result = await runAction(async (locale) => (await updateProgram(actor, typeof id === "string" ? id : "", values, locale)).id);
  if (!result.ok) return result;
  revalidateEverywhere();
  redirect(`/programs/${result.data}`);
}
