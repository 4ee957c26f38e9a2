// `npm run db:restore <file> [--force]`: loads a backup of `npm run db:backup` into the portal database
// (DATABASE_URL, else the embedded one of `npm start`). Stop the portal first.
//
// The target must have exactly the backup's migrations: a fresh, empty database is migrated here first;
// anything else with other migrations is refused (restore with the code the backup was made with).
// It must also be empty, unless --force, which empties it (all tables) in the same transaction.
// Everything happens in one transaction: a failed restore leaves the database as it was.
// Rows are loaded with triggers off (session_replication_role = replica, as pg_dump --disable-triggers)
// when the role may do that, else with every trigger and constraint on: the file's table order loads
// referenced tables first, and the audit table's append-only trigger refuses changes, not inserts.
import { config } from "dotenv";
import { createReadStream } from "node:fs";
import { access } from "node:fs/promises";
import { once } from "node:events";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { applyMigrations } from "../lib/migrate";
import {
  appliedMigrations,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  END_OF_DATA,
  migrationMismatch,
  portalDatabase,
  quoteIdent,
  tablesInLoadOrder,
  type BackupFooter,
  type BackupHeader,
  type TableSpec,
} from "./backup-format";

const USAGE = `Usage: npm run db:restore -- <file> [--force]
Loads a backup of npm run db:backup into the portal database (DATABASE_URL, else the embedded one).
The database must be empty (or new); --force empties it first. Stop the portal while it runs.`;

const BATCH_BYTES = 256 * 1024;

class BackupFile {
  private readonly lines: AsyncIterator<string>;
  private failure: Error | undefined;
  /** Rejects when the file cannot be read: a line awaited then is answered by it, not left waiting. */
  private readonly failed: Promise<never>;

  constructor(readonly path: string) {
    const gunzip = createGunzip();
    const input = createReadStream(path).on("error", (error) => gunzip.destroy(error));
    const reader = readline.createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
    let fail: (error: Error) => void = () => {};
    this.failed = new Promise<never>((_, reject) => (fail = reject));
    this.failed.catch(() => {}); // answered in next()
    // A damaged or cut-off file: remember why, and end the lines so that the caller sees it. Closing
    // the reader alone once left a pending line waiting for ever under load (the test of a cut-off
    // backup hung for its two minutes): the rejection answers it too.
    gunzip.on("error", (error) => {
      this.failure = error;
      fail(error);
      reader.close();
    });
    this.lines = reader[Symbol.asyncIterator]();
  }

  /** The next line; throws when the file cannot be read or ends before the backup does. */
  async next(expecting: string): Promise<string> {
    const { done, value } = await Promise.race([this.lines.next(), this.failed]).catch((error: unknown) => {
      throw new Error(`${this.path} is damaged: ${(error as Error).message}`);
    });
    if (this.failure) throw new Error(`${this.path} is damaged: ${this.failure.message}`);
    if (done) throw new Error(`${this.path} ends early (expected ${expecting}): the backup is incomplete`);
    return value;
  }
}

function parseHeader(line: string, file: string): BackupHeader {
  let header: Partial<BackupHeader>;
  try {
    header = JSON.parse(line) as Partial<BackupHeader>;
  } catch {
    throw new Error(`${file} is not a backup of npm run db:backup`);
  }
  if (header.format !== BACKUP_FORMAT) throw new Error(`${file} is not a backup of npm run db:backup`);
  if (header.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new Error(`${file} has backup format ${header.formatVersion}; this version reads format ${BACKUP_FORMAT_VERSION}`);
  }
  return header as BackupHeader;
}

function sameTables(backup: TableSpec[], database: TableSpec[]): string | undefined {
  const key = (t: TableSpec) => `${t.name}(${t.columns.join(",")})`;
  const inDatabase = new Set(database.map(key));
  const inBackup = new Set(backup.map(key));
  const differ = [...backup.filter((t) => !inDatabase.has(key(t))), ...database.filter((t) => !inBackup.has(key(t)))].map((t) => t.name);
  return differ.length ? `tables differ from the backup's: ${[...new Set(differ)].join(", ")}` : undefined;
}

async function nonEmptyTables(client: pg.ClientBase, tables: TableSpec[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(table.name)}) AS any`);
    if (rows[0]?.any) found.push(table.name);
  }
  return found;
}

/** Turns triggers off for this transaction if the role may (superuser, or granted the setting). */
async function tryReplicaRole(client: pg.ClientBase): Promise<boolean> {
  await client.query("SAVEPOINT replica_role");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    return true;
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT replica_role");
    return false;
  }
}

/** Streams one table's COPY lines from the file into the database; returns the rows loaded. */
async function loadTable(client: pg.ClientBase, file: BackupFile, table: TableSpec): Promise<number> {
  const columns = table.columns.map(quoteIdent).join(", ");
  const copy = client.query(copyFrom(`COPY ${quoteIdent(table.name)} (${columns}) FROM STDIN`));
  const failed = new Promise<never>((_, reject) => copy.once("error", reject));
  failed.catch(() => {}); // raced below
  const finished = new Promise<void>((resolve) => copy.once("finish", resolve));
  let batch: string[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    const chunk = `${batch.join("\n")}\n`;
    batch = [];
    batchBytes = 0;
    if (!copy.write(chunk)) await Promise.race([once(copy, "drain"), failed]);
  };
  for (let line = await file.next(`the rows of ${table.name}`); line !== END_OF_DATA; line = await file.next(`the rows of ${table.name}`)) {
    batch.push(line);
    batchBytes += line.length + 1;
    if (batchBytes >= BATCH_BYTES) await flush();
  }
  await flush();
  copy.end();
  await Promise.race([finished, failed]);
  return copy.rowCount;
}

async function main(): Promise<void> {
  config({ quiet: true });
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: "boolean" }, help: { type: "boolean" } } });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const started = Date.now();
  await access(positionals[0] as string).catch(() => {
    throw new Error(`cannot read ${positionals[0]}`);
  });
  const file = new BackupFile(positionals[0] as string);
  const header = parseHeader(await file.next("the header"), file.path);

  const target = await portalDatabase({ create: true });
  const client = new pg.Client({ connectionString: target.url });
  try {
    await client.connect();
    const database = (await client.query<{ name: string }>("SELECT current_database() AS name")).rows[0]?.name ?? "database";
    let migrations = await appliedMigrations(client);
    if (migrations.length === 0) {
      const applied = await applyMigrations(target.url);
      console.log(`${database} was not migrated: applied ${applied.length} migrations`);
      migrations = await appliedMigrations(client);
    }
    const mismatch = migrationMismatch(header.migrations, migrations);
    if (mismatch) {
      throw new Error(
        `the backup was made with a different set of migrations than ${database} has (${mismatch}). ` +
          "Restore it with the version of the portal it was made with, into a database migrated by that version.",
      );
    }
    const tables = await tablesInLoadOrder(client);
    const schemaDiffers = sameTables(header.tables, tables);
    if (schemaDiffers) throw new Error(`${database} does not match the backup although the migrations do: ${schemaDiffers}`);

    const occupied = await nonEmptyTables(client, tables);
    if (occupied.length > 0 && !values.force) {
      throw new Error(
        `${database} is not empty (${occupied.slice(0, 5).join(", ")}${occupied.length > 5 ? ", …" : ""} hold rows). ` +
          "Restore into a new database, or add --force to replace everything in it.",
      );
    }

    await client.query("BEGIN");
    await client.query("SET LOCAL row_security = off"); // refuse, rather than load, where a policy would interfere
    const triggersOff = await tryReplicaRole(client);
    if (occupied.length > 0) {
      // The audit table refuses TRUNCATE by trigger: only a role that may switch triggers off can replace it.
      if (!triggersOff) throw new Error(`--force needs a role that may set session_replication_role (a superuser) to empty ${database}`);
      await client.query(`TRUNCATE ${tables.map((t) => quoteIdent(t.name)).join(", ")}`);
      console.log(`--force: emptied ${occupied.length} tables of ${database}`);
    }

    const loaded: Record<string, number> = {};
    let footer: BackupFooter | undefined;
    while (!footer) {
      const line = await file.next("a table or the end of the backup");
      if (line.startsWith("TABLE ")) {
        const table = JSON.parse(line.slice("TABLE ".length)) as TableSpec;
        loaded[table.name] = await loadTable(client, file, table);
      } else if (line.startsWith("END ")) {
        footer = JSON.parse(line.slice("END ".length)) as BackupFooter;
      } else {
        throw new Error(`${file.path} is damaged: unexpected line "${line.slice(0, 40)}"`);
      }
    }
    for (const table of header.tables) {
      if (loaded[table.name] !== footer.rows[table.name]) {
        throw new Error(`${table.name}: loaded ${loaded[table.name] ?? 0} rows, the backup holds ${footer.rows[table.name] ?? "?"}`);
      }
    }
    for (const sequence of footer.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [quoteIdent(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    await client.query("COMMIT");
    await client.query("ANALYZE"); // fresh statistics, or the first queries plan for empty tables

    const total = Object.values(loaded).reduce((a, b) => a + b, 0);
    console.log(
      `restored ${file.path} (${header.database}, ${header.createdAt}) into ${database} (${target.origin}): ` +
        `${header.tables.length} tables, ${total} rows, triggers ${triggersOff ? "off" : "on"} while loading, ` +
        `in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
    await target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
