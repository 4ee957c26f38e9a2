import "server-only";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScope, needScope, planScope } from "@/lib/data/scope";
import { upcomingAndRecentActivities } from "@/lib/data/activities/reads";
import { codeTitle, needRow, planRow } from "@/lib/data/selects";
import { currentFiscalYear, todayInJapan } from "@/lib/fiscal-year";

/** The home page: the actor's scope at a glance (a liaison officer's is their state's). */
export async function getDashboard(actor: Actor, now = new Date()) {
  assertCan(actor, "activity:read");
  const fy = currentFiscalYear(now);
  const today = todayInJapan(now);
  const activities = activityScope(actor);
  const [{ upcoming, recent }, activitiesThisYear, activitiesTotal, plans, needs, planStatusCounts] = await Promise.all([
    upcomingAndRecentActivities(actor, today),
    scopedDb(actor).activity.count({ where: { AND: [activities, { fiscalYear: fy }] } }),
    scopedDb(actor).activity.count({ where: activities }),
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
  ]);
  const [openNeeds, counts] = await Promise.all([
    scopedDb(actor).partnerNeed.count({ where: { AND: [needScope(actor), { status: { in: ["SUBMITTED", "ACKNOWLEDGED"] } }] } }),
    activityCountsByYear(actor, [fy - 2, fy - 1, fy]),
  ]);
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
 * Activities in the actor's scope per key area and per means, for each of the given fiscal years:
 * one small query per year and dimension, whatever the number of activities.
 */
export async function activityCountsByYear(
  actor: Actor,
  years: number[],
): Promise<{ years: number[]; keyAreas: CountRow[]; means: CountRow[] }> {
  assertCan(actor, "activity:read");
  const scope = activityScope(actor);
  const countsFor = (fiscalYear: number) => ({ _count: { select: { activities: { where: { AND: [scope, { fiscalYear }] } } } } });
  const [keyAreas, means] = await Promise.all([
    Promise.all(
      years.map((fy) =>
        scopedDb(actor).keyArea.findMany({ select: { ...codeTitle, ...countsFor(fy) }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
      ),
    ),
    Promise.all(
      years.map((fy) =>
        scopedDb(actor).means.findMany({ select: { ...codeTitle, ...countsFor(fy) }, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] }),
      ),
    ),
  ]);
  const rows = (perYear: { code: string; titleEn: string; titleJa: string; _count: { activities: number } }[][]): CountRow[] =>
    (perYear[0] ?? []).map((first, i) => ({
      code: first.code,
      titleEn: first.titleEn,
      titleJa: first.titleJa,
      counts: perYear.map((year) => year[i]?._count.activities ?? 0),
    }));
  return { years, keyAreas: rows(keyAreas), means: rows(means) };
}
