// SQL pieces the review's statements share.
import { Prisma } from "@/generated/prisma/client";

/** A span of fiscal years, both ends included. */
export interface ReviewSpan {
  fyFrom: number;
  fyTo: number;
}

/**
 * Plan `p` is in force: approved, or archived at its end, and not replaced by a newer approved (or since
 * archived) version, so that a plan and its revision never count twice.
 */
export function plansInForceSql(p: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(${p}.status IN ('APPROVED', 'ARCHIVED') AND NOT EXISTS (
    SELECT 1 FROM "ProgramPlan" nx WHERE nx."supersedesId" = ${p}.id AND nx.status IN ('APPROVED', 'ARCHIVED')))`;
}

/**
 * The indicators of the plans in force over the span (`i`, of plan `pl` and program `pr`, narrowed by
 * `where`), each with `columns`, its direction and baseline, its targets in the span and its actuals
 * from the year before (a year under way is judged from last year's actual) as JSON lists, for
 * lib/domain/indicators.ts to judge. The targets and actuals are grouped once for all the indicators
 * (hash joins), not looked up indicator by indicator: a thousand indicators cost about 10 ms, not 40.
 */
export function indicatorsInForceSql(span: ReviewSpan, columns: Prisma.Sql, where: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    WITH i AS (
      SELECT i.id, i.direction, i."baselineValue", ${columns}
      FROM "PlanIndicator" i
      JOIN "ProgramPlan" pl ON pl.id = i."planId"
      JOIN "Program" pr ON pr.id = pl."programId"
      WHERE pl."firstFiscalYear" <= ${span.fyTo} AND pl."lastFiscalYear" >= ${span.fyFrom} AND ${plansInForceSql(Prisma.sql`pl`)} ${where}
    ), targets AS (
      SELECT t."indicatorId" AS id,
        json_agg(json_build_object('fiscalYear', t."fiscalYear", 'value', t.value) ORDER BY t."fiscalYear") AS list
      FROM "IndicatorTarget" t JOIN i ON i.id = t."indicatorId"
      WHERE t."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo}
      GROUP BY t."indicatorId"
    ), actuals AS (
      SELECT x."indicatorId" AS id, json_agg(json_build_object('fiscalYear', x."fiscalYear", 'value', x.value)) AS list
      FROM "IndicatorActual" x JOIN i ON i.id = x."indicatorId"
      WHERE x."fiscalYear" BETWEEN ${span.fyFrom - 1} AND ${span.fyTo}
      GROUP BY x."indicatorId"
    )
    SELECT i.*, coalesce(targets.list, '[]') AS targets, coalesce(actuals.list, '[]') AS actuals
    FROM i LEFT JOIN targets ON targets.id = i.id LEFT JOIN actuals ON actuals.id = i.id`;
}
