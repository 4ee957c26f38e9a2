// The activity export reads the same scope as the pages: a liaison officer's file holds exactly their
// state's activities, and nothing of another state's bilateral work.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let exports: typeof import("@/lib/data/exports");
let ph: Actor;
let planner: Actor;

beforeAll(async () => {
  database = await seededDatabase("exports");
  exports = await import("@/lib/data/exports");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  planner = await actorByEmail(database.url, "planner@example.org");
});

afterAll(() => closeDatabase(database));

async function exportedIds(actor: Actor, filters = {}, locale = "en"): Promise<string[]> {
  const ids: string[] = [];
  for await (const row of exports.exportActivities(actor, filters, locale)) ids.push(row.id);
  return ids;
}

const column = async (sql: string) => (await query<{ id: string }>(database.url, sql)).map((row) => row.id).sort();

describe("activity export", () => {
  it("gives a liaison officer exactly their state's activities", async () => {
    const ids = (await exportedIds(ph)).sort();
    expect(ids).toEqual(await column(`SELECT DISTINCT "activityId" AS id FROM "ActivityParticipant" WHERE "stateCode" = 'PH'`));
    const vnBilateral = await column(
      `SELECT a.id FROM "Activity" a JOIN "Program" p ON p.id = a."programId" WHERE p.kind = 'BILATERAL' AND p."partnerStateCode" = 'VN'`,
    );
    expect(vnBilateral.length).toBeGreaterThan(0);
    expect(ids.filter((id) => vnBilateral.includes(id))).toEqual([]);
  });

  it("gives a planner every activity, filtered like the list", async () => {
    expect((await exportedIds(planner)).sort()).toEqual(await column(`SELECT id FROM "Activity"`));
    expect((await exportedIds(planner, { fy: 2019 })).sort()).toEqual(await column(`SELECT id FROM "Activity" WHERE "fiscalYear" = 2019`));
  });

  it("names things in the reader's language", async () => {
    const first = await exports.exportActivities(planner, { program: "seed-program-srcp" }, "ja").next();
    expect(first.value && first.value.program).toBe(
      (await query<{ nameJa: string }>(database.url, `SELECT "nameJa" FROM "Program" WHERE id = 'seed-program-srcp'`))[0]?.nameJa,
    );
  });
});
