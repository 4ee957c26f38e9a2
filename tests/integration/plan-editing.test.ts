// The plan actions' data layer against real PostgreSQL: validation, authorization, the principle
// rules, optimistic locking, the audit trail and all-or-nothing writes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import en from "@/messages/en.json";
import { ConflictError, InvalidStateError, NotFoundError, RuleViolationError, ValidationError } from "@/lib/errors";
import { blocking, type RuleResult } from "@/lib/rules/principles";
import type { PlanInput } from "@/lib/validation/plan";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";
import { completeIndicator } from "./indicator-fixtures";

let database: TestDatabase;
let editing: typeof import("@/lib/data/plans/reads") & typeof import("@/lib/data/plans/writes");
let plans: typeof import("@/lib/data/plans/reads");
let history: typeof import("@/lib/data/audit/history");
let planner: Actor;
let planner2: Actor;
let liaison: Actor;

const PROGRAM = "seed-program-srcp"; // multilateral, means M2: T3 applies

beforeAll(async () => {
  database = await seededDatabase("plan_editing");
  editing = { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) };
  plans = await import("@/lib/data/plans/reads");
  history = await import("@/lib/data/audit/history");
  planner = await actorByEmail(database.url, "planner@example.org");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  liaison = await actorByEmail(database.url, "liaison.ph@example.org");
});

afterAll(() => closeDatabase(database));

const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: string }>(database.url, sql, params))[0]?.n);
const plansAndAudit = async () => ({
  plans: await count('SELECT count(*) AS n FROM "ProgramPlan"'),
  years: await count('SELECT count(*) AS n FROM "PlanYear"'),
  audit: await count('SELECT count(*) AS n FROM "AuditEvent"'),
});

async function newPlan(title = `Plan ${Math.random()}`, first = 2026, last = 2028): Promise<string> {
  return (await editing.createPlan(planner, { programId: PROGRAM, title, firstFiscalYear: first, lastFiscalYear: last })).id;
}

async function values(planId: string): Promise<PlanInput> {
  return (await plans.getPlanForEditing(planner, planId)).values;
}

function filled(input: PlanInput): PlanInput {
  return {
    ...input,
    sustainment: "The partner navies run it themselves from FY2029.",
    years: input.years.map((year) => ({
      ...year,
      objectives: [{ text: `Objective ${year.fiscalYear}` }],
      milestones: [{ title: `Milestone ${year.fiscalYear}`, dueDate: `${year.fiscalYear}-09-30`, status: "PENDING" as const }],
      budgetLines: [{ label: "Travel", category: "TRAVEL" as const, amountJpy: 1_500_000 }],
    })),
    indicators: [completeIndicator(input.firstFiscalYear, input.lastFiscalYear)], // T6, before review
  };
}

async function refusal(work: Promise<unknown>) {
  return work.then(
    () => {
      throw new Error("expected a refusal");
    },
    (error: unknown) => error,
  );
}

/** The rules that refused a step: only those of the step taken (a later step's are not a refusal). */
function blockingCodes(error: unknown): string[] {
  expect(error).toBeInstanceOf(RuleViolationError);
  return blocking((error as RuleViolationError).results as RuleResult[]).map((result) => result.code);
}

/** A new plan taken through DRAFT -> SHARED -> IN_REVIEW -> APPROVED (planner authors, planner2 approves). */
async function approvedPlan(): Promise<string> {
  const id = await newPlan();
  await editing.savePlan(planner, id, filled(await values(id)));
  for (const [actor, transition] of [
    [planner, "share"],
    [planner, "submit"],
    [planner2, "approve"],
  ] as const) {
    await editing.transitionPlan(actor, { planId: id, version: (await values(id)).version, transition });
  }
  return id;
}

describe("createPlan", () => {
  it("creates a draft with one year per fiscal year of its span, and its audit event", async () => {
    const before = await plansAndAudit();
    const id = await newPlan("Created plan", 2026, 2028);
    const after = await plansAndAudit();
    expect(after).toEqual({ plans: before.plans + 1, years: before.years + 3, audit: before.audit + 1 });
    const [event] = await query<{ action: string; actorId: string; after: { title: string } }>(
      database.url,
      `SELECT action, "actorId", after FROM "AuditEvent" WHERE "entityId" = $1`,
      [id],
    );
    expect(event).toMatchObject({ action: "plan.create", actorId: planner.id, after: { title: "Created plan" } });
  });

  it("refuses a one-year plan with T1 and writes nothing", async () => {
    const before = await plansAndAudit();
    const error = await refusal(
      editing.createPlan(planner, { programId: PROGRAM, title: "One year", firstFiscalYear: 2026, lastFiscalYear: 2026 }),
    );
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(blockingCodes(error)).toEqual(["T1"]);
    expect(await plansAndAudit()).toEqual(before);
  });

  it("refuses bad input field by field and writes nothing", async () => {
    const before = await plansAndAudit();
    const cases: [unknown, string][] = [
      [{ programId: PROGRAM, title: "x", firstFiscalYear: "abc", lastFiscalYear: 2027 }, "firstFiscalYear"],
      [{ programId: PROGRAM, title: "x".repeat(201), firstFiscalYear: 2026, lastFiscalYear: 2027 }, "title"],
      [{ programId: PROGRAM, title: "", firstFiscalYear: 2026, lastFiscalYear: 2027 }, "title"],
      [{ programId: PROGRAM, title: "x", firstFiscalYear: 2028, lastFiscalYear: 2026 }, "lastFiscalYear"],
      [{ programId: "no-such-program", title: "x", firstFiscalYear: 2026, lastFiscalYear: 2027 }, "programId"],
      [{ programId: "'; DROP TABLE x; --", title: "x", firstFiscalYear: 2026, lastFiscalYear: 2027 }, "programId"],
      [null, "_form"],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(editing.createPlan(planner, input));
      expect(error, JSON.stringify(input)).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors), JSON.stringify(input)).toContain(field);
    }
    expect(await plansAndAudit()).toEqual(before);
  });

  it("answers a liaison officer 'not found' and writes nothing", async () => {
    const before = await plansAndAudit();
    await expect(
      editing.createPlan(liaison, { programId: PROGRAM, title: "x", firstFiscalYear: 2026, lastFiscalYear: 2027 }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await plansAndAudit()).toEqual(before);
  });
});

describe("savePlan", () => {
  it("saves objectives, milestones, budget and sustainment, bumps the version and audits before and after", async () => {
    const id = await newPlan();
    const input = filled(await values(id));
    const saved = await editing.savePlan(planner, id, input);
    expect(saved.version).toBe(input.version + 1);
    const reread = await values(id);
    expect(reread.years.map((year) => year.objectives)).toEqual(input.years.map((year) => year.objectives));
    expect(reread.sustainment).toBe(input.sustainment);
    const events = await query<{ action: string; before: { sustainment: string }; after: { sustainment: string } }>(
      database.url,
      `SELECT action, before, after FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'plan.update'`,
      [id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]!.before.sustainment).toBe("");
    expect(events[0]!.after.sustainment).toBe(input.sustainment);
  });

  it("refuses a stale version with who changed it, and writes nothing", async () => {
    const id = await newPlan();
    const loaded = await values(id);
    await editing.savePlan(planner2, id, { ...loaded, title: "Changed by planner2" });
    const before = await plansAndAudit();
    const error = await refusal(editing.savePlan(planner, id, { ...loaded, title: "Changed by planner" }));
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = (error as ConflictError).current;
    expect(conflict.updatedBy).toBe(planner2.name);
    expect((conflict.values as PlanInput).title).toBe("Changed by planner2");
    expect(await plansAndAudit()).toEqual(before);
    expect((await values(id)).title).toBe("Changed by planner2");
  });

  it("lets exactly one of two concurrent saves of the same version win", async () => {
    const id = await newPlan();
    const loaded = await values(id);
    const outcomes = await Promise.allSettled([
      editing.savePlan(planner, id, { ...loaded, title: "First" }),
      editing.savePlan(planner2, id, { ...loaded, title: "Second" }),
    ]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ConflictError);
    expect(await count(`SELECT count(*) AS n FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'plan.update'`, [id])).toBe(1);
  });

  it("refuses a need of a state outside the program, reversed spans, negative amounts and bad dates", async () => {
    // A bilateral plan cites its partner's need from the start (H1).
    await expect(
      editing.createPlan(planner, {
        programId: "seed-program-bilateral-ph",
        title: "PH plan",
        firstFiscalYear: 2026,
        lastFiscalYear: 2027,
      }),
    ).rejects.toBeInstanceOf(RuleViolationError);
    const target = (
      await editing.createPlan(planner, {
        programId: "seed-program-bilateral-ph",
        title: "PH plan",
        firstFiscalYear: 2026,
        lastFiscalYear: 2027,
        needId: "seed-demo-ph-need",
      })
    ).id;
    const loaded = await values(target);
    const before = await plansAndAudit();
    const cases: [PlanInput, string][] = [
      [{ ...loaded, needIds: ["seed-demo-vn-need"] }, "needIds"],
      [{ ...loaded, firstFiscalYear: 2028, lastFiscalYear: 2026 }, "lastFiscalYear"],
      [
        {
          ...loaded,
          years: [
            {
              fiscalYear: loaded.firstFiscalYear,
              objectives: [],
              milestones: [],
              budgetLines: [{ label: "x", category: "OTHER" as const, amountJpy: -1 }],
            },
          ],
        },
        "years.0.budgetLines.0.amountJpy",
      ],
      [
        {
          ...loaded,
          years: [
            {
              fiscalYear: loaded.firstFiscalYear,
              objectives: [],
              milestones: [{ title: "m", dueDate: "2026-02-30x", status: "PENDING" }],
              budgetLines: [],
            },
          ],
        },
        "years.0.milestones.0.dueDate",
      ],
      [{ ...loaded, years: [{ fiscalYear: 2040, objectives: [], milestones: [], budgetLines: [] }] }, "years.0.fiscalYear"],
      [{ ...loaded, summary: "x".repeat(5001) }, "summary"],
    ];
    for (const [input, field] of cases) {
      const error = await refusal(editing.savePlan(planner, target, input));
      expect(error, field).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors), field).toContain(field);
    }
    expect(await plansAndAudit()).toEqual(before);
  });

  it("answers a liaison officer and unknown ids 'not found'", async () => {
    const id = await newPlan();
    const loaded = await values(id);
    await expect(editing.savePlan(liaison, id, loaded)).rejects.toBeInstanceOf(NotFoundError);
    await expect(editing.savePlan(planner, "no-such-plan", loaded)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers a malformed plan id 'not found' before reading the input, as the activity and program editors do", async () => {
    const id = await newPlan();
    const loaded = await values(id);
    const before = await plansAndAudit();
    // A NUL byte PostgreSQL cannot even compare, a path, an overlong id, a non-string: none names a plan.
    for (const bad of ["bad\u0000id", "../etc", "x".repeat(65), 42, null]) {
      const error = await refusal(editing.savePlan(planner, bad as string, loaded));
      expect(error, JSON.stringify(bad)).toBeInstanceOf(NotFoundError);
    }
    // The id is judged first: invalid values sent to a malformed id still answer "not found".
    expect(await refusal(editing.savePlan(planner, "../etc", { title: "" }))).toBeInstanceOf(NotFoundError);
    expect(await plansAndAudit()).toEqual(before);
  });

  it("rolls everything back when a write fails half-way", async () => {
    const id = await newPlan();
    const loaded = await values(id);
    // Make the audit insert, the last write of the transaction, fail.
    await query(
      database.url,
      `CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit down'; END; $$`,
    );
    await query(database.url, `CREATE TRIGGER fail_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fail_audit()`);
    try {
      await expect(editing.savePlan(planner, id, filled(loaded))).rejects.toThrow(/audit down/);
    } finally {
      await query(database.url, `DROP TRIGGER fail_audit ON "AuditEvent"; DROP FUNCTION fail_audit()`);
    }
    const after = await values(id);
    expect(after.version).toBe(loaded.version);
    expect(after.years.every((year) => year.objectives.length === 0)).toBe(true);
  });
});

describe("lifecycle", () => {
  it("refuses a stale version, an unknown plan and a liaison officer, writing nothing", async () => {
    const id = await newPlan();
    const current = await values(id);
    await editing.savePlan(planner, id, filled(current));
    const before = await plansAndAudit();
    await expect(editing.transitionPlan(planner, { planId: id, version: current.version, transition: "share" })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(editing.transitionPlan(planner, { planId: "no-such-plan", version: 1, transition: "share" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(editing.transitionPlan(liaison, { planId: id, version: current.version + 1, transition: "share" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(plans.getPlanForEditing(liaison, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(plans.getPlanPrinciples(liaison, id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await plansAndAudit()).toEqual(before);
  });

  it("returns a shared plan to draft with its reason, and archives an approved one", async () => {
    const id = await newPlan();
    await editing.savePlan(planner, id, filled(await values(id)));
    let current = await values(id);
    await editing.transitionPlan(planner, { planId: id, version: current.version, transition: "share" });
    current = await values(id);
    await editing.transitionPlan(planner, {
      planId: id,
      version: current.version,
      transition: "returnToDraft",
      reason: "Partner asked for a later start",
    });
    const plan = await plans.getPlan(planner, id);
    expect(plan).toMatchObject({ status: "DRAFT", returnReason: "Partner asked for a later start" });
    const [event] = await query<{ after: { reason: string } }>(
      database.url,
      `SELECT after FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'plan.returnToDraft'`,
      [id],
    );
    expect(event?.after.reason).toBe("Partner asked for a later start");
  });

  it("enforces T2 on sharing, T3 on submitting and T4 on approving, then versions the approved plan", async () => {
    const id = await newPlan();
    let current = await values(id);
    const step = (actor: Actor, transition: string, reason?: string) =>
      editing.transitionPlan(actor, { planId: id, version: current.version, transition, reason });

    const t2 = await refusal(step(planner, "share"));
    expect(blockingCodes(t2)).toEqual(["T2"]);

    await editing.savePlan(planner, id, { ...filled(current), sustainment: "" });
    current = await values(id);
    await step(planner, "share");
    current = await values(id);
    const shared = await plans.getPlan(planner, id);
    expect(shared.status).toBe("SHARED");
    expect(shared.sharedWith.map((state) => state.code)).toContain("TL");

    const t3 = await refusal(step(planner, "submit"));
    expect(blockingCodes(t3)).toEqual(["T3"]);
    await editing.savePlan(planner, id, filled(current));
    current = await values(id);
    await step(planner, "submit");
    current = await values(id);

    const t4 = await refusal(step(planner, "approve"));
    expect(blockingCodes(t4)).toEqual(["T4"]);
    await expect(step(liaison, "approve")).rejects.toBeInstanceOf(NotFoundError);
    await step(planner2, "approve");
    current = await values(id);
    expect((await plans.getPlan(planner, id)).status).toBe("APPROVED");

    // Approved: read-only; a new revision carries the content and retires it once approved.
    await expect(editing.savePlan(planner, id, current)).rejects.toBeInstanceOf(InvalidStateError);
    const revision = await editing.startNewRevision(planner, { planId: id, version: current.version });
    const next = await plans.getPlan(planner, revision.id);
    expect(next).toMatchObject({ status: "DRAFT", revision: 2 });
    expect((await values(revision.id)).years).toEqual(current.years);
    expect((await editing.startNewRevision(planner, { planId: id, version: current.version })).id).toBe(revision.id);
    await expect(editing.startNewRevision(liaison, { planId: id, version: current.version })).rejects.toBeInstanceOf(NotFoundError);

    // Approving revision 2 archives revision 1 and moves its activities and its spending over.
    await query(database.url, `UPDATE "Activity" SET "planId" = $1 WHERE id = 'seed-demo-ph-activity'`, [id]);
    await query(
      database.url,
      `INSERT INTO "SpendingLine" (id, "planId", "fiscalYear", "spentOn", category, "amountJpy", "updatedAt") VALUES ('revision-spend', $1, $2, $3, 'TRAVEL', 120000, now())`,
      [id, current.firstFiscalYear, `${current.firstFiscalYear}-06-01`],
    );
    let next2 = await values(revision.id);
    const stepOn = async (actor: Actor, transition: string) => {
      await editing.transitionPlan(actor, { planId: revision.id, version: next2.version, transition });
      next2 = await values(revision.id);
    };
    await stepOn(planner, "share");
    await stepOn(planner, "submit");
    await stepOn(planner2, "approve");
    expect((await plans.getPlan(planner, id)).status).toBe("ARCHIVED");
    expect((await plans.getPlan(planner, revision.id)).status).toBe("APPROVED");
    const [moved] = await query<{ planId: string }>(database.url, `SELECT "planId" FROM "Activity" WHERE id = 'seed-demo-ph-activity'`);
    expect(moved?.planId).toBe(revision.id);
    const [spent] = await query<{ planId: string }>(database.url, `SELECT "planId" FROM "SpendingLine" WHERE id = 'revision-spend'`);
    expect(spent?.planId).toBe(revision.id);
    const comparison = await plans.getPlanComparison(planner, revision.id);
    expect(comparison.diff).toEqual({ fields: [], years: [] });
    await expect(plans.getPlanComparison(liaison, revision.id)).rejects.toBeInstanceOf(NotFoundError);

    const actions = await query<{ action: string }>(database.url, `SELECT action FROM "AuditEvent" WHERE "entityId" = $1 ORDER BY id`, [
      id,
    ]);
    expect(actions.map((row) => row.action)).toEqual([
      "plan.create",
      "plan.update",
      "plan.share",
      "plan.update",
      "plan.submit",
      "plan.approve",
      "plan.archive",
    ]);
  });

  it("archives an approved plan with its audit event; the archived plan is read-only", async () => {
    const id = await approvedPlan();
    const approved = await values(id);
    const done = await editing.transitionPlan(planner, { planId: id, version: approved.version, transition: "archive" });
    expect(done.version).toBe(approved.version + 1);
    expect((await plans.getPlan(planner, id)).status).toBe("ARCHIVED");
    const events = await query<{ actorId: string; before: { status: string }; after: { status: string; version: number } }>(
      database.url,
      `SELECT "actorId", before, after FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'plan.archive'`,
      [id],
    );
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: planner.id,
      before: { status: "APPROVED" },
      after: { status: "ARCHIVED", version: done.version },
    });

    const archived = await values(id);
    const before = await plansAndAudit();
    const save = await refusal(editing.savePlan(planner, id, { ...archived, title: "Edited after archiving" }));
    expect(save).toBeInstanceOf(InvalidStateError);
    expect((save as InvalidStateError).code).toBe("notEditable");
    // Nor does any step lead out of ARCHIVED, a new revision included.
    for (const transition of ["share", "submit", "approve", "archive"]) {
      await expect(editing.transitionPlan(planner, { planId: id, version: archived.version, transition })).rejects.toBeInstanceOf(
        InvalidStateError,
      );
    }
    await expect(
      editing.transitionPlan(planner, { planId: id, version: archived.version, transition: "returnToDraft", reason: "Reopen" }),
    ).rejects.toBeInstanceOf(InvalidStateError);
    await expect(editing.startNewRevision(planner, { planId: id, version: archived.version })).rejects.toBeInstanceOf(InvalidStateError);
    expect(await plansAndAudit()).toEqual(before);
    expect(await values(id)).toEqual(archived);
  });

  it("refuses a step the plan's state does not allow with a message saying so, and writes nothing", async () => {
    const draft = await newPlan();
    await editing.savePlan(planner, draft, filled(await values(draft)));
    const current = await values(draft);
    const before = await plansAndAudit();
    for (const transition of ["submit", "approve", "archive"]) {
      const error = await refusal(editing.transitionPlan(planner2, { planId: draft, version: current.version, transition }));
      expect(error, transition).toBeInstanceOf(InvalidStateError);
      expect((error as InvalidStateError).code, transition).toBe("badTransition");
    }
    // The code the action answers with has its own text (lib/actions/result.ts: actions.state.<code>).
    expect(en.actions.state.badTransition).toMatch(/not in a state that allows/);
    expect(await plansAndAudit()).toEqual(before);
    expect(await values(draft)).toEqual(current);
    expect((await plans.getPlan(planner, draft)).status).toBe("DRAFT");
  });

  it("refuses a new revision from a stale version as a conflict, and writes nothing", async () => {
    const id = await approvedPlan();
    const current = await values(id);
    const before = await plansAndAudit();
    const error = await refusal(editing.startNewRevision(planner, { planId: id, version: current.version - 1 }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).current.version).toBe(current.version);
    expect(await plansAndAudit()).toEqual(before);
    expect(await count(`SELECT count(*) AS n FROM "ProgramPlan" WHERE "supersedesId" = $1`, [id])).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "AuditEvent" WHERE action = 'plan.revise' AND before->>'supersedes' = $1`, [id])).toBe(0);
  });

  it("records every activity that an approved revision takes over, each in its own history", async () => {
    const old = await approvedPlan();
    const moved = (
      await query<{ id: string; version: number }>(
        database.url,
        `SELECT id, version FROM "Activity" WHERE "programId" = $1 ORDER BY id LIMIT 3`,
        [PROGRAM],
      )
    ).map((row) => ({ id: row.id, version: Number(row.version) }));
    expect(moved).toHaveLength(3);
    await query(database.url, `UPDATE "Activity" SET "planId" = $1 WHERE id = ANY($2)`, [old, moved.map((a) => a.id)]);
    const revision = (await editing.startNewRevision(planner, { planId: old, version: (await values(old)).version })).id;
    for (const [actor, transition] of [
      [planner, "share"],
      [planner, "submit"],
    ] as const) {
      await editing.transitionPlan(actor, { planId: revision, version: (await values(revision)).version, transition });
    }
    const approve = async () =>
      editing.transitionPlan(planner2, { planId: revision, version: (await values(revision)).version, transition: "approve" });

    // The activities' events are written in the approval's transaction: if they fail, nothing moves.
    await query(
      database.url,
      `CREATE FUNCTION fail_activity_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'activity audit down'; END; $$`,
    );
    await query(
      database.url,
      `CREATE TRIGGER fail_activity_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.entity = 'Activity') EXECUTE FUNCTION fail_activity_audit()`,
    );
    try {
      await expect(approve()).rejects.toThrow(/activity audit down/);
    } finally {
      await query(database.url, `DROP TRIGGER fail_activity_audit ON "AuditEvent"; DROP FUNCTION fail_activity_audit()`);
    }
    expect((await plans.getPlan(planner, old)).status).toBe("APPROVED");
    expect((await plans.getPlan(planner, revision)).status).toBe("IN_REVIEW");
    expect(await count(`SELECT count(*) AS n FROM "Activity" WHERE "planId" = $1`, [old])).toBe(moved.length);

    await approve();
    expect((await plans.getPlan(planner, old)).status).toBe("ARCHIVED");

    const events = await query<{
      entityId: string;
      action: string;
      actorId: string;
      before: { planId: string };
      after: { planId: string };
    }>(
      database.url,
      `SELECT "entityId", action, "actorId", before, after FROM "AuditEvent" WHERE entity = 'Activity' AND "entityId" = ANY($1) ORDER BY "entityId"`,
      [moved.map((a) => a.id)],
    );
    // One event per moved activity, no more: each says which plan it left and which it joined.
    expect(events).toEqual(
      moved.map((activity) => ({
        entityId: activity.id,
        action: "activity.update",
        actorId: planner2.id,
        before: { planId: old },
        after: { planId: revision },
      })),
    );
    for (const activity of moved) {
      const [row] = await query<{ planId: string; version: number }>(
        database.url,
        `SELECT "planId", version FROM "Activity" WHERE id = $1`,
        [activity.id],
      );
      expect(row).toEqual({ planId: revision, version: activity.version + 1 });
      const [latest] = await history.listHistory(planner, "Activity", activity.id);
      expect(latest).toMatchObject({
        action: "activity.update",
        actorName: planner2.name,
        changedFields: ["planId"],
        before: { planId: old },
        after: { planId: revision },
      });
    }
  });

  it("returns a plan to draft only with a reason, and refuses steps out of order", async () => {
    const id = await newPlan();
    const current = await values(id);
    await expect(editing.transitionPlan(planner, { planId: id, version: current.version, transition: "approve" })).rejects.toBeInstanceOf(
      InvalidStateError,
    );
    await expect(
      editing.transitionPlan(planner, { planId: id, version: current.version, transition: "returnToDraft" }),
    ).rejects.toBeInstanceOf(ValidationError);
  });
});
