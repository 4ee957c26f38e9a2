import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { liaisonState, seesAllStates } from "@/lib/authz/policy";
import { PLAN_JOINS, PLAN_TABLE, planColumns, planCondition } from "@/lib/data/reports/plan-columns";
import { sqlReport } from "@/lib/data/reports/sql-report";
import type { ReportContext, ReportSource } from "@/lib/data/reports/types";

// The plans report: one row per plan and fiscal year, defined once in plan-columns.ts. A liaison
// officer gets the plans shared with their state (planScope), as on their plan list. CSV by COPY,
// XLSX and PDF in batches (sql-report.ts).

export function planReport({ actor, filters, ja, enumLabel, yes }: ReportContext): ReportSource {
  return sqlReport(actor, {
    columns: planColumns({ ja, enumLabel, yes }),
    table: PLAN_TABLE,
    joins: PLAN_JOINS,
    where: planCondition(seesAllStates(actor) ? undefined : liaisonState(actor), filters),
    scopeBoundBy: "the liaison officer's state in planCondition",
    id: Prisma.sql`y.id`,
    order: [Prisma.sql`y."planId"`, Prisma.sql`y."fiscalYear"`],
  });
}
