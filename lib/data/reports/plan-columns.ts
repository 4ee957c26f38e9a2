// The plans report as SQL: one row per plan and fiscal year, with that year's objectives and
// milestones. Budget lines stay out: they are JMOD-internal and a report travels further than the
// portal. A liaison officer gets the plans shared with their state (planScope), as on their plan list.
// Pure: lib/data/reports/plans.ts runs it.
import { Prisma } from "@/generated/prisma/client";
import { KEY_AREA_PROGRAMS, MEANS_PROGRAMS, PLAN_SHARED_WITH, PROGRAM_PARTNER_STATES } from "@/lib/db/join-tables";
import type { EnumLabel } from "@/lib/data/reports/types";
import { enumCase, type ReportColumn } from "@/lib/data/reports/sql-columns";
import { planInScope } from "@/lib/data/reports/sql-scope";
import { neutralise } from "@/lib/exports/neutralise";
import { MILESTONE_STATUSES, PLAN_STATUSES } from "@/lib/domain/plan";
import type { ReportFilters } from "@/lib/validation/report-filters";

/** The rows' table: a plan's years, with the plan (the scope and filters are the plan's). */
export const PLAN_TABLE = Prisma.sql`"PlanYear" y JOIN "ProgramPlan" p ON p.id = y."planId"`;
export const PLAN_JOINS = Prisma.sql`JOIN "Program" pr ON pr.id = p."programId"`;

export function planColumns({ ja, enumLabel, yes }: { ja: boolean; enumLabel: EnumLabel; yes: string }): ReportColumn[] {
  const name = Prisma.raw(ja ? `"nameJa"` : `"nameEn"`);
  const milestoneStatus = enumCase(Prisma.sql`m.status`, "milestoneStatus", MILESTONE_STATUSES, enumLabel, { inCell: true });
  return [
    { key: "plan", text: "data", sql: Prisma.sql`p.title` },
    { key: "program", text: "data", sql: Prisma.sql`pr.${name}` },
    { key: "planStatus", text: "safe", sql: enumCase(Prisma.sql`p.status`, "planStatus", PLAN_STATUSES, enumLabel) },
    { key: "revision", text: "number", sql: Prisma.sql`p.revision` },
    { key: "span", text: "safe", sql: Prisma.sql`'FY' || p."firstFiscalYear" || '–FY' || p."lastFiscalYear"` },
    { key: "fiscalYear", text: "safe", sql: Prisma.sql`'FY' || y."fiscalYear"` },
    {
      key: "objectives",
      text: "data",
      sql: Prisma.sql`(SELECT string_agg(o.text, '; ' ORDER BY o.position) FROM "PlanObjective" o WHERE o."planYearId" = y.id)`,
    },
    {
      key: "milestones",
      text: "data",
      sql: Prisma.sql`(SELECT string_agg(m.title || ' (' || to_char(m."dueDate", 'YYYY-MM-DD') || ', ' || ${milestoneStatus} || ')', '; '
        ORDER BY m."dueDate", m.id) FROM "Milestone" m WHERE m."planYearId" = y.id)`,
    },
    {
      key: "sharedWith",
      text: "data",
      sql: Prisma.sql`(SELECT string_agg(s.${name}, '; ' ORDER BY s.code) FROM ${PLAN_SHARED_WITH.table} w
        JOIN "PartnerState" s ON s.code = w.${PLAN_SHARED_WITH.col.state} WHERE w.${PLAN_SHARED_WITH.col.plan} = p.id)`,
    },
    { key: "illustrative", text: "safe", sql: Prisma.sql`CASE WHEN p.illustrative THEN ${neutralise(yes)} END` },
  ];
}

/** planWhere and yearWhere of the Prisma version: the plan in scope and matching, its years in the span. */
export function planCondition(state: string | undefined, filters: ReportFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [planInScope(state, Prisma.sql`p`)];
  if (filters.fyFrom !== undefined) and.push(Prisma.sql`p."lastFiscalYear" >= ${filters.fyFrom} AND y."fiscalYear" >= ${filters.fyFrom}`);
  if (filters.fyTo !== undefined) and.push(Prisma.sql`p."firstFiscalYear" <= ${filters.fyTo} AND y."fiscalYear" <= ${filters.fyTo}`);
  if (filters.state !== undefined)
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ${PROGRAM_PARTNER_STATES.table} x WHERE x.${PROGRAM_PARTNER_STATES.col.program} = p."programId" AND x.${PROGRAM_PARTNER_STATES.col.state} = ${filters.state})`,
    );
  if (filters.program !== undefined) and.push(Prisma.sql`p."programId" = ${filters.program}`);
  if (filters.keyArea !== undefined)
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ${KEY_AREA_PROGRAMS.table} x WHERE x.${KEY_AREA_PROGRAMS.col.program} = p."programId" AND x.${KEY_AREA_PROGRAMS.col.keyArea} = ${filters.keyArea})`,
    );
  if (filters.means !== undefined)
    and.push(
      Prisma.sql`EXISTS (SELECT 1 FROM ${MEANS_PROGRAMS.table} x WHERE x.${MEANS_PROGRAMS.col.program} = p."programId" AND x.${MEANS_PROGRAMS.col.means} = ${filters.means})`,
    );
  if (filters.status !== undefined) and.push(Prisma.sql`p.status::text = ${filters.status}`);
  return Prisma.join(and, " AND ");
}
