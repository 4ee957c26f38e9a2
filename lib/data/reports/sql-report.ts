import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { copyCsv } from "@/lib/db/copy";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { readAhead } from "@/lib/data/reports/read-ahead";
import { cellsOf, csvSelect, selectColumns, type ReportColumn } from "@/lib/data/reports/sql-columns";
import { BATCH_SIZE, type ReportSource } from "@/lib/data/reports/types";

// A report whose rows are one SQL query, defined once (columns, FROM, WHERE with the actor's scope,
// the columns that order the rows): its CSV is PostgreSQL's own, COPY (the SELECT) TO STDOUT
// through lib/db/copy.ts; XLSX, PDF and the page's preview read the same columns in batches: the next
// keys by keyset, then their rows in one statement, the next batches read while this one is written
// (read-ahead.ts), so that PostgreSQL and Node work side by side.

export interface SqlReport {
  columns: ReportColumn[];
  /** The report's table and its alias, e.g. "Activity" a. */
  table: Prisma.Sql;
  /** Joins the columns need (none that changes the row count). */
  joins: Prisma.Sql;
  /** The rows in scope and matching the filters; it binds a liaison officer's state itself. */
  where: Prisma.Sql;
  /** Where `where` binds the scope, for the reader (see sqlScopedDb). */
  scopeBoundBy: string;
  /** The row's unique id, e.g. a.id: a batch's rows are read by their ids. */
  id: Prisma.Sql;
  /** The columns that order the rows, unique together (keyset pages); [id] when the id orders them. */
  order: Prisma.Sql[];
}

/**
 * Batches read while the writer is busy with the current one (see read-ahead.ts). Two: their details
 * queries then run side by side on two connections, and PostgreSQL, which has the larger share of
 * the work, is never idle while Node writes. A download thus holds up to three of the pool's
 * connections (DB_POOL_SIZE), each for a few tens of milliseconds at a time.
 */
const READ_AHEAD = 2;
/** Rows handed over between two turns of the event loop. */
const TURN_EVERY = 500;

interface Keys {
  ids: string[];
  /** The last row's order columns, where the next page starts. */
  last: unknown[];
  /** Whether the batch was full, so that more rows may follow. */
  full: boolean;
}

export function sqlReport(actor: Actor, report: SqlReport): ReportSource {
  const { columns, table, joins, where, id, order, scopeBoundBy } = report;
  const sql = sqlScopedDb(actor, scopeBoundBy);
  const orderBy = Prisma.join(order, ", ");
  const orderAs = Prisma.join(
    order.map((column, i) => Prisma.sql`${column} AS ${Prisma.raw(`k${i}`)}`),
    ", ",
  );

  // The keys of the next batch after `previous` (the first when undefined), in scope, by keyset.
  // Undefined once the last batch has been read, or after the first one for a preview.
  async function nextKeys(previous: Keys | undefined, limit: number | undefined): Promise<Keys | undefined> {
    if (previous && (!previous.full || limit !== undefined)) return undefined;
    const take = limit ?? BATCH_SIZE;
    const after = previous
      ? Prisma.sql`AND (${orderBy}) > (${Prisma.join(
          previous.last.map((value) => Prisma.sql`${value}`),
          ", ",
        )})`
      : Prisma.empty;
    // scope: `where` binds the liaison officer's state (scopeBoundBy).
    const batch = await sql.$queryRaw<
      Record<string, unknown>[]
    >`SELECT ${id} AS id, ${orderAs} FROM ${table} WHERE ${where} ${after} ORDER BY ${orderBy} LIMIT ${take}`;
    if (!batch.length) return undefined;
    const last = batch[batch.length - 1]!;
    return { ids: batch.map((row) => row.id as string), last: order.map((_, i) => last[`k${i}`]), full: batch.length === take };
  }

  const details = ({ ids }: Keys) =>
    // scope: the ids are those of a scoped batch (nextKeys).
    sql.$queryRaw<Record<string, string | null>[]>(
      selectColumns(columns, Prisma.sql`FROM ${table} ${joins} WHERE ${id} = ANY(${ids}) ORDER BY ${orderBy}`),
    );

  return {
    columns: columns.map((column) => column.key),
    async count() {
      // scope: `where` binds the liaison officer's state (scopeBoundBy).
      const [row] = await sql.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`;
      return row?.n ?? 0;
    },
    // scope: `where` binds the liaison officer's state (scopeBoundBy).
    csv: () => copyCsv(actor, scopeBoundBy, csvSelect(columns, Prisma.sql`FROM ${table} ${joins} WHERE ${where} ORDER BY ${orderBy}`)),
    async *rows(limit?: number) {
      const batches = readAhead((previous: Keys | undefined) => nextKeys(previous, limit), details, limit === undefined ? READ_AHEAD : 0);
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
