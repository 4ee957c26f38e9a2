// The lists that grow with the years (plans, needs, programs): paged or capped so that a page's weight
// does not grow with the data, with totals that still count everything in the viewer's scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let planner: Actor;
let ph: Actor;
let data: {
  plans: typeof import("@/lib/data/plans/reads");
  needs: typeof import("@/lib/data/needs/reads");
  programs: typeof import("@/lib/data/programs/reads");
  framework: typeof import("@/lib/data/reference/framework");
  reference: typeof import("@/lib/data/reference/reads");
};

const count = async (sql: string) => Number((await query<{ n: string }>(database.url, sql))[0]!.n);

beforeAll(async () => {
  database = await seededDatabase("list_pages");
  data = {
    plans: await import("@/lib/data/plans/reads"),
    needs: await import("@/lib/data/needs/reads"),
    programs: await import("@/lib/data/programs/reads"),
    framework: await import("@/lib/data/reference/framework"),
    reference: await import("@/lib/data/reference/reads"),
  };
  planner = await actorByEmail(database.url, "planner@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  // Seventy more Philippine needs: more than one page, for the planner and for the Philippines' officer.
  await query(
    database.url,
    `INSERT INTO "PartnerNeed" (id, "stateCode", title, "keyAreaCode", "updatedAt", "createdAt")
     SELECT 'paged-need-' || n, 'PH', 'Paged need ' || n, 'K1', now(), now() - n * interval '1 minute' FROM generate_series(1, 70) n`,
  );
});

afterAll(() => closeDatabase(database));

describe("needs", () => {
  it("come 50 a page, every need of the scope on exactly one page, with the scope's total", async () => {
    for (const [actor, where] of [
      [planner, "true"],
      [ph, `"stateCode" = 'PH'`],
    ] as const) {
      const total = await count(`SELECT count(*) AS n FROM "PartnerNeed" WHERE ${where}`);
      const first = await data.needs.listNeeds(actor, {}, 1);
      expect(first.total).toBe(total);
      expect(first.pageCount).toBe(Math.ceil(total / 50));
      expect(first.rows).toHaveLength(50);
      const seen: string[] = [];
      for (let page = 1; page <= first.pageCount; page++) seen.push(...(await data.needs.listNeeds(actor, {}, page)).rows.map((n) => n.id));
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    }
    // The officer's pages hold no other state's need.
    const all = (await data.needs.listNeeds(ph, {}, 2)).rows;
    expect(all.every((need) => need.state.code === "PH")).toBe(true);
  });

  it("count what the filters leave, not the page", async () => {
    const filtered = await data.needs.listNeeds(planner, { state: "PH" }, 2);
    expect(filtered.total).toBe(await count(`SELECT count(*) AS n FROM "PartnerNeed" WHERE "stateCode" = 'PH'`));
    expect(filtered.rows.every((need) => need.state.code === "PH")).toBe(true);
  });
});

describe("plans", () => {
  it("come a page at a time, with the total of the scope", async () => {
    const total = await count(`SELECT count(*) AS n FROM "ProgramPlan"`);
    const first = await data.plans.listPlans(planner, {}, 1);
    expect(first.total).toBe(total);
    expect(first.rows.length).toBe(Math.min(total, 50));
    const past = await data.plans.listPlans(planner, {}, first.pageCount + 1);
    expect(past.rows).toEqual([]);
  });
});

describe("programs by the part of the framework they serve", () => {
  it("list exactly the programs linked to that end, approach, key area or means, within the scope", async () => {
    for (const [filter, table, code] of [
      ["keyArea", "_KeyAreaToProgram", "K1"],
      ["means", "_MeansToProgram", "M1"],
      ["end", "_EndToProgram", "E1"],
      ["approach", "_ApproachToProgram", "A1"],
    ] as const) {
      const linked = (await query<{ id: string }>(database.url, `SELECT "B" AS id FROM "${table}" WHERE "A" = $1`, [code])).map(
        (r) => r.id,
      );
      const listed = (await data.programs.listPrograms(planner, { [filter]: code })).map((p) => p.id);
      expect(listed.length, filter).toBeGreaterThan(0);
      expect(listed.sort(), filter).toEqual([...linked].sort());
      const own = (await data.programs.listPrograms(ph, { [filter]: code })).map((p) => p.id);
      const inScope = (await data.programs.listPrograms(ph)).map((p) => p.id);
      expect(
        own.every((id) => inScope.includes(id) && linked.includes(id)),
        filter,
      ).toBe(true);
    }
  });

  it("name a few under each part of the framework page, and count all of them", async () => {
    const view = await data.framework.getFramework(planner);
    for (const item of [...view.ends, ...view.approaches, ...view.keyAreas, ...view.means]) {
      const filter = item.code.startsWith("E")
        ? "end"
        : item.code.startsWith("A")
          ? "approach"
          : item.code.startsWith("K")
            ? "keyArea"
            : "means";
      expect(item.programs.length).toBeLessThanOrEqual(data.framework.PROGRAMS_SHOWN);
      expect(item.programCount).toBe((await data.programs.listPrograms(planner, { [filter]: item.code })).length);
    }
  });
});

describe("the program filters' options, fetched once the filter is used", () => {
  it("are the programs in the viewer's scope: all for a planner, none of another state's bilateral ones for an officer", async () => {
    const all = (await data.reference.listProgramOptions(planner)).map((p) => p.id);
    expect(all).toHaveLength(await count(`SELECT count(*) AS n FROM "Program"`));
    const own = (await data.reference.listProgramOptions(ph)).map((p) => p.id);
    expect(own.sort()).toEqual((await data.programs.listPrograms(ph)).map((p) => p.id).sort());
    const vn = (
      await query<{ id: string }>(database.url, `SELECT id FROM "Program" WHERE kind = 'BILATERAL' AND "partnerStateCode" = 'VN'`)
    ).map((r) => r.id);
    expect(vn.length).toBeGreaterThan(0);
    expect(own.filter((id) => vn.includes(id))).toEqual([]);
  });
});

describe("the need triage panel's activities", () => {
  it("are the state's latest by start date, a bounded number, with those already answering the need however old", async () => {
    const state = "VN";
    const need = "seed-demo-vn-need";
    // A long history: 250 old activities of Viet Nam's, and one of them, the oldest, answering the need.
    await query(
      database.url,
      `INSERT INTO "Activity" (id, "programId", kind, title, "startDate", "endDate", "fiscalYear", "updatedAt")
       SELECT 'old-vn-' || n, 'seed-program-bilateral-vn', 'TRAINING', 'Old training ' || n,
              date '2001-05-01' + n, date '2001-05-01' + n, 2001, now() FROM generate_series(1, 250) n`,
    );
    await query(
      database.url,
      `INSERT INTO "ActivityParticipant" ("activityId", "stateCode", role) SELECT 'old-vn-' || n, $1, 'PARTICIPANT' FROM generate_series(1, 250) n`,
      [state],
    );
    await query(database.url, `INSERT INTO "_NeedActivities" ("A", "B") VALUES ('old-vn-1', $1)`, [need]);

    const triage = await data.needs.getNeedTriage(planner, need);
    const latest = await query<{ id: string }>(
      database.url,
      `SELECT a.id FROM "Activity" a JOIN "ActivityParticipant" p ON p."activityId" = a.id
       WHERE p."stateCode" = $1 ORDER BY a."startDate" DESC, a.id LIMIT $2`,
      [state, data.needs.TRIAGE_ACTIVITIES],
    );
    const listed = triage.activities.map((a) => a.id);
    expect(listed.sort()).toEqual([...latest.map((r) => r.id), "old-vn-1"].sort());
    expect(triage.moreActivities).toBe(true);
    // Latest first, and dates as the panel shows them.
    expect(triage.activities.map((a) => a.startDate)).toEqual([...triage.activities.map((a) => a.startDate)].sort().reverse());
    expect(triage.activities.at(-1)).toMatchObject({ id: "old-vn-1", startDate: "2001-05-02", status: "PLANNED" });
    // A state with fewer activities than the bound: all of them, and nothing said of older ones.
    const ph = await data.needs.getNeedTriage(planner, "seed-demo-ph-need");
    expect(ph.moreActivities).toBe(false);
    expect(ph.activities.length).toBe(await count(`SELECT count(*) AS n FROM "ActivityParticipant" WHERE "stateCode" = 'PH'`));
  });
});
