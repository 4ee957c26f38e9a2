import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/scope-guard";
import { activityWhere } from "@/lib/data/activities";
import { BATCH_SIZE, isoDay, type ReportContext, type ReportSource } from "@/lib/data/reports/types";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import type { ActivityFilters } from "@/lib/validation/activity-filters";

// The activities report: one row per activity. The scope and filters are the activity list's own
// (activityWhere), so a liaison officer's file holds exactly what their list shows. Each batch is
// two queries: the next ids by keyset, then their names in one statement with aggregated key areas,
// means and participants (a nested Prisma select would cost a query per relation per batch).

const COLUMNS = [
  "id", "fiscalYear", "startDate", "endDate", "title", "kind", "status", "program", "host", "location",
  "keyAreas", "means", "participants", "illustrative",
] as const;

interface Row {
  id: string;
  title: string;
  kind: string;
  status: string;
  startDate: Date;
  endDate: Date;
  fiscalYear: number;
  location: string;
  illustrative: boolean;
  program: string;
  host: string | null;
  keyAreas: string | null;
  means: string | null;
  participants: string | null;
}

// Column names chosen from two fixed spellings (never from input), by the reader's language.
function detailsQuery(ids: string[], ja: boolean) {
  const title = Prisma.raw(ja ? `COALESCE(a."titleJa", a.title)` : "a.title");
  const name = Prisma.raw(ja ? `"nameJa"` : `"nameEn"`);
  const heading = Prisma.raw(ja ? `"titleJa"` : `"titleEn"`);
  return Prisma.sql`
    SELECT a.id, ${title} AS title, a.kind::text AS kind, a.status::text AS status, a."startDate", a."endDate",
           a."fiscalYear", a.location, a.illustrative, p.${name} AS program, h.${name} AS host,
           (SELECT string_agg(k.${heading}, '; ' ORDER BY k."sortOrder") FROM "_ActivityToKeyArea" x
              JOIN "KeyArea" k ON k.code = x."B" WHERE x."A" = a.id) AS "keyAreas",
           (SELECT string_agg(m.${heading}, '; ' ORDER BY m."sortOrder") FROM "_ActivityToMeans" x
              JOIN "Means" m ON m.code = x."B" WHERE x."A" = a.id) AS means,
           (SELECT string_agg(s.${name}, '; ' ORDER BY s.${name}) FROM "ActivityParticipant" ap
              JOIN "PartnerState" s ON s.code = ap."stateCode" WHERE ap."activityId" = a.id) AS participants
    FROM "Activity" a
    JOIN "Program" p ON p.id = a."programId"
    LEFT JOIN "PartnerState" h ON h.code = a."hostStateCode"
    WHERE a.id = ANY(${ids})
    ORDER BY a.id`;
}

export function activityReport({ actor, filters, ja, enumLabel, yes }: ReportContext): ReportSource {
  const where = activityWhere(actor, { ...filters, status: filters.status as ActivityFilters["status"] });
  return {
    columns: COLUMNS,
    count: () => scopedDb(actor).activity.count({ where }),
    async *rows(limit?: number) {
      let cursor: string | undefined;
      for (;;) {
        const batch = await scopedDb(actor).activity.findMany({
          where: cursor ? { AND: [where, { id: { gt: cursor } }] } : where,
          orderBy: { id: "asc" },
          take: limit ?? BATCH_SIZE,
          select: { id: true },
        });
        if (!batch.length) return;
        // scope: the ids are those of the scoped batch above.
        const details = await db().$queryRaw<Row[]>(detailsQuery(batch.map((row) => row.id), ja));
        for (const row of details) {
          yield [
            row.id, fiscalYearLabel(row.fiscalYear), isoDay(row.startDate), isoDay(row.endDate), row.title,
            enumLabel(`activityKind.${row.kind}`), enumLabel(`activityStatus.${row.status}`), row.program, row.host ?? "",
            row.location, row.keyAreas ?? "", row.means ?? "", row.participants ?? "", row.illustrative ? yes : "",
          ];
        }
        if (limit !== undefined || batch.length < BATCH_SIZE) return;
        cursor = batch[batch.length - 1]!.id;
      }
    },
  };
}
