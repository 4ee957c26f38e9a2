import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { codeTitleJson, stateRefJson, type CodeTitleJson, type StateRefJson } from "@/lib/data/json-refs";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import {
  APPROACH_PROGRAMS,
  END_PROGRAMS,
  FRAMEWORK_PROGRAMS,
  KEY_AREA_PROGRAMS,
  MEANS_PROGRAMS,
  PROGRAM_PARTNER_STATES,
  type JoinTable,
} from "@/lib/db/join-tables";
import { planRowFromJson, planRowJson, type PlanRowJson } from "@/lib/data/plans/rows";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import { loadProgramSnapshot, programEditorValues } from "@/lib/data/programs/snapshot";
import { NotFoundError } from "@/lib/errors";
import { recordId } from "@/lib/validation/fields";
import { activityScope, planScope, planScopeSql, programScope } from "@/lib/data/scope";
import { programRef, stateRef } from "@/lib/data/selects";
import type { ProgramFilters } from "@/lib/validation/program-filters";

/** The programs in the actor's scope that serve the framework parts `filters` name (all of them). */
export async function listPrograms(actor: Actor, filters: ProgramFilters = {}) {
  assertCan(actor, "program:read");
  // Only the filters that are set: an `undefined` in a Prisma where would silently mean "any".
  const serves: Prisma.ProgramWhereInput[] = [];
  if (filters.end) serves.push({ ends: { some: { code: filters.end } } });
  if (filters.approach) serves.push({ approaches: { some: { code: filters.approach } } });
  if (filters.keyArea) serves.push({ keyAreas: { some: { code: filters.keyArea } } });
  if (filters.means) serves.push({ means: { some: { code: filters.means } } });
  return scopedDb(actor).program.findMany({
    where: { AND: [programScope(actor), ...serves] },
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

interface ProgramPartsJson {
  partnerState: StateRefJson | null;
  partnerStates: StateRefJson[];
  ends: CodeTitleJson[];
  approaches: CodeTitleJson[];
  keyAreas: CodeTitleJson[];
  means: CodeTitleJson[];
  frameworks: { code: string; nameEn: string; nameJa: string }[];
  plans: PlanRowJson[];
}

/** The reference rows of `table` the program names through `join`, in their order, as JSON. */
function codeTitles<C extends string>(table: string, join: JoinTable<C>, side: C, program: C) {
  return Prisma.sql`COALESCE((SELECT json_agg(${codeTitleJson(Prisma.raw("r"))} ORDER BY r."sortOrder")
    FROM ${join.table} x JOIN ${Prisma.raw(`"${table}"`)} r ON r.code = x.${join.col[side]} WHERE x.${join.col[program]} = g.id), '[]'::json)`;
}

export async function getProgram(actor: Actor, id: string) {
  assertCan(actor, "program:read");
  const program = await scopedDb(actor).program.findFirst({
    where: { AND: [programScope(actor), { id }] },
    select: { ...programRef, descriptionEn: true, descriptionJa: true, source: true },
  });
  if (!program) throw new NotFoundError("program");
  const [s, p] = [Prisma.raw("s"), Prisma.raw("p")];
  // scope: the program was loaded in programScope; its plans carry their own scope
  // (lib/data/scope.ts); states and the framework's reference rows are public.
  const [parts] = await sqlScopedDb(actor, "the program in scope, and the plan scope").$queryRaw<ProgramPartsJson[]>`
    SELECT
      (SELECT ${stateRefJson(s)} FROM "PartnerState" s WHERE s.code = g."partnerStateCode") AS "partnerState",
      COALESCE((SELECT json_agg(${stateRefJson(s)} ORDER BY s."sortOrder")
         FROM ${PROGRAM_PARTNER_STATES.table} x JOIN "PartnerState" s ON s.code = x.${PROGRAM_PARTNER_STATES.col.state}
         WHERE x.${PROGRAM_PARTNER_STATES.col.program} = g.id), '[]'::json) AS "partnerStates",
      ${codeTitles("End", END_PROGRAMS, "end", "program")} AS ends,
      ${codeTitles("Approach", APPROACH_PROGRAMS, "approach", "program")} AS approaches,
      ${codeTitles("KeyArea", KEY_AREA_PROGRAMS, "keyArea", "program")} AS "keyAreas",
      ${codeTitles("Means", MEANS_PROGRAMS, "means", "program")} AS means,
      COALESCE((SELECT json_agg(json_build_object('code', f.code, 'nameEn', f."nameEn", 'nameJa', f."nameJa") ORDER BY f."sortOrder")
         FROM ${FRAMEWORK_PROGRAMS.table} x JOIN "Framework" f ON f.code = x.${FRAMEWORK_PROGRAMS.col.framework}
         WHERE x.${FRAMEWORK_PROGRAMS.col.program} = g.id), '[]'::json) AS frameworks,
      COALESCE((SELECT json_agg(${planRowJson(p)} ORDER BY p."firstFiscalYear" DESC, p.id)
         FROM "ProgramPlan" p WHERE p."programId" = g.id ${planScopeSql(actor, p)}), '[]'::json) AS plans
    FROM "Program" g WHERE g.id = ${program.id}`;
  return {
    ...program,
    partnerState: parts!.partnerState,
    partnerStates: parts!.partnerStates,
    ends: parts!.ends,
    approaches: parts!.approaches,
    keyAreas: parts!.keyAreas,
    means: parts!.means,
    frameworks: parts!.frameworks,
    plans: parts!.plans.map(planRowFromJson),
    canEdit: can(actor, "program:edit"),
    canPlan: can(actor, "plan:edit"),
    canAddActivity: can(actor, "activity:edit"),
  };
}

/** What the edit form loads: the values, and the version they are based on. */
export async function getProgramForEdit(actor: Actor, id: string) {
  assertCan(actor, "program:edit");
  if (!recordId.safeParse(id).success) throw new NotFoundError("program");
  const program = await loadProgramSnapshot(scopedDb(actor), id);
  if (!program) throw new NotFoundError("program");
  return { id, version: program.version, values: programEditorValues(program) };
}
