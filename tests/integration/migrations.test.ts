import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "../../scripts/lib/migrate";
import { createTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";
import { query } from "./helpers";

const migrationsDir = path.join(process.cwd(), "prisma", "migrations");
let database: TestDatabase;

beforeAll(async () => {
  // An empty migrations folder gives a database with nothing in it.
  database = await createTestDatabase("migrations", mkdtempSync(path.join(tmpdir(), "no-migrations-")));
});
afterAll(() => database?.drop());

describe("migrations", () => {
  it("apply to an empty database, then find nothing left to apply", async () => {
    const committed = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(committed.length).toBeGreaterThan(0);

    expect(await applyMigrations(database.url, migrationsDir)).toEqual(committed);
    expect(await applyMigrations(database.url, migrationsDir)).toEqual([]);
  });

  it("create every table of the model", async () => {
    const rows = await query<{ table_name: string }>(
      database.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    const tables = rows.map((row) => row.table_name);
    for (const table of [
      "End",
      "Principle",
      "Approach",
      "KeyArea",
      "Means",
      "Framework",
      "PartnerState",
      "Program",
      "ProgramPlan",
      "PlanYear",
      "PlanObjective",
      "Milestone",
      "BudgetLine",
      "ConsultationRecord",
      "Activity",
      "ActivityParticipant",
      "ActivityNonInvitation",
      "PartnerNeed",
      "PlanComment",
      "User",
      "AuditEvent",
    ]) {
      expect(tables, table).toContain(table);
    }
  });
});

describe("the audit trail", () => {
  it("is append-only: the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    await query(database.url, `INSERT INTO "AuditEvent" (action, entity, "entityId", after) VALUES ('test', 'Test', '1', '{}')`);
    await expect(query(database.url, `UPDATE "AuditEvent" SET action = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(query(database.url, `DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(query(database.url, `TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);
    const rows = await query<{ action: string }>(database.url, `SELECT action FROM "AuditEvent"`);
    expect(rows.map((row) => row.action)).toEqual(["test"]);
  });
});

describe("integrity checks", () => {
  it("refuse a liaison officer without a state and reversed activity dates", async () => {
    await expect(
      query(
        database.url,
        `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('u1', 'x@y', 'X', 'h', 'LIAISON', now())`,
      ),
    ).rejects.toThrow(/User_liaison_has_state/);
    await query(
      database.url,
      `INSERT INTO "PartnerState" (code, iso3, "nameEn", "nameJa", "isAsean", "sortOrder", "updatedAt") VALUES ('PH', 'PHL', 'Philippines', 'フィリピン', true, 1, now())`,
    );
    await expect(
      query(database.url, `INSERT INTO "Program" (id, kind, "nameEn", "nameJa", "updatedAt") VALUES ('p1', 'BILATERAL', 'P', 'P', now())`),
    ).rejects.toThrow(/Program_bilateral_has_partner/);
    await query(
      database.url,
      `INSERT INTO "Program" (id, kind, "nameEn", "nameJa", "partnerStateCode", "updatedAt") VALUES ('p1', 'BILATERAL', 'P', 'P', 'PH', now())`,
    );
    const activity = (start: string, end: string, fy: number) =>
      query(
        database.url,
        `INSERT INTO "Activity" (id, "programId", kind, title, "startDate", "endDate", "fiscalYear", "updatedAt")
         VALUES ('a-' || md5(random()::text), 'p1', 'SEMINAR', 'T', $1, $2, $3, now())`,
        [start, end, fy],
      );
    await expect(activity("2026-05-02", "2026-05-01", 2026)).rejects.toThrow(/Activity_dates_ordered/);
    await expect(activity("2027-03-31", "2027-03-31", 2027)).rejects.toThrow(/Activity_fiscal_year_of_start/);
    await expect(activity("2027-03-31", "2027-04-01", 2026)).resolves.toEqual([]);
  });
});

describe("the committed migrations", () => {
  it("match prisma/schema.prisma: a new migration would be empty", () => {
    // Work on a copy: when the schema has drifted, the tool writes a migration there, not here.
    const copy = mkdtempSync(path.join(tmpdir(), "migrations-"));
    cpSync(migrationsDir, copy, { recursive: true });
    const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
    const output = execFileSync(tsx, ["scripts/db/new-migration.ts", "drift_check", "--migrations", copy], { encoding: "utf8" });
    expect(output.trim()).toBe("no changes");
  });
});

describe("the activity text filter", () => {
  it("is served by trigram indexes on title, Japanese title and location", async () => {
    // The list filters with ILIKE '%text%' on the three columns (lib/data/activities/reads.ts). On a tiny
    // table the planner prefers a scan, so scans are switched off to ask whether an index can serve.
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      await client.query("SET enable_seqscan = off");
      const { rows } = await client.query<{ "QUERY PLAN": string }>(
        `EXPLAIN SELECT id FROM "Activity" WHERE title ILIKE $1 OR "titleJa" ILIKE $1 OR location ILIKE $1`,
        ["%ship rider%"],
      );
      const plan = rows.map((row) => row["QUERY PLAN"]).join("\n");
      for (const index of ["Activity_title_trgm_idx", "Activity_titleJa_trgm_idx", "Activity_location_trgm_idx"]) {
        expect(plan, plan).toContain(index);
      }
    } finally {
      await client.end();
    }
  });
});
