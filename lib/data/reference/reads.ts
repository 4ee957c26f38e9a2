import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScope, programScope } from "@/lib/data/scope";
import { codeTitle, programRef, stateRef } from "@/lib/data/selects";
import { currentFiscalYear, fiscalYearRange } from "@/lib/fiscal-year";

/** The choices of the activity filters, within the actor's scope. */
export async function getActivityFilterOptions(actor: Actor) {
  assertCan(actor, "activity:read");
  // The first and last fiscal year as two index look-ups (ORDER BY ... LIMIT 1): min() and max() in
  // one aggregate read every activity, a cost that grew with the data on every list request.
  const edge = (order: "asc" | "desc") =>
    scopedDb(actor).activity.findFirst({ where: activityScope(actor), select: { fiscalYear: true }, orderBy: { fiscalYear: order } });
  const [states, programs, keyAreas, means, first, last] = await Promise.all([
    scopedDb(actor).partnerState.findMany({ select: stateRef, orderBy: { sortOrder: "asc" } }),
    listProgramOptions(actor),
    scopedDb(actor).keyArea.findMany({ select: codeTitle, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).means.findMany({ select: codeTitle, orderBy: { sortOrder: "asc" } }),
    edge("asc"),
    edge("desc"),
  ]);
  const thisYear = currentFiscalYear();
  const fiscalYears = fiscalYearRange(first?.fiscalYear ?? thisYear, Math.max(last?.fiscalYear ?? thisYear, thisYear)).reverse();
  return { states, programs, keyAreas, means, fiscalYears };
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
