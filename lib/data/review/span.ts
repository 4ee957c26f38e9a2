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
 * The targets of indicator `i` in the span and its actuals from the year before (a year under way is
 * judged from last year's actual) as JSON lists, for lib/domain/indicators.ts to judge.
 */
export function indicatorValuesSql(span: ReviewSpan): Prisma.Sql {
  return Prisma.sql`
    coalesce((SELECT json_agg(json_build_object('fiscalYear', t."fiscalYear", 'value', t.value) ORDER BY t."fiscalYear") FROM "IndicatorTarget" t
      WHERE t."indicatorId" = i.id AND t."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo}), '[]') AS targets,
    coalesce((SELECT json_agg(json_build_object('fiscalYear', x."fiscalYear", 'value', x.value)) FROM "IndicatorActual" x
      WHERE x."indicatorId" = i.id AND x."fiscalYear" BETWEEN ${span.fyFrom - 1} AND ${span.fyTo}), '[]') AS actuals`;
}

/** The indicators (`i`) of the plans (`pl`, program `pr`) in force over the span. */
export function indicatorsInForceSql(span: ReviewSpan): Prisma.Sql {
  return Prisma.sql`
    FROM "PlanIndicator" i
    JOIN "ProgramPlan" pl ON pl.id = i."planId"
    JOIN "Program" pr ON pr.id = pl."programId"
    WHERE pl."firstFiscalYear" <= ${span.fyTo} AND pl."lastFiscalYear" >= ${span.fyFrom} AND ${plansInForceSql(Prisma.sql`pl`)}`;
}
