import "server-only";
import { liaisonState, seesAllStates } from "@/lib/authz/policy";
import { activityCondition } from "@/lib/data/activities/condition";
import { ACTIVITY_JOINS, ACTIVITY_TABLE, activityColumns } from "@/lib/data/reports/activity-columns";
import { sqlReport } from "@/lib/data/reports/sql-report";
import type { ReportContext, ReportSource } from "@/lib/data/reports/types";
import { Prisma } from "@/generated/prisma/client";

// The activities report: one row per activity, defined once in activity-columns.ts (columns, FROM,
// scope and filters as SQL, the same as the activity list's activityWhere): a liaison officer's file
// holds exactly what their list shows. CSV by COPY, XLSX and PDF in batches (sql-report.ts).

export function activityReport({ actor, filters, ja, enumLabel, yes }: ReportContext): ReportSource {
  return sqlReport(actor, {
    columns: activityColumns({ ja, enumLabel, yes }),
    table: ACTIVITY_TABLE,
    joins: ACTIVITY_JOINS,
    where: activityCondition(seesAllStates(actor) ? undefined : liaisonState(actor), filters),
    scopeBoundBy: "the liaison officer's state in activityCondition",
    id: Prisma.sql`a.id`,
    order: [Prisma.sql`a.id`],
  });
}
