// "Copy as a new plan": a new DRAFT of its own (revision 1, superseding none) with the years moved to
// the fiscal years chosen; objectives, milestones (dates moved), budget lines and indicator targets
// copied; no activities, comments, consultations, actuals, sharing or approvals; audited in the same
// transaction; refusals beside the field, writing nothing; a liaison officer gets "not found".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { NotFoundError, RuleViolationError } from "@/lib/errors";
import type { RuleResult } from "@/lib/rules/principles";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, fieldErrorsOf, query, rejection, seededDatabase, tableCounts } from "./helpers";

let database: TestDatabase;
let writes: typeof import("@/lib/data/plans/writes");
let planner2: Actor;
let admin: Actor;
let liaison: Actor;
let source: { id: string; first: number; last: number };

const rows = <T extends Record<string, unknown>>(sql: string, params: unknown[] = []) => query<T>(database.url, sql, params);

/** A plan's content as comparable rows, its years given relative to its first. */
async function content(planId: string) {
  const [plan] = await rows<{ first: number }>(`SELECT "firstFiscalYear" AS first FROM "ProgramPlan" WHERE id = $1`, [planId]);
  const first = plan!.first;
  return {
    years: (await rows(`SELECT "fiscalYear" - $2 AS y FROM "PlanYear" WHERE "planId" = $1 ORDER BY 1`, [planId, first])).map((r) => r.y),
    // In their order (positions are renumbered from 0 as the editor saves them).
    objectives: await rows(
      `SELECT y."fiscalYear" - $2 AS y, o.text FROM "PlanObjective" o JOIN "PlanYear" y ON y.id = o."planYearId"
       WHERE y."planId" = $1 ORDER BY y."fiscalYear", o.position, o.id`,
      [planId, first],
    ),
    milestones: await rows(
      `SELECT y."fiscalYear" - $2 AS y, m.title, m.status::text, m."dueDate" FROM "Milestone" m JOIN "PlanYear" y ON y.id = m."planYearId"
       WHERE y."planId" = $1 ORDER BY 1, 2, 4`,
      [planId, first],
    ),
    budget: await rows(
      `SELECT y."fiscalYear" - $2 AS y, b.label, b.category::text, b."amountJpy"::text FROM "BudgetLine" b JOIN "PlanYear" y ON y.id = b."planYearId"
       WHERE y."planId" = $1 ORDER BY 1, 2, 3, 4`,
      [planId, first],
    ),
    indicators: await rows(
      `SELECT i."titleEn", i.unit, i.direction::text, i."baselineValue",
         (SELECT json_agg(json_build_object('y', t."fiscalYear" - $2, 'v', t.value) ORDER BY t."fiscalYear") FROM "IndicatorTarget" t WHERE t."indicatorId" = i.id) AS targets
       FROM "PlanIndicator" i WHERE i."planId" = $1 ORDER BY i.position, i.id`,
      [planId, first],
    ),
  };
}

/** Every table's row count, the plans' own rows and the audit trail: unchanged by a refusal. */
const everything = async () => ({
  counts: await tableCounts(database.url),
  plans: await rows(`SELECT id, version FROM "ProgramPlan" ORDER BY id`),
});

beforeAll(async () => {
  database = await seededDatabase("plan_copy");
  writes = await import("@/lib/data/plans/writes");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  admin = await actorByEmail(database.url, "admin@example.org");
  liaison = await actorByEmail(database.url, "liaison.ph@example.org");
  // A shared plan with everything a copy takes and leaves: budget, milestones, indicators with
  // actuals, activities, comments and consultations.
  const [found] = await rows<{ id: string; first: number; last: number }>(
    `SELECT p.id, p."firstFiscalYear" AS first, p."lastFiscalYear" AS last FROM "ProgramPlan" p
     WHERE p.status <> 'DRAFT' AND p."lastFiscalYear" > p."firstFiscalYear"
       AND EXISTS (SELECT 1 FROM "PlanIndicator" i JOIN "IndicatorActual" a ON a."indicatorId" = i.id WHERE i."planId" = p.id)
       AND EXISTS (SELECT 1 FROM "BudgetLine" b JOIN "PlanYear" y ON y.id = b."planYearId" WHERE y."planId" = p.id)
       AND EXISTS (SELECT 1 FROM "Milestone" m JOIN "PlanYear" y ON y.id = m."planYearId" WHERE y."planId" = p.id)
       AND EXISTS (SELECT 1 FROM "Activity" a WHERE a."planId" = p.id)
       AND EXISTS (SELECT 1 FROM "ConsultationRecord" c WHERE c."planId" = p.id)
       AND EXISTS (SELECT 1 FROM "PlanComment" c WHERE c."planId" = p.id)
       AND ((SELECT g.kind FROM "Program" g WHERE g.id = p."programId") = 'MULTILATERAL' OR EXISTS (SELECT 1 FROM "_NeedPlans" n WHERE n."B" = p.id))
     ORDER BY p.id LIMIT 1`,
  );
  expect(found, "a seeded plan with budget, milestones, indicators with actuals, activities, consultations and comments").toBeDefined();
  source = found!;
});

afterAll(() => closeDatabase(database));

describe("a copy", () => {
  it("is a new draft of its own with the years moved and the plan's content, nothing else, audited in the same transaction", async () => {
    const shift = 2040 - source.first;
    const before = await content(source.id);
    const { id } = await writes.copyPlan(planner2, { planId: source.id, firstFiscalYear: "2040" });
    expect(id).not.toBe(source.id);
    const [copy] = await rows(
      `SELECT p.title, p."programId", p.status::text, p.revision, p."supersedesId", p.version, p."firstFiscalYear", p."lastFiscalYear",
         p."authorId", p."sharedAt", p."approvedById", p."submittedAt", p."approvedAt", p.illustrative,
         (SELECT count(*)::int FROM "_PlanSharedWith" w WHERE w."B" = p.id) AS shared,
         (SELECT count(*)::int FROM "Activity" a WHERE a."planId" = p.id) AS activities,
         (SELECT count(*)::int FROM "PlanComment" c WHERE c."planId" = p.id) AS comments,
         (SELECT count(*)::int FROM "ConsultationRecord" c WHERE c."planId" = p.id) AS consultations,
         (SELECT count(*)::int FROM "IndicatorActual" a JOIN "PlanIndicator" i ON i.id = a."indicatorId" WHERE i."planId" = p.id) AS actuals,
         (SELECT count(*)::int FROM "SpendingLine" s WHERE s."planId" = p.id) AS spending
       FROM "ProgramPlan" p WHERE p.id = $1`,
      [id],
    );
    const [original] = await rows<{ title: string; programId: string }>(`SELECT title, "programId" FROM "ProgramPlan" WHERE id = $1`, [
      source.id,
    ]);
    expect(copy).toEqual({
      title: original!.title,
      programId: original!.programId,
      status: "DRAFT",
      revision: 1,
      supersedesId: null,
      version: 1,
      firstFiscalYear: 2040,
      lastFiscalYear: source.last + shift,
      authorId: planner2.id,
      sharedAt: null,
      approvedById: null,
      submittedAt: null,
      approvedAt: null,
      illustrative: false,
      shared: 0,
      activities: 0,
      comments: 0,
      consultations: 0,
      actuals: 0,
      spending: 0,
    });
    // Objectives, milestones, budget lines (with categories) and indicator targets: the same, year for year.
    const after = await content(id);
    expect(after.years).toEqual(before.years);
    expect(after.objectives).toEqual(before.objectives);
    expect(after.budget).toEqual(before.budget);
    expect(after.indicators).toEqual(before.indicators);
    expect(after.budget.length).toBeGreaterThan(0);
    expect(after.indicators.length).toBeGreaterThan(0);
    // Milestones: each due the same day, `shift` years later.
    expect(after.milestones.map((m) => [m.y, m.title, m.status])).toEqual(before.milestones.map((m) => [m.y, m.title, m.status]));
    const later = (d: unknown) => {
      const day = new Date(d as Date);
      day.setUTCFullYear(day.getUTCFullYear() + shift);
      return day.toISOString().slice(0, 10);
    };
    expect(after.milestones.map((m) => new Date(m.dueDate as Date).toISOString().slice(0, 10))).toEqual(
      before.milestones.map((m) => later(m.dueDate)),
    );
    // The original is untouched.
    expect(await content(source.id)).toEqual(before);
    // The audit event names the original, and was written by the same transaction as the plan.
    const events = await rows<{ action: string; actorEmail: string; before: unknown; x: string }>(
      `SELECT action, "actorEmail", before, xmin::text AS x FROM "AuditEvent" WHERE entity = 'ProgramPlan' AND "entityId" = $1`,
      [id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "plan.copy", actorEmail: planner2.email, before: { copiedFrom: source.id } });
    const [plan] = await rows<{ x: string }>(`SELECT xmin::text AS x FROM "ProgramPlan" WHERE id = $1`, [id]);
    expect(events[0]!.x).toBe(plan!.x);
  });

  it("may start earlier than the original (an admin copies back in time)", async () => {
    const { id } = await writes.copyPlan(admin, { planId: source.id, firstFiscalYear: String(source.first - 3) });
    const [copy] = await rows(`SELECT "firstFiscalYear" AS f, "lastFiscalYear" AS l, status::text AS s FROM "ProgramPlan" WHERE id = $1`, [
      id,
    ]);
    expect(copy).toEqual({ f: source.first - 3, l: source.last - 3, s: "DRAFT" });
  });

  it("moves 29 February to the 28th in a year without one", () => {
    expect(writes.shiftDay("2028-02-29", 1)).toBe("2029-02-28");
    expect(writes.shiftDay("2028-02-29", 4)).toBe("2032-02-29");
    expect(writes.shiftDay("2027-09-30", -2)).toBe("2025-09-30");
  });
});

describe("a refused copy", () => {
  it("answers beside the first fiscal year, in the user's words, and writes nothing", async () => {
    const was = await everything();
    for (const firstFiscalYear of ["", "abc", "1999", "2101", "2040.5"])
      expect(await fieldErrorsOf(writes.copyPlan(planner2, { planId: source.id, firstFiscalYear }))).toEqual({
        firstFiscalYear: ["msg:copyFirstYear"],
      });
    // A span that would end after FY2100.
    expect(await fieldErrorsOf(writes.copyPlan(planner2, { planId: source.id, firstFiscalYear: "2100" }))).toEqual({
      firstFiscalYear: ["msg:copySpanTooLate"],
    });
    expect(await everything()).toEqual(was);
  });

  it("is not found for a liaison officer (a plan shared with their state or not) and for an unknown plan", async () => {
    const was = await everything();
    const [shared] = await rows<{ id: string }>(
      `SELECT p.id FROM "ProgramPlan" p JOIN "_PlanSharedWith" w ON w."B" = p.id AND w."A" = 'PH' WHERE p.status <> 'DRAFT' ORDER BY p.id LIMIT 1`,
    );
    for (const planId of [shared!.id, source.id])
      expect(await rejection(writes.copyPlan(liaison, { planId, firstFiscalYear: "2040" }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(writes.copyPlan(planner2, { planId: "no-such-plan", firstFiscalYear: "2040" }))).toBeInstanceOf(NotFoundError);
    expect(await everything()).toEqual(was);
  });

  it("is refused by the principles as a new plan is, writing nothing", async () => {
    // A bilateral plan citing no need and with only consultations: its copy has neither (H1).
    const [bilateral] = await rows<{ id: string }>(
      `SELECT p.id FROM "ProgramPlan" p JOIN "Program" g ON g.id = p."programId"
       WHERE g.kind = 'BILATERAL' AND NOT EXISTS (SELECT 1 FROM "_NeedPlans" n WHERE n."B" = p.id) ORDER BY p.id LIMIT 1`,
    );
    expect(bilateral, "a seeded bilateral plan citing no need").toBeDefined();
    const was = await everything();
    const error = await rejection(writes.copyPlan(planner2, { planId: bilateral!.id, firstFiscalYear: "2045" }));
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(((error as RuleViolationError).results as RuleResult[]).map((r) => r.code)).toContain("H1");
    expect(await everything()).toEqual(was);
  });
});
