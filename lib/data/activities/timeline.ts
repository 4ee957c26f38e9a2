// The activity timeline: programs as rows over a span of fiscal years, with their plans (and the
// plans' milestones) and activities as bars. Bounded whatever the data: activities are counted per
// program and column in SQL and only the first few of each column are loaded (the rest are "+n more"),
// plans are limited, and so are the rows. The activities follow the activity list's filters and scope
// (activityCondition); plans and milestones the plan scope.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { activityCondition } from "@/lib/data/activities/condition";
import { activityWhere } from "@/lib/data/activities/reads";
import { planInScope } from "@/lib/data/reports/sql-scope";
import { programScope } from "@/lib/data/scope";
import { programRef } from "@/lib/data/selects";
import { isoDate, timelineYears, type TimelineRange } from "@/lib/calendar";
import { currentFiscalYear } from "@/lib/fiscal-year";
import { ACTIVITIES_PER_COLUMN, timelineAxis, type TimelineAxis, type TimelineZoom } from "@/lib/timeline";
import type { ActivityFilters } from "@/lib/validation/activity-filters";

/** Rows shown at most; past it the page asks for narrower filters. */
export const TIMELINE_PROGRAMS = 60;
const PLAN_LIMIT = 500;

export interface TimelineActivity {
  id: string;
  title: string;
  titleJa: string | null;
  startDate: Date;
  endDate: Date;
  status: string;
}

export interface TimelineMilestone {
  id: string;
  title: string;
  dueDate: Date;
  status: string;
}

export interface TimelinePlan {
  id: string;
  title: string;
  firstFiscalYear: number;
  lastFiscalYear: number;
  status: string;
  milestones: TimelineMilestone[];
}

export interface TimelineProgram {
  program: Prisma.ProgramGetPayload<{ select: typeof programRef }>;
  /** Activities per column key ("2026", or "2026-04" by month); a missing key means none. */
  counts: Record<string, number>;
  /** The first ACTIVITIES_PER_COLUMN of each column, by start date. */
  activities: TimelineActivity[];
  plans: TimelinePlan[];
}

export interface ProgramTimeline {
  /** The fiscal years asked for (or picked by default); the axis may show fewer by month. */
  years: number[];
  axis: TimelineAxis;
  rows: TimelineProgram[];
  /** Activities on the axis, in every program in scope and the filters. */
  total: number;
  /** More programs than TIMELINE_PROGRAMS have something to show. */
  capped: boolean;
}

// Filters that only activities have: with any of them a program is shown for its activities alone.
const ACTIVITY_ONLY = ["state", "keyArea", "means", "status", "q"] as const;

export async function programTimeline(
  actor: Actor,
  filters: Omit<ActivityFilters, "page">,
  requested: TimelineRange,
  zoom: TimelineZoom,
  now: Date = new Date(),
): Promise<ProgramTimeline> {
  assertCan(actor, "activity:read");
  // The fiscal years with activities, for the default span.
  const span = await scopedDb(actor).activity.aggregate({
    where: activityWhere(actor, filters),
    _min: { fiscalYear: true },
    _max: { fiscalYear: true },
  });
  const present = [span._min.fiscalYear, span._max.fiscalYear].filter((fy) => fy !== null);
  // A fiscal-year filter leaves that year whatever from/to say.
  const years = timelineYears(present, filters.fy !== undefined ? {} : requested, currentFiscalYear(now));
  const axis = timelineAxis(years, zoom);
  const [first, last] = [axis.years[0]!, axis.years.at(-1)!];
  const state = seesAllStates(actor) ? undefined : liaisonState(actor);

  const [activityRows, planRows] = await Promise.all([
    columnActivities(actor, state, filters, first, last, zoom),
    ACTIVITY_ONLY.some((key) => filters[key] !== undefined) ? Promise.resolve([]) : plansOnAxis(actor, state, filters, axis),
  ]);
  const programIds = [...new Set([...activityRows.map((row) => row.programId), ...planRows.map((row) => row.programId)])];
  // The ids come from scoped rows already; programScope keeps the list honest on its own.
  const programs = programIds.length
    ? await scopedDb(actor).program.findMany({
        where: { AND: [programScope(actor), { id: { in: programIds } }] },
        select: programRef,
        orderBy: [{ kind: "desc" }, { nameEn: "asc" }, { id: "asc" }],
        take: TIMELINE_PROGRAMS + 1,
      })
    : [];
  const rows = programs.slice(0, TIMELINE_PROGRAMS).map((program): TimelineProgram => {
    const own = activityRows.filter((row) => row.programId === program.id);
    return {
      program,
      counts: Object.fromEntries(own.filter((row) => row.n === 1).map((row) => [row.column, row.total])),
      activities: own.map(({ id, title, titleJa, startDate, endDate, status }) => ({ id, title, titleJa, startDate, endDate, status })),
      plans: planRows
        .filter((row) => row.programId === program.id)
        .map((plan) => ({
          id: plan.id,
          title: plan.title,
          firstFiscalYear: plan.firstFiscalYear,
          lastFiscalYear: plan.lastFiscalYear,
          status: plan.status,
          milestones: plan.milestones.map((m) => ({ ...m, dueDate: new Date(`${m.dueDate}T00:00:00Z`) })),
        })),
    };
  });
  const total = activityRows.filter((row) => row.n === 1).reduce((sum, row) => sum + row.total, 0);
  return { years: axis.years, axis, rows, total, capped: programs.length > TIMELINE_PROGRAMS };
}

interface ColumnActivityRow extends TimelineActivity {
  programId: string;
  column: string;
  /** Its place in its program's column (1 = earliest), and how many the column holds. */
  n: number;
  total: number;
}

/**
 * Per program and column, its activities' count and the first ACTIVITIES_PER_COLUMN by start date: a
 * grouped count, then an index range read per group (Activity(programId, startDate)), so the rows
 * read do not grow with the number of activities.
 */
async function columnActivities(
  actor: Actor,
  state: string | undefined,
  filters: Omit<ActivityFilters, "page">,
  first: number,
  last: number,
  zoom: TimelineZoom,
): Promise<ColumnActivityRow[]> {
  const where = activityCondition(state, filters);
  const column = zoom === "year" ? Prisma.sql`a."fiscalYear"::text` : Prisma.sql`to_char(a."startDate", 'YYYY-MM')`;
  const from = zoom === "year" ? Prisma.sql`make_date(g.key::int, 4, 1)` : Prisma.sql`to_date(g.key, 'YYYY-MM')`;
  const to =
    zoom === "year" ? Prisma.sql`make_date(g.key::int + 1, 4, 1)` : Prisma.sql`(to_date(g.key, 'YYYY-MM') + interval '1 month')::date`;
  // scope: activityCondition binds a liaison officer's state, in the count and in each read.
  return sqlScopedDb(actor, "the liaison officer's state in activityCondition").$queryRaw<ColumnActivityRow[]>`
    SELECT g."programId", g.key AS column, g.total, x.n::int AS n,
      x.id, x.title, x."titleJa", x."startDate", x."endDate", x.status
    FROM (
      SELECT a."programId", ${column} AS key, count(*)::int AS total
      FROM "Activity" a WHERE ${where} AND a."fiscalYear" BETWEEN ${first} AND ${last}
      GROUP BY 1, 2
    ) g
    CROSS JOIN LATERAL (
      SELECT a.id, a.title, a."titleJa", a."startDate", a."endDate", a.status::text AS status,
        row_number() OVER (ORDER BY a."startDate", a.id) AS n
      FROM "Activity" a
      WHERE a."programId" = g."programId" AND a."startDate" >= ${from} AND a."startDate" < ${to} AND ${where}
      ORDER BY a."startDate", a.id
      LIMIT ${ACTIVITIES_PER_COLUMN[zoom]}
    ) x
    ORDER BY g."programId", x."startDate", x.id`;
}

interface PlanRow extends Omit<TimelinePlan, "milestones"> {
  programId: string;
  milestones: (Omit<TimelineMilestone, "dueDate"> & { dueDate: string })[];
}

/** Plans in the actor's plan scope running in the axis's fiscal years, with their milestones due on it. */
async function plansOnAxis(
  actor: Actor,
  state: string | undefined,
  filters: Omit<ActivityFilters, "page">,
  axis: TimelineAxis,
): Promise<PlanRow[]> {
  const p = Prisma.sql`p`;
  const program = filters.program !== undefined ? Prisma.sql`AND p."programId" = ${filters.program}` : Prisma.empty;
  // scope: planInScope binds a liaison officer's state (plans shared with it, not back in draft).
  return sqlScopedDb(actor, "the liaison officer's state in planInScope").$queryRaw<PlanRow[]>`
    SELECT p.id, p.title, p."programId", p."firstFiscalYear", p."lastFiscalYear", p.status::text AS status,
      COALESCE((SELECT json_agg(json_build_object('id', m.id, 'title', m.title, 'dueDate', m."dueDate", 'status', m.status)
          ORDER BY m."dueDate", m.id)
        FROM "PlanYear" y JOIN "Milestone" m ON m."planYearId" = y.id
        WHERE y."planId" = p.id AND m."dueDate" >= ${isoDate(axis.start)}::date AND m."dueDate" < ${isoDate(axis.end)}::date), '[]'::json) AS milestones
    FROM "ProgramPlan" p
    WHERE p."firstFiscalYear" <= ${axis.years.at(-1)!} AND p."lastFiscalYear" >= ${axis.years[0]!}
      AND ${planInScope(state, p)} ${program}
    ORDER BY p."programId", p."firstFiscalYear", p.revision, p.id
    LIMIT ${PLAN_LIMIT}`;
}
