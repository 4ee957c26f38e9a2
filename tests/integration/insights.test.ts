// The insight figures against the demo seed: coverage counts, the matrix, the charts' series and the
// map's counts equal what SQL written independently counts, they agree with the activity list their
// links open, and a liaison officer's coverage holds their own state only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, rejection, seededDatabase } from "./helpers";

let database: TestDatabase;
let insights: typeof import("@/lib/data/insights/reads");
let activities: typeof import("@/lib/data/activities/reads");
let planner: Actor;
let ph: Actor;

const ASEAN = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"];

beforeAll(async () => {
  database = await seededDatabase("insights");
  insights = await import("@/lib/data/insights/reads");
  activities = await import("@/lib/data/activities/reads");
  planner = await actorByEmail(database.url, "planner@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
});

afterAll(() => closeDatabase(database));

type Key = string;
const asMap = (rows: { fiscalYear: number; stateCode: string; keyAreaCode: string; count: number }[]): Record<Key, number> =>
  Object.fromEntries(rows.map((row) => [`${row.fiscalYear} ${row.stateCode} ${row.keyAreaCode}`, row.count]));

/**
 * "FY state keyArea" -> distinct activities, counted by SQL of its own: a cross product filtered with
 * IN-lists rather than the joins and EXISTS of lib/data/insights.
 */
async function coverageBySql(where: string, params: unknown[]): Promise<Record<Key, number>> {
  const rows = await query<{ fiscalYear: number; stateCode: string; keyAreaCode: string; n: string }>(
    database.url,
    `SELECT a."fiscalYear", p."stateCode", k."B" AS "keyAreaCode", count(DISTINCT a.id) AS n
     FROM "Activity" a, "ActivityParticipant" p, "_ActivityToKeyArea" k
     WHERE p."activityId" = a.id AND k."A" = a.id AND ${where}
     GROUP BY 1, 2, 3`,
    params,
  );
  return Object.fromEntries(rows.map((row) => [`${row.fiscalYear} ${row.stateCode} ${row.keyAreaCode}`, Number(row.n)]));
}

describe("coverage counts (the export's rows)", () => {
  it("equal SQL's counts for a fiscal-year span and a means", async () => {
    const rows = await insights.coverageCounts(planner, { fyFrom: 2019, fyTo: 2024, means: "M4" });
    const expected = await coverageBySql(
      `a."fiscalYear" BETWEEN 2019 AND 2024 AND a.id IN (SELECT "A" FROM "_ActivityToMeans" WHERE "B" = 'M4')`,
      [],
    );
    expect(Object.keys(expected).length).toBeGreaterThan(5);
    expect(asMap(rows)).toEqual(expected);
    // Each (year, state, key area) once, in display order.
    expect(new Set(rows.map((row) => `${row.fiscalYear} ${row.stateCode} ${row.keyAreaCode}`)).size).toBe(rows.length);
    expect(rows.map((row) => row.fiscalYear)).toEqual([...rows.map((row) => row.fiscalYear)].sort((a, b) => a - b));
  });

  it("narrow to a state's and a key area's rows, a status and a program", async () => {
    const rows = await insights.coverageCounts(planner, { state: "PH", keyArea: "K2", status: "CONDUCTED" });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.stateCode === "PH" && row.keyAreaCode === "K2")).toBe(true);
    expect(asMap(rows)).toEqual(await coverageBySql(`p."stateCode" = 'PH' AND k."B" = 'K2' AND a.status = 'CONDUCTED'`, []));
    const program = await insights.coverageCounts(planner, { program: "seed-program-srcp", fyFrom: 2020 });
    expect(program.length).toBeGreaterThan(0);
    expect(asMap(program)).toEqual(await coverageBySql(`a."programId" = $1 AND a."fiscalYear" >= 2020`, ["seed-program-srcp"]));
  });

  it("agree with the activity list: a cell is the list filtered by its year, state and key area", async () => {
    const rows = await insights.coverageCounts(planner, { fyFrom: 2025, fyTo: 2025 });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows.slice(0, 12)) {
      const list = await activities.listActivities(planner, {
        page: 1,
        fy: row.fiscalYear,
        state: row.stateCode,
        keyArea: row.keyAreaCode,
      });
      expect(row.count, `${row.stateCode} ${row.keyAreaCode}`).toBe(list.total);
    }
  });

  it("give a liaison officer their own state's rows only, whatever the filters ask", async () => {
    const rows = await insights.coverageCounts(ph, {});
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.stateCode))).toEqual(new Set(["PH"]));
    expect(asMap(rows)).toEqual(asMap((await insights.coverageCounts(planner, {})).filter((row) => row.stateCode === "PH")));
    expect(await insights.coverageCounts(ph, { state: "VN" })).toEqual([]);
  });
});

describe("the coverage matrix", () => {
  it("has every ASEAN member as a row and totals equal to the (activity, state, key area) triples", async () => {
    const matrix = await insights.coverageMatrix(planner, { fyFrom: 2025, fyTo: 2025 });
    expect(matrix.states.map((state) => state.code).sort()).toEqual([...ASEAN].sort());
    expect(matrix.keyAreas.map((area) => area.code)).toEqual(["K1", "K2", "K3"]);
    const [{ n }] = (await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "Activity" a
       JOIN "ActivityParticipant" p ON p."activityId" = a.id
       JOIN "PartnerState" s ON s.code = p."stateCode" AND s."isAsean"
       JOIN "_ActivityToKeyArea" k ON k."A" = a.id
       WHERE a."fiscalYear" = 2025`,
    )) as [{ n: string }];
    expect(Number(n)).toBeGreaterThan(0);
    expect(matrix.total).toBe(Number(n));
    expect(matrix.rowTotals.reduce((a, b) => a + b, 0)).toBe(Number(n));
    expect(matrix.columnTotals.reduce((a, b) => a + b, 0)).toBe(Number(n));
    matrix.counts.forEach((row, i) => expect(row.reduce((a, b) => a + b, 0)).toBe(matrix.rowTotals[i]));
    expect(matrix.max).toBe(Math.max(...matrix.counts.flat()));
  });

  it("counts in each cell the activities its link lists, with the program and means filters", async () => {
    const filters = { means: "M2" };
    const matrix = await insights.coverageMatrix(planner, { fyFrom: 2024, fyTo: 2024, ...filters });
    expect(matrix.total).toBeGreaterThan(0);
    for (const [i, state] of matrix.states.entries()) {
      for (const [j, area] of matrix.keyAreas.entries()) {
        const list = await activities.listActivities(planner, { page: 1, fy: 2024, state: state.code, keyArea: area.code, ...filters });
        expect(matrix.counts[i]![j], `${state.code} ${area.code}`).toBe(list.total);
      }
    }
  });

  it("does not exist for a liaison officer", async () => {
    expect(await rejection(insights.coverageMatrix(ph, { fyFrom: 2025, fyTo: 2025 }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(insights.activitiesPerYear(ph, { fyFrom: 2025, fyTo: 2025 }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(insights.activitiesPerState(ph, { fyFrom: 2025, fyTo: 2025 }))).toBeInstanceOf(NotFoundError);
  });
});

describe("the charts' series", () => {
  it("sum, per fiscal year, to the activities with that means or key area; statuses add up", async () => {
    const chart = await insights.activitiesPerYear(planner, { fyFrom: 2018, fyTo: 2027 });
    expect(chart.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    const perYear = async (table: string, code: string) => {
      const rows = await query<{ fiscalYear: number; n: string }>(
        database.url,
        `SELECT a."fiscalYear", count(*) AS n FROM "Activity" a
         WHERE a.id IN (SELECT "A" FROM "${table}" WHERE "B" = $1) GROUP BY 1`,
        [code],
      );
      return chart.years.map((fy) => Number(rows.find((row) => row.fiscalYear === fy)?.n ?? 0));
    };
    expect(chart.means.map((entry) => entry.code)).toEqual(["M1", "M2", "M3", "M4", "M5"]);
    for (const entry of chart.means) expect(entry.totals, entry.code).toEqual(await perYear("_ActivityToMeans", entry.code));
    for (const entry of chart.keyAreas) expect(entry.totals, entry.code).toEqual(await perYear("_ActivityToKeyArea", entry.code));
    for (const entry of [...chart.means, ...chart.keyAreas]) {
      const summed = chart.years.map((_, i) => Object.values(entry.byStatus).reduce((sum, counts) => sum + counts[i]!, 0));
      expect(summed, entry.code).toEqual(entry.totals);
    }
    const distinct = await query<{ fiscalYear: number; n: string }>(
      database.url,
      `SELECT "fiscalYear", count(*) AS n FROM "Activity" GROUP BY 1`,
    );
    expect(chart.activities).toEqual(chart.years.map((fy) => Number(distinct.find((row) => row.fiscalYear === fy)?.n ?? 0)));
    expect(chart.max).toBe(Math.max(...[...chart.means, ...chart.keyAreas].flatMap((entry) => entry.totals)));
  });

  it("narrow to a state's activities", async () => {
    const chart = await insights.activitiesPerYear(planner, { fyFrom: 2025, fyTo: 2025, state: "VN" });
    const [{ n }] = (await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "Activity" a WHERE a."fiscalYear" = 2025 AND a.id IN (SELECT "activityId" FROM "ActivityParticipant" WHERE "stateCode" = 'VN')`,
    )) as [{ n: string }];
    expect(chart.activities).toEqual([Number(n)]);
  });
});

describe("the map's counts", () => {
  it("are, per ASEAN member, the activities it takes part in over the span", async () => {
    const result = await insights.activitiesPerState(planner, { fyFrom: 2023, fyTo: 2025 });
    expect(result.states.map((state) => state.code).sort()).toEqual([...ASEAN].sort());
    const rows = await query<{ stateCode: string; n: string }>(
      database.url,
      `SELECT p."stateCode", count(DISTINCT p."activityId") AS n FROM "ActivityParticipant" p
       WHERE p."activityId" IN (SELECT id FROM "Activity" WHERE "fiscalYear" BETWEEN 2023 AND 2025) GROUP BY 1`,
    );
    for (const state of result.states) {
      expect(state.count, state.code).toBe(Number(rows.find((row) => row.stateCode === state.code)?.n ?? 0));
    }
    expect(result.states.some((state) => state.count > 0)).toBe(true);
  });

  it("equal the activity list behind each state's link for a single year", async () => {
    const result = await insights.activitiesPerState(planner, { fyFrom: 2025, fyTo: 2025, keyArea: "K3" });
    for (const state of result.states) {
      const list = await activities.listActivities(planner, { page: 1, fy: 2025, state: state.code, keyArea: "K3" });
      expect(state.count, state.code).toBe(list.total);
    }
  });
});
