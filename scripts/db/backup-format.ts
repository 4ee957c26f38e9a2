// What `npm run db:backup` writes and `npm run db:restore` reads, and the database both work on.
//
// The file is gzip'ed text, with no pg_dump needed (the embedded server's version may differ from any
// installed client):
//   line 1              JSON header: format, formatVersion, createdAt, server version, migrations
//                       (name + checksum, from _migrations), and the tables with their columns
//   per table           `TABLE {"name":…,"columns":[…]}`, then its rows as COPY text format (one row a
//                       line: COPY escapes newlines), then `\.` (a data line can never be `\.` alone)
//   last line           `END {"rows":{table: n},"sequences":[…]}`
// Tables come in foreign-key order (a referenced table before the tables that reference it), so the
// file loads front to back even with every constraint checked. _migrations is not copied: the header
// lists it, and restore requires the target to have exactly those migrations.
import pg from "pg";
import { databaseUrl, ensureDatabase } from "../lib/database";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";

export const BACKUP_FORMAT = "vientiane-vision-portal-backup";
export const BACKUP_FORMAT_VERSION = 1;
export const END_OF_DATA = "\\.";

/** The database `npm start` uses with its embedded server (scripts/start.ts). */
const EMBEDDED_DATABASE_NAME = "vvportal";

export interface Migration {
  name: string;
  checksum: string;
}

export interface TableSpec {
  name: string;
  columns: string[];
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  database: string;
  server: string;
  migrations: Migration[];
  tables: TableSpec[];
}

export interface SequenceValue {
  name: string;
  lastValue: string;
  isCalled: boolean;
}

export interface BackupFooter {
  rows: Record<string, number>;
  sequences: SequenceValue[];
}

export interface DatabaseTarget {
  url: string;
  /** Where the URL came from, for messages. */
  origin: "DATABASE_URL" | "embedded";
  /** Stops the embedded server if this process started it. */
  stop(): Promise<void>;
}

/**
 * The portal's database, as `npm start` finds it: DATABASE_URL, else the embedded server's database
 * (started here if it is not running; `create` makes the database when it is missing).
 */
export async function portalDatabase(options: { create: boolean }): Promise<DatabaseTarget> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, origin: "DATABASE_URL", stop: async () => {} };
  const embedded = await startEmbeddedPostgres();
  try {
    const url = options.create
      ? await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE_NAME)
      : databaseUrl(embedded.adminUrl, EMBEDDED_DATABASE_NAME);
    return { url, origin: "embedded", stop: () => embedded.stop() };
  } catch (error) {
    await embedded.stop().catch(() => {});
    throw error;
  }
}

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The applied migrations, in order; [] when the database has never been migrated. */
export async function appliedMigrations(client: pg.ClientBase): Promise<Migration[]> {
  const { rows: exists } = await client.query<{ present: boolean }>("SELECT to_regclass('public._migrations') IS NOT NULL AS present");
  if (!exists[0]?.present) return [];
  const { rows } = await client.query<Migration>("SELECT name, checksum FROM _migrations ORDER BY name");
  return rows;
}

/** Why two migration lists differ, or undefined when they are the same. */
export function migrationMismatch(backup: Migration[], database: Migration[]): string | undefined {
  const inDatabase = new Map(database.map((m) => [m.name, m.checksum]));
  const inBackup = new Map(backup.map((m) => [m.name, m.checksum]));
  const onlyBackup = backup.filter((m) => !inDatabase.has(m.name)).map((m) => m.name);
  const onlyDatabase = database.filter((m) => !inBackup.has(m.name)).map((m) => m.name);
  const changed = backup.filter((m) => inDatabase.has(m.name) && inDatabase.get(m.name) !== m.checksum).map((m) => m.name);
  const parts = [
    onlyBackup.length ? `only in the backup: ${onlyBackup.join(", ")}` : "",
    onlyDatabase.length ? `only in the database: ${onlyDatabase.join(", ")}` : "",
    changed.length ? `different content: ${changed.join(", ")}` : "",
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : undefined;
}

/**
 * The public schema's tables (but _migrations), with their stored columns (generated ones left out),
 * referenced tables first. Throws on a foreign-key cycle between tables, which the schema does not have.
 */
export async function tablesInLoadOrder(client: pg.ClientBase): Promise<TableSpec[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(`
    SELECT c.relname AS table, a.attname AS column
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_migrations'
    ORDER BY c.relname, a.attnum`);
  const { rows: references } = await client.query<{ table: string; referenced: string }>(`
    SELECT DISTINCT c.relname AS table, r.relname AS referenced
    FROM pg_constraint k
    JOIN pg_class c ON c.oid = k.conrelid
    JOIN pg_class r ON r.oid = k.confrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> r.oid`);
  const tables = new Map<string, string[]>();
  for (const { table, column } of columns) tables.set(table, [...(tables.get(table) ?? []), column]);

  const pending = new Map(
    [...tables.keys()].map((name) => [
      name,
      new Set(references.filter((r) => r.table === name && tables.has(r.referenced)).map((r) => r.referenced)),
    ]),
  );
  const ordered: TableSpec[] = [];
  while (pending.size > 0) {
    // Alphabetical among the ready ones: the same schema always gives the same file.
    const ready = [...pending]
      .filter(([, needs]) => needs.size === 0)
      .map(([name]) => name)
      .sort();
    if (ready.length === 0) throw new Error(`foreign keys form a cycle between: ${[...pending.keys()].join(", ")}`);
    for (const name of ready) {
      ordered.push({ name, columns: tables.get(name) ?? [] });
      pending.delete(name);
      for (const needs of pending.values()) needs.delete(name);
    }
  }
  return ordered;
}

/** Sequences owned by columns of the public schema, with their current position. */
export async function sequenceValues(client: pg.ClientBase): Promise<SequenceValue[]> {
  const { rows } = await client.query<{ name: string }>(`
    SELECT s.relname AS name FROM pg_class s JOIN pg_namespace n ON n.oid = s.relnamespace
    WHERE s.relkind = 'S' AND n.nspname = 'public' ORDER BY s.relname`);
  const values: SequenceValue[] = [];
  for (const { name } of rows) {
    const { rows: state } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${quoteIdent(name)}`,
    );
    if (state[0]) values.push({ name, lastValue: state[0].last_value, isCalled: state[0].is_called });
  }
  return values;
}

export function formatBytes(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
