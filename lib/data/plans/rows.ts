import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { jsonDate, jsonDateOrNull } from "@/lib/db/json-rows";
import type { PlanRow } from "@/lib/data/selects";

// planRow (lib/data/selects.ts) as JSON inside one statement: Prisma reads that select as two
// queries (the plans, then their programs).

/** One plan `p` as the JSON of planRow; its dates are read back by planRowFromJson. */
export const planRowJson = (p: Prisma.Sql) => Prisma.sql`json_build_object(
    'id', ${p}.id, 'title', ${p}.title, 'firstFiscalYear', ${p}."firstFiscalYear", 'lastFiscalYear', ${p}."lastFiscalYear",
    'status', ${p}.status, 'revision', ${p}.revision, 'sharedAt', ${p}."sharedAt", 'illustrative', ${p}.illustrative,
    'updatedAt', ${p}."updatedAt",
    'program', (SELECT json_build_object('id', g.id, 'nameEn', g."nameEn", 'nameJa', g."nameJa", 'kind', g.kind, 'illustrative', g.illustrative)
                FROM "Program" g WHERE g.id = ${p}."programId"))`;

export type PlanRowJson = Omit<PlanRow, "sharedAt" | "updatedAt"> & { sharedAt: string | null; updatedAt: string };

export function planRowFromJson(row: PlanRowJson): PlanRow {
  return { ...row, sharedAt: jsonDateOrNull(row.sharedAt), updatedAt: jsonDate(row.updatedAt) };
}
