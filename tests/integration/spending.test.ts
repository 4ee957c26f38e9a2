// Spending lines against real PostgreSQL: recording, changing and deleting with their audit events,
// refusals beside the fields with nothing written, the conflict of a stale edit, liaison officers
// refused as "not found", budget against actual, an activity's cost and rule T9.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { loadMessages } from "@/i18n/messages";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, fieldErrorsOf, query, rejection, seededDatabase } from "./helpers";

let database: TestDatabase;
let plans: typeof import("@/lib/data/plans/reads") & typeof import("@/lib/data/plans/writes");
let spending: typeof import("@/lib/data/spending/reads") & typeof import("@/lib/data/spending/writes");
let planner: Actor;
let planner2: Actor;
let liaison: Actor;
let planId: string;
let activityId: string;
let otherPlansActivityId: string;

const PROGRAM = "seed-program-srcp"; // multilateral: H1 does not apply

const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: string }>(database.url, sql, params))[0]?.n);
const written = async () => ({
  lines: await count(`SELECT count(*) AS n FROM "SpendingLine"`),
  audit: await count(`SELECT count(*) AS n FROM "AuditEvent"`),
  versions: await query(
    database.url,
    `SELECT id, version, "amountJpy"::text AS amount FROM "SpendingLine" WHERE "planId" = $1 ORDER BY id`,
    [planId],
  ),
});

const line = (overrides: Record<string, unknown> = {}) => ({
  planId,
  spentOn: "2025-06-12",
  category: "TRAVEL",
  amountJpy: "600000",
  description: "Travel of JSDF instructors",
  activityId: "",
  ...overrides,
});

beforeAll(async () => {
  database = await seededDatabase("spending");
  plans = { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) };
  spending = { ...(await import("@/lib/data/spending/reads")), ...(await import("@/lib/data/spending/writes")) };
  planner = await actorByEmail(database.url, "planner@example.org");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  liaison = await actorByEmail(database.url, "liaison.ph@example.org");
  // A plan of FY2025-FY2027 with budget lines in two categories in FY2025 and one in FY2026.
  planId = (await plans.createPlan(planner, { programId: PROGRAM, title: "Spending plan", firstFiscalYear: 2025, lastFiscalYear: 2027 }))
    .id;
  const { values } = await plans.getPlanForEditing(planner, planId);
  await plans.savePlan(planner, planId, {
    ...values,
    years: values.years.map((year) => ({
      ...year,
      budgetLines:
        year.fiscalYear === 2025
          ? [
              { label: "Travel of JSDF instructors", category: "TRAVEL" as const, amountJpy: 1_000_000 },
              { label: "Venue", category: "VENUE" as const, amountJpy: 500_000 },
            ]
          : year.fiscalYear === 2026
            ? [{ label: "Training materials", category: "TRAINING" as const, amountJpy: 2_000_000 }]
            : [],
    })),
  });
  const [activity] = await query<{ id: string }>(database.url, `SELECT id FROM "Activity" WHERE "programId" = $1 ORDER BY id LIMIT 1`, [
    PROGRAM,
  ]);
  activityId = activity!.id;
  await query(database.url, `UPDATE "Activity" SET "planId" = $1 WHERE id = $2`, [planId, activityId]);
  const [other] = await query<{ id: string }>(
    database.url,
    `SELECT id FROM "Activity" WHERE "planId" IS NOT NULL AND "planId" <> $1 ORDER BY id LIMIT 1`,
    [planId],
  );
  otherPlansActivityId = other!.id;
});

afterAll(() => closeDatabase(database));

describe("recording a spending line", () => {
  it("writes the line in the fiscal year of its date, with its audit event, and answers no warning within budget", async () => {
    const before = await written();
    const { id, warnings } = await spending.recordSpendingLine(planner, line({ activityId }));
    expect(warnings).toEqual([]);
    const [row] = await query(
      database.url,
      `SELECT "fiscalYear", category::text AS category, "amountJpy"::text AS amount, "activityId", "recordedById", version FROM "SpendingLine" WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ fiscalYear: 2025, category: "TRAVEL", amount: "600000", activityId, recordedById: planner.id, version: 1 });
    const [event] = await query<{ action: string; after: Record<string, unknown>; actorId: string }>(
      database.url,
      `SELECT action, after, "actorId" FROM "AuditEvent" WHERE entity = 'SpendingLine' AND "entityId" = $1`,
      [id],
    );
    expect(event).toMatchObject({
      action: "spending.create",
      actorId: planner.id,
      after: { amountJpy: "600000", fiscalYear: 2025, planId },
    });
    expect((await written()).audit).toBe(before.audit + 1);
  });

  it("takes the fiscal year from the date: 31 March belongs to the year before", async () => {
    const { id } = await spending.recordSpendingLine(
      planner,
      line({ spentOn: "2026-03-31", category: "VENUE", amountJpy: "450000", description: "Venue" }),
    );
    expect(await count(`SELECT "fiscalYear" AS n FROM "SpendingLine" WHERE id = $1`, [id])).toBe(2025);
  });

  it.each([
    ["a date before the plan's first fiscal year", { spentOn: "2025-03-31" }, "spentOn"],
    ["a date after its last fiscal year", { spentOn: "2028-04-01" }, "spentOn"],
    ["a negative amount", { amountJpy: "-5000" }, "amountJpy"],
    ["a word for an amount", { amountJpy: "lots" }, "amountJpy"],
    ["a fraction of a yen", { amountJpy: "1000.5" }, "amountJpy"],
    ["an empty amount", { amountJpy: "" }, "amountJpy"],
    ["an activity of another plan", () => ({ activityId: otherPlansActivityId }), "activityId"],
  ])("refuses %s beside the field, and writes nothing", async (_, change, field) => {
    const before = await written();
    const overrides = typeof change === "function" ? change() : change;
    const errors = await fieldErrorsOf(spending.recordSpendingLine(planner, line(overrides)));
    expect(Object.keys(errors)).toEqual([field]);
    expect(await written()).toEqual(before);
  });

  it("words the refusals in English and Japanese", async () => {
    const error = await rejection(spending.recordSpendingLine(planner, line({ spentOn: "2030-05-01", activityId: otherPlansActivityId })));
    expect((error as ValidationError).fieldErrorsIn("en")).toEqual({
      spentOn: ["msg:spending.validation.outsidePlan"],
      activityId: ["msg:spending.validation.activityElsewhere"],
    });
    const [en, ja] = (await Promise.all([loadMessages("en"), loadMessages("ja")])) as {
      spending: { validation: Record<string, string> };
    }[];
    for (const key of ["outsidePlan", "activityElsewhere", "amount"]) {
      expect(en!.spending.validation[key]!.length).toBeGreaterThan(20);
      expect(ja!.spending.validation[key]).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });

  it("refuses a liaison officer as not found, and writes nothing", async () => {
    const before = await written();
    await expect(spending.recordSpendingLine(liaison, line())).rejects.toBeInstanceOf(NotFoundError);
    expect(await written()).toEqual(before);
  });

  it("refuses a plan that does not exist as not found", async () => {
    await expect(spending.recordSpendingLine(planner, line({ planId: "no-such-plan" }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("changing and deleting a spending line", () => {
  it("saves a change at its version, with the audit event's before and after", async () => {
    const { id } = await spending.recordSpendingLine(planner, line({ spentOn: "2026-05-10", category: "TRAINING", amountJpy: "800000" }));
    const { version } = await spending.updateSpendingLine(planner2, id, {
      ...line({ spentOn: "2026-05-11", category: "TRAINING", amountJpy: "900000" }),
      version: 1,
    });
    expect(version).toBe(2);
    const [event] = await query<{ before: Record<string, unknown>; after: Record<string, unknown> }>(
      database.url,
      `SELECT before, after FROM "AuditEvent" WHERE entity = 'SpendingLine' AND "entityId" = $1 AND action = 'spending.update'`,
      [id],
    );
    expect(event?.before).toMatchObject({ amountJpy: "800000", spentOn: "2026-05-10" });
    expect(event?.after).toMatchObject({ amountJpy: "900000", spentOn: "2026-05-11" });
  });

  it("answers a stale edit with the current values and who changed them, and writes nothing", async () => {
    const { id } = await spending.recordSpendingLine(planner, line({ spentOn: "2026-06-01", category: "TRAINING", amountJpy: "100000" }));
    await spending.updateSpendingLine(planner2, id, {
      ...line({ spentOn: "2026-06-01", category: "TRAINING", amountJpy: "120000" }),
      version: 1,
    });
    const before = await written();
    const error = await rejection(
      spending.updateSpendingLine(planner, id, {
        ...line({ spentOn: "2026-06-01", category: "TRAINING", amountJpy: "999999" }),
        version: 1,
      }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current).toMatchObject({
      version: 2,
      updatedBy: planner2.name,
      values: { amountJpy: "120000" },
    });
    expect(await written()).toEqual(before);
    // A stale delete too: the line is shown again, never deleted unseen.
    await expect(spending.deleteSpendingLine(planner, { id, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    expect(await written()).toEqual(before);
  });

  it("refuses a bad change beside its field, and writes nothing", async () => {
    const { id } = await spending.recordSpendingLine(planner, line({ spentOn: "2026-07-01", category: "TRAINING", amountJpy: "10000" }));
    const before = await written();
    const errors = await fieldErrorsOf(spending.updateSpendingLine(planner, id, { ...line({ spentOn: "2031-07-01" }), version: 1 }));
    expect(Object.keys(errors)).toEqual(["spentOn"]);
    expect(await written()).toEqual(before);
  });

  it("deletes a line at its version, with its audit event", async () => {
    const { id } = await spending.recordSpendingLine(planner, line({ spentOn: "2026-08-01", category: "OTHER", amountJpy: "5000" }));
    await spending.deleteSpendingLine(planner, { id, version: 1 });
    expect(await count(`SELECT count(*) AS n FROM "SpendingLine" WHERE id = $1`, [id])).toBe(0);
    const [event] = await query<{ action: string; before: Record<string, unknown> }>(
      database.url,
      `SELECT action, before FROM "AuditEvent" WHERE entity = 'SpendingLine' AND "entityId" = $1 ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(event).toMatchObject({ action: "spending.delete", before: { amountJpy: "5000", category: "OTHER" } });
  });

  it("refuses a liaison officer's change and delete as not found, and writes nothing", async () => {
    const [some] = await query<{ id: string }>(database.url, `SELECT id FROM "SpendingLine" WHERE "planId" = $1 LIMIT 1`, [planId]);
    const before = await written();
    await expect(spending.updateSpendingLine(liaison, some!.id, { ...line(), version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(spending.deleteSpendingLine(liaison, { id: some!.id, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await written()).toEqual(before);
  });
});

describe("budget against actual, the activity's cost and T9", () => {
  it("sums budget and actual per fiscal year and category, with the variance", async () => {
    const years = await spending.getBudgetAgainstActual(planner, planId);
    expect(years.map((y) => y.fiscalYear)).toEqual([2025, 2026, 2027]);
    // FY2025: travel 600,000 against 1,000,000; venue 450,000 against 500,000.
    expect(years[0]!.categories).toEqual([
      { category: "TRAVEL", budgetJpy: 1_000_000, actualJpy: 600_000, varianceJpy: -400_000, variancePercent: -40 },
      { category: "VENUE", budgetJpy: 500_000, actualJpy: 450_000, varianceJpy: -50_000, variancePercent: -10 },
    ]);
    expect(years[0]!.total).toEqual({ budgetJpy: 1_500_000, actualJpy: 1_050_000, varianceJpy: -450_000, variancePercent: -30 });
    expect(years[2]!.categories).toEqual([]);
  });

  it("gives the activity's cost: the lines naming it and their sum", async () => {
    const cost = await spending.getActivityCost(planner, activityId);
    expect(cost.totalJpy).toBe(600_000);
    expect(cost.lines.map((l) => [l.amountJpy, l.plan.id])).toEqual([[600_000, planId]]);
  });

  it("warns with T9 once a year's spending exceeds its budget by more than 10%, naming the year and lines", async () => {
    // FY2025: 1,050,000 of 1,500,000 so far; 600,001 more makes 1,650,001, above 110%.
    const { warnings } = await spending.recordSpendingLine(
      planner,
      line({ spentOn: "2025-11-20", amountJpy: "600001", description: "Extra flights" }),
    );
    expect(warnings.map((w) => w.code)).toEqual(["T9"]);
    expect(warnings[0]!.params).toMatchObject({
      years: [2025],
      budgets: [1_500_000],
      actuals: [1_650_001],
      more: [0],
      lineAmounts: [600_001, 600_000, 450_000],
      lineDescriptions: ["Extra flights", "Travel of JSDF instructors", "Venue"],
    });
    const { results } = await plans.getPlanPrinciples(planner, planId);
    expect(results.find((r) => r.code === "T9")).toMatchObject({ status: "failed", severity: "warning", fields: ["spending.2025"] });
  });

  it("refuses every money read to a liaison officer as not found", async () => {
    await expect(spending.getBudgetAgainstActual(liaison, planId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(spending.getPlanSpending(liaison, planId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(spending.getActivityCost(liaison, activityId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps an archived plan's spending closed", async () => {
    const [archived] = await query<{ id: string }>(
      database.url,
      `SELECT id FROM "ProgramPlan" WHERE status = 'ARCHIVED' ORDER BY id LIMIT 1`,
    );
    const [span] = await query<{ first: number }>(database.url, `SELECT "firstFiscalYear" AS first FROM "ProgramPlan" WHERE id = $1`, [
      archived!.id,
    ]);
    const before = await written();
    await expect(
      spending.recordSpendingLine(planner, line({ planId: archived!.id, spentOn: `${span!.first}-07-01` })),
    ).rejects.toBeInstanceOf(InvalidStateError);
    expect(await written()).toEqual(before);
    expect((await spending.getPlanSpending(planner, archived!.id)).canEdit).toBe(false);
  });
});
