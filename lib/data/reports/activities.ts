import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import { ACTIVITY_KEY_AREAS, ACTIVITY_MEANS } from "@/lib/db/join-tables";
import { activityWhere } from "@/lib/data/activities/reads";
import { readAhead } from "@/lib/data/reports/read-ahead";
import { BATCH_SIZE, type ReportContext, type ReportSource } from "@/lib/data/reports/types";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import type { ActivityFilters } from "@/lib/validation/activity-filters";

// The activities report: one row per activity. The scope and filters are the activity list's own
// (activityWhere), so a liaison officer's file holds exactly what their list shows. Each batch is
// two queries: the next ids by keyset, then their names in one statement with aggregated key areas,
// means and participants (a nested Prisma select would cost a query per relation per batch). The
// next batches are read while this one is written (read-ahead.ts): PostgreSQL and Node work side by side.

const COLUMNS = [
  "id",
  "fiscalYear",
  "startDate",
  "endDate",
  "title",
  "kind",
  "status",
  "program",
  "host",
  "location",
  "keyAreas",
  "means",
  "participants",
  "illustrative",
] as const;

/**
 * Batches read while the writer is busy with the current one (see read-ahead.ts). Two: their details
 * queries then run side by side on two connections, and PostgreSQL, which has the larger share of
 * the work, is never idle while Node writes. A download thus holds up to three of the pool's
 * connections (DB_POOL_SIZE), each for a few tens of milliseconds at a time.
 */
const READ_AHEAD = 2;
/** Rows formatted between two turns of the event loop. */
const TURN_EVERY = 500;

interface Row {
  id: string;
  title: string;
  kind: string;
  status: string;
  /** ISO days (YYYY-MM-DD), as the file shows them: no Date objects to make and format per row. */
  startDate: string;
  endDate: string;
  fiscalYear: number;
  location: string;
  illustrative: boolean;
  program: string;
  host: string | null;
  keyAreas: string | null;
  means: string | null;
  participants: string | null;
}

interface Ids {
  ids: string[];
  /** Whether the batch was full, so that more rows may follow. */
  full: boolean;
}

// Column names chosen from two fixed spellings (never from input), by the reader's language.
function detailsQuery(ids: string[], ja: boolean) {
  const title = Prisma.raw(ja ? `COALESCE(a."titleJa", a.title)` : "a.title");
  const name = Prisma.raw(ja ? `"nameJa"` : `"nameEn"`);
  const heading = Prisma.raw(ja ? `"titleJa"` : `"titleEn"`);
  return Prisma.sql`
    SELECT a.id, ${title} AS title, a.kind::text AS kind, a.status::text AS status,
           to_char(a."startDate", 'YYYY-MM-DD') AS "startDate", to_char(a."endDate", 'YYYY-MM-DD') AS "endDate",
           a."fiscalYear", a.location, a.illustrative, p.${name} AS program, h.${name} AS host,
           (SELECT string_agg(k.${heading}, '; ' ORDER BY k."sortOrder") FROM ${ACTIVITY_KEY_AREAS.table} x
              JOIN "KeyArea" k ON k.code = x.${ACTIVITY_KEY_AREAS.col.keyArea} WHERE x.${ACTIVITY_KEY_AREAS.col.activity} = a.id) AS "keyAreas",
           (SELECT string_agg(m.${heading}, '; ' ORDER BY m."sortOrder") FROM ${ACTIVITY_MEANS.table} x
              JOIN "Means" m ON m.code = x.${ACTIVITY_MEANS.col.means} WHERE x.${ACTIVITY_MEANS.col.activity} = a.id) AS means,
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

  // The ids of the next batch after `previous` (the first when undefined), in scope, by keyset.
  // Undefined once the last batch has been read, or after the first one for a preview.
  async function nextIds(previous: Ids | undefined, limit: number | undefined): Promise<Ids | undefined> {
    if (previous && (!previous.full || limit !== undefined)) return undefined;
    const take = limit ?? BATCH_SIZE;
    const batch = await scopedDb(actor).activity.findMany({
      where: previous ? { AND: [where, { id: { gt: previous.ids[previous.ids.length - 1]! } }] } : where,
      orderBy: { id: "asc" },
      take,
      select: { id: true },
    });
    return batch.length ? { ids: batch.map((row) => row.id), full: batch.length === take } : undefined;
  }

  // scope: the ids are those of a scoped batch (nextIds).
  const details = ({ ids }: Ids) => sqlScopedDb(actor, "ids of a scoped batch").$queryRaw<Row[]>(detailsQuery(ids, ja));

  return {
    columns: COLUMNS,
    count: () => scopedDb(actor).activity.count({ where }),
    async *rows(limit?: number) {
      const batches = readAhead((previous: Ids | undefined) => nextIds(previous, limit), details, limit === undefined ? READ_AHEAD : 0);
      for await (const rows of batches) {
        for (let i = 0; i < rows.length; i++) {
          // Formatting a batch is a long run of microtasks: give the event loop a turn now and then,
          // or the answers to the reads ahead would wait in the socket until the batch is done.
          if (i % TURN_EVERY === 0) await nextTurn();
          const row = rows[i]!;
          yield [
            row.id,
            fiscalYearLabel(row.fiscalYear),
            row.startDate,
            row.endDate,
            row.title,
            enumLabel(`activityKind.${row.kind}`),
            enumLabel(`activityStatus.${row.status}`),
            row.program,
            row.host ?? "",
            row.location,
            row.keyAreas ?? "",
            row.means ?? "",
            row.participants ?? "",
            row.illustrative ? yes : "",
          ];
        }
      }
    },
  };
}
