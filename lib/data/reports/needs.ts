import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { liaisonState, seesAllStates } from "@/lib/authz/policy";
import { NEED_JOINS, NEED_TABLE, needColumns, needCondition } from "@/lib/data/reports/need-columns";
import { sqlReport } from "@/lib/data/reports/sql-report";
import type { ReportContext, ReportSource } from "@/lib/data/reports/types";

// The partner needs report: one row per need, defined once in need-columns.ts. A liaison officer gets
// their own state's needs, and of the answers only those they may see themselves. CSV by COPY, XLSX
// and PDF in batches (sql-report.ts). Budget lines and JMOD's notes never appear.

export function needReport({ actor, filters, ja, enumLabel, yes }: ReportContext): ReportSource {
  const state = seesAllStates(actor) ? undefined : liaisonState(actor);
  return sqlReport(actor, {
    columns: needColumns(state, { ja, enumLabel, yes }),
    table: NEED_TABLE,
    joins: NEED_JOINS,
    where: needCondition(state, filters),
    scopeBoundBy: "the liaison officer's state in needCondition and in the answers' columns",
    id: Prisma.sql`n.id`,
    order: [Prisma.sql`n.id`],
  });
}
