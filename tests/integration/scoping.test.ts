// The need-to-know rule of DESIGN.md, checked against the database itself: a liaison officer of the
// Philippines gets nothing of Viet Nam's bilateral work, in any list or detail; planners see it all.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase, tableCounts } from "./helpers";

let database: TestDatabase;
let ph: Actor;
let planner: Actor;
let admin: Actor;
// Viet Nam's bilateral records, read straight from the database.
let vn: { programs: string[]; activities: string[]; plans: string[]; needs: string[] };

type Data = {
  activities: typeof import("@/lib/data/activities/reads");
  programs: typeof import("@/lib/data/programs/reads");
  plans: typeof import("@/lib/data/plans/reads");
  needs: typeof import("@/lib/data/needs/reads");
  states: typeof import("@/lib/data/reference/states");
  dashboard: typeof import("@/lib/data/insights/dashboard");
  framework: typeof import("@/lib/data/reference/framework");
  reference: typeof import("@/lib/data/reference/reads");
  afterAction: typeof import("@/lib/data/after-action/reads");
};
let data: Data;

const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

beforeAll(async () => {
  database = await seededDatabase("scoping");
  data = {
    activities: await import("@/lib/data/activities/reads"),
    programs: await import("@/lib/data/programs/reads"),
    plans: await import("@/lib/data/plans/reads"),
    needs: await import("@/lib/data/needs/reads"),
    states: await import("@/lib/data/reference/states"),
    dashboard: await import("@/lib/data/insights/dashboard"),
    framework: await import("@/lib/data/reference/framework"),
    reference: await import("@/lib/data/reference/reads"),
    afterAction: await import("@/lib/data/after-action/reads"),
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
    expectNoneOf(ids((await data.plans.listPlans(ph)).rows), vn.plans);
    const needs = (await data.needs.listNeeds(ph)).rows;
    expect(needs.length).toBeGreaterThan(0);
    expect(needs.every((need) => need.state.code === "PH")).toBe(true);
  });

  it("sees no Viet Nam bilateral record on Viet Nam's state page, the dashboard, the framework or the filters", async () => {
    const vnPage = await data.states.getState(ph, "vn");
    // The state page's activities are the list's, filtered on the state.
    expectNoneOf(ids((await data.activities.listActivities(ph, { page: 1, state: vnPage.code })).rows), vn.activities);
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

describe("partner feedback and after-action reports", () => {
  it("liaison.ph reads JMOD's report and the Philippines' feedback on activities it took part in, never another state's feedback", async () => {
    const rows = await query<{ activityId: string; id: string; stateCode: string }>(
      database.url,
      `SELECT f."activityId", f.id, f."stateCode" FROM "PartnerFeedback" f
       WHERE EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = f."activityId" AND p."stateCode" = 'PH')`,
    );
    // The demo has shared activities where other states gave feedback: the check has something to refuse.
    expect(rows.filter((row) => row.stateCode !== "PH").length).toBeGreaterThan(0);
    expect(rows.filter((row) => row.stateCode === "PH").length).toBeGreaterThan(0);
    for (const activityId of new Set(rows.map((row) => row.activityId))) {
      const section = await data.afterAction.getAfterActionSection(ph, activityId);
      const [report] = await query<{ id: string }>(database.url, `SELECT id FROM "AfterActionReport" WHERE "activityId" = $1`, [
        activityId,
      ]);
      expect(section.report?.id).toBe(report?.id);
      expect(ids(section.feedback).sort()).toEqual(
        rows
          .filter((row) => row.activityId === activityId && row.stateCode === "PH")
          .map((row) => row.id)
          .sort(),
      );
      expect(section.averages).toBeNull();
      // Planners read every state's.
      const all = await data.afterAction.getAfterActionSection(planner, activityId);
      expect(ids(all.feedback).sort()).toEqual(
        rows
          .filter((row) => row.activityId === activityId)
          .map((row) => row.id)
          .sort(),
      );
    }
  });

  it("liaison.ph gets not found for the report and feedback of every Viet Nam bilateral activity", async () => {
    for (const id of vn.activities) await expect(data.afterAction.getAfterActionSection(ph, id)).rejects.toThrow(NotFoundError);
    expect(await data.afterAction.listOverdueReports(ph)).toBeNull();
  });
});

describe("a plan of liaison.ph's own state, before and after it is shared", () => {
  const PROGRAM = "seed-program-bilateral-ph";
  const NEED = "seed-demo-ph-need";

  it("is not there for liaison.ph while a draft, in no list or detail; once shared it is, without budget or consultations", async () => {
    const editing = { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) };
    const comments = { ...(await import("@/lib/data/comments/reads")), ...(await import("@/lib/data/comments/writes")) };
    const history = await import("@/lib/data/audit/history");
    // A draft of the Philippines' own bilateral program, citing the Philippines' need (H1), with a budget.
    const { id } = await editing.createPlan(planner, {
      programId: PROGRAM,
      title: "Unshared PH draft",
      firstFiscalYear: 2027,
      lastFiscalYear: 2028,
      needId: NEED,
    });
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
    const [row] = await query<{ status: string; sharedAt: Date | null }>(
      database.url,
      `SELECT status::text AS status, "sharedAt" FROM "ProgramPlan" WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: "DRAFT", sharedAt: null });

    // Never shared: the program and the need are liaison.ph's own, the plan is not there at all.
    expect(ids((await data.plans.listPlans(ph)).rows)).not.toContain(id);
    await expect(data.plans.getPlan(ph, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(ids((await data.programs.getProgram(ph, PROGRAM)).plans)).not.toContain(id);
    expect((await data.programs.listPrograms(ph)).find((program) => program.id === PROGRAM)?._count.plans).toBe(
      Number(
        (
          await query<{ n: string }>(
            database.url,
            `SELECT count(*) AS n FROM "ProgramPlan" WHERE "programId" = $1 AND "sharedAt" IS NOT NULL`,
            [PROGRAM],
          )
        )[0]?.n,
      ),
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
    await editing.transitionPlan(planner, {
      planId: id,
      version: (await data.plans.getPlanForEditing(planner, id)).values.version,
      transition: "share",
    });
    expect(ids((await data.plans.listPlans(ph)).rows)).toContain(id);
    expect(ids((await data.programs.getProgram(ph, PROGRAM)).plans)).toContain(id);
    expect(ids((await data.needs.getNeed(ph, NEED)).plans)).toContain(id);
    const shared = await data.plans.getPlan(ph, id);
    expect(shared).toMatchObject({ id, status: "SHARED", internal: false, consultations: [] });
    expect(shared.years).toHaveLength(2);
    expect(shared.years.every((year) => year.objectives.length === 1 && year.budgetLines.length === 0)).toBe(true);
  });
});

// README, Security, "Draft visibility": a plan back in draft is not the partner's, whether or not it
// was shared before; its page says only that it is being revised.
describe("a plan shared with the Philippines, returned to draft and edited", () => {
  const PROGRAM = "seed-program-bilateral-ph";
  const NEED = "seed-demo-ph-need";
  // Single words that a wrapped PDF cell keeps whole.
  const SHARED_TITLE = "Kestrel coastal watch plan";
  const DRAFT_TITLE = "Osprey coastal watch plan";
  const DRAFT_OBJECTIVE = "Hand over the Ternstation radar to the Philippine Navy";
  const SECRETS = ["Kestrel", "Osprey", "Ternstation"];

  it("is in none of liaison.ph's lists, reports, counts or actions, and its page says only that it is being revised; shared again, it shows the new content", async () => {
    const editing = { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) };
    const comments = { ...(await import("@/lib/data/comments/reads")), ...(await import("@/lib/data/comments/writes")) };
    const history = await import("@/lib/data/audit/history");
    const notifications = { ...(await import("@/lib/data/notifications/reads")), ...(await import("@/lib/data/notifications/writes")) };
    const reports = { ...(await import("@/lib/data/reports/reads")), ...(await import("@/lib/data/reports/writes")) };
    const writers = {
      csv: await import("@/lib/exports/csv-stream"),
      xlsx: await import("@/lib/exports/xlsx"),
      pdf: await import("@/lib/exports/report-pdf"),
    };
    const ExcelJS = (await import("exceljs")).default;
    const { extractText } = await import("unpdf");
    const KINDS = ["activities", "plans", "needs", "coverage"] as const;
    const version = async (id: string) => (await data.plans.getPlanForEditing(planner, id)).values.version;
    const bytes = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());
    const open = (kind: (typeof KINDS)[number], filters = {}) =>
      reports.openReport(kind, { actor: ph, filters, ja: false, enumLabel: (key) => key, yes: "yes" });

    /** Every format of the plans and needs reports, as text: what the route would send liaison.ph. */
    async function exportTexts(): Promise<string[]> {
      const texts: string[] = [];
      for (const kind of ["plans", "needs"] as const) {
        texts.push((await bytes(writers.csv.csvStream([...open(kind).columns], open(kind).rows()))).toString("utf8"));
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.load((await bytes(writers.xlsx.xlsxStream("Report", [...open(kind).columns], open(kind).rows()))) as never);
        texts.push(JSON.stringify(workbook.worksheets[0]!.getSheetValues()));
        const source = open(kind);
        const pdf = await bytes(
          writers.pdf.pdfReportStream({
            kind,
            title: kind,
            columns: source.columns,
            header: [...source.columns],
            rows: source.rows(),
            count: await source.count(),
            t: (key) => key,
          }),
        );
        texts.push((await extractText(new Uint8Array(pdf), { mergePages: true })).text);
      }
      return texts;
    }

    /** What liaison.ph sees of plans anywhere: lists, details that name plans, the dashboard, counts and every report. */
    async function partnerView(activityId: string) {
      const dashboard = await data.dashboard.getDashboard(ph);
      const report: Record<string, unknown> = {};
      for (const kind of KINDS) {
        const source = open(kind);
        report[kind] = {
          count: await source.count(),
          preview: await reports.firstRows(source, 20),
          csv: (await bytes(writers.csv.csvStream([...source.columns], open(kind).rows()))).toString("utf8"),
        };
      }
      return {
        plans: ids((await data.plans.listPlans(ph)).rows),
        programPlans: ids((await data.programs.getProgram(ph, PROGRAM)).plans),
        programPlanCount: (await data.programs.listPrograms(ph)).find((program) => program.id === PROGRAM)?._count.plans,
        needPlans: ids((await data.needs.getNeed(ph, NEED)).plans),
        activityPlan: (await data.activities.getActivity(ph, activityId)).plan,
        dashboard: {
          plans: ids(dashboard.plans),
          needPlans: dashboard.needs.map((need) => ids(need.plans)),
          openPlans: dashboard.openPlans,
          planStatusCounts: dashboard.planStatusCounts,
        },
        draftReportCount: await open("plans", { status: "DRAFT" }).count(),
        report,
      };
    }

    // A draft of the Philippines' bilateral program, citing its need, with an activity of the program in it.
    const { id } = await editing.createPlan(planner, {
      programId: PROGRAM,
      title: SHARED_TITLE,
      firstFiscalYear: 2027,
      lastFiscalYear: 2028,
      needId: NEED,
    });
    const { values } = await data.plans.getPlanForEditing(planner, id);
    const filled = {
      ...values,
      years: values.years.map((year) => ({
        ...year,
        objectives: [{ text: `Objective ${year.fiscalYear}` }],
        milestones: [{ title: `Milestone ${year.fiscalYear}`, dueDate: `${year.fiscalYear}-10-01`, status: "PENDING" as const }],
        budgetLines: [{ label: "Instructors' travel", amountJpy: 4_200_000 }],
      })),
    };
    await editing.savePlan(planner, id, filled);
    const [activity] = await query<{ id: string; planId: string | null }>(
      database.url,
      `SELECT a.id, a."planId" FROM "Activity" a WHERE a."programId" = $1
       AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH') ORDER BY a.id LIMIT 1`,
      [PROGRAM],
    );
    await query(database.url, `UPDATE "Activity" SET "planId" = $1 WHERE id = $2`, [id, activity!.id]);
    const neverShared = await partnerView(activity!.id);

    // Shared: liaison.ph sees it everywhere (so each check below could fail), comments on it and follows it.
    await editing.transitionPlan(planner, { planId: id, version: await version(id), transition: "share" });
    const shared = await partnerView(activity!.id);
    expect(shared.plans).toContain(id);
    expect(shared.programPlans).toContain(id);
    expect(shared.programPlanCount).toBe(neverShared.programPlanCount! + 1);
    expect(shared.needPlans).toContain(id);
    expect(shared.activityPlan).toEqual({ id, title: SHARED_TITLE });
    expect(shared.dashboard.plans).toContain(id);
    expect(shared.dashboard.openPlans).toBe(neverShared.dashboard.openPlans + 1);
    expect(shared.report).not.toEqual(neverShared.report);
    for (const text of await exportTexts()) expect(text).toContain("Kestrel");
    await comments.addPlanComment(ph, { planId: id, body: "Could FY2027 start in June?" });
    const [sharedNotice] = (await notifications.listNotifications(ph)).filter((n) => n.planId === id && n.kind === "PLAN_SHARED");
    expect(sharedNotice?.data).toEqual({ title: SHARED_TITLE });

    // Returned to draft, then edited: a new title and an objective the partner has never been shown.
    await editing.transitionPlan(planner, {
      planId: id,
      version: await version(id),
      transition: "returnToDraft",
      reason: "Re-phase FY2028",
    });
    const returned = await data.plans.getPlanForEditing(planner, id);
    await editing.savePlan(planner, id, {
      ...returned.values,
      title: DRAFT_TITLE,
      years: returned.values.years.map((year) =>
        year.fiscalYear === 2028 ? { ...year, objectives: [...year.objectives, { text: DRAFT_OBJECTIVE }] } : year,
      ),
    });
    // A planner's comment on the draft: its followers at JMOD hear of it, liaison.ph (a follower since its comment) does not.
    await comments.addPlanComment(planner, { planId: id, body: "Internal: radar hand-over moves to FY2028" });
    const [row] = await query<{ status: string; shared: boolean }>(
      database.url,
      `SELECT status::text AS status, "sharedAt" IS NOT NULL AS shared FROM "ProgramPlan" WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ status: "DRAFT", shared: true });

    // liaison.ph sees exactly what it saw before the plan was ever shared, and no word of the draft in any format.
    expect(await partnerView(activity!.id)).toEqual(neverShared);
    for (const text of await exportTexts()) for (const secret of SECRETS) expect(text).not.toContain(secret);
    await expect(data.plans.getPlan(ph, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(history.listHistory(ph, "ProgramPlan", id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await comments.countNewComments(ph, [id])).toEqual({});

    // Its page: that it is being revised, nothing of it. Planners see the draft; a plan never shared with the state stays not found.
    expect(await data.plans.getPlanPage(ph, id)).toEqual({ beingRevised: true, id });
    const asPlanner = await data.plans.getPlanPage(planner, id);
    expect(asPlanner.beingRevised ? null : asPlanner.plan.title).toBe(DRAFT_TITLE);
    const { id: unshared } = await editing.createPlan(planner, {
      programId: PROGRAM,
      title: "Never shared",
      firstFiscalYear: 2027,
      lastFiscalYear: 2028,
      needId: NEED,
    });
    await expect(data.plans.getPlanPage(ph, unshared)).rejects.toBeInstanceOf(NotFoundError);
    await expect(data.plans.getPlanPage(ph, "seed-demo-vn-plan")).rejects.toBeInstanceOf(NotFoundError);

    // Commenting, following and marking comments seen are refused as not found, and write nothing.
    const before = await tableCounts(database.url);
    await expect(comments.addPlanComment(ph, { planId: id, body: "Is this still on?" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(comments.setPlanFollowing(ph, { planId: id, following: "false" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(comments.markPlanCommentsSeen(ph, { planId: id, latest: new Date().toISOString() })).rejects.toBeInstanceOf(NotFoundError);
    expect(await tableCounts(database.url)).toEqual(before);

    // Its "shared with you" notification stays, with the title it was shared under, and opens the plan's page; nothing of the draft reached liaison.ph.
    const listed = (await notifications.listNotifications(ph)).filter((n) => n.planId === id);
    expect(listed.map((n) => [n.kind, n.data])).toEqual([["PLAN_SHARED", { title: SHARED_TITLE }]]);
    expect(await notifications.openNotification(ph, sharedNotice!.id)).toBe(`/plans/${id}`);
    const received = await query<{ data: unknown }>(database.url, `SELECT data FROM "Notification" WHERE "userId" = $1 AND "planId" = $2`, [
      ph.id,
      id,
    ]);
    for (const secret of SECRETS.slice(1)) expect(JSON.stringify(received)).not.toContain(secret);

    // Shared again: liaison.ph sees it, with the content it is now shared with.
    await editing.transitionPlan(planner, { planId: id, version: await version(id), transition: "share" });
    const again = await data.plans.getPlan(ph, id);
    expect(again).toMatchObject({ id, title: DRAFT_TITLE, status: "SHARED", internal: false });
    expect(again.years.flatMap((year) => year.objectives.map((objective) => objective.text))).toContain(DRAFT_OBJECTIVE);
    expect(again.comments.map((comment) => comment.body)).toContain("Internal: radar hand-over moves to FY2028");
    const page = await data.plans.getPlanPage(ph, id);
    expect(page.beingRevised ? null : page.plan.id).toBe(id);
    const sharedAgain = await partnerView(activity!.id);
    expect(sharedAgain.plans).toContain(id);
    expect(sharedAgain.needPlans).toContain(id);
    expect(sharedAgain.activityPlan).toEqual({ id, title: DRAFT_TITLE });
    expect(sharedAgain.dashboard.openPlans).toBe(shared.dashboard.openPlans);
    for (const text of await exportTexts()) expect(text).toContain("Osprey");
    await expect(comments.addPlanComment(ph, { planId: id, body: "Thank you, June works." })).resolves.toMatchObject({
      id: expect.any(String),
    });

    await query(database.url, `UPDATE "Activity" SET "planId" = $1 WHERE id = $2`, [activity!.planId, activity!.id]);
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
    await query(database.url, `INSERT INTO "ActivityParticipant" ("activityId", "stateCode", role) VALUES ($1, 'PH', 'OBSERVER')`, [
      observed,
    ]);
    const activity = await data.activities.getActivity(ph, observed!);
    // The program named on the page opens too: a link that 404s would betray it.
    const program = await data.programs.getProgram(ph, activity.program.id);
    expect(ids((await data.activities.listActivities(ph, { page: 1, program: program.id })).rows)).toEqual([observed]);
    expect(program.plans.map((plan) => plan.id)).not.toContain("seed-demo-vn-plan");
    for (const id of others) await expect(data.activities.getActivity(ph, id)).rejects.toThrow("not found");
    await expect(data.plans.getPlan(ph, "seed-demo-vn-plan")).rejects.toThrow("not found");
  });
});
