// Shared set-up for integration tests: a fresh database per file, the demo seed, actors by email.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { Client } from "pg";
import { expect } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ValidationError } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";

const run = promisify(execFile);

export async function runSeed(databaseUrl: string, args: string[] = []): Promise<string> {
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const { stdout } = await run(tsx, ["prisma/seed.ts", ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    timeout: 120_000,
  });
  return stdout;
}

export async function query<T extends Record<string, unknown>>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Row counts of every table of the public schema, by table name. */
export async function tableCounts(databaseUrl: string): Promise<Record<string, number>> {
  const tables = await query<{ table_name: string }>(
    databaseUrl,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await query<{ n: string }>(databaseUrl, `SELECT count(*) AS n FROM "${table_name.replace(/"/g, '""')}"`);
    counts[table_name] = Number(row?.n ?? 0);
  }
  return counts;
}

export async function actorByEmail(databaseUrl: string, email: string): Promise<Actor> {
  const [user] = await query<{ id: string; email: string; name: string; role: Actor["role"]; stateCode: string | null }>(
    databaseUrl,
    'SELECT id, email, name, role::text AS role, "stateCode" FROM "User" WHERE email = $1',
    [email],
  );
  if (!user) throw new Error(`no user ${email}`);
  return user;
}

/**
 * A fresh database with the demo seed, made the app's database for this test file (lib/db reads
 * DATABASE_URL on first use; each test file runs in its own worker).
 */
export async function seededDatabase(prefix: string): Promise<TestDatabase> {
  const database = await createTestDatabase(prefix);
  await runSeed(database.url);
  process.env.DATABASE_URL = database.url;
  return database;
}

/** Closes the app's client, then drops the file's database. */
export async function closeDatabase(database: TestDatabase | undefined): Promise<void> {
  const { db } = await import("@/lib/db/client");
  const { endCopyPool } = await import("@/lib/db/copy");
  await Promise.all([db().$disconnect(), endCopyPool()]);
  await database?.drop();
}

/** The error a refused call throws (the test fails if the call succeeds). */
export async function rejection(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error("expected a refusal");
}

/** The field errors of a call refused by its input schema. */
export async function fieldErrorsOf(work: Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await rejection(work);
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).fieldErrors;
}
