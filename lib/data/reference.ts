import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScope, programScope } from "@/lib/authz/scope";
import { codeTitle, programRef, stateRef } from "@/lib/data/selects";
import { currentFiscalYear, fiscalYearRange } from "@/lib/fiscal-year";

/** The choices of the activity filters, within the actor's scope. */
export async function getActivityFilterOptions(actor: Actor) {
  assertCan(actor, "activity:read");
  const [states, programs, keyAreas, means, span] = await Promise.all([
    scopedDb(actor).partnerState.findMany({ select: stateRef, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).program.findMany({ where: programScope(actor), select: programRef, orderBy: [{ kind: "desc" }, { nameEn: "asc" }] }),
    scopedDb(actor).keyArea.findMany({ select: codeTitle, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).means.findMany({ select: codeTitle, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).activity.aggregate({ where: activityScope(actor), _min: { fiscalYear: true }, _max: { fiscalYear: true } }),
  ]);
  const thisYear = currentFiscalYear();
  const fiscalYears = fiscalYearRange(span._min.fiscalYear ?? thisYear, Math.max(span._max.fiscalYear ?? thisYear, thisYear)).reverse();
  return { states, programs, keyAreas, means, fiscalYears };
}

export type ActivityFilterOptions = Awaited<ReturnType<typeof getActivityFilterOptions>>;
