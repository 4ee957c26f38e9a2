// The scope fragments of lib/data/scope.ts as SQL, for the reports' SQL (sql-report.ts): a liaison
// officer's state (undefined for those who see all states) bound into the query itself. Keep each in
// step with its Prisma twin; tests/integration/reports.test.ts compares what an officer gets with the
// database.
import { Prisma } from "@/generated/prisma/client";
import { PLAN_SHARED_WITH } from "@/lib/db/join-tables";
import { PARTNER_PLAN_STATUSES } from "@/lib/domain/plan";

/** activityScope: activities in which the state takes part, in any role. `a` is the activity's alias. */
export function activityInScope(state: string | undefined, a: Prisma.Sql): Prisma.Sql {
  if (state === undefined) return Prisma.sql`TRUE`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "ActivityParticipant" sp WHERE sp."activityId" = ${a}.id AND sp."stateCode" = ${state})`;
}

/** planScope: plans shared with the state and not back in draft. `p` is the plan's alias. */
export function planInScope(state: string | undefined, p: Prisma.Sql): Prisma.Sql {
  if (state === undefined) return Prisma.sql`TRUE`;
  return Prisma.sql`(${p}."sharedAt" IS NOT NULL AND ${p}.status::text IN (${Prisma.join([...PARTNER_PLAN_STATUSES])})
    AND EXISTS (SELECT 1 FROM ${PLAN_SHARED_WITH.table} sw WHERE sw.${PLAN_SHARED_WITH.col.plan} = ${p}.id AND sw.${PLAN_SHARED_WITH.col.state} = ${state}))`;
}
