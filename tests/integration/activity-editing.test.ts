// Creating and editing activities through the data layer the server actions call: authorization,
// input schema, ids that belong elsewhere, the principle rules, optimistic locking, and the audit
// event written in the same transaction as the change (or not at all).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError, RuleViolationError } from "@/lib/errors";
import type { RuleResult } from "@/lib/rules/principles";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, fieldErrorsOf, query, rejection, seededDatabase, tableCounts } from "./helpers";

let database: TestDatabase;
let planner: Actor;
let planner2: Actor;
let admin: Actor;
let liaison: Actor;
let editing: typeof import("@/lib/data/activities/reads") & typeof import("@/lib/data/activities/writes");
let rules: typeof import("@/lib/data/activities/rules");
let history: typeof import("@/lib/data/audit/history");

const ASEAN_2026 = ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "TL", "VN"];

/** Conducted in May 2026: more than 30 days ago whenever the tests run, so without a report T7 warns. */
const conductedInMay = { status: "CONDUCTED", startDate: "2026-05-12", endDate: "2026-05-14" };

/** A bilateral activity with Viet Nam that passes every rule. */
function bilateral(overrides: Record<string, unknown> = {}) {
  return {
    programId: "seed-program-bilateral-vn",
    planId: "seed-demo-vn-plan",
    kind: "SEMINAR",
    title: "Diving medicine follow-up seminar",
    titleJa: "",
    description: "Follow-up of the 2026 seminar.",
    means: ["M2"],
    keyAreas: ["K2"],
    startDate: "2026-11-02",
    endDate: "2026-11-05",
    location: "Nha Trang",
    hostStateCode: "VN",
    participants: [{ stateCode: "VN", role: "HOST", participantCount: 20 }],
    status: "PLANNED",
    outcomes: "",
    frameworkCode: "",
    nonInvitations: [],
    needIds: ["seed-demo-vn-need"],
    consultations: [{ heldOn: "2026-07-01", counterpart: "Vietnam People's Navy", summary: "Agreed the dates." }],
    ...overrides,
  };
}

/** A Ship Rider round open to every ASEAN member, hosted by Japan. */
function multilateral(overrides: Record<string, unknown> = {}) {
  return {
    ...bilateral(),
    programId: "seed-program-srcp",
    planId: null,
    kind: "TRAINING",
    title: "Ship Rider test round",
    hostStateCode: "JP",
    participants: ASEAN_2026.map((stateCode) => ({ stateCode, role: "PARTICIPANT", participantCount: null })),
    keyAreas: ["K1", "K2"],
    means: ["M1", "M2"],
    needIds: [],
    consultations: [],
    ...overrides,
  };
}

async function failedRules(work: Promise<unknown>): Promise<RuleResult[]> {
  const error = await rejection(work);
  expect(error).toBeInstanceOf(RuleViolationError);
  // The error carries every result of the check (the answer shows the blocking ones): the failed ones here.
  return ((error as RuleViolationError).results as RuleResult[]).filter((result) => result.status === "failed");
}

/** Runs `work` and checks that no table changed: no partial write, no audit row. */
async function expectNoWrite(work: () => Promise<unknown>): Promise<void> {
  const before = await tableCounts(database.url);
  const versions = await query(database.url, `SELECT id, version FROM "Activity" ORDER BY id`);
  await work();
  expect(await tableCounts(database.url)).toEqual(before);
  expect(await query(database.url, `SELECT id, version FROM "Activity" ORDER BY id`)).toEqual(versions);
}

async function auditRows(entityId: string) {
  return query<{ action: string; actorEmail: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
    database.url,
    `SELECT action, "actorEmail", before, after FROM "AuditEvent" WHERE entity = 'Activity' AND "entityId" = $1 ORDER BY id`,
    [entityId],
  );
}

async function versionOf(id: string): Promise<number> {
  const [row] = await query<{ version: number }>(database.url, `SELECT version FROM "Activity" WHERE id = $1`, [id]);
  return row!.version;
}

beforeAll(async () => {
  database = await seededDatabase("activity_editing");
  editing = { ...(await import("@/lib/data/activities/reads")), ...(await import("@/lib/data/activities/writes")) };
  rules = await import("@/lib/data/activities/rules");
  history = await import("@/lib/data/audit/history");
  planner = await actorByEmail(database.url, "planner@example.org");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  admin = await actorByEmail(database.url, "admin@example.org");
  liaison = await actorByEmail(database.url, "liaison.vn@example.org");
});

afterAll(() => closeDatabase(database));

describe("creating an activity", () => {
  it("writes the activity, its participants, needs and consultations, and its audit event", async () => {
    const { id, warnings } = await editing.createActivity(planner, bilateral());
    expect(warnings).toEqual([]);
    const [row] = await query<{ fiscalYear: number; version: number; updatedById: string; planId: string }>(
      database.url,
      `SELECT "fiscalYear", version, "updatedById", "planId" FROM "Activity" WHERE id = $1`,
      [id],
    );
    expect(row).toMatchObject({ fiscalYear: 2026, version: 1, updatedById: planner.id, planId: "seed-demo-vn-plan" });
    expect(
      await query(database.url, `SELECT "stateCode", role::text, "participantCount" FROM "ActivityParticipant" WHERE "activityId" = $1`, [
        id,
      ]),
    ).toEqual([{ stateCode: "VN", role: "HOST", participantCount: 20 }]);
    expect(await query(database.url, `SELECT "B" AS need FROM "_NeedActivities" WHERE "A" = $1`, [id])).toEqual([
      { need: "seed-demo-vn-need" },
    ]);
    expect((await query(database.url, `SELECT counterpart FROM "ConsultationRecord" WHERE "activityId" = $1`, [id])).length).toBe(1);

    const events = await auditRows(id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "activity.create", actorEmail: planner.email, before: null });
    expect(events[0]!.after).toMatchObject({
      title: "Diving medicine follow-up seminar",
      fiscalYear: 2026,
      needIds: ["seed-demo-vn-need"],
    });
  });

  it("derives the Japanese fiscal year from the start date (January belongs to the previous year)", async () => {
    const { id } = await editing.createActivity(admin, bilateral({ startDate: "2027-01-12", endDate: "2027-01-14" }));
    expect(await query(database.url, `SELECT "fiscalYear" FROM "Activity" WHERE id = $1`, [id])).toEqual([{ fiscalYear: 2026 }]);
  });

  it("refuses a liaison officer as not found, and writes nothing", async () => {
    await expectNoWrite(async () => {
      expect(await rejection(editing.createActivity(liaison, bilateral()))).toBeInstanceOf(NotFoundError);
    });
  });
});

describe("bad input is refused beside its field, with nothing written", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ["a title of the wrong type", { title: 42 }, "title"],
    ["participants that are not a list", { participants: "VN" }, "participants"],
    [
      "a count that is text",
      { participants: [{ stateCode: "VN", role: "HOST", participantCount: "many" }] },
      "participants.0.participantCount",
    ],
    ["an unknown kind", { kind: "PARTY" }, "kind"],
    ["an oversized title", { title: "x".repeat(301) }, "title"],
    ["an oversized description", { description: "x".repeat(5001) }, "description"],
    ["an empty title", { title: "   " }, "title"],
    ["a date that does not exist", { startDate: "2026-02-31" }, "startDate"],
    ["reversed dates", { startDate: "2026-11-05", endDate: "2026-11-02" }, "endDate"],
    [
      "a negative participant count",
      { participants: [{ stateCode: "VN", role: "HOST", participantCount: -3 }] },
      "participants.0.participantCount",
    ],
    [
      "a fractional participant count",
      { participants: [{ stateCode: "VN", role: "HOST", participantCount: 2.5 }] },
      "participants.0.participantCount",
    ],
    [
      "a state listed twice",
      {
        participants: [
          { stateCode: "VN", role: "HOST", participantCount: 1 },
          { stateCode: "VN", role: "OBSERVER", participantCount: 1 },
        ],
      },
      "participants.1.stateCode",
    ],
    ["an unknown program", { programId: "no-such-program" }, "programId"],
    ["an unknown plan", { planId: "no-such-plan" }, "planId"],
    ["a plan of another program", { planId: "seed-demo-ph-plan" }, "planId"],
    ["an unknown need", { needIds: ["no-such-need"] }, "needIds"],
    ["a need of another state", { needIds: ["seed-demo-ph-need"] }, "needIds"],
    ["an unknown state", { participants: [{ stateCode: "ZZ", role: "HOST", participantCount: 1 }] }, "participants.0.stateCode"],
    ["an unknown host", { hostStateCode: "ZZ" }, "hostStateCode"],
    ["an unknown means", { means: ["M9"] }, "means"],
    ["an unknown key area", { keyAreas: ["K9"] }, "keyAreas"],
    ["an unknown framework", { frameworkCode: "NOPE" }, "frameworkCode"],
    ["a malformed id", { programId: "'; DROP TABLE x" }, "programId"],
  ];
  for (const [what, overrides, field] of cases) {
    it(`refuses ${what}`, async () => {
      await expectNoWrite(async () => {
        const errors = await fieldErrorsOf(editing.createActivity(planner, bilateral(overrides)));
        expect(Object.keys(errors)).toContain(field);
      });
    });
  }

  it("attaches nothing new to an archived plan", async () => {
    await expectNoWrite(async () => {
      const errors = await fieldErrorsOf(editing.createActivity(planner, bilateral({ planId: "seed-demo-plan-vn-fy2023" })));
      expect(errors.planId).toEqual(["msg:editorValidation.planArchived"]);
    });
  });

  it("names the plan and the need that belong elsewhere in the user's terms", async () => {
    const errors = await fieldErrorsOf(
      editing.createActivity(planner, bilateral({ planId: "seed-demo-ph-plan", needIds: ["seed-demo-ph-need"] })),
    );
    expect(errors.planId).toEqual(["msg:editorValidation.planElsewhere"]);
    expect(errors.needIds).toEqual(["msg:needElsewhere"]);
  });

  it("reports every field at once, not only the first", async () => {
    const errors = await fieldErrorsOf(
      editing.createActivity(planner, bilateral({ title: "", startDate: "2026-11-05", endDate: "2026-11-01" })),
    );
    expect(Object.keys(errors).sort()).toEqual(["endDate", "title"]);
  });

  it("refuses a non-member given a reason for not being invited", async () => {
    const input = multilateral({ nonInvitations: [{ stateCode: "US", reason: "Not ASEAN" }] });
    const errors = await fieldErrorsOf(editing.createActivity(planner, input));
    expect(errors["nonInvitations.0.stateCode"]).toEqual(["msg:editorValidation.notAsean"]);
  });
});

describe("the principle rules", () => {
  it("H1 refuses a bilateral activity that cites no need of the partner and no consultation", async () => {
    await expectNoWrite(async () => {
      const results = await failedRules(editing.createActivity(planner, bilateral({ planId: null, needIds: [], consultations: [] })));
      expect(results.map((r) => r.code)).toEqual(["H1"]);
      expect(results[0]!.fields).toEqual(["needs", "consultations"]);
    });
    // A recorded consultation is enough.
    await editing.createActivity(planner, bilateral({ planId: null, needIds: [] }));
  });

  it("H2 refuses a multilateral activity that leaves a member out without a reason", async () => {
    const withoutThailand = ASEAN_2026.filter((code) => code !== "TH").map((stateCode) => ({
      stateCode,
      role: "PARTICIPANT",
      participantCount: null,
    }));
    await expectNoWrite(async () => {
      const results = await failedRules(
        editing.createActivity(planner, multilateral({ participants: withoutThailand, frameworkCode: "JA_DMIM" })),
      );
      expect(results.map((r) => r.code)).toEqual(["H2"]);
      expect(results[0]!.fields).toEqual(["nonInvitations.TH"]);
    });
    const saved = await editing.createActivity(
      planner,
      multilateral({
        participants: withoutThailand,
        frameworkCode: "JA_DMIM",
        nonInvitations: [{ stateCode: "TH", reason: "Declined for scheduling" }],
      }),
    );
    expect(saved.warnings).toEqual([]);
  });

  it("O1 refuses an activity with no key area", async () => {
    await expectNoWrite(async () => {
      const results = await failedRules(editing.createActivity(planner, bilateral({ keyAreas: [] })));
      expect(results.map((r) => r.code)).toEqual(["O1"]);
    });
  });

  it("O2 refuses a multilateral activity neither under an ASEAN-led framework nor open to all", async () => {
    const withoutThailand = ASEAN_2026.filter((code) => code !== "TH").map((stateCode) => ({
      stateCode,
      role: "PARTICIPANT",
      participantCount: null,
    }));
    const input = multilateral({ participants: withoutThailand, nonInvitations: [{ stateCode: "TH", reason: "Declined" }] });
    await expectNoWrite(async () => {
      const results = await failedRules(editing.createActivity(planner, input));
      expect(results.map((r) => r.code)).toEqual(["O2"]);
    });
  });

  it("H3 and O3 are warnings: the activity is saved and they are returned", async () => {
    // Conducted in May 2026 and without an after-action report: T7 warns too, whatever day the test runs.
    const conducted = await editing.createActivity(
      planner,
      bilateral({ ...conductedInMay, participants: [{ stateCode: "VN", role: "HOST", participantCount: null }] }),
    );
    expect(conducted.warnings.map((r) => r.code)).toEqual(["H3", "T7"]);
    expect(await versionOf(conducted.id)).toBe(1);

    const withOutsider = await editing.createActivity(
      planner,
      bilateral({
        participants: [
          { stateCode: "VN", role: "HOST", participantCount: 10 },
          { stateCode: "US", role: "OBSERVER", participantCount: 2 },
        ],
      }),
    );
    expect(withOutsider.warnings.map((r) => r.code)).toEqual(["O3"]);
    expect((await auditRows(withOutsider.id)).map((e) => e.action)).toEqual(["activity.create"]);
  });

  it("every rule's result for a saved activity, for the principles panel, to JMOD only", async () => {
    const { id } = await editing.createActivity(
      planner,
      bilateral({ ...conductedInMay, participants: [{ stateCode: "VN", role: "HOST", participantCount: null }] }),
    );
    const principles = await rules.getActivityPrinciples(planner, id);
    expect(principles?.stateNames.en.VN).toBe("Viet Nam");
    expect(principles?.results.map((r) => [r.code, r.status])).toEqual([
      ["H1", "passed"],
      ["H2", "not_applicable"],
      ["H3", "failed"],
      ["T5", "passed"],
      ["T7", "failed"],
      ["O1", "passed"],
      ["O2", "not_applicable"],
      ["O3", "not_applicable"],
    ]);
    expect(await rules.getActivityPrinciples(liaison, "seed-demo-vn-activity")).toBeNull();
  });
});

describe("updating an activity", () => {
  it("writes the change with the version bumped, join rows replaced, and before and after audited", async () => {
    const { id } = await editing.createActivity(planner, bilateral());
    await editing.updateActivity(
      planner2,
      id,
      bilateral({
        version: 1,
        title: "Renamed seminar",
        startDate: "2027-02-01",
        endDate: "2027-02-03",
        participants: [{ stateCode: "VN", role: "PARTICIPANT", participantCount: 12 }],
        consultations: [],
        keyAreas: ["K2", "K3"],
      }),
    );
    const [row] = await query<{ title: string; version: number; fiscalYear: number; updatedById: string }>(
      database.url,
      `SELECT title, version, "fiscalYear", "updatedById" FROM "Activity" WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ title: "Renamed seminar", version: 2, fiscalYear: 2026, updatedById: planner2.id });
    expect(
      await query(database.url, `SELECT role::text, "participantCount" FROM "ActivityParticipant" WHERE "activityId" = $1`, [id]),
    ).toEqual([{ role: "PARTICIPANT", participantCount: 12 }]);
    expect(await query(database.url, `SELECT id FROM "ConsultationRecord" WHERE "activityId" = $1`, [id])).toEqual([]);

    const events = await auditRows(id);
    expect(events.map((e) => e.action)).toEqual(["activity.create", "activity.update"]);
    expect(events[1]!.before).toMatchObject({ title: "Diving medicine follow-up seminar", version: 1, keyAreas: ["K2"] });
    expect(events[1]!.after).toMatchObject({ title: "Renamed seminar", version: 2, keyAreas: ["K2", "K3"] });
  });

  it("refuses a liaison officer as not found, and writes nothing", async () => {
    await expectNoWrite(async () => {
      const error = await rejection(editing.updateActivity(liaison, "seed-demo-vn-activity", bilateral({ version: 1 })));
      expect(error).toBeInstanceOf(NotFoundError);
    });
  });

  it("answers not found for an activity that does not exist", async () => {
    expect(await rejection(editing.updateActivity(planner, "no-such-activity", bilateral({ version: 1 })))).toBeInstanceOf(NotFoundError);
    expect(await rejection(editing.updateActivity(planner, "../etc", bilateral({ version: 1 })))).toBeInstanceOf(NotFoundError);
  });

  it("refuses a save based on a stale version, saying who changed it and when, and writes nothing", async () => {
    const { id } = await editing.createActivity(planner, bilateral());
    await editing.updateActivity(planner2, id, bilateral({ version: 1, title: "Their title" }));
    await expectNoWrite(async () => {
      const error = await rejection(editing.updateActivity(planner, id, bilateral({ version: 1, title: "My title" })));
      expect(error).toBeInstanceOf(ConflictError);
      const { current } = error as ConflictError;
      expect(current.version).toBe(2);
      expect(current.updatedBy).toBe(planner2.name);
      expect(current.updatedAt).toBeInstanceOf(Date);
      expect(current.values).toMatchObject({ title: "Their title", programId: "seed-program-bilateral-vn" });
    });
  });

  it("of two saves from the same version, exactly one wins", async () => {
    const { id } = await editing.createActivity(planner, bilateral());
    const outcomes = await Promise.allSettled([
      editing.updateActivity(planner, id, bilateral({ version: 1, title: "First" })),
      editing.updateActivity(planner2, id, bilateral({ version: 1, title: "Second" })),
    ]);
    const won = outcomes.filter((o) => o.status === "fulfilled");
    const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
    expect(await versionOf(id)).toBe(2);
    expect((await auditRows(id)).map((e) => e.action)).toEqual(["activity.create", "activity.update"]);
  });

  it("refuses bad input and blocking rules on update too, with nothing written", async () => {
    const { id } = await editing.createActivity(planner, bilateral());
    await expectNoWrite(async () => {
      const errors = await fieldErrorsOf(
        editing.updateActivity(planner, id, bilateral({ version: 1, startDate: "2026-12-01", endDate: "2026-11-01" })),
      );
      expect(errors.endDate).toBeDefined();
      await failedRules(editing.updateActivity(planner, id, bilateral({ version: 1, keyAreas: [] })));
      const plan = await fieldErrorsOf(editing.updateActivity(planner, id, bilateral({ version: 1, planId: "seed-demo-ph-plan" })));
      expect(plan.planId).toBeDefined();
    });
  });
});

describe("a failure half-way rolls everything back", () => {
  // A trigger that fails the audit insert for one title: the activity and its join rows are written
  // by then, so a partial write would show.
  async function withFailingAudit(work: () => Promise<void>) {
    await query(
      database.url,
      `CREATE FUNCTION fail_activity_audit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.entity = 'Activity' AND NEW.after->>'title' = 'Audit fails' THEN RAISE EXCEPTION 'audit insert failed'; END IF;
         RETURN NEW;
       END $$`,
    );
    await query(
      database.url,
      `CREATE TRIGGER fail_activity_audit BEFORE INSERT ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fail_activity_audit()`,
    );
    try {
      await work();
    } finally {
      await query(database.url, `DROP TRIGGER fail_activity_audit ON "AuditEvent"`);
      await query(database.url, `DROP FUNCTION fail_activity_audit()`);
    }
  }

  it("on create: no activity, no participant, no consultation, no need link", async () => {
    await withFailingAudit(() =>
      expectNoWrite(async () => {
        await expect(editing.createActivity(planner, bilateral({ title: "Audit fails" }))).rejects.toThrow();
      }),
    );
  });

  it("on update: the activity keeps its values, version and join rows", async () => {
    const { id } = await editing.createActivity(planner, bilateral());
    const before = await query(
      database.url,
      `SELECT "stateCode", role::text, "participantCount" FROM "ActivityParticipant" WHERE "activityId" = $1`,
      [id],
    );
    await withFailingAudit(() =>
      expectNoWrite(async () => {
        const input = bilateral({
          version: 1,
          title: "Audit fails",
          participants: [{ stateCode: "VN", role: "OBSERVER", participantCount: 1 }],
        });
        await expect(editing.updateActivity(planner, id, input)).rejects.toThrow();
      }),
    );
    expect(
      await query(database.url, `SELECT "stateCode", role::text, "participantCount" FROM "ActivityParticipant" WHERE "activityId" = $1`, [
        id,
      ]),
    ).toEqual(before);
    expect(await versionOf(id)).toBe(1);
  });
});

describe("an activity's history", () => {
  it("lists its audit events, newest first, with the fields that changed", async () => {
    const { id } = await editing.createActivity(planner, bilateral());
    await editing.updateActivity(planner2, id, bilateral({ version: 1, title: "Changed title", location: "Hai Phong" }));
    const entries = await history.listHistory(planner, "Activity", id);
    expect(entries.map((e) => [e.action, e.actorName])).toEqual([
      ["activity.update", planner2.name],
      ["activity.create", planner.name],
    ]);
    expect(entries[0]!.changedFields.sort()).toEqual(["location", "title"]);
    expect(entries[0]!.before).toMatchObject({ title: "Diving medicine follow-up seminar" });
  });

  it("shows a liaison officer nothing, and answers not found for a record outside their state", async () => {
    // liaison.vn takes part in the Viet Nam activity: readable, but its trail is JMOD's.
    await editing.updateActivity(planner, "seed-demo-vn-activity", {
      ...(await editing.getActivityForEdit(planner, "seed-demo-vn-activity")).values,
      version: 1,
      location: "Cam Ranh",
    });
    expect((await history.listHistory(planner, "Activity", "seed-demo-vn-activity")).length).toBe(1);
    expect(await history.listHistory(liaison, "Activity", "seed-demo-vn-activity")).toEqual([]);
    const ph = await actorByEmail(database.url, "liaison.ph@example.org");
    expect(await rejection(history.listHistory(ph, "Activity", "seed-demo-vn-activity"))).toBeInstanceOf(NotFoundError);
  });
});
