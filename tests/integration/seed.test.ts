import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";
import { query, runSeed, tableCounts } from "./helpers";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("seed");
});
afterAll(() => database?.drop());

describe("demo seed", () => {
  it("gives the same counts when run twice", async () => {
    await runSeed(database.url);
    const first = await tableCounts(database.url);
    await runSeed(database.url);
    const second = await tableCounts(database.url);
    expect(second).toEqual(first);
    expect(first.Activity).toBeGreaterThan(50);
    expect(first.ProgramPlan).toBeGreaterThan(5);
  });

  it("seeds the framework of the policy text", async () => {
    const counts = await tableCounts(database.url);
    expect(counts.End).toBe(2);
    expect(counts.Principle).toBe(3);
    expect(counts.Approach).toBe(2);
    expect(counts.KeyArea).toBe(3);
    expect(counts.Means).toBe(5);
  });

  it("seeds the 11 ASEAN member states, Timor-Leste included", async () => {
    const rows = await query<{ code: string }>(database.url, 'SELECT code FROM "PartnerState" WHERE "isAsean" ORDER BY code');
    expect(rows.map((row) => row.code)).toEqual(["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"]);
  });

  it("creates the demo accounts with their roles and states", async () => {
    const users = await query<{ email: string; role: string; stateCode: string | null }>(
      database.url,
      'SELECT email, role::text AS role, "stateCode" FROM "User" ORDER BY email',
    );
    const byEmail = Object.fromEntries(users.map((user) => [user.email, user]));
    expect(byEmail["admin@example.org"]?.role).toBe("ADMIN");
    expect(byEmail["planner@example.org"]?.role).toBe("PLANNER");
    expect(byEmail["planner2@example.org"]?.role).toBe("PLANNER");
    expect(byEmail["liaison.ph@example.org"]).toMatchObject({ role: "LIAISON", stateCode: "PH" });
    expect(byEmail["liaison.tl@example.org"]).toMatchObject({ role: "LIAISON", stateCode: "TL" });
    expect(users.filter((user) => user.role === "LIAISON")).toHaveLength(11);
  });

  it("stores argon2id hashes, never the password", async () => {
    const rows = await query<{ passwordHash: string }>(database.url, 'SELECT "passwordHash" FROM "User"');
    for (const row of rows) {
      expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=1\$/);
      const [, m, t] = /m=(\d+),t=(\d+)/.exec(row.passwordHash) ?? [];
      expect(Number(m)).toBeGreaterThanOrEqual(19_456);
      expect(Number(t)).toBeGreaterThanOrEqual(2);
    }
  });

  it("keeps every activity's fiscal year consistent with its start date", async () => {
    const rows = await query<{ bad: string }>(
      database.url,
      `SELECT count(*) AS bad FROM "Activity"
       WHERE "fiscalYear" <> (CASE WHEN extract(month FROM "startDate") >= 4 THEN extract(year FROM "startDate")
                                   ELSE extract(year FROM "startDate") - 1 END)`,
    );
    expect(Number(rows[0]?.bad)).toBe(0);
  });
});

describe("demo after-action reports and feedback", () => {
  it("are on conducted activities only, and feedback only from states that took part", async () => {
    const [row] = await query<Record<string, string>>(
      database.url,
      `SELECT (SELECT count(*) FROM "AfterActionReport") AS reports,
              (SELECT count(*) FROM "AfterActionReport" r JOIN "Activity" a ON a.id = r."activityId" WHERE a.status <> 'CONDUCTED') AS "notConducted",
              (SELECT count(*) FROM "AfterActionReport" WHERE NOT illustrative) AS "notIllustrative",
              (SELECT count(*) FROM "PartnerFeedback") AS feedback,
              (SELECT count(*) FROM "PartnerFeedback" f WHERE NOT EXISTS (SELECT 1 FROM "ActivityParticipant" p
                 WHERE p."activityId" = f."activityId" AND p."stateCode" = f."stateCode")) AS "notTakingPart",
              (SELECT count(*) FROM "PartnerFeedback" f JOIN "User" u ON u.id = f."authorId" WHERE u."stateCode" IS DISTINCT FROM f."stateCode") AS "foreignAuthor",
              (SELECT count(*) FROM "FollowUpAction" WHERE "closedOn" IS NULL AND "dueDate" < DATE '2026-11-28') AS "openPastDue",
              (SELECT count(*) FROM "FollowUpAction" WHERE "closedOn" IS NOT NULL) AS closed,
              (SELECT count(*) FROM "Activity" a WHERE a.status = 'CONDUCTED' AND a."endDate" <= DATE '2026-11-28' - 30
                 AND NOT EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id)) AS overdue,
              (SELECT count(*) FROM "Activity" WHERE status = 'CONDUCTED') AS conducted`,
    );
    const n = Object.fromEntries(Object.entries(row!).map(([key, value]) => [key, Number(value)]));
    expect(n.notConducted).toBe(0);
    expect(n.notIllustrative).toBe(0);
    expect(n.notTakingPart).toBe(0);
    expect(n.foreignAuthor).toBe(0);
    // Most conducted activities are reported; a few are overdue (rule T7 shows); follow-ups mix closed and open past due.
    expect(n.reports).toBeGreaterThan(n.conducted! / 2);
    expect(n.overdue).toBeGreaterThan(0);
    expect(n.openPastDue).toBeGreaterThan(0);
    expect(n.closed).toBeGreaterThan(0);
    expect(n.feedback).toBeGreaterThan(0);
  });
});

describe("reference-only seed", () => {
  it("creates no demo accounts and no illustrative records", async () => {
    const reference = await createTestDatabase("seed_reference");
    try {
      await runSeed(reference.url, ["--reference-only"]);
      const counts = await tableCounts(reference.url);
      expect(counts.User).toBe(0);
      expect(counts.PartnerState).toBeGreaterThanOrEqual(19);
      const [illustrative] = await query<{ n: string }>(reference.url, 'SELECT count(*) AS n FROM "Activity" WHERE illustrative');
      expect(Number(illustrative?.n)).toBe(0);
    } finally {
      await reference.drop();
    }
  });
});
