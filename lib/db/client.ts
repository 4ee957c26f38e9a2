// The one Prisma client of the app, private to lib/db: lib/data reaches it through scopedDb(actor) or
// sqlScopedDb (lib/db/scope-guard.ts). Only sign-in (lib/data/users), GET /api/health (pingDatabase),
// scripts, the seed and tests import it directly; eslint.config.mjs holds that.
// Created lazily: a client built at import time breaks `next build` when DATABASE_URL is unset.
//
// When PostgreSQL restarts, its idle connections are closed under the pool: pg-pool drops a client
// that errors while idle (the adapter listens for that 'error', so it cannot crash the process) and
// one that fails during a query, and the next query opens a fresh connection. Nothing here retries a
// query: a failed write must reach the user as "nothing was saved, try again", never be replayed.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { SerialClient } from "@/lib/db/serial-client";
import { markDatabaseUnavailable } from "@/lib/errors";
import { log } from "@/lib/log";

export function createPrismaClient(connectionString: string): PrismaClient {
  const adapter = new PrismaPg(
    {
      connectionString,
      max: Number(process.env.DB_POOL_SIZE ?? 10),
      // A server that disappears without closing its sockets (failover, a dropped network path) would
      // leave a connect attempt or an idle socket hanging: give up on connecting after 5 s, and let
      // TCP keepalive find dead idle sockets.
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
      idleTimeoutMillis: 30_000,
      // No JIT compiling: the portal's statements are short, and compiling a plan the planner costs
      // high (a review of three fiscal years, an export) took longer than running it (390 ms of 770).
      options: "-c jit=off",
      Client: SerialClient,
    },
    {
      // The message and code only: a pg error carries its whole client object (several KB a line).
      onPoolError: (error) =>
        void log.warn("an idle connection failed and left the pool", {
          action: "db.pool",
          outcome: "error",
          error: { message: error.message, code: (error as { code?: string }).code },
        }),
    },
  );
  if (process.env.DB_QUERY_TRACE !== "1") return markOutages(new PrismaClient({ adapter }));
  return markOutages(traceQueries(new PrismaClient({ adapter, log: [{ level: "query", emit: "event" }] })));
}

/**
 * For `npm run bench` only (DB_QUERY_TRACE=1; never set it in production: parameters are printed):
 * each statement sent to PostgreSQL as one JSON line on stdout, so that the benchmark can count the
 * queries of a page and replay the same SQL through raw pg as its reference.
 */
function traceQueries(client: PrismaClient<"query">): PrismaClient {
  client.$on("query", (event) => {
    process.stdout.write(`${JSON.stringify({ dbQuery: { sql: event.query, params: event.params, ms: event.duration } })}\n`);
  });
  return client as unknown as PrismaClient;
}

/**
 * Marks every "database unreachable" failure with the outage digest, so that the error page can tell
 * an outage ("try again in a moment") from a defect. Applies inside interactive transactions too.
 */
function markOutages(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          markDatabaseUnavailable(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function db(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    globalForPrisma.prisma = createPrismaClient(url);
  }
  return globalForPrisma.prisma;
}

/** For GET /api/health: whether the database answers `SELECT 1` within `timeoutMs`, and how fast. */
export async function pingDatabase(timeoutMs: number): Promise<{ ok: boolean; latencyMs: number }> {
  // The client's own start-up (its query engine, about 0.5 s once per process) does not touch the
  // database: keep it off the clock, or a fresh instance on a busy machine reports a false outage.
  let client: PrismaClient;
  try {
    client = db();
  } catch {
    return { ok: false, latencyMs: 0 }; // no DATABASE_URL: no database to reach
  }
  await client.$connect().catch(() => {});
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = (async () => {
    await client.$queryRaw`SELECT 1`;
    return true;
  })().catch(() => false);
  try {
    const ok = await Promise.race([answered, timedOut]);
    return { ok, latencyMs: Math.round(performance.now() - started) };
  } finally {
    clearTimeout(timer);
  }
}
