import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScope, needScope, planScope } from "@/lib/data/scope";
import { tallyCounts } from "@/lib/data/insights/tally";
import { upcomingAndRecentActivities } from "@/lib/data/activities/reads";
import { codeTitle, needRow, planRow } from "@/lib/data/selects";
import { currentFiscalYear, todayInJapan } from "@/lib/fiscal-year";

/** The home page: the actor's scope at a glance (a liaison officer's is their state's). */
export async function getDashboard(actor: Actor, now = new Date()) {
  assertCan(actor, "activity:read");
  const fy = currentFiscalYear(now);
  const today = todayInJapan(now);
  const [{ upcoming, recent }, tally, plans, needs, planStatusCounts, openNeeds] = await Promise.all([
    upcomingAndRecentActivities(actor, today),
    yearTally(actor, [fy - 2, fy - 1, fy]),
    scopedDb(actor).programPlan.findMany({
      where: { AND: [planScope(actor), { status: { not: "ARCHIVED" } }] },
      select: planRow,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 8,
    }),
    scopedDb(actor).partnerNeed.findMany({
      where: needScope(actor),
      // What answers each need, as far as the actor may see it.
      select: {
        ...needRow,
        plans: { where: planScope(actor), select: { id: true, title: true }, orderBy: { id: "asc" }, take: 3 },
        activities: {
          where: activityScope(actor),
          select: { id: true, title: true, titleJa: true },
          orderBy: { startDate: "desc" },
          take: 3,
        },
      },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 8,
    }),
    scopedDb(actor).programPlan.groupBy({ by: ["status"], where: planScope(actor), _count: { _all: true } }),
    scopedDb(actor).partnerNeed.count({ where: { AND: [needScope(actor), { status: { in: ["SUBMITTED", "ACKNOWLEDGED"] } }] } }),
  ]);
  const { counts, perYear } = tally;
  const activitiesThisYear = perYear.get(fy) ?? 0;
  const activitiesTotal = [...perYear.values()].reduce((sum, n) => sum + n, 0);
  return {
    fiscalYear: fy,
    counts,
    openPlans: planStatusCounts.filter((row) => row.status !== "ARCHIVED").reduce((sum, row) => sum + row._count._all, 0),
    upcoming,
    recent,
    activitiesThisYear,
    activitiesTotal,
    plans,
    needs,
    openNeeds,
    planStatusCounts: Object.fromEntries(planStatusCounts.map((row) => [row.status, row._count._all])) as Record<string, number>,
  };
}

export type Dashboard = Awaited<ReturnType<typeof getDashboard>>;

export interface CountRow {
  code: string;
  titleEn: string;
  titleJa: string;
  /** Activities per fiscal year, in the order of `years`. */
  counts: number[];
}

/**
 * Activities in the actor's scope per key area and per means, for each of the given fiscal years, and
 * per fiscal year in all: one statement over the activity tally and the two lists of codes, whatever
 * the number of activities.
 */
async function yearTally(actor: Actor, years: number[]) {
  const [rows, keyAreas, means] = await Promise.all([
    tallyCounts(actor, { dimensions: ["total", "keyArea", "means"], scope: "own", by: ["dimension", "code", "fiscalYear"] }),
    scopedDb(actor).keyArea.findMany({ select: codeTitle, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
    scopedDb(actor).means.findMany({ select: codeTitle, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
  ]);
  const count = new Map(rows.map((row) => [`${row.dimension}:${row.code}:${row.fiscalYear}`, row.count]));
  const countRows = (dimension: string, references: { code: string; titleEn: string; titleJa: string }[]): CountRow[] =>
    references.map((reference) => ({ ...reference, counts: years.map((fy) => count.get(`${dimension}:${reference.code}:${fy}`) ?? 0) }));
  const perYear = new Map(rows.filter((row) => row.dimension === "total").map((row) => [row.fiscalYear!, row.count]));
  return { counts: { years, keyAreas: countRows("keyArea", keyAreas), means: countRows("means", means) }, perYear };
}

/** Activities in the actor's scope per key area and per means, for each of the given fiscal years. */
export async function activityCountsByYear(
  actor: Actor,
  years: number[],
): Promise<{ years: number[]; keyAreas: CountRow[]; means: CountRow[] }> {
  assertCan(actor, "activity:read");
  return (await yearTally(actor, years)).counts;
}
