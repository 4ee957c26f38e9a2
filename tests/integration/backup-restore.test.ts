// `npm run db:backup` and `npm run db:restore` as an operator runs them (the real scripts, in child
// processes, on DATABASE_URL): a seeded and edited database restored into a fresh one is the same,
// table by table, row count and content; and restore refuses what it must refuse.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { createTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

const execFileAsync = promisify(execFile);
const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");

let source: TestDatabase;
let folder: string;
let backupFile: string;
const targets: TestDatabase[] = [];

// Text that COPY must escape: tab, newline, carriage return, backslash, quotes, a lone "\." line, Japanese.
const AWKWARD = "Line one\tcolumn\r\nline two with a back\\slash, \"quotes\", 'single'\n\\.\n日本語の要約 ✓";

async function script(name: "backup" | "restore", args: string[], databaseUrl: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(TSX, [`scripts/db/${name}.ts`, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 120_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

/** Every table's row count and an md5 of all its rows' text (in a fixed order); _migrations by name and checksum. */
async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const tables = await query<{ name: string }>(
    url,
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const result: Record<string, { rows: number; md5: string }> = {};
  for (const { name } of tables) {
    const rows = name === "_migrations" ? "(SELECT name, checksum FROM _migrations)" : `"${name.replace(/"/g, '""')}"`;
    const [row] = await query<{ rows: number; md5: string }>(
      url,
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) AS md5 FROM ${rows} t`,
    );
    result[name] = row!;
  }
  return result;
}

async function sequences(url: string): Promise<Record<string, string>> {
  const rows = await query<{ name: string; last: string }>(
    url,
    "SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public'",
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.last]));
}

async function freshTarget(prefix: string): Promise<TestDatabase> {
  const database = await createTestDatabase(prefix);
  targets.push(database);
  return database;
}

beforeAll(async () => {
  source = await seededDatabase("backup_source");
  folder = await mkdtemp(path.join(os.tmpdir(), "vv-backup-"));
  backupFile = path.join(folder, "portal.backup.gz");

  // Edits after the seed: plan saves (with their audit events) carrying text COPY has to escape.
  const editing = { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) };
  const plans = await import("@/lib/data/plans/reads");
  const planner: Actor = await actorByEmail(source.url, "planner@example.org");
  const created = await editing.createPlan(planner, {
    programId: "seed-program-srcp",
    title: "Backup check plan",
    firstFiscalYear: 2026,
    lastFiscalYear: 2027,
  });
  const values = (await plans.getPlanForEditing(planner, created.id)).values;
  await editing.savePlan(planner, created.id, { ...values, summary: AWKWARD, sustainment: "Handed over in FY2028." });
  const again = (await plans.getPlanForEditing(planner, created.id)).values;
  await editing.savePlan(planner, created.id, { ...again, title: "Backup check plan, second save" });
}, 180_000);

afterAll(async () => {
  await closeDatabase(source);
  for (const target of targets) await target.drop().catch(() => {});
  if (folder) await rm(folder, { recursive: true, force: true });
});

// Each test runs the real scripts in child processes (tsx compiling them first) and migrates a new
// database: seconds on a quiet machine, but a run beside other suites has taken over a minute, past
// the integration suite's 60 s per test; a script gets 120 s of its own (`script` above).
describe("db:backup and db:restore", { timeout: 300_000 }, () => {
  it("restore into a fresh database gives every table the same row count and content, and the same sequences", async () => {
    const backup = await script("backup", [backupFile], source.url);
    expect(backup.output).toContain("backed up");
    expect(backup.code).toBe(0);

    const target = await freshTarget("backup_target");
    const restore = await script("restore", [backupFile], target.url);
    expect(restore.output).toContain("restored");
    expect(restore.code).toBe(0);

    const before = await fingerprint(source.url);
    const after = await fingerprint(target.url);
    expect(Object.keys(after).length).toBeGreaterThan(20);
    expect(before.AuditEvent?.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    expect(await sequences(target.url)).toEqual(await sequences(source.url));

    const [plan] = await query<{ summary: string }>(
      target.url,
      `SELECT summary FROM "ProgramPlan" WHERE title = 'Backup check plan, second save'`,
    );
    expect(plan?.summary).toBe(AWKWARD);
  });

  it("keeps the restored audit trail append-only, and new events numbered after the restored ones", async () => {
    const target = await freshTarget("backup_audit");
    expect((await script("restore", [backupFile], target.url)).code).toBe(0);
    await expect(query(target.url, `UPDATE "AuditEvent" SET action = 'rewritten'`)).rejects.toThrow(/append-only/);
    const [max] = await query<{ id: string }>(target.url, `SELECT max(id)::text AS id FROM "AuditEvent"`);
    const [next] = await query<{ id: string }>(
      target.url,
      `INSERT INTO "AuditEvent" (action, entity, "entityId") VALUES ('test.insert', 'Test', 'x') RETURNING id::text AS id`,
    );
    expect(BigInt(next!.id)).toBeGreaterThan(BigInt(max!.id));
  });

  it("refuses a database that holds data unless --force, which replaces it", async () => {
    const target = await freshTarget("backup_occupied");
    await query(
      target.url,
      `INSERT INTO "PartnerState" (code, iso3, "nameEn", "nameJa", "isAsean", "sortOrder", "updatedAt") VALUES ('ZZ', 'ZZZ', 'Elsewhere', 'どこか', false, 99, now())`,
    );
    const refused = await script("restore", [backupFile], target.url);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/not empty.*--force/);
    expect(await query(target.url, `SELECT code FROM "PartnerState"`)).toEqual([{ code: "ZZ" }]);

    const forced = await script("restore", [backupFile, "--force"], target.url);
    expect(forced.code).toBe(0);
    expect(await fingerprint(target.url)).toEqual(await fingerprint(source.url));
  });

  it("refuses a backup made with a different set of migrations, and changes nothing", async () => {
    const lines = gunzipSync(await readFile(backupFile))
      .toString("utf8")
      .split("\n");
    const header = JSON.parse(lines[0]!) as { migrations: { name: string; checksum: string }[] };
    header.migrations.push({ name: "29991231000000_from_the_future", checksum: "0".repeat(64) });
    const other = path.join(folder, "other-migrations.backup.gz");
    await writeFile(other, gzipSync([JSON.stringify(header), ...lines.slice(1)].join("\n")));

    const target = await freshTarget("backup_migrations");
    const refused = await script("restore", [other], target.url);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain("different set of migrations");
    expect(refused.output).toContain("29991231000000_from_the_future");
    expect(Object.values(await fingerprint(target.url)).filter((t) => t.rows > 0)).toHaveLength(1); // _migrations only
  });

  it("loads nothing from a cut-off backup", async () => {
    const cut = path.join(folder, "cut.backup.gz");
    await writeFile(cut, await readFile(backupFile));
    await truncate(cut, Math.floor((await readFile(backupFile)).length * 0.6));
    const target = await freshTarget("backup_cut");
    const refused = await script("restore", [cut], target.url);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toMatch(/damaged|incomplete/);
    expect(Object.values(await fingerprint(target.url)).filter((t) => t.rows > 0)).toHaveLength(1);
  });
});
