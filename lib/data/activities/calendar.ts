// The activity calendar: the activity list's filters and scope (activityWhere), seen by date range
// instead of page by page. The timeline is timeline.ts.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityWhere } from "@/lib/data/activities/reads";
import { programRef } from "@/lib/data/selects";
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
