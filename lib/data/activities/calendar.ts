// The activity calendar and timeline: the activity list's filters and scope (activityWhere), seen by
// date range and by program x fiscal year instead of page by page.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { programScope } from "@/lib/data/scope";
import { activityWhere } from "@/lib/data/activities/reads";
import { programRef } from "@/lib/data/selects";
import { timelineYears, type TimelineRange } from "@/lib/calendar";
import { currentFiscalYear } from "@/lib/fiscal-year";
import type { ActivityFilters } from "@/lib/validation/activity-filters";

/** More than a month's worth of activities by far; past it the page says the list is cut. */
export const CALENDAR_LIMIT = 500;

const calendarRow = {
  id: true,
  title: true,
  titleJa: true,
  startDate: true,
  endDate: true,
  status: true,
  program: { select: programRef },
} satisfies Prisma.ActivitySelect;

export type CalendarRow = Prisma.ActivityGetPayload<{ select: typeof calendarRow }>;

/** Activities within the filters whose [startDate, endDate] overlaps [from, to] (calendar dates, inclusive). */
export async function listActivitiesInRange(
  actor: Actor,
  filters: Omit<ActivityFilters, "page">,
  from: Date,
  to: Date,
): Promise<{ rows: CalendarRow[]; capped: boolean }> {
  assertCan(actor, "activity:read");
  const rows = await scopedDb(actor).activity.findMany({
    where: { AND: [activityWhere(actor, filters), { startDate: { lte: to } }, { endDate: { gte: from } }] },
    select: calendarRow,
    orderBy: [{ startDate: "asc" }, { id: "asc" }],
    // One more than shown tells whether there were more.
    take: CALENDAR_LIMIT + 1,
  });
  return { rows: rows.slice(0, CALENDAR_LIMIT), capped: rows.length > CALENDAR_LIMIT };
}

export interface TimelineProgram {
  program: Prisma.ProgramGetPayload<{ select: typeof programRef }>;
  /** Activities by fiscal year, for the years shown; a missing year means none. */
  counts: Record<number, number>;
}

/**
 * Activity counts per program and fiscal year (the stored fiscalYear, as the list's `fy` filter
 * reads it), for the years `timelineYears` picks. Only programs with activities in the actor's
 * scope, the filters and those years are returned.
 */
export async function activityTimeline(
  actor: Actor,
  filters: Omit<ActivityFilters, "page">,
  requested: TimelineRange,
  now: Date = new Date(),
) {
  assertCan(actor, "activity:read");
  // One grouped query over every year gives both the span for the default columns and the counts.
  const groups = await scopedDb(actor).activity.groupBy({
    by: ["programId", "fiscalYear"],
    where: activityWhere(actor, filters),
    _count: { _all: true },
  });
  // A fiscal-year filter leaves one column whatever from/to say.
  const years = timelineYears(
    [...new Set(groups.map((group) => group.fiscalYear))],
    filters.fy !== undefined ? {} : requested,
    currentFiscalYear(now),
  );
  const shown = groups.filter((group) => years.includes(group.fiscalYear));
  const programIds = [...new Set(shown.map((group) => group.programId))];
  // The ids come from scoped activities already; programScope keeps the list honest on its own.
  const programs = programIds.length
    ? await scopedDb(actor).program.findMany({
        where: { AND: [programScope(actor), { id: { in: programIds } }] },
        select: programRef,
        orderBy: [{ kind: "desc" }, { nameEn: "asc" }, { id: "asc" }],
      })
    : [];
  const rows: TimelineProgram[] = programs.map((program) => ({
    program,
    counts: Object.fromEntries(
      shown.filter((group) => group.programId === program.id).map((group) => [group.fiscalYear, group._count._all]),
    ),
  }));
  const max = Math.max(0, ...shown.map((group) => group._count._all));
  const total = shown.reduce((sum, group) => sum + group._count._all, 0);
  return { years, rows, max, total };
}

export type ActivityTimeline = Awaited<ReturnType<typeof activityTimeline>>;
