// The review of efforts against the demo seed: records added here move exactly the figures they should
// (under their state, their key areas and the total), activity counts equal SQL's own, and a liaison
// officer's review is their state's: no money, no other state's row or feedback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, rejection, seededDatabase } from "./helpers";

let database: TestDatabase;
let review: typeof import("@/lib/data/review/reads");
let records: typeof import("@/lib/data/review/records");
let planner: Actor;
let vn: Actor;
let ph: Actor;

// Judged on a fixed day, so that which years have ended does not depend on when the test runs.
const NOW = new Date("2026-11-28T03:00:00Z");
const SPAN = { fyFrom: 2024, fyTo: 2026 };

interface Fixture {
  planId: string;
  keyAreas: string[];
  activityId: string;
}
let fixture: Fixture;

beforeAll(async () => {
  database = await seededDatabase("review");
  review = await import("@/lib/data/review/reads");
  records = await import("@/lib/data/review/records");
  planner = await actorByEmail(database.url, "planner@example.org");
  vn = await actorByEmail(database.url, "liaison.vn@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  // A plan of a bilateral program with Viet Nam, made the one in force over the span, and a conducted
  // activity in the span that both Viet Nam and the Philippines took part in.
  const [plan] = await query<{ id: string; programId: string }>(
    database.url,
    `SELECT pl.id, pl."programId" FROM "ProgramPlan" pl JOIN "Program" pr ON pr.id = pl."programId"
      WHERE pr."partnerStateCode" = 'VN' ORDER BY pl.id LIMIT 1`,
  );
  await query(database.url, `DELETE FROM "ProgramPlan" WHERE "supersedesId" = $1`, [plan!.id]);
  await query(
    database.url,
    `UPDATE "ProgramPlan" SET status = 'APPROVED', "firstFiscalYear" = 2024, "lastFiscalYear" = 2026, "sharedAt" = now() WHERE id = $1`,
    [plan!.id],
  );
  await query(database.url, `INSERT INTO "_PlanSharedWith" ("A", "B") VALUES ('VN', $1) ON CONFLICT DO NOTHING`, [plan!.id]);
  const keyAreas = await query<{ code: string }>(database.url, `SELECT "A" AS code FROM "_KeyAreaToProgram" WHERE "B" = $1`, [
    plan!.programId,
  ]);
  const [activity] = await query<{ id: string }>(
    database.url,
    `SELECT a.id FROM "Activity" a WHERE a.status = 'CONDUCTED' AND a."fiscalYear" = 2025
      AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'VN')
      AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')
      ORDER BY a.id LIMIT 1`,
  );
  fixture = { planId: plan!.id, keyAreas: keyAreas.map((k) => k.code), activityId: activity!.id };
});

afterAll(() => closeDatabase(database));

const byCode = <R extends { code: string }>(rows: R[], code: string): R => rows.find((row) => row.code === code)!;

describe("the review of efforts", () => {
  it("counts the activities of the span as SQL does, per state and in total", async () => {
    const result = await review.reviewOfEfforts(planner, SPAN, NOW);
    const [total] = await query<{ planned: string; conducted: string }>(
      database.url,
      `SELECT count(*) AS planned, count(*) FILTER (WHERE status = 'CONDUCTED') AS conducted FROM "Activity" WHERE "fiscalYear" BETWEEN 2024 AND 2026`,
    );
    expect(result.total.activitiesPlanned).toBe(Number(total!.planned));
    expect(result.total.activitiesConducted).toBe(Number(total!.conducted));
    const [vnCount] = await query<{ n: string }>(
      database.url,
      `SELECT count(DISTINCT a.id) AS n FROM "Activity" a, "ActivityParticipant" p
        WHERE p."activityId" = a.id AND p."stateCode" = 'VN' AND a."fiscalYear" BETWEEN 2024 AND 2026`,
    );
    expect(byCode(result.states, "VN").activitiesPlanned).toBe(Number(vnCount!.n));
    expect(Number(vnCount!.n)).toBeGreaterThan(0);
    // Every ASEAN member has a row, in the states' order.
    expect(result.states.map((row) => row.code)).toEqual(
      expect.arrayContaining(["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"]),
    );
    expect(result.money).toBe(true);
  });

  it("moves the indicator, money, follow-up and feedback figures of exactly the rows the new records belong to", async () => {
    const before = await review.reviewOfEfforts(planner, SPAN, NOW);
    // An indicator achieved in FY2024 (ended), behind in FY2025 (ended, short of its target).
    await query(
      database.url,
      `INSERT INTO "PlanIndicator" (id, "planId", position, "titleEn", unit, direction, "baselineValue") VALUES ('rv-ind', $1, 99, 'Review indicator', 'people', 'HIGHER_IS_BETTER', 0)`,
      [fixture.planId],
    );
    await query(
      database.url,
      `INSERT INTO "IndicatorTarget" ("indicatorId", "fiscalYear", value) VALUES ('rv-ind', 2024, 10), ('rv-ind', 2025, 20)`,
    );
    await query(
      database.url,
      `INSERT INTO "IndicatorActual" (id, "indicatorId", "fiscalYear", value, "measuredOn", "updatedAt") VALUES ('rv-act', 'rv-ind', 2024, 12, '2025-03-01', now()), ('rv-act2', 'rv-ind', 2025, 5, '2026-03-01', now())`,
    );
    // Budget 1,000,000 yen in FY2025 and 1,300,000 spent.
    const [year] = await query<{ id: string }>(database.url, `SELECT id FROM "PlanYear" WHERE "planId" = $1 AND "fiscalYear" = 2025`, [
      fixture.planId,
    ]);
    const yearId =
      year?.id ??
      (
        await query<{ id: string }>(
          database.url,
          `INSERT INTO "PlanYear" (id, "planId", "fiscalYear") VALUES ('rv-year', $1, 2025) RETURNING id`,
          [fixture.planId],
        )
      )[0]!.id;
    await query(
      database.url,
      `INSERT INTO "BudgetLine" (id, "planYearId", label, "amountJpy", category) VALUES ('rv-budget', $1, 'Review line', 1000000, 'TRAVEL')`,
      [yearId],
    );
    await query(
      database.url,
      `INSERT INTO "SpendingLine" (id, "planId", "fiscalYear", "spentOn", category, "amountJpy", "updatedAt") VALUES ('rv-spend', $1, 2025, '2025-06-01', 'TRAVEL', 1300000, now())`,
      [fixture.planId],
    );
    // An open follow-up and a closed one on the activity's report; feedback from Viet Nam and the Philippines.
    await query(database.url, `DELETE FROM "AfterActionReport" WHERE "activityId" = $1`, [fixture.activityId]);
    await query(database.url, `DELETE FROM "PartnerFeedback" WHERE "activityId" = $1`, [fixture.activityId]);
    const after0 = await review.reviewOfEfforts(planner, SPAN, NOW);
    await query(database.url, `INSERT INTO "AfterActionReport" (id, "activityId", "updatedAt") VALUES ('rv-aar', $1, now())`, [
      fixture.activityId,
    ]);
    await query(
      database.url,
      `INSERT INTO "FollowUpAction" (id, "reportId", position, action, owner, "dueDate", "closedOn") VALUES ('rv-f1', 'rv-aar', 0, 'Send the syllabus', 'J5', '2026-01-31', NULL), ('rv-f2', 'rv-aar', 1, 'Book the venue', 'J5', '2025-12-01', '2025-11-20')`,
    );
    await query(
      database.url,
      `INSERT INTO "PartnerFeedback" (id, "activityId", "stateCode", usefulness, fit, comment, "updatedAt") VALUES ('rv-fb-vn', $1, 'VN', 4, 2, 'Useful, but too short', now()), ('rv-fb-ph', $1, 'PH', 5, 5, 'Excellent', now())`,
      [fixture.activityId],
    );
    const after = await review.reviewOfEfforts(planner, SPAN, NOW);

    const delta = (pick: (r: import("@/lib/data/review/reads").Review) => number, from = before) => pick(after) - pick(from);
    const vnRow = (r: import("@/lib/data/review/reads").Review) => byCode(r.states, "VN");
    expect(delta((r) => vnRow(r).indicators.achieved)).toBe(1);
    expect(delta((r) => vnRow(r).indicators.behind)).toBe(1);
    expect(delta((r) => r.total.indicators.achieved)).toBe(1);
    for (const code of fixture.keyAreas) expect(delta((r) => byCode(r.keyAreas, code).indicators.behind)).toBe(1);
    // Not under another state.
    expect(delta((r) => byCode(r.states, "PH").indicators.achieved)).toBe(0);
    expect(delta((r) => vnRow(r).money!.budgetJpy)).toBe(1_000_000);
    expect(delta((r) => vnRow(r).money!.actualJpy)).toBe(1_300_000);
    expect(delta((r) => r.total.money!.actualJpy)).toBe(1_300_000);

    expect(delta((r) => vnRow(r).followUpsOpen, after0)).toBe(1);
    expect(delta((r) => byCode(r.states, "PH").followUpsOpen, after0)).toBe(1);
    expect(delta((r) => r.total.followUpsOpen, after0)).toBe(1);
    expect(delta((r) => vnRow(r).feedbackCount, after0)).toBe(1);
    expect(delta((r) => r.total.feedbackCount, after0)).toBe(2);

    // The records behind the figures.
    const indicatorYears = await records.reviewIndicatorRecords(planner, SPAN, { state: "VN" }, NOW);
    expect(indicatorYears.rows.filter((row) => row.titleEn === "Review indicator").map((row) => [row.fiscalYear, row.status])).toEqual([
      [2025, "behind"],
      [2024, "achieved"],
    ]);
    const followUps = await records.reviewFollowUpRecords(planner, SPAN, { state: "VN" });
    expect(followUps.rows.filter((row) => row.activityId === fixture.activityId).map((row) => row.action)).toEqual(["Send the syllabus"]);
    const money = await records.reviewSpendingRecords(planner, SPAN, { state: "VN" });
    expect(money.rows.find((row) => row.planId === fixture.planId)).toMatchObject({ inForce: true });
  });

  it("gives a liaison officer their own state's review: one row, their own feedback, never money", async () => {
    const mine = await review.reviewOfEfforts(vn, SPAN, NOW);
    expect(mine.money).toBe(false);
    expect(mine.states.map((row) => row.code)).toEqual(["VN"]);
    for (const row of [...mine.states, ...mine.keyAreas, mine.total]) expect(row).not.toHaveProperty("money");
    expect(JSON.stringify(mine)).not.toContain("1300000");
    // Viet Nam's own feedback on the activity, not the Philippines'.
    const feedback = await records.reviewFeedbackRecords(vn, SPAN, {});
    const here = feedback.rows.filter((row) => row.activityId === fixture.activityId);
    expect(here.map((row) => row.stateCode)).toEqual(["VN"]);
    expect(feedback.rows.every((row) => row.stateCode === "VN")).toBe(true);
    // Asking for another state's row changes nothing.
    const other = await records.reviewFeedbackRecords(vn, SPAN, { state: "PH" });
    expect(other.rows).toEqual([]);
    // The total counts only Viet Nam's feedback.
    const planners = await review.reviewOfEfforts(planner, SPAN, NOW);
    expect(mine.total.feedbackCount).toBe(byCode(planners.states, "VN").feedbackCount);
    expect(await rejection(records.reviewSpendingRecords(vn, SPAN, {}))).toBeInstanceOf(NotFoundError);
  });

  it("counts for a liaison officer only the records their state may see", async () => {
    const theirs = await review.reviewOfEfforts(ph, SPAN, NOW);
    expect(theirs.states.map((row) => row.code)).toEqual(["PH"]);
    // The Viet Nam plan is not shared with the Philippines: its indicators are not among theirs.
    const indicators = await records.reviewIndicatorRecords(ph, SPAN, {}, NOW);
    expect(indicators.rows.some((row) => row.planId === fixture.planId)).toBe(false);
    const [needs] = await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "PartnerNeed" WHERE "stateCode" = 'PH' AND "createdAt" >= '2024-03-31T15:00:00Z' AND "createdAt" < '2027-03-31T15:00:00Z'`,
    );
    expect(theirs.total.needsSubmitted).toBe(Number(needs!.n));
  });
});

describe("the review as files", () => {
  const compact = (text: string) => text.replace(/\s+/g, "");
  async function textOf(file: Uint8Array): Promise<string> {
    const { extractText } = await import("unpdf");
    return compact((await extractText(new Uint8Array(file), { mergePages: true })).text);
  }

  it("prints the PDF in English and in Japanese, with the era on request, and without money for a liaison officer", async () => {
    const { renderReviewReport } = await import("@/lib/pdf/review-report");
    const planners = await review.reviewOfEfforts(planner, SPAN, NOW);
    const english = await textOf(await renderReviewReport(planners, { locale: "en", style: "plain" }));
    expect(english).toContain(compact("Review of efforts · FY2024–FY2026"));
    expect(english).toContain("VietNam");
    expect(english).toContain("¥");
    const japanese = await textOf(await renderReviewReport(planners, { locale: "ja", style: "plain" }));
    expect(japanese).toContain("取組のレビュー·2024年度–2026年度");
    expect(japanese).toContain("ベトナム");
    const era = await textOf(await renderReviewReport(planners, { locale: "ja", style: "era" }));
    expect(era).toContain("令和6年度–令和8年度");
    const officers = await textOf(await renderReviewReport(await review.reviewOfEfforts(vn, SPAN, NOW), { locale: "en", style: "plain" }));
    expect(officers).not.toMatch(/¥|JPY|Budget|Spent/);
    expect(officers).toContain("VietNam");
    expect(officers).not.toContain("Philippines");
  });

  it("writes the XLSX rows: every state, key area and the total, with money for JMOD only", async () => {
    const { reviewColumns, reviewRows } = await import("@/lib/exports/review-table");
    const planners = await review.reviewOfEfforts(planner, SPAN, NOW);
    const labels = { state: "State", keyArea: "Key area", total: "Total" };
    const rows = reviewRows(planners, labels, (row) => row.nameEn);
    expect(rows).toHaveLength(planners.states.length + planners.keyAreas.length + 1);
    const columns = reviewColumns(planners);
    expect(columns.slice(-3)).toEqual(["budget", "actual", "variance"]);
    const total = rows.at(-1)!;
    expect(total[columns.indexOf("planned")]).toBe(planners.total.activitiesPlanned);
    expect(total[columns.indexOf("variance")]).toBe(planners.total.money!.actualJpy - planners.total.money!.budgetJpy);
    const officers = await review.reviewOfEfforts(vn, SPAN, NOW);
    expect(reviewColumns(officers)).not.toContain("budget");
    expect(reviewRows(officers, labels, (row) => row.nameEn).every((row) => row.length === reviewColumns(officers).length)).toBe(true);
  });
});
