import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { loadProgramSnapshot, programEditorValues } from "@/lib/data/programs/snapshot";
import { NotFoundError } from "@/lib/errors";
import { recordId } from "@/lib/validation/fields";
import { activityScope, planScope, programScope } from "@/lib/data/scope";
import { activityRow, codeTitle, planRow, programRef, stateRef } from "@/lib/data/selects";

export async function listPrograms(actor: Actor) {
  assertCan(actor, "program:read");
  return scopedDb(actor).program.findMany({
    where: programScope(actor),
    select: {
      ...programRef,
      partnerState: { select: stateRef },
      keyAreas: { select: { code: true }, orderBy: { sortOrder: "asc" } },
      means: { select: { code: true }, orderBy: { sortOrder: "asc" } },
      _count: { select: { activities: { where: activityScope(actor) }, plans: { where: planScope(actor) } } },
    },
    orderBy: [{ kind: "desc" }, { nameEn: "asc" }],
  });
}

export type ProgramListRow = Awaited<ReturnType<typeof listPrograms>>[number];

export async function getProgram(actor: Actor, id: string) {
  assertCan(actor, "program:read");
  const program = await scopedDb(actor).program.findFirst({
    where: { AND: [programScope(actor), { id }] },
    select: {
      ...programRef,
      descriptionEn: true,
      descriptionJa: true,
      source: true,
      partnerState: { select: stateRef },
      partnerStates: { select: stateRef, orderBy: { sortOrder: "asc" } },
      ends: { select: codeTitle, orderBy: { sortOrder: "asc" } },
      approaches: { select: codeTitle, orderBy: { sortOrder: "asc" } },
      keyAreas: { select: codeTitle, orderBy: { sortOrder: "asc" } },
      means: { select: codeTitle, orderBy: { sortOrder: "asc" } },
      frameworks: { select: { code: true, nameEn: true, nameJa: true }, orderBy: { sortOrder: "asc" } },
      plans: { where: planScope(actor), select: planRow, orderBy: [{ firstFiscalYear: "desc" }, { id: "asc" }] },
      activities: { where: activityScope(actor), select: activityRow, orderBy: [{ startDate: "desc" }, { id: "asc" }] },
    },
  });
  if (!program) throw new NotFoundError("program");
  return { ...program, canEdit: can(actor, "program:edit"), canPlan: can(actor, "plan:edit"), canAddActivity: can(actor, "activity:edit") };
}

/** What the edit form loads: the values, and the version they are based on. */
export async function getProgramForEdit(actor: Actor, id: string) {
  assertCan(actor, "program:edit");
  if (!recordId.safeParse(id).success) throw new NotFoundError("program");
  const program = await loadProgramSnapshot(scopedDb(actor), id);
  if (!program) throw new NotFoundError("program");
  return { id, version: program.version, values: programEditorValues(program) };
}
