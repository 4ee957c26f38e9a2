import "server-only";
// COPY (a report's SELECT) TO STDOUT as CSV, read as it arrives: PostgreSQL writes the CSV, Node only
// passes the bytes on. Prisma cannot run COPY, so this holds a small pg pool of its own (DB_COPY_POOL_SIZE,
// default 4: each download holds one connection for as long as it lasts; a download past them waits
// up to 30 s for one). The pool is private to
// lib/db; lib/data reaches it through copyCsv(actor, ...), whose SQL binds the actor's scope itself
// (like sqlScopedDb: the scope guard cannot read SQL).
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { liaisonState, seesAllStates } from "@/lib/authz/policy";
import { db } from "@/lib/db/client";
import { inlineSql } from "@/lib/db/sql-literal";
import { log } from "@/lib/log";

const globalForCopy = globalThis as unknown as { copyPool?: pg.Pool };

function copyPool(): pg.Pool {
  if (!globalForCopy.copyPool) {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) throw new Error("DATABASE_URL is not set");
    const pool = new pg.Pool({
      connectionString,
      max: Number(process.env.DB_COPY_POOL_SIZE ?? 4),
      // Also how long a download waits for a connection when all are in use.
      connectionTimeoutMillis: 30_000,
      keepAlive: true,
      idleTimeoutMillis: 30_000,
    });
    pool.on(
      "error",
      (error) =>
        void log.warn("an idle COPY connection failed and left the pool", {
          action: "db.copy",
          outcome: "error",
          error: { message: error.message, code: (error as { code?: string }).code },
        }),
    );
    globalForCopy.copyPool = pool;
  }
  return globalForCopy.copyPool;
}

/** Closes the COPY pool (tests and scripts that end the process cleanly). */
export async function endCopyPool(): Promise<void> {
  const pool = globalForCopy.copyPool;
  globalForCopy.copyPool = undefined;
  await pool?.end();
}

/** What a download is told when the database fails mid-file: nothing internal. */
export class CopyFailedError extends Error {
  constructor() {
    super("the report could not be read from the database");
  }
}

/**
 * The rows of `query` as CSV bytes (PostgreSQL's CSV: LF line ends, no header), chunk by chunk as
 * they come off the socket. Backpressure reaches PostgreSQL: the socket is read only when the
 * consumer asks for more. A consumer that stops early (`return()`, a cancelled download) closes the
 * connection, which ends the COPY in PostgreSQL; a failure is logged (message and code only) and
 * thrown as CopyFailedError. `scopeBoundBy` says where the SQL binds the actor's scope.
 */
export async function* copyCsv(actor: Actor, scopeBoundBy: string, query: Prisma.Sql): AsyncGenerator<Buffer, void, undefined> {
  if (!scopeBoundBy.trim()) throw new Error("copyCsv: say where the SQL binds the scope");
  if (!seesAllStates(actor)) liaisonState(actor); // a liaison account without a state has no scope to bind
  const statement = `COPY (${inlineSql(query)}) TO STDOUT WITH (FORMAT csv)`;
  let client: pg.PoolClient;
  try {
    client = await copyPool().connect();
  } catch (error) {
    throw await failed(actor, error);
  }
  const stream = client.query(copyTo(statement));
  const backend = (client as unknown as { processID?: number }).processID;
  let finished = false;
  let failure: Error | undefined;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) yield chunk;
    finished = true;
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
    throw await failed(actor, failure);
  } finally {
    if (!finished) {
      // Mid-COPY the connection is unusable: close its socket outright (a half-closed one would leave
      // the server blocked writing rows nobody reads) and drop it from the pool.
      stream.destroy();
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
      client.release(failure ?? new Error("COPY abandoned by its reader"));
      // The server finds its client gone only when it next writes: end the backend now, and wait for
      // it, so that a cancelled download has ended its query by the time the cancel returns.
      if (!failure && backend !== undefined) await endBackend(backend);
    } else client.release();
  }
}

async function endBackend(pid: number): Promise<void> {
  try {
    // scope: the backend of this module's own COPY connection, by its process id.
    await db().$queryRaw`SELECT pg_terminate_backend(${pid}::int, 5000)`;
  } catch (error) {
    await log.warn("could not end an abandoned COPY's backend", {
      action: "db.copy",
      outcome: "error",
      error: { message: error instanceof Error ? error.message : String(error) },
    });
  }
}

/** Logs a failure (message and code only: a pg error carries its client) and gives what to throw. */
async function failed(actor: Actor, error: unknown): Promise<CopyFailedError> {
  await log.error("report COPY failed", {
    action: "report.copy",
    outcome: "error",
    actorId: actor.id,
    error: { message: error instanceof Error ? error.message : String(error), code: (error as { code?: string }).code },
  });
  return new CopyFailedError();
}
