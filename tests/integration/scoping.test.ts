// The need-to-know rule of DESIGN.md, checked against the database itself: a liaison officer of the
// Philippines gets nothing of Viet Nam's bilateral work, in any list or detail; planners see it all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let ph: Actor;
let planner: Actor;
let admin: Actor;
// Viet Nam's bilateral records, read straight from the database.
let vn: { programs: string[]; activities: string[]; plans: string[]; needs: string[] };

type Data = {
  activities: typeof import("@/lib/data/activities");
  programs: typeof import("@/lib/data/programs");
  plans: typeof import("@/lib/data/plans");
  needs: typeof import("@/lib/data/needs");
  states: typeof import("@/lib/data/states");
  dashboard: typeof import("@/lib/data/dashboard");
  framework: typeof import("@/lib/data/framework");
  reference: typeof import("@/lib/data/reference");
};
let data: Data;

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

beforeAll(async () => {
  database = await seededDatabase("scoping");
  data = {
    activities: await import("@/lib/data/activities"),
    programs: await import("@/lib/data/programs"),
    plans: await import("@/lib/data/plans"),
    needs: await import("@/lib/data/needs"),
    states: await import("@/lib/data/states"),
    dashboard: await import("@/lib/data/dashboard"),
    framework: await import("@/lib/data/framework"),
    reference: await import("@/lib/data/reference"),
  };
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  planner = await actorByEmail(database.url, "planner@example.org");
  admin = await actorByEmail(database.url, "admin@example.org");
  const column = async (sql: string) => (await query<{ id: string }>(database.url, sql)).map((row) => row.id);
  vn = {
    programs: await column(`SELECT id FROM "Program" WHERE kind = 'BILATERAL' AND "partnerStateCode" = 'VN'`),
    activities: await column(
      `SELECT a.id FROM "Activity" a JOIN "Program" p ON p.id = a."programId" WHERE p.kind = 'BILATERAL' AND p."partnerStateCode" = 'VN'`,
    ),
    plans: await column(
      `SELECT pl.id FROM "ProgramPlan" pl JOIN "Program" p ON p.id = pl."programId" WHERE p.kind = 'BILATERAL' AND p."partnerStateCode" = 'VN'`,
    ),
    needs: await column(`SELECT id FROM "PartnerNeed" WHERE "stateCode" = 'VN'`),
  };
});

afterAll(() => closeDatabase(database));

function expectNoneOf(found: string[], forbidden: string[]) {
  expect(found.filter((id) => forbidden.includes(id))).toEqual([]);
}

describe("the seed gives the test something to find", () => {
  it("has Viet Nam bilateral records, among them the named ones", () => {
    expect(vn.programs.length).toBeGreaterThan(0);
    expect(vn.activities).toContain("seed-demo-vn-activity");
    expect(vn.plans).toContain("seed-demo-vn-plan");
    expect(vn.needs).toContain("seed-demo-vn-need");
  });
});

describe("liaison.ph", () => {
  it("gets no Viet Nam bilateral activity in the activity list, whatever the filter", async () => {
    const all = await data.activities.listActivities(ph, { page: 1 });
    expect(all.total).toBeGreaterThan(0);
    const [{ n }] = (await query<{ n: string }>(
      database.url,
      `SELECT count(DISTINCT "activityId") AS n FROM "ActivityParticipant" WHERE "stateCode" = 'PH'`,
    )) as [{ n: string }];
    expect(all.total).toBe(Number(n));
    for (let page = 1; page <= all.pageCount; page++) {
      expectNoneOf(ids((await data.activities.listActivities(ph, { page })).rows), vn.activities);
    }
    const byVn = await data.activities.listActivities(ph, { page: 1, state: "VN" });
    expectNoneOf(ids(byVn.rows), vn.activities);
    for (const program of vn.programs) {
      expect((await data.activities.listActivities(ph, { page: 1, program })).total).toBe(0);
    }
  });

  it("gets 404 for every Viet Nam bilateral activity, plan, need and program", async () => {
    for (const id of vn.activities) await expect(data.activities.getActivity(ph, id)).rejects.toThrow("not found");
    for (const id of vn.plans) await expect(data.plans.getPlan(ph, id)).rejects.toThrow("not found");
    for (const id of vn.needs) await expect(data.needs.getNeed(ph, id)).rejects.toThrow("not found");
    for (const id of vn.programs) await expect(data.programs.getProgram(ph, id)).rejects.toThrow("not found");
  });

  it("sees no Viet Nam bilateral record in program, plan and need lists", async () => {
    expectNoneOf(ids(await data.programs.listPrograms(ph)), vn.programs);
    expectNoneOf(ids(await data.plans.listPlans(ph)), vn.plans);
    const needs = await data.needs.listNeeds(ph);
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.every((need) => need.state.code === "PH")).toBe(true);
  });

  it("sees no Viet Nam bilateral record on Viet Nam's state page, the dashboard, the framework or the filters", async () => {
    const vnPage = await data.states.getState(ph, "vn");
    expectNoneOf(ids(vnPage.activities), vn.activities);
    expectNoneOf(ids(vnPage.programs), vn.programs);

    const dashboard = await data.dashboard.getDashboard(ph);
    expectNoneOf(ids([...dashboard.upcoming, ...dashboard.recent]), vn.activities);
    expectNoneOf(ids(dashboard.plans), vn.plans);
    expectNoneOf(ids(dashboard.needs), vn.needs);

    const framework = await data.framework.getFramework(ph);
    for (const item of [...framework.ends, ...framework.approaches, ...framework.keyAreas, ...framework.means]) {
      expectNoneOf(ids(item.programs), vn.programs);
    }
    expectNoneOf(ids((await data.reference.getActivityFilterOptions(ph)).programs), vn.programs);
  });

  it("counts only what it may see", async () => {
    const states = await data.states.listStates(ph);
    const vnRow = states.find((state) => state.code === "VN");
    const [{ n }] = (await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "ActivityParticipant" v
       WHERE v."stateCode" = 'VN' AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = v."activityId" AND p."stateCode" = 'PH')`,
    )) as [{ n: string }];
    expect(vnRow?._count.participations).toBe(Number(n));
  });

  it("still sees the Philippines' own records and the plans shared with it, without budget lines", async () => {
    const activity = await data.activities.getActivity(ph, "seed-demo-ph-activity");
    expect(activity.id).toBe("seed-demo-ph-activity");
    const plan = await data.plans.getPlan(ph, "seed-demo-ph-plan");
    expect(plan.internal).toBe(false);
    expect(plan.years.every((year) => year.budgetLines.length === 0)).toBe(true);
    expect(plan.consultations).toEqual([]);
    expect((await data.needs.getNeed(ph, "seed-demo-ph-need")).state.code).toBe("PH");
  });
});

describe("liaison.ph's figures equal the database's, for the Philippines alone", () => {
  const count = async (sql: string) => Number((await query<{ n: string }>(database.url, sql))[0]?.n);

  it("on the dashboard", async () => {
    const dashboard = await data.dashboard.getDashboard(ph);
    expect(dashboard.activitiesTotal).toBe(
      await count(`SELECT count(DISTINCT "activityId") AS n FROM "ActivityParticipant" WHERE "stateCode" = 'PH'`),
    );
    expect(dashboard.openNeeds).toBe(
      await count(`SELECT count(*) AS n FROM "PartnerNeed" WHERE "stateCode" = 'PH' AND status IN ('SUBMITTED', 'ACKNOWLEDGED')`),
    );
    expect(dashboard.openPlans).toBe(
      await count(
        `SELECT count(*) AS n FROM "ProgramPlan" p WHERE p."sharedAt" IS NOT NULL AND p.status <> 'ARCHIVED'
         AND EXISTS (SELECT 1 FROM "_PlanSharedWith" s WHERE s."B" = p.id AND s."A" = 'PH')`,
      ),
    );
  });

  it("in the dashboard's counts by key area and means, year by year", async () => {
    const { counts } = await data.dashboard.getDashboard(ph);
    expect(counts.years).toHaveLength(3);
    for (const [dimension, table] of [
      [counts.keyAreas, '"_ActivityToKeyArea"'],
      [counts.means, '"_ActivityToMeans"'],
    ] as const) {
      expect(dimension.length).toBeGreaterThan(0);
      for (const row of dimension) {
        for (const [i, fy] of counts.years.entries()) {
          const expected = await count(
            `SELECT count(*) AS n FROM "Activity" a JOIN ${table} k ON k."A" = a.id
             WHERE k."B" = '${row.code}' AND a."fiscalYear" = ${fy}
             AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')`,
          );
          expect(row.counts[i], `${row.code} FY${fy}`).toBe(expected);
        }
      }
    }
    expect(counts.keyAreas.flatMap((row) => row.counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("in what answers the state's needs on the dashboard", async () => {
    const { needs } = await data.dashboard.getDashboard(ph);
    const answers = needs.flatMap((need) => [...need.plans, ...need.activities]);
    expect(answers.length).toBeGreaterThan(0);
    for (const need of needs) {
      for (const plan of need.plans) await expect(data.plans.getPlan(ph, plan.id)).resolves.toBeTruthy();
      for (const activity of need.activities) await expect(data.activities.getActivity(ph, activity.id)).resolves.toBeTruthy();
    }
  });

  it("on the framework page and the program list", async () => {
    const framework = await data.framework.getFramework(ph);
    for (const area of framework.keyAreas) {
      expect(area.activityCount, area.code).toBe(
        await count(
          `SELECT count(DISTINCT k."A") AS n FROM "_ActivityToKeyArea" k
           JOIN "ActivityParticipant" p ON p."activityId" = k."A" AND p."stateCode" = 'PH' WHERE k."B" = '${area.code}'`,
        ),
      );
    }
    for (const program of await data.programs.listPrograms(ph)) {
      expect(program._count.activities, program.id).toBe(
        await count(
          `SELECT count(*) AS n FROM "Activity" a WHERE a."programId" = '${program.id}'
           AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')`,
        ),
      );
    }
  });

  it("in the comments of a shared multilateral plan: JMOD's and the Philippines', not other officers'", async () => {
    const rows = await query<{ planId: string; id: string; role: string; stateCode: string | null }>(
      database.url,
      `SELECT c."planId", c.id, u.role::text AS role, u."stateCode" FROM "PlanComment" c JOIN "User" u ON u.id = c."authorId"
       WHERE EXISTS (SELECT 1 FROM "_PlanSharedWith" s WHERE s."B" = c."planId" AND s."A" = 'PH')`,
    );
    const foreign = rows.filter((row) => row.role === "LIAISON" && row.stateCode !== "PH");
    expect(foreign.length).toBeGreaterThan(0);
    for (const planId of new Set(rows.map((row) => row.planId))) {
      const shown = ids((await data.plans.getPlan(ph, planId)).comments);
      const expected = rows.filter((row) => row.planId === planId && (row.role !== "LIAISON" || row.stateCode === "PH"));
      expect(shown.sort()).toEqual(expected.map((row) => row.id).sort());
    }
  });
});

describe("a plan of liaison.ph's own state, before and after it is shared", () => {
  const PROGRAM = "seed-program-bilateral-ph";
  const NEED = "seed-demo-ph-need";

  it("is not there for liaison.ph while a draft, in no list or detail; once shared it is, without budget or consultations", async () => {
    const editing = await import("@/lib/data/plan-editing");
    const comments = await import("@/lib/data/plan-comments");
    const history = await import("@/lib/data/history");
    // A draft of the Philippines' own bilateral program, citing the Philippines' need (H1), with a budget.
    const { id } = await editing.createPlan(planner, { programId: PROGRAM, title: "Unshared PH draft", firstFiscalYear: 2027, lastFiscalYear: 2028, needId: NEED });
    const { values } = await data.plans.getPlanForEditing(planner, id);
    await editing.savePlan(planner, id, {
      ...values,
      years: values.years.map((year) => ({
        ...year,
        objectives: [{ text: `Objective ${year.fiscalYear}` }],
        milestones: [{ title: `Milestone ${year.fiscalYear}`, dueDate: `${year.fiscalYear}-10-01`, status: "PENDING" as const }],
        budgetLines: [{ label: "Instructors' travel", amountJpy: 4_200_000 }],
      })),
    });
    const [row] = await query<{ status: string; sharedAt: Date | null }>(database.url, `SELECT status::text AS status, "sharedAt" FROM "ProgramPlan" WHERE id = $1`, [id]);
    expect(row).toEqual({ status: "DRAFT", sharedAt: null });

    // Never shared: the program and the need are liaison.ph's own, the plan is not there at all.
    expect(ids(await data.plans.listPlans(ph))).not.toContain(id);
    await expect(data.plans.getPlan(ph, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(ids((await data.programs.getProgram(ph, PROGRAM)).plans)).not.toContain(id);
    expect((await data.programs.listPrograms(ph)).find((program) => program.id === PROGRAM)?._count.plans).toBe(
      Number((await query<{ n: string }>(database.url, `SELECT count(*) AS n FROM "ProgramPlan" WHERE "programId" = $1 AND "sharedAt" IS NOT NULL`, [PROGRAM]))[0]?.n),
    );
    expect(ids((await data.needs.getNeed(ph, NEED)).plans)).not.toContain(id);
    const dashboard = await data.dashboard.getDashboard(ph);
    expect(ids(dashboard.plans)).not.toContain(id);
    expect(dashboard.needs.flatMap((need) => ids(need.plans))).not.toContain(id);
    await expect(comments.addPlanComment(ph, { planId: id, body: "Seen?" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(history.listHistory(ph, "ProgramPlan", id)).rejects.toBeInstanceOf(NotFoundError);
    // Planners see the draft, with its budget.
    expect((await data.plans.getPlan(planner, id)).years.every((year) => year.budgetLines.length === 1)).toBe(true);

    // Shared with the Philippines: now it is there, as partners see plans.
    await editing.transitionPlan(planner, { planId: id, version: (await data.plans.getPlanForEditing(planner, id)).values.version, transition: "share" });
    expect(ids(await data.plans.listPlans(ph))).toContain(id);
    expect(ids((await data.programs.getProgram(ph, PROGRAM)).plans)).toContain(id);
    expect(ids((await data.needs.getNeed(ph, NEED)).plans)).toContain(id);
    const shared = await data.plans.getPlan(ph, id);
    expect(shared).toMatchObject({ id, status: "SHARED", internal: false, consultations: [] });
    expect(shared.years).toHaveLength(2);
    expect(shared.years.every((year) => year.objectives.length === 1 && year.budgetLines.length === 0)).toBe(true);
  });
});

describe("planners and admins", () => {
  it("see Viet Nam's bilateral records, with the internal fields", async () => {
    for (const actor of [planner, admin]) {
      expect((await data.activities.getActivity(actor, "seed-demo-vn-activity")).id).toBe("seed-demo-vn-activity");
      const plan = await data.plans.getPlan(actor, "seed-demo-vn-plan");
      expect(plan.internal).toBe(true);
      expect((await data.needs.getNeed(actor, "seed-demo-vn-need")).state.code).toBe("VN");
      const all = await data.activities.listActivities(actor, { page: 1 });
      const [{ n }] = (await query<{ n: string }>(database.url, 'SELECT count(*) AS n FROM "Activity"')) as [{ n: string }];
      expect(all.total).toBe(Number(n));
      expect(ids(await data.programs.listPrograms(actor))).toEqual(expect.arrayContaining(vn.programs));
    }
  });
});

// Last in this file: it adds the Philippines as an observer to one Viet Nam bilateral activity.
describe("an observer at another state's bilateral activity", () => {
  it("sees that activity and its program, and nothing else of that program", async () => {
    const [observed, ...others] = vn.activities.filter((id) => id !== "seed-demo-vn-activity");
    expect(observed).toBeDefined();
    await query(database.url, `INSERT INTO "ActivityParticipant" ("activityId", "stateCode", role) VALUES ($1, 'PH', 'OBSERVER')`, [observed]);
    const activity = await data.activities.getActivity(ph, observed!);
    // The program named on the page opens too: a link that 404s would betray it.
    const program = await data.programs.getProgram(ph, activity.program.id);
    expect(ids(program.activities)).toEqual([observed]);
    expect(program.plans.map((plan) => plan.id)).not.toContain("seed-demo-vn-plan");
    for (const id of others) await expect(data.activities.getActivity(ph, id)).rejects.toThrow("not found");
    await expect(data.plans.getPlan(ph, "seed-demo-vn-plan")).rejects.toThrow("not found");
  });
});
