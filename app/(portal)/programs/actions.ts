"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { act, recordEdit, type Previous, type RecordEdit } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { createProgram, updateProgram } from "@/lib/data/programs/writes";

// Thin: act() authenticates and checks the permission; the data layer authorizes again, validates,
// checks rule O1 and writes with its audit event in one transaction.

// A program's name and links appear on most pages (lists, activities, plans, framework, states).
const revalidateEverywhere = () => revalidatePath("/", "layout");

export async function createProgramAction(_previous: Previous<null>, input: unknown): Promise<ActionResult<null>> {
  const result = await act({ permission: "program:edit", input }, async (actor, values) => (await createProgram(actor, values)).id);
  if (!result.ok) return result;
  revalidateEverywhere();
  redirect(`/programs/${result.data}`);
}

export async function updateProgramAction(_previous: Previous<null>, input: RecordEdit): Promise<ActionResult<null>> {
  const result = await act({ permission: "program:edit", input }, async (actor, edit) => {
    const { id, values } = recordEdit(edit);
    return (await updateProgram(actor, id, values)).id;
  });
  if (!result.ok) return result;
  revalidateEverywhere();
  redirect(`/programs/${result.data}`);
}
