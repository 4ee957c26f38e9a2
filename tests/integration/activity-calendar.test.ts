// The activity calendar and timeline against the demo seed: their figures equal the database's, they
// keep a liaison officer to their state's activities, and the filters narrow them exactly as they
// narrow the activity list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let planner: Actor;
let ph: Actor;
let calendar: typeof import("@/lib/data/activities/calendar");
let timelines: typeof import("@/lib/data/activities/timeline");
let activities: typeof import("@/lib/data/activities/reads");

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
// Wide enough for every seeded activity (FY2016..FY2027): the whole data set in one "month".
const ALL = { from: day("2000-01-01"), to: day("2100-12-31") };
// Twenty fiscal years (the most the timeline shows) around the seeded FY2016..FY2027.
const ALL_YEARS = { from: 2012, to: 2031 };
const VN_BILATERAL = "seed-program-bilateral-vn";

beforeAll(async () => {
  database = await seededDatabase("activity_calendar");
  calendar = await import("@/lib/data/activities/calendar");
  timelines = await import("@/lib/data/activities/timeline");
  activities = await import("@/lib/data/activities/reads");
  planner = await actorByEmail(database.url, "planner@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
});

afterAll(() => closeDatabase(database));

/** Ids of the activities overlapping [from, to], straight from SQL, optionally only those PH takes part in. */
async function idsInRange(from: string, to: string, state?: string): Promise<string[]> {
  const rows = await query<{ id: string }>(
    database.url,
    `SELECT a.id FROM "Activity" a
     WHERE a."startDate" <= $2::date AND a."endDate" >= $1::date
       AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = $3))
     ORDER BY a."startDate", a.id`,
    [from, to, state ?? null],
  );
  return rows.map((row) => row.id);
}

/** "programId FY" -> count, straight from SQL, optionally only the activities PH takes part in. */
async function countsByProgramAndYear(state?: string): Promise<Record<string, number>> {
  const rows = await query<{ programId: string; fiscalYear: number; n: string }>(
    database.url,
    `SELECT a."programId", a."fiscalYear", count(*) AS n FROM "Activity" a
     WHERE $1::text IS NULL OR EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = $1)
     GROUP BY 1, 2`,
    [state ?? null],
  );
  return Object.fromEntries(rows.map((row) => [`${row.programId} ${row.fiscalYear}`, Number(row.n)]));
}

/** The timeline's cells as "programId FY" -> count, zeros left out like SQL leaves them out. */
function cells(timeline: Awaited<ReturnType<typeof timelines.programTimeline>>): Record<string, number> {
  const result: Record<string, number> = {};
  for (const { program, counts } of timeline.rows) {
    for (const [fy, n] of Object.entries(counts)) if (n > 0) result[`${program.id} ${fy}`] = n;
  }
  return result;
}

describe("the calendar month", () => {
  it("holds, for a planner, exactly the activities overlapping the month, in date order", async () => {
    // November 2026 is the demo's "today"; March 2018 and February 2019 have activities that began
    // the month before; October/November 2027 share one that runs over the month's end.
    const months: [string, string][] = [
      ["2026-11-01", "2026-11-30"],
      ["2027-01-01", "2027-01-31"],
      ["2018-03-01", "2018-03-31"],
      ["2019-02-01", "2019-02-28"],
      ["2027-11-01", "2027-11-30"],
    ];
    for (const [from, to] of months) {
      const result = await calendar.listActivitiesInRange(planner, {}, day(from), day(to));
      expect(result.capped).toBe(false);
      const expected = await idsInRange(from, to);
      expect(expected.length, from).toBeGreaterThan(0);
      expect(
        result.rows.map((row) => row.id),
        from,
      ).toEqual(expected);
    }
    const march = await calendar.listActivitiesInRange(planner, {}, day("2018-03-01"), day("2018-03-31"));
    expect(march.rows.map((row) => row.id)).toContain("seed-activity-hadr-1");
  });

  it("shows liaison.ph only activities the Philippines takes part in", async () => {
    const result = await calendar.listActivitiesInRange(ph, {}, ALL.from, ALL.to);
    const ids = result.rows.map((row) => row.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).toEqual(await idsInRange("2000-01-01", "2100-12-31", "PH"));
    // Every id checked on its own against the participation table.
    const taking = await query<{ activityId: string }>(
      database.url,
      `SELECT "activityId" FROM "ActivityParticipant" WHERE "stateCode" = 'PH' AND "activityId" = ANY($1::text[])`,
      [ids],
    );
    expect(new Set(taking.map((row) => row.activityId))).toEqual(new Set(ids));
    // Asking for another state's activities does not widen the scope.
    const byVn = await calendar.listActivitiesInRange(ph, { state: "VN" }, ALL.from, ALL.to);
    expect(byVn.rows.every((row) => ids.includes(row.id))).toBe(true);
    expect(byVn.rows.some((row) => row.program.id === VN_BILATERAL)).toBe(false);
  });
});

describe("the timeline", () => {
  it("counts, for a planner, what SQL counts per program and fiscal year", async () => {
    const timeline = await timelines.programTimeline(planner, {}, ALL_YEARS, "year");
    expect(cells(timeline)).toEqual(await countsByProgramAndYear());
    expect(timeline.total).toBe(Number((await query<{ n: string }>(database.url, `SELECT count(*) AS n FROM "Activity"`))[0]?.n));
    expect(timeline.rows.map((row) => row.program.id)).toContain(VN_BILATERAL);
  });

  it("shows by default the last ten fiscal years up to the latest with activities", async () => {
    const [{ max }] = (await query<{ max: number }>(database.url, `SELECT max("fiscalYear") AS max FROM "Activity"`)) as [{ max: number }];
    const timeline = await timelines.programTimeline(planner, {}, {}, "year");
    expect(timeline.years).toHaveLength(10);
    expect(timeline.years.at(-1)).toBe(max);
    const expected = Object.entries(await countsByProgramAndYear()).filter(([key]) => timeline.years.includes(Number(key.split(" ")[1])));
    expect(cells(timeline)).toEqual(Object.fromEntries(expected));
  });

  it("shows one column when the fiscal-year filter is set, whatever from/to say", async () => {
    const timeline = await timelines.programTimeline(planner, { fy: 2026 }, { from: 2018, to: 2027 }, "year");
    expect(timeline.years).toEqual([2026]);
    expect(timeline.total).toBe((await activities.listActivities(planner, { page: 1, fy: 2026 })).total);
  });

  it("gives liaison.ph the Philippines' counts and no Viet Nam bilateral program", async () => {
    const timeline = await timelines.programTimeline(ph, {}, ALL_YEARS, "year");
    expect(timeline.rows.length).toBeGreaterThan(0);
    expect(timeline.rows.map((row) => row.program.id)).not.toContain(VN_BILATERAL);
    expect(cells(timeline)).toEqual(await countsByProgramAndYear("PH"));
    // Even when the filters name it.
    const named = await timelines.programTimeline(ph, { program: VN_BILATERAL }, ALL_YEARS, "year");
    expect(named.rows).toEqual([]);
    expect(named.total).toBe(0);
  });
});

describe("the filters narrow both views as they narrow the list", () => {
  const cases: [string, () => Actor, Omit<ActivityFilters, "page">][] = [
    ["planner, key area K1", () => planner, { keyArea: "K1" }],
    ["planner, conducted", () => planner, { status: "CONDUCTED" }],
    ["planner, K3 and cancelled", () => planner, { keyArea: "K3", status: "CANCELLED" }],
    ["liaison.ph, conducted", () => ph, { status: "CONDUCTED" }],
    ["liaison.ph, state VN", () => ph, { state: "VN" }],
  ];
  for (const [name, actorOf, filters] of cases) {
    it(name, async () => {
      const actor = actorOf();
      const { total } = await activities.listActivities(actor, { ...filters, page: 1 });
      const unfiltered = (await activities.listActivities(actor, { page: 1 })).total;
      expect(total).toBeLessThan(unfiltered);
      const month = await calendar.listActivitiesInRange(actor, filters, ALL.from, ALL.to);
      expect(month.rows).toHaveLength(total);
      const timeline = await timelines.programTimeline(actor, filters, ALL_YEARS, "year");
      expect(timeline.total).toBe(total);
    });
  }

  it("every timeline cell equals the list total behind its link", async () => {
    const filters = { keyArea: "K3" };
    const timeline = await timelines.programTimeline(planner, filters, ALL_YEARS, "year");
    for (const { program, counts } of timeline.rows) {
      for (const fy of timeline.years) {
        const listed = await activities.listActivities(planner, { ...filters, page: 1, program: program.id, fy });
        expect(counts[fy] ?? 0, `${program.id} FY${fy}`).toBe(listed.total);
      }
    }
  });
});

describe("the timeline's bars", () => {
  /** Plan ids overlapping FY2012..FY2031, straight from SQL; for a state, those shared with it and not in draft. */
  async function planIds(state?: string): Promise<string[]> {
    const rows = await query<{ id: string }>(
      database.url,
      `SELECT p.id FROM "ProgramPlan" p
       WHERE p."firstFiscalYear" <= 2031 AND p."lastFiscalYear" >= 2012
         AND ($1::text IS NULL OR (p."sharedAt" IS NOT NULL AND p.status::text <> 'DRAFT'
           AND EXISTS (SELECT 1 FROM "_PlanSharedWith" w WHERE w."A" = $1 AND w."B" = p.id)))
       ORDER BY p.id`,
      [state ?? null],
    );
    return rows.map((row) => row.id);
  }
  const plansOf = (timeline: Awaited<ReturnType<typeof timelines.programTimeline>>) =>
    timeline.rows.flatMap((row) => row.plans.map((plan) => plan.id)).sort();

  it("draws every plan a planner may see, and for liaison.ph only those shared with the Philippines", async () => {
    expect(plansOf(await timelines.programTimeline(planner, {}, ALL_YEARS, "year"))).toEqual(await planIds());
    const shared = await planIds("PH");
    expect(shared.length).toBeGreaterThan(0);
    expect(plansOf(await timelines.programTimeline(ph, {}, ALL_YEARS, "year"))).toEqual(shared);
  });

  it("marks each plan's milestones due on the axis", async () => {
    const timeline = await timelines.programTimeline(planner, {}, { from: 2024, to: 2026 }, "year");
    const drawn = timeline.rows.flatMap((row) =>
      row.plans.flatMap((plan) => plan.milestones.map((m) => `${plan.id} ${m.id} ${m.dueDate.toISOString().slice(0, 10)}`)),
    );
    const expected = await query<{ key: string }>(
      database.url,
      `SELECT y."planId" || ' ' || m.id || ' ' || to_char(m."dueDate", 'YYYY-MM-DD') AS key
       FROM "Milestone" m JOIN "PlanYear" y ON y.id = m."planYearId" JOIN "ProgramPlan" p ON p.id = y."planId"
       WHERE m."dueDate" BETWEEN '2024-04-01' AND '2027-03-31' AND p."firstFiscalYear" <= 2026 AND p."lastFiscalYear" >= 2024`,
    );
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.sort()).toEqual(expected.map((row) => row.key).sort());
  });

  it("loads at most a few activities per program and column, the earliest, and counts them all", async () => {
    const { ACTIVITIES_PER_COLUMN } = await import("@/lib/timeline");
    for (const zoom of ["year", "month"] as const) {
      const timeline = await timelines.programTimeline(planner, {}, { from: 2025, to: 2027 }, zoom);
      const column = zoom === "year" ? `a."fiscalYear"::text` : `to_char(a."startDate", 'YYYY-MM')`;
      const rows = await query<{ key: string; n: string; first: string[] }>(
        database.url,
        `SELECT a."programId" || ' ' || ${column} AS key, count(*) AS n,
           (array_agg(a.id ORDER BY a."startDate", a.id))[1:${ACTIVITIES_PER_COLUMN[zoom]}] AS first
         FROM "Activity" a WHERE a."fiscalYear" BETWEEN 2025 AND 2027 GROUP BY 1`,
      );
      const counts: Record<string, number> = {};
      for (const row of timeline.rows) for (const [key, n] of Object.entries(row.counts)) counts[`${row.program.id} ${key}`] = n;
      expect(counts, zoom).toEqual(Object.fromEntries(rows.map((row) => [row.key, Number(row.n)])));
      const loaded = timeline.rows.flatMap((row) => row.activities.map((a) => a.id)).sort();
      expect(loaded, zoom).toEqual(rows.flatMap((row) => row.first).sort());
      expect(timeline.total).toBe(rows.reduce((sum, row) => sum + Number(row.n), 0));
    }
  });
});
