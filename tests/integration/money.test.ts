// Money stays internal (issue 17, point 3): a liaison officer's plan page data, activity page data
// and exports of a plan shared with their state carry no yen figure of it, and every money read
// answers them "not found". Against the demo seed, whose approved plans have budget and spending.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let liaison: Actor;
let planner: Actor;
let planId: string;
let activityId: string;
/** Every yen figure of the plan as it could be written: 14955000, 14,955,000. */
let amounts: string[];
let title: { plan: string; activity: string };

beforeAll(async () => {
  database = await seededDatabase("money");
  planner = await actorByEmail(database.url, "planner@example.org");
  // An approved demo plan shared with a state, with spending lines naming an activity that state takes part in.
  const [row] = await query<{ planId: string; activityId: string; stateCode: string }>(
    database.url,
    `SELECT s."planId", s."activityId", p."stateCode" FROM "SpendingLine" s
     JOIN "ActivityParticipant" p ON p."activityId" = s."activityId"
     JOIN "_PlanSharedWith" w ON w."B" = s."planId" AND w."A" = p."stateCode"
     ORDER BY s.id LIMIT 1`,
  );
  if (!row) throw new Error("the demo seed has no spending on an activity of a shared plan");
  ({ planId, activityId } = row);
  liaison = await actorByEmail(database.url, `liaison.${row.stateCode.toLowerCase()}@example.org`);
  const [titles] = await query<{ plan: string; activity: string }>(
    database.url,
    `SELECT (SELECT title FROM "ProgramPlan" WHERE id = $1) AS plan, (SELECT title FROM "Activity" WHERE id = $2) AS activity`,
    [planId, activityId],
  );
  title = titles!;
  const figures = await query<{ amount: string }>(
    database.url,
    `SELECT "amountJpy"::text AS amount FROM "SpendingLine" WHERE "planId" = $1
     UNION SELECT b."amountJpy"::text FROM "BudgetLine" b JOIN "PlanYear" y ON y.id = b."planYearId" WHERE y."planId" = $1
     UNION SELECT SUM("amountJpy")::text FROM "SpendingLine" WHERE "activityId" = $2`,
    [planId, activityId],
  );
  amounts = figures.flatMap(({ amount }) => [amount, Number(amount).toLocaleString("en-US")]);
  expect(amounts.length).toBeGreaterThan(4);
});

afterAll(() => closeDatabase(database));

const noMoney = (text: string) => {
  for (const amount of amounts) expect(text, `shows ${amount}`).not.toContain(amount);
  expect(text).not.toMatch(/amountJpy|[¥￥円]/);
};

describe("a liaison officer never sees a yen figure", () => {
  it("on the plan page, whose data a planner's page does carry", async () => {
    const plans = await import("@/lib/data/plans/reads");
    const page = await plans.getPlanPage(liaison, planId);
    expect(page.beingRevised).toBe(false);
    noMoney(JSON.stringify(page, (_, v) => (typeof v === "bigint" ? v.toString() : v)));
    // The same read as a planner has the budget: the check above could fail.
    const theirs = JSON.stringify(await plans.getPlanPage(planner, planId), (_, v) => (typeof v === "bigint" ? v.toString() : v));
    expect(amounts.some((amount) => theirs.includes(amount))).toBe(true);
  });

  it("on the activity page", async () => {
    const activities = await import("@/lib/data/activities/reads");
    noMoney(JSON.stringify(await activities.getActivity(liaison, activityId)));
  });

  it("in the reports, in every format", async () => {
    const reports = await import("@/lib/data/reports/reads");
    const { csvStream } = await import("@/lib/exports/csv-stream");
    const { xlsxStream } = await import("@/lib/exports/xlsx");
    const { pdfReportStream } = await import("@/lib/exports/report-pdf");
    const ExcelJS = (await import("exceljs")).default;
    const { extractText } = await import("unpdf");
    const bytes = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());
    const open = (kind: "activities" | "plans") =>
      reports.openReport(kind, { actor: liaison, filters: {}, ja: false, enumLabel: (key) => key, yes: "yes" });
    for (const kind of ["activities", "plans"] as const) {
      const csv = (await bytes(csvStream([...open(kind).columns], open(kind).rows()))).toString("utf8");
      // The plan and the activity are in the officer's reports: what is checked is there.
      expect(csv).toContain(kind === "plans" ? title.plan : title.activity);
      noMoney(csv);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await bytes(xlsxStream("Report", [...open(kind).columns], open(kind).rows()))) as never);
      noMoney(JSON.stringify(workbook.worksheets[0]!.getSheetValues()));
      const source = open(kind);
      const pdf = await bytes(
        pdfReportStream({
          kind,
          title: kind,
          columns: source.columns,
          header: [...source.columns],
          rows: source.rows(),
          count: await source.count(),
          t: (key) => key,
        }),
      );
      noMoney((await extractText(new Uint8Array(pdf), { mergePages: true })).text);
    }
  });

  it("and every money read answers not found", async () => {
    const spending = await import("@/lib/data/spending/reads");
    const plans = await import("@/lib/data/plans/reads");
    await expect(spending.getPlanSpending(liaison, planId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(spending.getBudgetAgainstActual(liaison, planId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(spending.getActivityCost(liaison, activityId)).rejects.toBeInstanceOf(NotFoundError);
    // The principles panel (T9 names amounts) is JMOD's too.
    await expect(plans.getPlanPrinciples(liaison, planId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(plans.getPlanComparison(liaison, planId)).rejects.toBeInstanceOf(NotFoundError);
  });
});
