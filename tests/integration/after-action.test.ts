// After-action reports and partner feedback through the data layer their server actions call, against
// real PostgreSQL: a report only on a conducted activity, optimistic locking of the report and of its
// follow-ups, feedback only by the officers of a state that took part (another state's officer learns
// nothing and writes nothing), ratings refused beside their fields, what each role reads, and every
// change written in one transaction with its audit event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, fieldErrorsOf, query, rejection, seededDatabase, tableCounts } from "./helpers";

let database: TestDatabase;
let reads: typeof import("@/lib/data/after-action/reads");
let writes: typeof import("@/lib/data/after-action/writes");
let planner: Actor;
let planner2: Actor;
let liaisonPh: Actor;
let liaisonPh2: Actor;
let liaisonVn: Actor;
/** A conducted activity the Philippines took part in and Viet Nam did not, with a plan, cleared of report and feedback. */
let conducted: { id: string; planId: string };
/** A planned activity the Philippines takes part in. */
let planned: string;
let indicatorIds: string[];
let foreignIndicator: string;

const report = (overrides: Record<string, unknown> = {}) => ({
  doneVsPlanned: "Two of the three planned modules were delivered; the boarding drill moved to the next round.",
  results: "Twelve officers certified as instructors.",
  lessons: "Interpretation needs a second interpreter for the practical part.",
  followUps: [
    { action: "Send the course syllabus to the Philippine Navy", owner: "JMOD International Policy Division", dueDate: "2026-12-15" },
    { action: "Plan the boarding drill for the next round", owner: "MSDF Staff Office", dueDate: "2027-02-01" },
  ],
  indicatorIds: [],
  ...overrides,
});

const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: string }>(database.url, sql, params))[0]?.n);
const auditRows = (entity: string, entityId: string) =>
  query<{ action: string; actorEmail: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
    database.url,
    `SELECT action, "actorEmail", before, after FROM "AuditEvent" WHERE entity = $1 AND "entityId" = $2 ORDER BY id`,
    [entity, entityId],
  );
/** The transaction that last wrote a row (PostgreSQL's xmin): rows written together share it. */
const writtenBy = async (table: string, id: string) =>
  (await query<{ x: string }>(database.url, `SELECT xmin::text AS x FROM "${table}" WHERE id = $1`, [id]))[0]?.x;
const lastAuditTransaction = async (entity: string, entityId: string) =>
  (
    await query<{ x: string }>(
      database.url,
      `SELECT xmin::text AS x FROM "AuditEvent" WHERE entity = $1 AND "entityId" = $2 ORDER BY id DESC LIMIT 1`,
      [entity, entityId],
    )
  )[0]?.x;

/** Runs `work` and checks that no table changed its row count and no report or feedback changed. */
async function expectNoWrite(work: () => Promise<unknown>): Promise<void> {
  const snapshot = async () => ({
    counts: await tableCounts(database.url),
    reports: await query(database.url, `SELECT id, version, "doneVsPlanned" FROM "AfterActionReport" ORDER BY id`),
    followUps: await query(database.url, `SELECT id, "closedOn"::text FROM "FollowUpAction" ORDER BY id`),
    feedback: await query(database.url, `SELECT id, version, usefulness, fit, comment FROM "PartnerFeedback" ORDER BY id`),
  });
  const before = await snapshot();
  await work();
  expect(await snapshot()).toEqual(before);
}

beforeAll(async () => {
  database = await seededDatabase("after_action");
  reads = await import("@/lib/data/after-action/reads");
  writes = await import("@/lib/data/after-action/writes");
  planner = await actorByEmail(database.url, "planner@example.org");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  liaisonPh = await actorByEmail(database.url, "liaison.ph@example.org");
  liaisonVn = await actorByEmail(database.url, "liaison.vn@example.org");
  // A second Philippine officer, to edit the state's feedback at the same time as the first.
  await query(
    database.url,
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "stateCode", "updatedAt")
     VALUES ('test-liaison-ph2', 'liaison2.ph@example.org', 'Second PH officer', 'x', 'LIAISON', 'PH', now())`,
  );
  liaisonPh2 = await actorByEmail(database.url, "liaison2.ph@example.org");

  const [activity] = await query<{ id: string; planId: string }>(
    database.url,
    `SELECT a.id, a."planId" FROM "Activity" a
      WHERE a.status = 'CONDUCTED' AND a."planId" IS NOT NULL
        AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')
        AND NOT EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'VN')
      ORDER BY a."startDate" DESC, a.id LIMIT 1`,
  );
  conducted = activity!;
  await query(database.url, `DELETE FROM "AfterActionReport" WHERE "activityId" = $1`, [conducted.id]);
  await query(database.url, `DELETE FROM "PartnerFeedback" WHERE "activityId" = $1`, [conducted.id]);
  const [other] = await query<{ id: string }>(
    database.url,
    `SELECT a.id FROM "Activity" a WHERE a.status IN ('PLANNED', 'CONFIRMED')
        AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH') ORDER BY a.id LIMIT 1`,
  );
  planned = other!.id;
  // The indicator editor is another slice's: the plan's indicators are created directly here.
  indicatorIds = [];
  for (const [position, title] of ["Instructors certified", "Boarding drills run by the partner"].entries()) {
    const [row] = await query<{ id: string }>(
      database.url,
      `INSERT INTO "PlanIndicator" (id, "planId", position, "titleEn", unit) VALUES ($1, $2, $3, $4, 'people') RETURNING id`,
      [`test-indicator-${position}`, conducted.planId, position, title],
    );
    indicatorIds.push(row!.id);
  }
  const [otherPlan] = await query<{ id: string }>(database.url, `SELECT id FROM "ProgramPlan" WHERE id <> $1 ORDER BY id LIMIT 1`, [
    conducted.planId,
  ]);
  await query(
    database.url,
    `INSERT INTO "PlanIndicator" (id, "planId", position, "titleEn", unit) VALUES ('test-indicator-elsewhere', $1, 0, 'Elsewhere', 'x')`,
    [otherPlan!.id],
  );
  foreignIndicator = "test-indicator-elsewhere";
});

afterAll(() => closeDatabase(database));

describe("the after-action report", () => {
  it("is refused on an activity that is not conducted, with a clear message, writing nothing", async () => {
    await expectNoWrite(async () => {
      const error = await rejection(writes.saveAfterActionReport(planner, planned, report()));
      expect(error).toBeInstanceOf(InvalidStateError);
      expect((error as InvalidStateError).code).toBe("afterActionEditor.state.notConducted");
    });
    const editor = await reads.getReportEditor(planner, planned);
    expect(editor.conducted).toBe(false);
  });

  it("is refused to a liaison officer before anything is read, and an unknown activity is not found", async () => {
    await expectNoWrite(async () => {
      expect(await rejection(writes.saveAfterActionReport(liaisonPh, conducted.id, report()))).toBeInstanceOf(NotFoundError);
      expect(await rejection(writes.saveAfterActionReport(planner, "no-such-activity", report()))).toBeInstanceOf(NotFoundError);
    });
    expect(await rejection(reads.getReportEditor(liaisonPh, conducted.id))).toBeInstanceOf(NotFoundError);
  });

  it("refuses missing texts, bad dates and another plan's indicator beside their fields", async () => {
    await expectNoWrite(async () => {
      const errors = await fieldErrorsOf(
        writes.saveAfterActionReport(
          planner,
          conducted.id,
          report({ results: "  ", followUps: [{ action: "Send the syllabus", owner: "", dueDate: "2026-02-30" }] }),
        ),
      );
      expect(Object.keys(errors).sort()).toEqual(["followUps.0.dueDate", "followUps.0.owner", "results"]);
      expect(
        await fieldErrorsOf(
          writes.saveAfterActionReport(planner, conducted.id, report({ indicatorIds: [indicatorIds[0], foreignIndicator] })),
        ),
      ).toEqual({ indicatorIds: ["msg:afterActionEditor.validation.indicatorElsewhere"] });
    });
  });

  it("is written on a conducted activity with its follow-ups and indicators, audited in the same transaction", async () => {
    const { id, version } = await writes.saveAfterActionReport(planner, conducted.id, report({ indicatorIds: [indicatorIds[1]] }));
    expect(version).toBe(1);
    const section = await reads.getAfterActionSection(planner, conducted.id);
    expect(section.report).toMatchObject({
      id,
      version: 1,
      results: "Twelve officers certified as instructors.",
      indicators: [{ id: indicatorIds[1], titleEn: "Boarding drills run by the partner" }],
    });
    expect(section.report!.followUps.map((f) => [f.action, f.closedOn])).toEqual([
      ["Send the course syllabus to the Philippine Navy", null],
      ["Plan the boarding drill for the next round", null],
    ]);
    const [event] = await auditRows("AfterActionReport", id);
    expect(event).toMatchObject({ action: "afterAction.create", actorEmail: planner.email, before: null });
    expect(event!.after).toMatchObject({ activityId: conducted.id, indicatorIds: [indicatorIds[1]] });
    expect(await lastAuditTransaction("AfterActionReport", id)).toBe(await writtenBy("AfterActionReport", id));
  });

  it("a second first save meets the first: the conflict view, nothing overwritten", async () => {
    await expectNoWrite(async () => {
      const error = await rejection(writes.saveAfterActionReport(planner2, conducted.id, report({ results: "Mine" })));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({
        version: 1,
        values: { results: "Twelve officers certified as instructors." },
      });
    });
  });

  it("two planners editing from the same version: the second gets the conflict with the first's values", async () => {
    const editor = await reads.getReportEditor(planner, conducted.id);
    const values = { ...editor.values, version: editor.version };
    const first = await writes.saveAfterActionReport(planner, conducted.id, { ...values, lessons: "Book two interpreters." });
    expect(first.version).toBe(2);
    await expectNoWrite(async () => {
      const error = await rejection(writes.saveAfterActionReport(planner2, conducted.id, { ...values, lessons: "Shorter days." }));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({
        version: 2,
        updatedBy: planner.name,
        values: { lessons: "Book two interpreters." },
      });
    });
  });

  it("keeps a follow-up's id through an edit, and drops the ones removed", async () => {
    const before = await reads.getReportEditor(planner, conducted.id);
    const [first] = before.values.followUps;
    await writes.saveAfterActionReport(planner, conducted.id, {
      ...before.values,
      version: before.version,
      followUps: [{ ...first, owner: "JMOD Defense Cooperation Office" }],
    });
    const after = await reads.getReportEditor(planner, conducted.id);
    expect(after.values.followUps).toEqual([{ ...first, owner: "JMOD Defense Cooperation Office" }]);
  });
});

describe("closing a follow-up", () => {
  it("closes it today from the report's version, bumps the version and audits it in the same transaction", async () => {
    const editor = await reads.getReportEditor(planner, conducted.id);
    const followUpId = editor.values.followUps[0]!.id!;
    const { version } = await writes.setFollowUpClosed(planner2, {
      activityId: conducted.id,
      followUpId,
      version: editor.version,
      step: "close",
    });
    expect(version).toBe(editor.version! + 1);
    const section = await reads.getAfterActionSection(planner, conducted.id);
    expect(section.report!.followUps[0]!.closedOn).toEqual(expect.any(Date));
    expect(section.report!.version).toBe(version);
    const events = await auditRows("FollowUpAction", followUpId);
    expect(events.at(-1)).toMatchObject({ action: "afterAction.followUp.close", actorEmail: planner2.email, before: { closedOn: null } });
    expect(await lastAuditTransaction("FollowUpAction", followUpId)).toBe(await writtenBy("FollowUpAction", followUpId));
  });

  it("from a stale version is a conflict, and the report editor open meanwhile gets one too", async () => {
    const editor = await reads.getReportEditor(planner, conducted.id);
    const followUpId = editor.values.followUps[0]!.id!;
    await expectNoWrite(async () => {
      const stale = { activityId: conducted.id, followUpId, version: editor.version! - 1, step: "reopen" };
      expect(await rejection(writes.setFollowUpClosed(planner, stale))).toBeInstanceOf(ConflictError);
      // The editor loaded before the close would reopen it silently: refused instead.
      const old = {
        ...editor.values,
        version: editor.version! - 1,
        followUps: editor.values.followUps.map((f) => ({ ...f, closedOn: null })),
      };
      expect(await rejection(writes.saveAfterActionReport(planner2, conducted.id, old))).toBeInstanceOf(ConflictError);
    });
    const { version } = await writes.setFollowUpClosed(planner, {
      activityId: conducted.id,
      followUpId,
      version: editor.version,
      step: "reopen",
    });
    expect((await reads.getReportEditor(planner, conducted.id)).values.followUps[0]!.closedOn).toBeNull();
    expect(version).toBe(editor.version! + 1);
  });

  it("is refused to a liaison officer, and for a follow-up of another report", async () => {
    const editor = await reads.getReportEditor(planner, conducted.id);
    await expectNoWrite(async () => {
      const step = { activityId: conducted.id, followUpId: editor.values.followUps[0]!.id, version: editor.version, step: "close" };
      expect(await rejection(writes.setFollowUpClosed(liaisonPh, step))).toBeInstanceOf(NotFoundError);
      expect(await rejection(writes.setFollowUpClosed(planner, { ...step, followUpId: "not-this-reports" }))).toBeInstanceOf(NotFoundError);
    });
  });
});

describe("partner feedback", () => {
  const feedback = (overrides: Record<string, unknown> = {}) => ({
    activityId: conducted.id,
    usefulness: "4",
    fit: "5",
    comment: "The practical module was the most useful part.",
    ...overrides,
  });

  it("an officer of a state that did not take part gets not found, and nothing is written", async () => {
    await expectNoWrite(async () => {
      expect(await rejection(writes.saveFeedback(liaisonVn, feedback()))).toBeInstanceOf(NotFoundError);
    });
    expect(await rejection(reads.getAfterActionSection(liaisonVn, conducted.id))).toBeInstanceOf(NotFoundError);
  });

  it.each([["0"], ["6"], ["x"], [""], ["3.5"]])("a rating of %j is refused beside its field, nothing written", async (value) => {
    await expectNoWrite(async () => {
      expect(await fieldErrorsOf(writes.saveFeedback(liaisonPh, feedback({ usefulness: value, fit: value })))).toEqual({
        usefulness: ["msg:afterActionEditor.validation.rating"],
        fit: ["msg:afterActionEditor.validation.rating"],
      });
    });
  });

  it("is refused on an activity not conducted, and to planners", async () => {
    await expectNoWrite(async () => {
      const error = await rejection(writes.saveFeedback(liaisonPh, feedback({ activityId: planned })));
      expect((error as InvalidStateError).code).toBe("afterActionEditor.state.feedbackNotConducted");
      expect(await rejection(writes.saveFeedback(planner, feedback()))).toBeInstanceOf(NotFoundError);
    });
  });

  it("an officer of a state that took part rates it: stored for their state, by them, audited in the same transaction", async () => {
    const { id, version } = await writes.saveFeedback(liaisonPh, feedback({ stateCode: "VN", authorId: liaisonVn.id }));
    expect(version).toBe(1);
    const [row] = await query<Record<string, unknown>>(
      database.url,
      `SELECT "stateCode", "authorId", usefulness, fit, comment, version FROM "PartnerFeedback" WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({
      stateCode: "PH",
      authorId: liaisonPh.id,
      usefulness: 4,
      fit: 5,
      comment: "The practical module was the most useful part.",
      version: 1,
    });
    const [event] = await auditRows("PartnerFeedback", id);
    expect(event).toMatchObject({
      action: "feedback.create",
      actorEmail: liaisonPh.email,
      after: { stateCode: "PH", usefulness: 4, fit: 5 },
    });
    expect(await lastAuditTransaction("PartnerFeedback", id)).toBe(await writtenBy("PartnerFeedback", id));
  });

  it("two officers of the same state editing from the same version: the second gets the conflict", async () => {
    const mine = (await reads.getAfterActionSection(liaisonPh2, conducted.id)).feedback[0]!;
    const saved = await writes.saveFeedback(liaisonPh, feedback({ version: String(mine.version), usefulness: "3" }));
    expect(saved.version).toBe(2);
    await expectNoWrite(async () => {
      const error = await rejection(writes.saveFeedback(liaisonPh2, feedback({ version: String(mine.version), usefulness: "1" })));
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).current).toMatchObject({ version: 2, updatedBy: liaisonPh.name, values: { usefulness: 3, fit: 5 } });
      // A first save from an officer whose page showed no feedback yet meets it too.
      expect(await rejection(writes.saveFeedback(liaisonPh2, feedback({ usefulness: "1" })))).toBeInstanceOf(ConflictError);
    });
    const updated = await writes.saveFeedback(liaisonPh2, feedback({ version: "2", comment: "Agreed." }));
    expect(updated).toEqual({ id: mine.id, version: 3 });
    expect((await auditRows("PartnerFeedback", mine.id)).map((e) => e.action)).toEqual([
      "feedback.create",
      "feedback.update",
      "feedback.update",
    ]);
  });
});

describe("what each role reads", () => {
  beforeAll(async () => {
    // Another state that took part gives its feedback: written directly, as a second participant.
    const [other] = await query<{ stateCode: string }>(
      database.url,
      `SELECT "stateCode" FROM "ActivityParticipant" WHERE "activityId" = $1 AND "stateCode" NOT IN ('PH', 'JP') ORDER BY "stateCode" LIMIT 1`,
      [conducted.id],
    );
    const stateCode = other?.stateCode ?? "TH";
    if (!other) {
      await query(database.url, `INSERT INTO "ActivityParticipant" ("activityId", "stateCode", role) VALUES ($1, 'TH', 'PARTICIPANT')`, [
        conducted.id,
      ]);
    }
    await query(
      database.url,
      `INSERT INTO "PartnerFeedback" (id, "activityId", "stateCode", usefulness, fit, comment, "updatedAt")
       VALUES ('test-feedback-other', $1, $2, 2, 1, 'Another state''s private view', now())`,
      [conducted.id, stateCode],
    );
  });

  it("a liaison officer reads JMOD's report and their own state's feedback, never another state's", async () => {
    const section = await reads.getAfterActionSection(liaisonPh, conducted.id);
    expect(section.report?.results).toBe("Twelve officers certified as instructors.");
    expect(section.feedback.map((f) => f.state.code)).toEqual(["PH"]);
    expect(section.averages).toBeNull();
    expect(section.canGiveFeedback).toBe(true);
    expect(section.canEditReport).toBe(false);
    expect(JSON.stringify(section)).not.toContain("Another state's private view");
  });

  it("planners read every state's feedback with the averages", async () => {
    const section = await reads.getAfterActionSection(planner, conducted.id);
    expect(section.feedback).toHaveLength(2);
    const ph = section.feedback.find((f) => f.state.code === "PH")!;
    expect(section.averages).toEqual({ usefulness: (ph.usefulness + 2) / 2, fit: (ph.fit + 1) / 2, count: 2 });
    expect(section.canGiveFeedback).toBe(false);
    expect(section.canEditReport).toBe(true);
  });
});

describe("the activity's history", () => {
  it("holds its report's, follow-ups' and feedback's events for planners, none for a liaison officer", async () => {
    const history = await import("@/lib/data/audit/history");
    const actions = (await history.listHistory(planner, "Activity", conducted.id)).map((entry) => entry.action);
    // Written, edited, a follow-up closed (and reopened) and PH's feedback, all through the data layer above.
    expect(actions).toEqual(
      expect.arrayContaining(["afterAction.create", "afterAction.update", "afterAction.followUp.close", "feedback.create"]),
    );
    const [events] = await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "AuditEvent" e WHERE e.entity IN ('AfterActionReport', 'PartnerFeedback') AND e.after->>'activityId' = $1`,
      [conducted.id],
    );
    expect(actions.filter((action) => /^(afterAction\.(create|update)|feedback\.)/.test(action))).toHaveLength(Number(events!.n));
    expect(await history.listHistory(liaisonPh, "Activity", conducted.id)).toEqual([]);
  });
});

describe("overdue reports (T7)", () => {
  it("the dashboard lists conducted activities without a report 30 days after their end, planners only", async () => {
    const today = new Date("2026-11-28T00:00:00Z");
    const overdue = await reads.listOverdueReports(planner, { today });
    const expected = await count(
      `SELECT count(*) AS n FROM "Activity" a WHERE a.status = 'CONDUCTED' AND a."endDate" <= DATE '2026-10-29'
         AND NOT EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id)`,
    );
    expect(overdue!.count).toBe(Math.min(expected, reads.OVERDUE_COUNT_CAP + 1));
    expect(overdue!.rows.length).toBe(Math.min(expected, 5));
    for (const row of overdue!.rows) expect(row.endDate.getTime()).toBeLessThanOrEqual(new Date("2026-10-29T00:00:00Z").getTime());
    expect(await reads.listOverdueReports(liaisonPh, { today })).toBeNull();
  });

  it("warns on the activity's principles panel until its report is written", async () => {
    const { getActivityPrinciples } = await import("@/lib/data/activities/rules");
    const [late] = await query<{ id: string }>(
      database.url,
      `SELECT a.id FROM "Activity" a WHERE a.status = 'CONDUCTED' AND a."endDate" < now() - interval '40 days'
         AND NOT EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id) ORDER BY a.id LIMIT 1`,
    );
    const t7 = (await getActivityPrinciples(planner, late!.id))!.results.find((r) => r.code === "T7");
    expect(t7).toMatchObject({ status: "failed", severity: "warning", variant: "activity" });
    const reported = (await getActivityPrinciples(planner, conducted.id))!.results.find((r) => r.code === "T7");
    expect(reported?.status).toBe("passed");
  });
});
