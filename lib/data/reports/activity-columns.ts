// The activities report as SQL: its columns (one definition for CSV, XLSX and PDF) and its FROM; its
// WHERE is the activity list's own (lib/data/activities/condition.ts).
// Pure: lib/data/reports/activities.ts runs it; the benchmark builds its reference COPY from it.
import { Prisma } from "@/generated/prisma/client";
import { ACTIVITY_KEY_AREAS, ACTIVITY_MEANS } from "@/lib/db/join-tables";
import type { EnumLabel } from "@/lib/data/reports/types";
import { enumCase, type ReportColumn } from "@/lib/data/reports/sql-columns";
import { neutralise } from "@/lib/exports/neutralise";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "@/lib/domain/activity";

export interface ActivityLabels {
  ja: boolean;
  enumLabel: EnumLabel;
  /** The word that marks an illustrative record. */
  yes: string;
}

// Column names chosen from two fixed spellings (never from input), by the reader's language.
export function activityColumns({ ja, enumLabel, yes }: ActivityLabels): ReportColumn[] {
  const name = Prisma.raw(ja ? `"nameJa"` : `"nameEn"`);
  const heading = Prisma.raw(ja ? `"titleJa"` : `"titleEn"`);
  return [
    { key: "id", text: "data", sql: Prisma.sql`a.id` },
    { key: "fiscalYear", text: "safe", sql: Prisma.sql`'FY' || a."fiscalYear"` },
    { key: "startDate", text: "safe", sql: Prisma.sql`to_char(a."startDate", 'YYYY-MM-DD')` },
    { key: "endDate", text: "safe", sql: Prisma.sql`to_char(a."endDate", 'YYYY-MM-DD')` },
    { key: "title", text: "data", sql: ja ? Prisma.sql`COALESCE(a."titleJa", a.title)` : Prisma.sql`a.title` },
    { key: "kind", text: "safe", sql: enumCase(Prisma.sql`a.kind`, "activityKind", ACTIVITY_KINDS, enumLabel) },
    { key: "status", text: "safe", sql: enumCase(Prisma.sql`a.status`, "activityStatus", ACTIVITY_STATUSES, enumLabel) },
    { key: "program", text: "data", sql: Prisma.sql`p.${name}` },
    { key: "host", text: "data", sql: Prisma.sql`h.${name}` },
    { key: "location", text: "data", sql: Prisma.sql`a.location` },
    {
      key: "keyAreas",
      text: "data",
      sql: Prisma.sql`(SELECT string_agg(k.${heading}, '; ' ORDER BY k."sortOrder") FROM ${ACTIVITY_KEY_AREAS.table} x
        JOIN "KeyArea" k ON k.code = x.${ACTIVITY_KEY_AREAS.col.keyArea} WHERE x.${ACTIVITY_KEY_AREAS.col.activity} = a.id)`,
    },
    {
      key: "means",
      text: "data",
      sql: Prisma.sql`(SELECT string_agg(m.${heading}, '; ' ORDER BY m."sortOrder") FROM ${ACTIVITY_MEANS.table} x
        JOIN "Means" m ON m.code = x.${ACTIVITY_MEANS.col.means} WHERE x.${ACTIVITY_MEANS.col.activity} = a.id)`,
    },
    {
      key: "participants",
      text: "data",
      sql: Prisma.sql`(SELECT string_agg(s.${name}, '; ' ORDER BY s.${name}) FROM "ActivityParticipant" ap
        JOIN "PartnerState" s ON s.code = ap."stateCode" WHERE ap."activityId" = a.id)`,
    },
    { key: "illustrative", text: "safe", sql: Prisma.sql`CASE WHEN a.illustrative THEN ${neutralise(yes)} END` },
  ];
}

export const ACTIVITY_TABLE = Prisma.sql`"Activity" a`;
export const ACTIVITY_JOINS = Prisma.sql`JOIN "Program" p ON p.id = a."programId" LEFT JOIN "PartnerState" h ON h.code = a."hostStateCode"`;
