// Results indicators through the data layer their actions call, against real PostgreSQL: saved in
// place with the plan (actuals survive), targets refused outside the span, actuals versioned, what a
// liaison officer reads and may not write, revisions, rules T6 and T8, and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import { blocking, type RuleResult } from "@/lib/rules/principles";
import type { IndicatorInput, PlanInput } from "@/lib/validation/plan";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, fieldErrorsOf, query, rejection, seededDatabase } from "./helpers";
import { completeIndicator } from "./indicator-fixtures";

let database: TestDatabase;
let plans: typeof import("@/lib/data/plans/reads") & typeof import("@/lib/data/plans/writes");
let results: typeof import("@/lib/data/indicators/reads") & typeof import("@/lib/data/indicators/writes");
let planner: Actor;
let planner2: Actor;
let liaison: Actor;

const PROGRAM = "seed-program-srcp"; // means M2: capacity building, T6 applies

beforeAll(async () => {
  database = await seededDatabase("indicators");
  plans = { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) };
  results = { ...(await import("@/lib/data/indicators/reads")), ...(await import("@/lib/data/indicators/writes")) };
  planner = await actorByEmail(database.url, "planner@example.org");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  liaison = await actorByEmail(database.url, "liaison.ph@example.org");
});

afterAll(() => closeDatabase(database));

const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: string }>(database.url, sql, params))[0]?.n);

const indicator = completeIndicator;

async function values(planId: string): Promise<PlanInput> {
  return (await plans.getPlanForEditing(planner, planId)).values;
}

/** A plan of the capacity-building program, its years filled for T2 and T3, with `indicators`. */
async function planWith(first: number, last: number, indicators: IndicatorInput[]): Promise<string> {
  const { id } = await plans.createPlan(planner, {
    programId: PROGRAM,
    title: `Plan ${Math.random()}`,
    firstFiscalYear: first,
    lastFiscalYear: last,
  });
  const current = await values(id);
  await plans.savePlan(planner, id, {
    ...current,
    sustainment: "The partner runs the course itself from the last year.",
    years: current.years.map((year) => ({
      ...year,
      objectives: [{ text: `Objective ${year.fiscalYear}` }],
      milestones: [{ title: `Milestone ${year.fiscalYear}`, dueDate: `${year.fiscalYear}-09-30`, status: "PENDING" as const }],
    })),
    indicators,
  });
  return id;
}

async function step(actor: Actor, planId: string, transition: string, reason?: string) {
  return plans.transitionPlan(actor, { planId, version: (await values(planId)).version, transition, ...(reason ? { reason } : {}) });
}

async function approved(planId: string) {
  await step(planner, planId, "share");
  await step(planner, planId, "submit");
  await step(planner2, planId, "approve");
}

const record = (indicatorId: string, fiscalYear: number, version: number, value: string | number, evidence = "Roster") =>
  results.recordIndicatorActual(planner, { indicatorId, fiscalYear, version, value, measuredOn: "2026-11-20", evidence });

const indicatorIds = async (planId: string) => (await values(planId)).indicators.map((i) => i.id!);
const blockingCodes = (error: unknown) => {
  expect(error).toBeInstanceOf(RuleViolationError);
  return blocking((error as RuleViolationError).results as RuleResult[]).map((r) => r.code);
};

describe("indicators saved with the plan", () => {
  it("are saved in place by id: an edit keeps their actuals, a removal deletes them", async () => {
    const id = await planWith(2026, 2027, [indicator(2026, 2027), indicator(2026, 2027, { titleEn: "Courses run by the partner" })]);
    const [first, second] = await indicatorIds(id);
    await record(first!, 2026, 0, "5");
    await record(second!, 2026, 0, 1);

    const edited = await values(id);
    await plans.savePlan(planner, id, {
      ...edited,
      indicators: [{ ...edited.indicators[0]!, titleEn: "Instructors qualified (renamed)", targets: [{ fiscalYear: 2026, value: 6 }] }],
    });
    const after = await values(id);
    expect(after.indicators).toEqual([
      expect.objectContaining({ id: first, titleEn: "Instructors qualified (renamed)", targets: [{ fiscalYear: 2026, value: 6 }] }),
    ]);
    const actuals = await query<{ indicatorId: string; value: number }>(
      database.url,
      `SELECT "indicatorId", value FROM "IndicatorActual" WHERE "indicatorId" = ANY($1)`,
      [[first, second]],
    );
    expect(actuals).toEqual([{ indicatorId: first, value: 5 }]);
  });

  it("refuses a target outside the plan's span beside it, and writes nothing", async () => {
    const id = await planWith(2026, 2027, [indicator(2026, 2027)]);
    const before = await values(id);
    const counts = async () => ({
      targets: await count('SELECT count(*) AS n FROM "IndicatorTarget"'),
      audit: await count('SELECT count(*) AS n FROM "AuditEvent"'),
    });
    const was = await counts();
    const outside = { ...before.indicators[0]!, targets: [...before.indicators[0]!.targets, { fiscalYear: 2029, value: 20 }] };
    expect(await fieldErrorsOf(plans.savePlan(planner, id, { ...before, title: "Changed", indicators: [outside] }))).toEqual({
      "indicators.0.targets.2.fiscalYear": ["msg:indicators.validation.targetOutsideSpan"],
    });
    expect(
      await fieldErrorsOf(
        plans.savePlan(planner, id, { ...before, indicators: [{ ...outside, targets: [{ fiscalYear: 2026, value: "many" }] }] }),
      ),
    ).toEqual({
      "indicators.0.targets.0.value": ["msg:indicators.validation.notANumber"],
    });
    expect(await counts()).toEqual(was);
    expect(await values(id)).toEqual(before);
  });

  it("refuses an indicator id of another plan", async () => {
    const other = await planWith(2026, 2027, [indicator(2026, 2027)]);
    const id = await planWith(2026, 2027, []);
    const [foreign] = await indicatorIds(other);
    const current = await values(id);
    expect(
      Object.keys(
        await fieldErrorsOf(plans.savePlan(planner, id, { ...current, indicators: [{ ...indicator(2026, 2027), id: foreign }] })),
      ),
    ).toEqual(["indicators.0"]);
  });
});

describe("actuals", () => {
  it("are versioned: the second recording from the same version gets the conflict with the first's values", async () => {
    const id = await planWith(2026, 2027, [indicator(2026, 2027)]);
    const [indicatorId] = await indicatorIds(id);
    expect(await record(indicatorId!, 2026, 0, "5", "First")).toEqual({ version: 1 });
    const stale = await rejection(record(indicatorId!, 2026, 0, "6", "Second"));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).current).toMatchObject({
      version: 1,
      updatedBy: planner.name,
      values: { value: "5", measuredOn: "2026-11-20", evidence: "First" },
    });
    expect(await record(indicatorId!, 2026, 1, "7")).toEqual({ version: 2 });
    expect(await rejection(record(indicatorId!, 2026, 1, "8"))).toBeInstanceOf(ConflictError);
    const rows = await query<{ value: number; version: number; recordedById: string }>(
      database.url,
      `SELECT value, version, "recordedById" FROM "IndicatorActual" WHERE "indicatorId" = $1`,
      [indicatorId],
    );
    expect(rows).toEqual([{ value: 7, version: 2, recordedById: planner.id }]);
  });

  it("are refused for a year not started, outside the span, or measured after today", async () => {
    const id = await planWith(2026, 2028, [indicator(2026, 2028)]);
    const [indicatorId] = await indicatorIds(id);
    expect(Object.keys(await fieldErrorsOf(record(indicatorId!, 2028, 0, 1)))).toEqual(["fiscalYear"]);
    expect(Object.keys(await fieldErrorsOf(record(indicatorId!, 2025, 0, 1)))).toEqual(["fiscalYear"]);
    const later = results.recordIndicatorActual(planner, {
      indicatorId,
      fiscalYear: 2026,
      version: 0,
      value: 1,
      measuredOn: "2099-01-01",
      evidence: "",
    });
    expect(Object.keys(await fieldErrorsOf(later))).toEqual(["measuredOn"]);
  });

  it("write their audit event on the plan, with before and after", async () => {
    const id = await planWith(2026, 2027, [indicator(2026, 2027)]);
    const [indicatorId] = await indicatorIds(id);
    await record(indicatorId!, 2026, 0, "3");
    await record(indicatorId!, 2026, 1, "4");
    const events = await query<{ action: string; before: { value: number } | null; after: { value: number; fiscalYear: number } }>(
      database.url,
      `SELECT action, before, after FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'indicator.actual' ORDER BY id`,
      [id],
    );
    expect(events).toEqual([
      { action: "indicator.actual", before: null, after: expect.objectContaining({ value: 3, fiscalYear: 2026, indicatorId }) },
      { action: "indicator.actual", before: expect.objectContaining({ value: 3 }), after: expect.objectContaining({ value: 4 }) },
    ]);
  });
});

describe("a liaison officer", () => {
  it("reads the indicators of a plan shared with their state, not of another, and cannot record", async () => {
    const [shared] = await query<{ id: string }>(
      database.url,
      `SELECT p.id FROM "ProgramPlan" p JOIN "_PlanSharedWith" x ON x."B" = p.id
       WHERE x."A" = 'PH' AND p.status IN ('SHARED', 'APPROVED') AND EXISTS (SELECT 1 FROM "PlanIndicator" i WHERE i."planId" = p.id) LIMIT 1`,
    );
    const [unshared] = await query<{ id: string }>(
      database.url,
      `SELECT p.id FROM "ProgramPlan" p WHERE NOT EXISTS (SELECT 1 FROM "_PlanSharedWith" x WHERE x."B" = p.id AND x."A" = 'PH')
       AND EXISTS (SELECT 1 FROM "PlanIndicator" i WHERE i."planId" = p.id) LIMIT 1`,
    );
    const seen = await results.getPlanIndicators(liaison, shared!.id);
    expect(seen.indicators.length).toBeGreaterThan(0);
    expect(seen.indicators[0]!.targets.length).toBeGreaterThan(0);
    expect(seen.canRecord).toBe(false);
    expect(await rejection(results.getPlanIndicators(liaison, unshared!.id))).toBeInstanceOf(NotFoundError);

    const indicatorId = seen.indicators[0]!.id;
    const before = await count('SELECT count(*) AS n FROM "IndicatorActual"');
    const attempt = results.recordIndicatorActual(liaison, {
      indicatorId,
      fiscalYear: 2026,
      version: 0,
      value: 1,
      measuredOn: "2026-11-01",
      evidence: "",
    });
    expect(await rejection(attempt)).toBeInstanceOf(NotFoundError);
    expect(await count('SELECT count(*) AS n FROM "IndicatorActual"')).toBe(before);
  });
});

describe("revisions", () => {
  it("copy indicators, targets and actuals", async () => {
    const id = await planWith(2026, 2027, [indicator(2026, 2027)]);
    const [indicatorId] = await indicatorIds(id);
    await record(indicatorId!, 2026, 0, "5", "Year one");
    await approved(id);
    const { id: revision } = await plans.startNewRevision(planner, { planId: id, version: (await values(id)).version });
    const copied = await values(revision);
    expect(copied.indicators).toEqual([{ ...(await values(id)).indicators[0]!, id: expect.not.stringMatching(indicatorId!) }]);
    const actuals = (await results.getPlanIndicators(planner, revision)).indicators[0]!.actuals;
    expect(actuals).toEqual([expect.objectContaining({ fiscalYear: 2026, value: 5, evidence: "Year one", recordedBy: planner.name })]);
    // The approved plan the revision replaces takes no more actuals: the revision does.
    expect((await results.getPlanIndicators(planner, id)).canRecord).toBe(false);
  });
});

describe("rules", () => {
  it("T6 blocks submitting a capacity-building plan without a complete indicator, naming the years", async () => {
    const id = await planWith(2026, 2027, [indicator(2026, 2027, { targets: [{ fiscalYear: 2026, value: 4 }] })]);
    await step(planner, id, "share");
    const refused = await rejection(step(planner, id, "submit"));
    expect(blockingCodes(refused)).toEqual(["T6"]);
    const t6 = ((refused as RuleViolationError).results as RuleResult[]).find((r) => r.code === "T6")!;
    expect(t6).toMatchObject({ fields: ["indicators"], params: { years: [2027] } });
    const current = await values(id);
    await plans.savePlan(planner, id, {
      ...current,
      indicators: [indicator(2026, 2027)].map((i) => ({ ...i, id: current.indicators[0]!.id })),
    });
    await step(planner, id, "submit");
  });

  it("T8 blocks archiving with ended years unmeasured, and lets a reason through, stored and audited", async () => {
    const id = await planWith(2024, 2026, [indicator(2024, 2026)]);
    const [indicatorId] = await indicatorIds(id);
    await record(indicatorId!, 2024, 0, "4");
    await approved(id);
    const refused = await rejection(step(planner, id, "archive"));
    expect(blockingCodes(refused)).toEqual(["T8"]);
    expect(((refused as RuleViolationError).results as RuleResult[]).find((r) => r.code === "T8")!.params).toEqual({ years: [2025] });
    expect((await query<{ status: string }>(database.url, `SELECT status::text FROM "ProgramPlan" WHERE id = $1`, [id]))[0]!.status).toBe(
      "APPROVED",
    );

    await step(planner, id, "archive", "The FY2025 survey was cancelled by the partner.");
    const [plan] = await query<{ status: string; archiveReason: string }>(
      database.url,
      `SELECT status::text, "archiveReason" FROM "ProgramPlan" WHERE id = $1`,
      [id],
    );
    expect(plan).toEqual({ status: "ARCHIVED", archiveReason: "The FY2025 survey was cancelled by the partner." });
    const [event] = await query<{ after: { archiveReason: string; reason: string } }>(
      database.url,
      `SELECT after FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'plan.archive'`,
      [id],
    );
    expect(event!.after).toMatchObject({
      archiveReason: "The FY2025 survey was cancelled by the partner.",
      reason: "The FY2025 survey was cancelled by the partner.",
    });
    // Archived: no more actuals.
    expect(await rejection(record(indicatorId!, 2025, 0, "1"))).toMatchObject({ code: "indicators.state.archived" });
  });

  it("T8 lets a plan with every ended year measured be archived without a reason", async () => {
    const id = await planWith(2024, 2026, [indicator(2024, 2026)]);
    const [indicatorId] = await indicatorIds(id);
    await record(indicatorId!, 2024, 0, "4");
    await record(indicatorId!, 2025, 0, "8");
    await approved(id);
    await step(planner, id, "archive");
    expect(
      (await query<{ archiveReason: string | null }>(database.url, `SELECT "archiveReason" FROM "ProgramPlan" WHERE id = $1`, [id]))[0],
    ).toEqual({
      archiveReason: null,
    });
  });
});
