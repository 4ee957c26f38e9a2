// The plans in a reader's scope and matching the plan list's filters, as SQL (the list's count and
// rows are one statement: lib/data/plans/reads.ts listPlans).
import { Prisma } from "@/generated/prisma/client";
import { PLAN_SHARED_WITH, PROGRAM_PARTNER_STATES } from "@/lib/db/join-tables";
import { planInScope } from "@/lib/data/reports/sql-scope";

export interface PlanConditionFilters {
  program?: string;
  state?: string;
  status?: string;
  fy?: number;
  author?: string;
}

/**
 * The condition on `p` ("ProgramPlan"). `state` is a liaison officer's own state (undefined for those
 * who see all states); it is bound here, in the SQL, whatever the filters say.
 */
export function planCondition(state: string | undefined, filters: PlanConditionFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (state !== undefined) and.push(planInScope(state, Prisma.sql`p`));
  if (filters.program !== undefined) and.push(Prisma.sql`p."programId" = ${filters.program}`);
  if (filters.state !== undefined)
    // A partner state of the plan: one it is shared with, or its program's partner (bilateral) or partners (multilateral).
    and.push(Prisma.sql`(EXISTS (SELECT 1 FROM ${PLAN_SHARED_WITH.table} fs
        WHERE fs.${PLAN_SHARED_WITH.col.plan} = p.id AND fs.${PLAN_SHARED_WITH.col.state} = ${filters.state})
      OR EXISTS (SELECT 1 FROM "Program" fg WHERE fg.id = p."programId" AND (fg."partnerStateCode" = ${filters.state}
        OR EXISTS (SELECT 1 FROM ${PROGRAM_PARTNER_STATES.table} fp
          WHERE fp.${PROGRAM_PARTNER_STATES.col.program} = fg.id AND fp.${PROGRAM_PARTNER_STATES.col.state} = ${filters.state}))))`);
  if (filters.status !== undefined) and.push(Prisma.sql`p.status::text = ${filters.status}`);
  if (filters.fy !== undefined) and.push(Prisma.sql`p."firstFiscalYear" <= ${filters.fy} AND p."lastFiscalYear" >= ${filters.fy}`);
  if (filters.author !== undefined) and.push(Prisma.sql`p."authorId" = ${filters.author}`);
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}
