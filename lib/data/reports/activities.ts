import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Prisma } from "@/generated/prisma/client";
import { liaisonState, seesAllStates } from "@/lib/authz/policy";
import { copyCsv } from "@/lib/db/copy";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { ACTIVITY_FROM, activityColumns, activityCondition } from "@/lib/data/reports/activity-columns";
import { readAhead } from "@/lib/data/reports/read-ahead";
import { cellsOf, csvSelect, selectColumns } from "@/lib/data/reports/sql-columns";
import { BATCH_SIZE, type ReportContext, type ReportSource } from "@/lib/data/reports/types";

// The activities report: one row per activity, defined once in activity-columns.ts (columns, FROM,
// scope and filters as SQL). The CSV is PostgreSQL's own: COPY (the SELECT) TO STDOUT through
// lib/db/copy.ts. XLSX, PDF and the page's preview read the same columns in batches: the next ids by
// keyset, then their rows in one statement; the next batches are read while this one is written
// (read-ahead.ts), so PostgreSQL and Node work side by side.

/**
 * Batches read while the writer is busy with the current one (see read-ahead.ts). Two: their details
 * queries then run side by side on two connections, and PostgreSQL, which has the larger share of
 * the work, is never idle while Node writes. A download thus holds up to three of the pool's
 * connections (DB_POOL_SIZE), each for a few tens of milliseconds at a time.
 */
const READ_AHEAD = 2;
/** Rows handed over between two turns of the event loop. */
const TURN_EVERY = 500;

interface Ids {
  ids: string[];
  /** Whether the batch was full, so that more rows may follow. */
  full: boolean;
}

export function activityReport({ actor, filters, ja, enumLabel, yes }: ReportContext): ReportSource {
  const columns = activityColumns({ ja, enumLabel, yes });
  const where = activityCondition(seesAllStates(actor) ? undefined : liaisonState(actor), filters);
  const sql = sqlScopedDb(actor, "the liaison officer's state in activityCondition");

  // The ids of the next batch after `previous` (the first when undefined), in scope, by keyset.
  // Undefined once the last batch has been read, or after the first one for a preview.
  async function nextIds(previous: Ids | undefined, limit: number | undefined): Promise<Ids | undefined> {
    if (previous && (!previous.full || limit !== undefined)) return undefined;
    const take = limit ?? BATCH_SIZE;
    const after = previous ? Prisma.sql`AND a.id > ${previous.ids[previous.ids.length - 1]!}` : Prisma.empty;
    // scope: activityCondition binds the liaison officer's state.
    const batch = await sql.$queryRaw<{ id: string }[]>`SELECT a.id FROM "Activity" a WHERE ${where} ${after} ORDER BY a.id LIMIT ${take}`;
    return batch.length ? { ids: batch.map((row) => row.id), full: batch.length === take } : undefined;
  }

  const details = ({ ids }: Ids) =>
    // scope: the ids are those of a scoped batch (nextIds).
    sql.$queryRaw<Record<string, string | null>[]>(
      selectColumns(columns, Prisma.sql`${ACTIVITY_FROM} WHERE a.id = ANY(${ids}) ORDER BY a.id`),
    );

  return {
    columns: columns.map((column) => column.key),
    async count() {
      // scope: activityCondition binds the liaison officer's state.
      const [row] = await sql.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Activity" a WHERE ${where}`;
      return row?.n ?? 0;
    },
    // scope: activityCondition binds the liaison officer's state.
    csv: () =>
      copyCsv(
        actor,
        "the liaison officer's state in activityCondition",
        csvSelect(columns, Prisma.sql`${ACTIVITY_FROM} WHERE ${where} ORDER BY a.id`),
      ),
    async *rows(limit?: number) {
      const batches = readAhead((previous: Ids | undefined) => nextIds(previous, limit), details, limit === undefined ? READ_AHEAD : 0);
      for await (const rows of batches) {
        for (let i = 0; i < rows.length; i++) {
          // A batch is a long run of microtasks for the writer: give the event loop a turn now and
          // then, or the answers to the reads ahead would wait in the socket until the batch is done.
          if (i % TURN_EVERY === 0) await nextTurn();
          yield cellsOf(columns, rows[i]!);
        }
      }
    },
  };
}
