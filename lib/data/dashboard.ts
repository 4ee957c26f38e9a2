import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScope, needScope, planScope } from "@/lib/authz/scope";
import { upcomingAndRecentActivities } from "@/lib/data/activities";
import { needRow, planRow } from "@/lib/data/selects";
import { currentFiscalYear, todayInJapan } from "@/lib/fiscal-year";

/** The home page: the actor's scope at a glance (a liaison officer's is their state's). */
export async function getDashboard(actor: Actor, now = new Date()) {
  assertCan(actor, "activity:read");
  const fy = currentFiscalYear(now);
  const today = todayInJapan(now);
  const activities = activityScope(actor);
  const [{ upcoming, recent }, activitiesThisYear, activitiesTotal, plans, needs, planStatusCounts] = await Promise.all([
    upcomingAndRecentActivities(actor, today),
    db().activity.count({ where: { AND: [activities, { fiscalYear: fy }] } }),
    db().activity.count({ where: activities }),
    db().programPlan.findMany({
      where: { AND: [planScope(actor), { status: { not: "ARCHIVED" } }] },
      select: planRow,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: 8,
    }),
    db().partnerNeed.findMany({
      where: needScope(actor),
      select: needRow,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 8,
    }),
    db().programPlan.groupBy({ by: ["status"], where: planScope(actor), _count: { _all: true } }),
  ]);
  const openNeeds = await db().partnerNeed.count({ where: { AND: [needScope(actor), { status: { in: ["SUBMITTED", "ACKNOWLEDGED"] } }] } });
  return {
    fiscalYear: fy,
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
