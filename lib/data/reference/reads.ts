import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { codeTitleJson, stateRefJson, type CodeTitleJson, type StateRefJson } from "@/lib/data/json-refs";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { activityInScope } from "@/lib/data/reports/sql-scope";
import { programScope } from "@/lib/data/scope";
import { programRef } from "@/lib/data/selects";
import { currentFiscalYear, fiscalYearRange } from "@/lib/fiscal-year";

const codeTitles = (table: string) =>
  Prisma.sql`(SELECT json_agg(${codeTitleJson(Prisma.raw("r"))} ORDER BY r."sortOrder")
    FROM ${Prisma.raw(`"${table}"`)} r)`;

/**
 * The choices of the activity filters, within the actor's scope. Of the programs, only the one chosen
 * (`program`, if the actor may see it): the program selects fetch the rest when they are opened
 * (PROGRAM_OPTIONS_URL), as a page of a few hundred programs would otherwise carry them all.
 */
export async function getActivityFilterOptions(actor: Actor, program?: string) {
  assertCan(actor, "activity:read");
  const state = seesAllStates(actor) ? undefined : liaisonState(actor);
  // One statement for the lists and the span of fiscal years (each statement costs the server its own
  // round trip). The first and last fiscal year are two index look-ups (ORDER BY ... LIMIT 1): min()
  // and max() in one aggregate read every activity, a cost that grew with the data.
  const edge = (order: Prisma.Sql) =>
    Prisma.sql`(SELECT a."fiscalYear" FROM "Activity" a WHERE ${activityInScope(state, Prisma.raw("a"))} ORDER BY a."fiscalYear" ${order} LIMIT 1)`;
  const [[lists], programList] = await Promise.all([
    // scope: the reference lists are public to every role; the fiscal years bind the officer's state.
    sqlScopedDb(actor, "the liaison officer's state in activityInScope").$queryRaw<
      {
        states: StateRefJson[] | null;
        keyAreas: CodeTitleJson[] | null;
        means: CodeTitleJson[] | null;
        first: number | null;
        last: number | null;
      }[]
    >`SELECT
        (SELECT json_agg(${stateRefJson(Prisma.raw("s"))} ORDER BY s."sortOrder")
           FROM "PartnerState" s) AS states,
        ${codeTitles("KeyArea")} AS "keyAreas",
        ${codeTitles("Means")} AS means,
        ${edge(Prisma.sql`ASC`)} AS first,
        ${edge(Prisma.sql`DESC`)} AS last`,
    chosenProgram(actor, program),
  ]);
  const thisYear = currentFiscalYear();
  const fiscalYears = fiscalYearRange(lists?.first ?? thisYear, Math.max(lists?.last ?? thisYear, thisYear)).reverse();
  return { states: lists?.states ?? [], programs: programList, keyAreas: lists?.keyAreas ?? [], means: lists?.means ?? [], fiscalYears };
}

/** The chosen program, if the actor may see it: what a program select shows before it is opened. */
async function chosenProgram(actor: Actor, id: string | undefined) {
  if (id === undefined) return [];
  return scopedDb(actor).program.findMany({ where: { AND: [programScope(actor), { id }] }, select: programRef });
}

/** The programs in the actor's scope, as the program filters offer them (multilateral first, by name). */
export async function listProgramOptions(actor: Actor) {
  assertCan(actor, "activity:read");
  return scopedDb(actor).program.findMany({
    where: programScope(actor),
    select: programRef,
    orderBy: [{ kind: "desc" }, { nameEn: "asc" }],
  });
}

export type ActivityFilterOptions = Awaited<ReturnType<typeof getActivityFilterOptions>>;
