import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { NEED_ACTIVITIES, NEED_PLANS } from "@/lib/db/join-tables";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScopeSql, needScopeSql, planScopeSql } from "@/lib/data/scope";
import { tallyCounts } from "@/lib/data/insights/tally";
import { upcomingAndRecentActivities } from "@/lib/data/activities/reads";
import { needRowFromJson, needRowJson, type NeedRowJson } from "@/lib/data/needs/rows";
import { planRowFromJson, planRowJson, type PlanRowJson } from "@/lib/data/plans/rows";
import type { PlanRow } from "@/lib/data/selects";
import { currentFiscalYear, todayInJapan } from "@/lib/fiscal-year";

/** The home page: the actor's scope at a glance (a liaison officer's is their state's). */
export async function getDashboard(actor: Actor, now = new Date()) {
  assertCan(actor, "activity:read");
  const fy = currentFiscalYear(now);
  const today = todayInJapan(now);
  const [{ upcoming, recent }, tally, plans, needs, figures] = await Promise.all([
    upcomingAndRecentActivities(actor, today),
    yearTally(actor, [fy - 2, fy - 1, fy]),
    recentPlans(actor),
    recentNeeds(actor),
    planAndNeedFigures(actor),
  ]);
  const { counts, perYear } = tally;
  const activitiesThisYear = perYear.get(fy) ?? 0;
  const activitiesTotal = [...perYear.values()].reduce((sum, n) => sum + n, 0);
  return {
    fiscalYear: fy,
    counts,
    openPlans: Object.entries(figures.planStatusCounts)
      .filter(([status]) => status !== "ARCHIVED")
      .reduce((sum, [, n]) => sum + n, 0),
    upcoming,
    recent,
    activitiesThisYear,
    activitiesTotal,
    plans,
    needs,
    openNeeds: figures.openNeeds,
    planStatusCounts: figures.planStatusCounts,
  };
}

// Each panel below is one statement (Prisma reads the same as two to five each): the home page is
// the most visited, and its statements are held to the same budget as every main page's.

/** The eight plans changed last, archived ones aside. */
async function recentPlans(actor: Actor): Promise<PlanRow[]> {
  const p = Prisma.raw("p");
  // scope: planScopeSql binds a liaison officer's shared plans.
  const rows = await sqlScopedDb(actor, "planScopeSql").$queryRaw<{ row: PlanRowJson }[]>`
    SELECT ${planRowJson(p)} AS row FROM "ProgramPlan" p
    WHERE p.status <> 'ARCHIVED' ${planScopeSql(actor, p)}
    ORDER BY p."updatedAt" DESC, p.id LIMIT 8`;
  return rows.map(({ row }) => planRowFromJson(row));
}

type Answer = { id: string; title: string };

/** The eight needs expressed last, each with (up to three of) the plans and activities that answer it, as far as the actor may see. */
async function recentNeeds(actor: Actor) {
  const [n, p, a] = [Prisma.raw("n"), Prisma.raw("p"), Prisma.raw("a")];
  // scope: needScopeSql, planScopeSql and activityScopeSql bind a liaison officer's state.
  const rows = await sqlScopedDb(actor, "needScopeSql, planScopeSql, activityScopeSql").$queryRaw<
    { row: NeedRowJson; plans: Answer[]; activities: (Answer & { titleJa: string | null })[] }[]
  >`
    SELECT ${needRowJson(n)} AS row,
      COALESCE((SELECT json_agg(json_build_object('id', x.id, 'title', x.title) ORDER BY x.id) FROM (
        SELECT p.id, p.title FROM ${NEED_PLANS.table} j JOIN "ProgramPlan" p ON p.id = j.${NEED_PLANS.col.plan}
        WHERE j.${NEED_PLANS.col.need} = n.id ${planScopeSql(actor, p)} ORDER BY p.id LIMIT 3) x), '[]'::json) AS plans,
      COALESCE((SELECT json_agg(json_build_object('id', x.id, 'title', x.title, 'titleJa', x."titleJa") ORDER BY x."startDate" DESC) FROM (
        SELECT a.id, a.title, a."titleJa", a."startDate" FROM ${NEED_ACTIVITIES.table} j JOIN "Activity" a ON a.id = j.${NEED_ACTIVITIES.col.activity}
        WHERE j.${NEED_ACTIVITIES.col.need} = n.id ${activityScopeSql(actor, a)} ORDER BY a."startDate" DESC LIMIT 3) x), '[]'::json) AS activities
    FROM "PartnerNeed" n
    WHERE true ${needScopeSql(actor, n)}
    ORDER BY n."createdAt" DESC, n.id LIMIT 8`;
  return rows.map(({ row, plans, activities }) => ({ ...needRowFromJson(row), plans, activities }));
}

/** Plans per status and the needs still open (submitted or acknowledged), in the actor's scope. */
async function planAndNeedFigures(actor: Actor): Promise<{ planStatusCounts: Record<string, number>; openNeeds: number }> {
  const [p, n] = [Prisma.raw("p"), Prisma.raw("n")];
  // scope: planScopeSql and needScopeSql bind a liaison officer's state.
  const [row] = await sqlScopedDb(actor, "planScopeSql, needScopeSql").$queryRaw<
    { plans: Record<string, number> | null; openNeeds: number }[]
  >`
    SELECT (SELECT json_object_agg(status, count) FROM (
              SELECT p.status, count(*)::int AS count FROM "ProgramPlan" p WHERE true ${planScopeSql(actor, p)} GROUP BY p.status) x) AS plans,
           (SELECT count(*)::int FROM "PartnerNeed" n
            WHERE n.status IN ('SUBMITTED', 'ACKNOWLEDGED') ${needScopeSql(actor, n)}) AS "openNeeds"`;
  return { planStatusCounts: row?.plans ?? {}, openNeeds: row?.openNeeds ?? 0 };
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
  const [rows, { keyAreas, means }] = await Promise.all([
    tallyCounts(actor, { dimensions: ["total", "keyArea", "means"], scope: "own", by: ["dimension", "code", "fiscalYear"] }),
    keyAreasAndMeans(actor),
  ]);
  const count = new Map(rows.map((row) => [`${row.dimension}:${row.code}:${row.fiscalYear}`, row.count]));
  const countRows = (dimension: string, references: { code: string; titleEn: string; titleJa: string }[]): CountRow[] =>
    references.map((reference) => ({ ...reference, counts: years.map((fy) => count.get(`${dimension}:${reference.code}:${fy}`) ?? 0) }));
  const perYear = new Map(rows.filter((row) => row.dimension === "total").map((row) => [row.fiscalYear!, row.count]));
  return { counts: { years, keyAreas: countRows("keyArea", keyAreas), means: countRows("means", means) }, perYear };
}

type CodeTitle = { code: string; titleEn: string; titleJa: string };

/** The key areas and the means, each in their order, in one statement (reference data: no scope). */
async function keyAreasAndMeans(actor: Actor): Promise<{ keyAreas: CodeTitle[]; means: CodeTitle[] }> {
  const list = (table: string) =>
    Prisma.sql`COALESCE((SELECT json_agg(json_build_object('code', r.code, 'titleEn', r."titleEn", 'titleJa', r."titleJa") ORDER BY r."sortOrder", r.code)
      FROM ${Prisma.raw(`"${table}"`)} r), '[]'::json)`;
  // scope: key areas and means are reference data every role reads whole.
  const [row] = await sqlScopedDb(actor, "reference data").$queryRaw<{ keyAreas: CodeTitle[]; means: CodeTitle[] }[]>`
    SELECT ${list("KeyArea")} AS "keyAreas", ${list("Means")} AS means`;
  return row ?? { keyAreas: [], means: [] };
}
