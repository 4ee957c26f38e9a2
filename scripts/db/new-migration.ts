// Writes the SQL of a new migration without any database.
//
//   npx tsx scripts/db/new-migration.ts <name> [--schema prisma/schema.prisma] [--migrations prisma/migrations]
//
// `prisma migrate dev` cannot run on machines without Prisma's binary host, so this diffs two schemas with
// the schema engine compiled to WebAssembly: the snapshot of the schema as of the last migration
// (<migrations>/schema.snapshot.prisma) against the current schema. The snapshot is committed with the
// migrations; never edit it by hand, or the next migration will be computed from a lie.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlQuery,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const SNAPSHOT_FILE = "schema.snapshot.prisma";

type SchemaEngineGlue = typeof import("@prisma/schema-engine-wasm/schema_engine_bg") & {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
};

// The wasm engine reports Rust panics through this global before it traps; without it the real message is lost.
let lastPanic: string | undefined;
(globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
  set_message(message: string) {
    lastPanic = message;
  },
};

// The engine insists on a driver adapter and probes the server when it is created, even though a
// schema-to-schema diff never touches a database. This adapter answers that one probe and refuses the rest,
// which proves no connection is needed. The reported version only matters for introspection, not for diffs.
function offlineAdapterFactory() {
  const refuse = async (what: string): Promise<never> => {
    throw new Error(`new-migration works offline; the schema engine unexpectedly asked for: ${what}`);
  };
  const adapter: SqlDriverAdapter = {
    provider: "postgres",
    adapterName: "offline",
    async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
      if (query.sql.includes("server_version_num")) {
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
          rows: [[true, "PostgreSQL 15.0 (offline)", 150000]],
        };
      }
      return refuse(query.sql);
    },
    executeRaw: (query) => refuse(query.sql),
    executeScript: (script) => refuse(script),
    startTransaction: () => refuse("a transaction"),
    getConnectionInfo: () => ({ supportsRelationJoins: true }),
    async dispose() {},
  };
  return bindMigrationAwareSqlAdapterFactory({
    provider: "postgres",
    adapterName: "offline",
    connect: async () => adapter,
    connectToShadowDb: () => refuse("a shadow database"),
  });
}

async function loadSchemaEngine(): Promise<typeof SchemaEngine> {
  // Resolved from the project rather than this file so it works however the script is loaded.
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = (await import(gluePath)) as SchemaEngineGlue;
  // The package's entry point imports the .wasm as an ES module, which plain Node cannot do: wire it by hand.
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  return glue.SchemaEngine;
}

function migrationTimestamp(date: Date): string {
  // UTC, like Prisma, so that names sort the same for everyone whatever their time zone.
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      schema: { type: "string", default: "prisma/schema.prisma" },
      migrations: { type: "string", default: "prisma/migrations" },
    },
  });
  const rawName = positionals[0];
  if (!rawName || positionals.length > 1) {
    throw new Error("usage: npx tsx scripts/db/new-migration.ts <name> [--schema file] [--migrations dir]");
  }
  const name = rawName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!name) throw new Error(`"${rawName}" has no letters or digits to name a migration with`);

  const schemaPath = path.resolve(values.schema);
  const migrationsDir = path.resolve(values.migrations);
  const snapshotPath = path.join(migrationsDir, SNAPSHOT_FILE);
  const target = await readFile(schemaPath, "utf8");
  const previous = existsSync(snapshotPath) ? await readFile(snapshotPath, "utf8") : undefined;

  const Engine = await loadSchemaEngine();
  const engine = await Engine.new({ datamodels: [["schema.prisma", target]] }, () => {}, offlineAdapterFactory());
  let script: string | null;
  try {
    const result = await engine.diff({
      from: previous === undefined ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "snapshot.prisma", content: previous }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: target }] },
      script: true,
      // With exitCode the engine says "2" for a non-empty diff; the script text alone is a comment either way.
      exitCode: true,
      filters: { externalTables: [], externalEnums: [] },
    });
    script = result.exitCode === 2 ? result.stdout : null;
  } finally {
    engine.free();
  }

  if (!script) {
    console.log("no changes");
    return;
  }
  const dir = path.join(migrationsDir, `${migrationTimestamp(new Date())}_${name}`);
  if (existsSync(dir)) throw new Error(`${dir} already exists; wait a second and retry`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), script);
  // Only after the migration exists, so a failure above never leaves a snapshot ahead of the migrations.
  await writeFile(snapshotPath, target);
  console.log(`wrote ${path.relative(process.cwd(), path.join(dir, "migration.sql"))}`);
}

// Exit explicitly: the wasm engine leaves a timer of about 10 s behind, even after free().
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    if (lastPanic) console.error(`schema engine panic: ${lastPanic}`);
    process.exit(1);
  },
);
