// The SQL a page sends to PostgreSQL, read from a server started with DB_QUERY_TRACE=1 (lib/db/client.ts
// prints each statement as a JSON line on stdout). Requests are made one at a time while tracing, so
// every statement printed between the start and the end of a request is that request's.
import pg from "pg";

export interface TracedQuery {
  sql: string;
  /** As Prisma prints them: a JSON array. */
  params: string;
  ms: number;
}

export class QueryTrace {
  private recording: TracedQuery[] | undefined;

  /** For startApp's onStdoutLine: takes the trace lines, leaves the others to be printed. */
  readonly onLine = (line: string): boolean => {
    if (!line.startsWith('{"dbQuery":')) return false;
    try {
      const { dbQuery } = JSON.parse(line) as { dbQuery: TracedQuery };
      this.recording?.push(dbQuery);
    } catch {
      // a line cut by the pipe's buffering: cannot happen for writes under the pipe buffer size
    }
    return true;
  };

  /** The statements the server sent while `request` ran (it must be the only request in flight). */
  async capture(request: () => Promise<void>): Promise<TracedQuery[]> {
    const recording: TracedQuery[] = [];
    this.recording = recording;
    try {
      await request();
      // The lines cross a pipe: give the last ones a moment to arrive after the response has ended.
      await new Promise((resolve) => setTimeout(resolve, 150));
    } finally {
      this.recording = undefined;
    }
    return recording;
  }
}

/**
 * The captured statements as raw pg runs them: the same text and parameters, one after another on one
 * pooled connection (the page may run some at once on several; one after another is the plain cost).
 * Prisma does not print the BEGIN of a transaction, only its COMMIT; the COMMIT is replayed as it is
 * (outside a transaction PostgreSQL answers it with a notice), so the round trips stay the same but one.
 */
export function replayTask(pool: pg.Pool, queries: TracedQuery[]): () => Promise<void> {
  const statements = queries.map((q) => ({ sql: q.sql, params: JSON.parse(q.params) as unknown[] }));
  return async () => {
    const client = await pool.connect();
    try {
      for (const statement of statements) await client.query(statement.sql, statement.params);
    } finally {
      client.release();
    }
  };
}

/**
 * The SQL time of a page: its captured statements replayed one after another on one connection (as
 * replayTask), the median of `runs` replays after `warmup` unmeasured ones, in milliseconds. Compared
 * between two sizes of dataset, it says whether a page's queries grow with the data.
 */
export async function sqlTime(databaseUrl: string, queries: TracedQuery[], runs = 30, warmup = 5): Promise<number> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  pool.on("error", () => {}); // an idle client's failure is not this measurement's concern
  try {
    const replay = replayTask(pool, queries);
    const times: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
      const started = performance.now();
      await replay();
      if (i >= warmup) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] ?? 0;
  } finally {
    await pool.end();
  }
}
