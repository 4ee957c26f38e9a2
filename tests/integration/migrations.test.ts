import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
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
      "End", "Principle", "Approach", "KeyArea", "Means", "Framework", "PartnerState", "Program", "ProgramPlan",
      "PlanYear", "PlanObjective", "Milestone", "BudgetLine", "ConsultationRecord", "Activity", "ActivityParticipant",
      "ActivityNonInvitation", "PartnerNeed", "PlanComment", "User", "AuditEvent",
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
