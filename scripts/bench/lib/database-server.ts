// The PostgreSQL server a benchmark runs on, chosen as `npm test` chooses its own: BENCH_DATABASE_URL,
// else TEST_DATABASE_URL or DATABASE_URL, else an embedded server started here (and stopped by `stop`).
// On it, each run works in a scratch database of its own that is dropped at the end.
import { databaseUrl, withClient } from "../../lib/database";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";
import { createTestDatabase, testDatabaseName } from "../../lib/test-database";

export interface DatabaseServer {
  /** A database on the server from which CREATE DATABASE works (the maintenance database when allowed). */
  adminUrl: string;
  /** Where the server came from, for the report. */
  origin: "BENCH_DATABASE_URL" | "TEST_DATABASE_URL" | "DATABASE_URL" | "embedded";
  /** Stops the server if this process started it; otherwise does nothing. */
  stop(): Promise<void>;
}

export interface ScratchDatabase {
  name: string;
  url: string;
  /** Creates the database and applies the migrations. */
  create(): Promise<void>;
  /** Drops it (WITH FORCE: a leftover connection must not keep it alive). Safe to call at any point. */
  drop(): Promise<void>;
}

// Falls back to the given database when the account may not connect to `postgres` (some hosted servers).
async function maintenanceUrl(serverUrl: string): Promise<string> {
  const maintenance = databaseUrl(serverUrl, "postgres");
  try {
    await withClient(maintenance, (client) => client.query("SELECT 1"));
    return maintenance;
  } catch {
    return serverUrl;
  }
}

export async function chooseDatabaseServer(): Promise<DatabaseServer> {
  for (const origin of ["BENCH_DATABASE_URL", "TEST_DATABASE_URL", "DATABASE_URL"] as const) {
    const given = process.env[origin];
    if (given) return { adminUrl: await maintenanceUrl(given), origin, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres();
  return { adminUrl: embedded.adminUrl, origin: "embedded", stop: () => embedded.stop() };
}

/** A URL without its password, for printing. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

/**
 * A fresh, migrated database on `server`, named before it exists so that `drop` also removes one whose
 * creation or migration was interrupted half-way (Ctrl-C during the migrations).
 */
export function scratchDatabase(server: DatabaseServer, prefix: string): ScratchDatabase {
  const name = testDatabaseName(prefix);
  return {
    name,
    url: databaseUrl(server.adminUrl, name),
    async create() {
      process.env.TEST_DATABASE_ADMIN_URL = server.adminUrl; // where createTestDatabase creates it
      await createTestDatabase(prefix, undefined, name);
    },
    drop: () =>
      withClient(server.adminUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
      }),
  };
}
