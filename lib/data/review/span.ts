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
