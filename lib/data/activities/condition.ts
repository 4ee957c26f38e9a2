// The activities in a reader's scope and matching the list's filters, as SQL: the activity list's own
// statement (lib/data/activities/reads.ts) and the activities report (lib/data/reports/activities.ts)
// both read it, so that a liaison officer's file holds exactly what their list shows. The calendar
// reads the same rules as Prisma's activityWhere; tests/integration/activity-calendar.test.ts compares the two.
// Pure (no "server-only"): the benchmark builds its reference COPY beside it.
import { Prisma } from "@/generated/prisma/client";
import { ACTIVITY_KEY_AREAS, ACTIVITY_MEANS } from "@/lib/db/join-tables";
import { activityInScope } from "@/lib/data/reports/sql-scope";

export interface ActivityConditionFilters {
  fy?: number;
  fyFrom?: number;
  fyTo?: number;
  state?: string;
  program?: string;
  keyArea?: string;
  means?: string;
  status?: string;
  q?: string;
}

/**
 * The condition on `a` ("Activity"). `state` is a liaison officer's own state (undefined for those
 * who see all states); it is bound here, in the SQL.
 */
export function activityCondition(state: string | undefined, filters: ActivityConditionFilters): Prisma.Sql {
  const participant = (code: string) => activityInScope(code, Prisma.sql`a`);
  const and: Prisma.Sql[] = [];
  if (state !== undefined) and.push(activityInScope(state, Prisma.sql`a`));
  if (filters.fy !== undefined) and.push(Prisma.sql`a."fiscalYear" = ${filters.fy}`);
  if (filters.fyFrom !== undefined) and.push(Prisma.sql`a."fiscalYear" >= ${filters.fyFrom}`);
  if (filters.fyTo !== undefined) and.push(Prisma.sql`a."fiscalYear" <= ${filters.fyTo}`);
  if (filters.state !== undefined) and.push(participant(filters.state));
  if (filters.program !== undefined) and.push(Prisma.sql`a."programId" = ${filters.program}`);
  if (filters.keyArea !== undefined)
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ${ACTIVITY_KEY_AREAS.table} x WHERE x.${ACTIVITY_KEY_AREAS.col.activity} = a.id AND x.${ACTIVITY_KEY_AREAS.col.keyArea} = ${filters.keyArea})`,
    );
  if (filters.means !== undefined)
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ${ACTIVITY_MEANS.table} x WHERE x.${ACTIVITY_MEANS.col.activity} = a.id AND x.${ACTIVITY_MEANS.col.means} = ${filters.means})`,
    );
  if (filters.status !== undefined) and.push(Prisma.sql`a.status::text = ${filters.status}`);
  if (filters.q !== undefined) {
    // As Prisma's `contains` (insensitive): ILIKE with the user's %, _ and \ taken literally.
    const pattern = `%${filters.q.replace(/[\\%_]/g, "\\$&")}%`;
    and.push(Prisma.sql`(a.title ILIKE ${pattern} OR a."titleJa" ILIKE ${pattern} OR a.location ILIKE ${pattern})`);
  }
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}
