// A fresh, migrated database per test file or Playwright run, so tests never share state or touch real data.
//
//   const db = await createTestDatabase("audit");   // in beforeAll / globalSetup
//   ... use db.url ...
//   await db.drop();                                 // in afterAll / globalTeardown
//
// The server comes from TEST_DATABASE_ADMIN_URL (set by `npm test`), else from DATABASE_URL's server.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { applyMigrations } from "./migrate";
import { databaseUrl, withClient } from "./database";

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  if (process.env.TEST_DATABASE_ADMIN_URL) return process.env.TEST_DATABASE_ADMIN_URL;
  if (process.env.DATABASE_URL) return databaseUrl(process.env.DATABASE_URL, "postgres");
  throw new Error(
    "no test database server: run the tests through `npm test` (it provides one), or set TEST_DATABASE_ADMIN_URL " +
      "to a PostgreSQL URL that may CREATE DATABASE",
  );
}

/** A name unique across parallel workers and runs; the date part tells leftovers of crashed runs apart. */
export function testDatabaseName(prefix: string): string {
  const stamp = new Date().toISOString().slice(0, 10).replace(/-/g, "");
  const safePrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 30);
  return `test_${safePrefix}_${stamp}_${randomBytes(4).toString("hex")}`;
}

/** The URL of a test database by name, on the test server (for a process that did not create it). */
export function testDatabaseUrl(name: string): string {
  return databaseUrl(adminUrl(), name);
}

export async function createTestDatabase(
  prefix: string,
  migrationsDir: string = path.join(process.cwd(), "prisma", "migrations"),
  name: string = testDatabaseName(prefix),
): Promise<TestDatabase> {
  const admin = adminUrl();

  await withClient(admin, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`));
  const drop = () =>
    withClient(admin, async (client) => {
      // FORCE: a test that forgot to close its pool must not leave the database behind.
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    });
  const url = databaseUrl(admin, name);
  try {
    await applyMigrations(url, migrationsDir);
  } catch (error) {
    await drop().catch(() => {});
    throw error;
  }
  return { url, drop };
}
