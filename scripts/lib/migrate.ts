// Applies prisma/migrations/*/migration.sql with plain `pg`, because `prisma migrate deploy` needs a native
// engine that cannot be downloaded here. Deliberately free of Next and Prisma imports so scripts, test setup
// and the start script can all use it.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// Any constant works as long as nothing else in the database uses it for pg_advisory_lock.
const MIGRATION_LOCK_KEY = 0x76_76_6d_69_67; // "vvmig"

interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

async function readMigrations(migrationsDir: string): Promise<MigrationFile[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const migrations: MigrationFile[] = [];
  for (const name of names) {
    const file = path.join(migrationsDir, name, "migration.sql");
    if (!existsSync(file)) continue;
    const sql = await readFile(file, "utf8");
    // Hash with normalized line endings so a Windows checkout (autocrlf) does not look like an edit.
    const checksum = createHash("sha256").update(sql.replace(/\r\n/g, "\n")).digest("hex");
    migrations.push({ name, sql, checksum });
  }
  return migrations;
}

/** Applies every migration not yet recorded in `_migrations`, in name order; returns the names applied. */
export async function applyMigrations(
  databaseUrl: string,
  migrationsDir: string = path.join(process.cwd(), "prisma", "migrations"),
): Promise<string[]> {
  const migrations = await readMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // A session lock: several app instances or test workers may start at once, and only one may migrate.
    // The others wait here, then find everything applied. The server drops it if this process dies.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS _migrations (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ name: string; checksum: string }>("SELECT name, checksum FROM _migrations");
    const appliedChecksums = new Map(rows.map((r) => [r.name, r.checksum]));

    // Check the whole history before changing anything: an edited migration means this database and the
    // files disagree about what the schema is, and applying more on top would only bury the problem.
    const edited = migrations.filter((m) => appliedChecksums.has(m.name) && appliedChecksums.get(m.name) !== m.checksum);
    if (edited.length > 0) {
      throw new Error(
        `migration(s) changed after being applied to this database: ${edited.map((m) => m.name).join(", ")}. ` +
          "Applied migrations must not be edited: restore the original file and add a new migration instead.",
      );
    }

    const applied: string[] = [];
    for (const migration of migrations.filter((m) => !appliedChecksums.has(m.name))) {
      try {
        await client.query("BEGIN");
        await client.query(migration.sql);
        await client.query("INSERT INTO _migrations (name, checksum) VALUES ($1, $2)", [migration.name, migration.checksum]);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`migration ${migration.name} failed and was rolled back: ${reason}`, { cause: error });
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    // Ending the session releases the advisory lock too; no explicit unlock needed even on errors.
    await client.end().catch(() => {});
  }
}
