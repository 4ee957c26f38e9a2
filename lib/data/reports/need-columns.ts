// The partner needs report as SQL: one row per need, with the plans and activities that answer it (of
// those, only what the reader may see: plans shared with their state, activities their state takes
// part in, as on the need's page). The fiscal year of a need is that of its submission's calendar day
// (UTC). Pure: lib/data/reports/needs.ts runs it.
import { Prisma } from "@/generated/prisma/client";
import { NEED_ACTIVITIES, NEED_PLANS } from "@/lib/db/join-tables";
import type { EnumLabel } from "@/lib/data/reports/types";
import { enumCase, type ReportColumn } from "@/lib/data/reports/sql-columns";
import { activityInScope, planInScope } from "@/lib/data/reports/sql-scope";
import { neutralise } from "@/lib/exports/neutralise";
import { NEED_STATUSES, PRIORITIES } from "@/lib/domain/need";
import { fiscalYearEnd, fiscalYearStart } from "@/lib/fiscal-year";
import type { ReportFilters } from "@/lib/validation/report-filters";

export const NEED_TABLE = Prisma.sql`"PartnerNeed" n`;
export const NEED_JOINS = Prisma.sql`JOIN "PartnerState" s ON s.code = n."stateCode" JOIN "KeyArea" k ON k.code = n."keyAreaCode"`;

const DAY_MS = 86_400_000;

export function needColumns(state: string | undefined, labels: { ja: boolean; enumLabel: EnumLabel; yes: string }): ReportColumn[] {
  const { ja, enumLabel, yes } = labels;
  return [
    { key: "id", text: "data", sql: Prisma.sql`n.id` },
    { key: "state", text: "data", sql: ja ? Prisma.sql`s."nameJa"` : Prisma.sql`s."nameEn"` },
    { key: "title", text: "data", sql: Prisma.sql`n.title` },
    { key: "keyArea", text: "data", sql: ja ? Prisma.sql`k."titleJa"` : Prisma.sql`k."titleEn"` },
    { key: "priority", text: "safe", sql: enumCase(Prisma.sql`n.priority`, "priority", PRIORITIES, enumLabel) },
    { key: "status", text: "safe", sql: enumCase(Prisma.sql`n.status`, "needStatus", NEED_STATUSES, enumLabel) },
    { key: "submitted", text: "safe", sql: Prisma.sql`to_char(n."createdAt", 'YYYY-MM-DD')` },
    // 1 April starts a fiscal year: three months earlier is in the calendar year that names it.
    { key: "fiscalYear", text: "safe", sql: Prisma.sql`'FY' || extract(year FROM n."createdAt"::date - interval '3 months')::int` },
    { key: "declineReason", text: "data", sql: Prisma.sql`n."declineReason"` },
    {
      key: "plans",
      text: "data",
      sql: Prisma.sql`(SELECT string_agg(p.title, '; ' ORDER BY p.title) FROM ${NEED_PLANS.table} x JOIN "ProgramPlan" p ON p.id = x.${NEED_PLANS.col.plan}
        WHERE x.${NEED_PLANS.col.need} = n.id AND ${planInScope(state, Prisma.sql`p`)})`,
    },
    {
      key: "activities",
      text: "data",
      sql: Prisma.sql`(SELECT string_agg(${ja ? Prisma.sql`COALESCE(NULLIF(a."titleJa", ''), a.title)` : Prisma.sql`a.title`}, '; ' ORDER BY a."startDate", a.id)
        FROM ${NEED_ACTIVITIES.table} x JOIN "Activity" a ON a.id = x.${NEED_ACTIVITIES.col.activity}
        WHERE x.${NEED_ACTIVITIES.col.need} = n.id AND ${activityInScope(state, Prisma.sql`a`)})`,
    },
    { key: "illustrative", text: "safe", sql: Prisma.sql`CASE WHEN n.illustrative THEN ${neutralise(yes)} END` },
  ];
}

/** needWhere of the Prisma version: the state's own needs for a liaison officer, and the filters. */
export function needCondition(state: string | undefined, filters: ReportFilters): Prisma.Sql {
  const and: Prisma.Sql[] = [];
  if (state !== undefined) and.push(Prisma.sql`n."stateCode" = ${state}`);
  if (filters.fyFrom !== undefined) and.push(Prisma.sql`n."createdAt" >= ${fiscalYearStart(filters.fyFrom).toISOString()}::timestamp`);
  if (filters.fyTo !== undefined)
    and.push(Prisma.sql`n."createdAt" < ${new Date(fiscalYearEnd(filters.fyTo).getTime() + DAY_MS).toISOString()}::timestamp`);
  if (filters.state !== undefined) and.push(Prisma.sql`n."stateCode" = ${filters.state}`);
  if (filters.program !== undefined) {
    // Only answers the reader may see count: a filter must not reveal an unshared plan by a count.
    and.push(Prisma.sql`(EXISTS (SELECT 1 FROM ${NEED_PLANS.table} x JOIN "ProgramPlan" p ON p.id = x.${NEED_PLANS.col.plan}
        WHERE x.${NEED_PLANS.col.need} = n.id AND p."programId" = ${filters.program} AND ${planInScope(state, Prisma.sql`p`)})
      OR EXISTS (SELECT 1 FROM ${NEED_ACTIVITIES.table} x JOIN "Activity" a ON a.id = x.${NEED_ACTIVITIES.col.activity}
        WHERE x.${NEED_ACTIVITIES.col.need} = n.id AND a."programId" = ${filters.program} AND ${activityInScope(state, Prisma.sql`a`)}))`);
  }
  if (filters.keyArea !== undefined) and.push(Prisma.sql`n."keyAreaCode" = ${filters.keyArea}`);
  if (filters.status !== undefined) and.push(Prisma.sql`n.status::text = ${filters.status}`);
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}
