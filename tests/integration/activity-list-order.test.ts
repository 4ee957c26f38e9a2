// The activity list's orders: by default what is under way or to come (soonest first), then the past
// (latest first); or a column's order from the URL. Every page of either holds each activity of the
// reader's scope exactly once, wherever the page boundary falls between the two parts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { TestDatabase } from "@/scripts/lib/test-database";
import type { ActivityFilters, ActivitySort } from "@/lib/validation/activity-filters";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let planner: Actor;
let ph: Actor;
let reads: typeof import("@/lib/data/activities/reads");

const day = (date: Date) => date.toISOString().slice(0, 10);

beforeAll(async () => {
  database = await seededDatabase("activity_order");
  reads = await import("@/lib/data/activities/reads");
  planner = await actorByEmail(database.url, "planner@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  // Enough activities for several pages on both sides of the chosen day, some of them under way on it.
  await query(
    database.url,
    `INSERT INTO "Activity" (id, "programId", title, kind, status, "startDate", "endDate", "fiscalYear", "updatedAt")
     SELECT 'order-' || n, 'seed-program-srcp', 'Order ' || n, 'SEMINAR', 'PLANNED', d, d + (n % 7),
       extract(year FROM d - interval '3 months')::int, now()
     FROM generate_series(1, 120) n, LATERAL (SELECT DATE '2027-01-01' + (n - 60) * 3 AS d) x`,
  );
  await query(
    database.url,
    `INSERT INTO "ActivityParticipant" ("activityId", "stateCode", role) SELECT 'order-' || n, 'PH', 'HOST' FROM generate_series(1, 120) n`,
  );
});

afterAll(() => closeDatabase(database));

/** Every page of the list, in order. */
async function allPages(actor: Actor, filters: Partial<ActivityFilters>, today: Date) {
  const first = await reads.listActivities(actor, { page: 1, ...filters }, { today });
  const rows = [...first.rows];
  for (let page = 2; page <= first.pageCount; page++)
    rows.push(...(await reads.listActivities(actor, { page, ...filters }, { today })).rows);
  return { total: first.total, rows };
}

describe("the activity list's default order", () => {
  const today = new Date("2027-01-01T00:00:00Z");

  for (const [who, actor, scope] of [
    ["a planner", () => planner, "true"],
    [
      "the Philippines' liaison officer",
      () => ph,
      `EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')`,
    ],
  ] as const) {
    it(`puts, for ${who}, what ends today or later first (soonest start first), then the rest latest first, each once`, async () => {
      const expected = await query<{ id: string; upcoming: boolean }>(
        database.url,
        `SELECT a.id, a."endDate" >= $1::date AS upcoming FROM "Activity" a WHERE ${scope}`,
        [day(today)],
      );
      const { total, rows } = await allPages(actor(), {}, today);
      expect(total).toBe(expected.length);
      expect(rows.map((row) => row.id).sort()).toEqual(expected.map((row) => row.id).sort());
      const upcoming = expected.filter((row) => row.upcoming).length;
      expect(upcoming).toBeGreaterThan(50);
      expect(rows.length - upcoming).toBeGreaterThan(50);
      // The first part: every row ends today or later, by start date rising; then none does, falling.
      const head = rows.slice(0, upcoming);
      const tail = rows.slice(upcoming);
      expect(head.every((row) => row.endDate >= today)).toBe(true);
      expect(tail.every((row) => row.endDate < today)).toBe(true);
      expect(head.map((row) => day(row.startDate))).toEqual(head.map((row) => day(row.startDate)).sort());
      expect(tail.map((row) => day(row.startDate))).toEqual(
        tail
          .map((row) => day(row.startDate))
          .sort()
          .reverse(),
      );
    });
  }

  it("keeps filters on both parts", async () => {
    const { rows } = await allPages(planner, { status: "PLANNED", state: "PH" }, today);
    const expected = await query<{ n: number }>(
      database.url,
      `SELECT count(*)::int AS n FROM "Activity" a WHERE a.status = 'PLANNED'
         AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')`,
    );
    expect(rows).toHaveLength(expected[0]!.n);
    expect(rows.every((row) => row.status === "PLANNED")).toBe(true);
  });
});

describe("a column's order", () => {
  const today = new Date("2027-01-01T00:00:00Z");
  const cases: [ActivitySort, (row: Awaited<ReturnType<typeof allPages>>["rows"][number]) => string][] = [
    ["date", (row) => day(row.startDate)],
    ["-date", (row) => day(row.startDate)],
    ["status", (row) => row.status],
    ["-status", (row) => row.status],
  ];
  for (const [sort, key] of cases) {
    it(`"${sort}" holds every activity once, in that order`, async () => {
      const { total, rows } = await allPages(planner, { sort }, today);
      expect(new Set(rows.map((row) => row.id)).size).toBe(total);
      expect(rows).toHaveLength(total);
      const keys = rows.map(key);
      // Statuses sort in the enum's declared order, as PostgreSQL compares them.
      const order = (await query<{ v: string }>(database.url, `SELECT unnest(enum_range(NULL::"ActivityStatus"))::text AS v`)).map(
        (r) => r.v,
      );
      const rank = (value: string) => (sort.endsWith("status") ? String(order.indexOf(value)).padStart(2, "0") : value);
      const sorted = keys.map(rank).sort();
      expect(keys.map(rank)).toEqual(sort.startsWith("-") ? sorted.reverse() : sorted);
    });
  }

  it("by title follows the language: Japanese titles where they exist", async () => {
    const en = (await reads.listActivities(planner, { page: 1, sort: "title" }, { today })).rows.map((row) => row.id);
    const ja = (await reads.listActivities(planner, { page: 1, sort: "title" }, { today, ja: true })).rows.map((row) => row.id);
    expect(en).toHaveLength(50);
    expect(ja).toHaveLength(50);
    expect(ja).not.toEqual(en);
  });
});
