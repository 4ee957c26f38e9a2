// `npm run db:backup [file]`: the whole portal database into one gzip'ed file (format: backup-format.ts).
//
//   npm run db:backup                          .data/backups/<database>-<date>.backup.gz
//   npm run db:backup -- /safe/place/x.gz
//
// The database: DATABASE_URL, else the embedded one of `npm start` (started for the backup if needed).
// Every table is read in one REPEATABLE READ snapshot, so the backup is consistent while the portal
// runs. It is written to a temporary name and renamed at the end: a file with the final name is complete.
import { config } from "dotenv";
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { once } from "node:events";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import {
  appliedMigrations,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  END_OF_DATA,
  formatBytes,
  portalDatabase,
  quoteIdent,
  sequenceValues,
  tablesInLoadOrder,
  type BackupFooter,
  type BackupHeader,
} from "./backup-format";

const USAGE = `Usage: npm run db:backup [-- <file>]
Writes the portal database (DATABASE_URL, else the embedded one) to <file>, by default
.data/backups/<database>-<date>.backup.gz. Restore it with npm run db:restore <file>.`;

function defaultFile(database: string, date: Date): string {
  const stamp = date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15); // 20261128-221500
  return path.join(".data", "backups", `${database}-${stamp}.backup.gz`);
}

async function main(): Promise<void> {
  config({ quiet: true });
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { help: { type: "boolean" } } });
  if (values.help || positionals.length > 1) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 1);
  }
  const started = Date.now();
  const target = await portalDatabase({ create: false });
  const client = new pg.Client({ connectionString: target.url });
  try {
    await client.connect().catch((error: unknown) => {
      if ((error as { code?: string }).code !== "3D000") throw error;
      const hint = target.origin === "embedded" ? " (npm start creates it on its first run)" : "";
      throw new Error(`${(error as Error).message}: nothing to back up${hint}`);
    });
    const database = (await client.query<{ name: string }>("SELECT current_database() AS name")).rows[0]?.name ?? "database";
    const createdAt = new Date();
    const file = path.resolve(positionals[0] ?? defaultFile(database, createdAt));
    const partial = `${file}.partial`;
    await mkdir(path.dirname(file), { recursive: true });

    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    // Off: a row-level security policy must make the backup fail, never silently leave rows out.
    await client.query("SET LOCAL row_security = off");
    const migrations = await appliedMigrations(client);
    if (migrations.length === 0) throw new Error(`${database} has no applied migrations: nothing to back up`);
    const tables = await tablesInLoadOrder(client);
    const server = (await client.query<{ version: string }>("SELECT current_setting('server_version') AS version")).rows[0]?.version ?? "";
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: createdAt.toISOString(),
      database,
      server: `PostgreSQL ${server}`,
      migrations,
      tables,
    };

    const gzip = createGzip();
    const out = createWriteStream(partial, { mode: 0o600 }); // it holds every account's password hash
    const written = once(out, "finish");
    written.catch(() => {}); // awaited below; this only keeps an early disk error from going unhandled
    gzip.pipe(out);
    const write = async (chunk: string | Buffer) => {
      if (!gzip.write(chunk)) await once(gzip, "drain");
    };
    const rows: Record<string, number> = {};
    try {
      await write(`${JSON.stringify(header)}\n`);
      for (const table of tables) {
        await write(`TABLE ${JSON.stringify(table)}\n`);
        const columns = table.columns.map(quoteIdent).join(", ");
        const copy = client.query(copyTo(`COPY ${quoteIdent(table.name)} (${columns}) TO STDOUT`));
        for await (const chunk of copy) await write(chunk as Buffer);
        await write(`${END_OF_DATA}\n`);
        rows[table.name] = copy.rowCount;
      }
      const footer: BackupFooter = { rows, sequences: await sequenceValues(client) };
      await write(`END ${JSON.stringify(footer)}\n`);
      gzip.end();
      await written;
    } catch (error) {
      gzip.destroy();
      out.destroy();
      await rm(partial, { force: true });
      throw error;
    }
    await client.query("COMMIT");
    await rename(partial, file);

    const total = Object.values(rows).reduce((a, b) => a + b, 0);
    const size = (await stat(file)).size;
    console.log(
      `backed up ${database} (${target.origin}, ${header.server}): ${tables.length} tables, ${total} rows, ` +
        `${migrations.length} migrations, ${formatBytes(size)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    console.log(file);
  } finally {
    await client.end().catch(() => {});
    await target.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
