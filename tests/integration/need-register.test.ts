// The partner needs register through the data layer its server actions call: a liaison officer submits
// for their own state only, another state's officer learns nothing, planners triage with optimistic
// locking, every change is audited and notified in its transaction, and nothing but a candidate plan
// or activity is ever linked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, InvalidStateError, NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, fieldErrorsOf, query, rejection, seededDatabase, tableCounts } from "./helpers";

let database: TestDatabase;
let planner: Actor;
let admin: Actor;
let liaisonVn: Actor;
let liaisonPh: Actor;
let editing: typeof import("@/lib/data/needs/reads") & typeof import("@/lib/data/needs/writes");
let needs: typeof import("@/lib/data/needs/reads");
let activityEditing: typeof import("@/lib/data/activities/reads") & typeof import("@/lib/data/activities/writes");

const newNeed = (overrides: Record<string, unknown> = {}) => ({
  title: "Hydrographic survey training",
  description: "Survey the approaches to Cam Ranh with our own crews.",
  keyAreaCode: "K2",
  priority: "HIGH",
  ...overrides,
});

interface NeedRow extends Record<string, unknown> {
  stateCode: string;
  status: string;
  declineReason: string | null;
  version: number;
  submittedById: string | null;
}

async function needRow(id: string): Promise<NeedRow> {
  const [row] = await query<NeedRow>(
    database.url,
    `SELECT "stateCode", status::text, "declineReason", version, "submittedById" FROM "PartnerNeed" WHERE id = $1`,
    [id],
  );
  return row!;
}

const links = async (id: string) => ({
  planIds: (await query<{ id: string }>(database.url, `SELECT "B" AS id FROM "_NeedPlans" WHERE "A" = $1 ORDER BY "B"`, [id])).map(
    (r) => r.id,
  ),
  activityIds: (await query<{ id: string }>(database.url, `SELECT "A" AS id FROM "_NeedActivities" WHERE "B" = $1 ORDER BY "A"`, [id])).map(
    (r) => r.id,
  ),
});

async function versionOf(table: "Activity" | "ProgramPlan" | "PartnerNeed", id: string): Promise<number> {
  const [row] = await query<{ version: number }>(database.url, `SELECT version FROM "${table}" WHERE id = $1`, [id]);
  return row!.version;
}

async function auditRows(entity: string, entityId: string) {
  return query<{ action: string; actorEmail: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>(
    database.url,
    `SELECT action, "actorEmail", before, after FROM "AuditEvent" WHERE entity = $1 AND "entityId" = $2 ORDER BY id`,
    [entity, entityId],
  );
}

/** The need's status notifications (its submission's, to JMOD staff, are tested in notification-kinds.test.ts). */
async function notificationsOf(needId: string) {
  return query<{ userId: string; kind: string; data: Record<string, unknown> }>(
    database.url,
    `SELECT "userId", kind::text, data FROM "Notification" WHERE "needId" = $1 AND kind = 'NEED_STATUS' ORDER BY "createdAt", id`,
    [needId],
  );
}

/** Runs `work` and checks that nothing changed: no row in any table, no version, no link. */
async function expectNoWrite(work: () => Promise<unknown>): Promise<void> {
  const snapshot = async () => ({
    counts: await tableCounts(database.url),
    needs: await query(database.url, `SELECT id, status::text, "declineReason", version FROM "PartnerNeed" ORDER BY id`),
    plans: await query(database.url, `SELECT id, version FROM "ProgramPlan" ORDER BY id`),
    activities: await query(database.url, `SELECT id, version FROM "Activity" ORDER BY id`),
    links: await query(database.url, `SELECT * FROM "_NeedPlans" UNION ALL SELECT "B", "A" FROM "_NeedActivities" ORDER BY 1, 2`),
  });
  const before = await snapshot();
  await work();
  expect(await snapshot()).toEqual(before);
}

const triage = (actor: Actor, needId: string, step: string, extra: Record<string, unknown> = {}) =>
  versionOf("PartnerNeed", needId).then((version) => editing.triageNeed(actor, { needId, version: String(version), step, ...extra }));

beforeAll(async () => {
  database = await seededDatabase("need_register");
  editing = { ...(await import("@/lib/data/needs/reads")), ...(await import("@/lib/data/needs/writes")) };
  needs = await import("@/lib/data/needs/reads");
  activityEditing = { ...(await import("@/lib/data/activities/reads")), ...(await import("@/lib/data/activities/writes")) };
  planner = await actorByEmail(database.url, "planner@example.org");
  admin = await actorByEmail(database.url, "admin@example.org");
  liaisonVn = await actorByEmail(database.url, "liaison.vn@example.org");
  liaisonPh = await actorByEmail(database.url, "liaison.ph@example.org");
});

afterAll(() => closeDatabase(database));

describe("submitting a need", () => {
  it("stores it for the officer's own state whatever the input says, and audits it", async () => {
    const { id } = await editing.submitNeed(liaisonVn, newNeed({ stateCode: "PH", status: "ADDRESSED" }));
    expect(await needRow(id)).toEqual({
      stateCode: "VN",
      status: "SUBMITTED",
      declineReason: null,
      version: 1,
      submittedById: liaisonVn.id,
    });
    const events = await auditRows("PartnerNeed", id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "need.submit", actorEmail: liaisonVn.email, before: null });
    expect(events[0]!.after).toMatchObject({
      stateCode: "VN",
      title: "Hydrographic survey training",
      keyAreaCode: "K2",
      priority: "HIGH",
      status: "SUBMITTED",
    });
  });

  it("submits another state's officer's need for that officer's state only", async () => {
    const { id } = await editing.submitNeed(liaisonPh, newNeed({ stateCode: "VN" }));
    expect((await needRow(id)).stateCode).toBe("PH");
    expect(await rejection(needs.getNeed(liaisonVn, id))).toBeInstanceOf(NotFoundError);
  });

  it("refuses bad input and unknown key areas beside their fields, writing nothing", async () => {
    await expectNoWrite(async () => {
      expect(Object.keys(await fieldErrorsOf(editing.submitNeed(liaisonVn, newNeed({ title: "ab", priority: "URGENT" })))).sort()).toEqual([
        "priority",
        "title",
      ]);
      expect(await fieldErrorsOf(editing.submitNeed(liaisonVn, newNeed({ keyAreaCode: "K9" })))).toEqual({
        keyAreaCode: ["msg:editorValidation.unknown"],
      });
    });
  });

  it("is the liaison officers' alone: planners and admins are answered 'not found'", async () => {
    await expectNoWrite(async () => {
      expect(await rejection(editing.submitNeed(planner, newNeed()))).toBeInstanceOf(NotFoundError);
      expect(await rejection(editing.submitNeed(admin, newNeed()))).toBeInstanceOf(NotFoundError);
    });
  });
});

describe("another state's officer", () => {
  it("can neither read, follow nor triage Viet Nam's need", async () => {
    expect(await rejection(needs.getNeed(liaisonPh, "seed-demo-vn-need"))).toBeInstanceOf(NotFoundError);
    expect(await rejection(needs.listNeedHistory(liaisonPh, "seed-demo-vn-need"))).toBeInstanceOf(NotFoundError);
    expect((await needs.listNeeds(liaisonPh, { state: "VN" })).rows.length).toBe(0);
    await expectNoWrite(async () => {
      expect(await rejection(triage(liaisonPh, "seed-demo-vn-need", "decline", { reason: "Not ours" }))).toBeInstanceOf(NotFoundError);
      // The officer of the need's own state may not triage either.
      expect(await rejection(triage(liaisonVn, "seed-demo-vn-need", "address", { planIds: ["seed-demo-vn-plan"] }))).toBeInstanceOf(
        NotFoundError,
      );
    });
  });
});

describe("triage", () => {
  let needId: string;

  beforeAll(async () => {
    needId = (await editing.submitNeed(liaisonVn, newNeed({ title: "Triage subject" }))).id;
  });

  it("acknowledges: status, version, audit and a notification for the state's officer", async () => {
    const done = await triage(planner, needId, "acknowledge");
    expect(done).toEqual({ id: needId, version: 2, status: "ACKNOWLEDGED" });
    expect(await needRow(needId)).toMatchObject({ status: "ACKNOWLEDGED", version: 2 });
    const events = await auditRows("PartnerNeed", needId);
    expect(events.at(-1)).toMatchObject({
      action: "need.acknowledge",
      actorEmail: planner.email,
      before: { status: "SUBMITTED", declineReason: null, planIds: [], activityIds: [] },
      after: { status: "ACKNOWLEDGED", declineReason: null, planIds: [], activityIds: [] },
    });
    const sent = await notificationsOf(needId);
    expect(sent).toEqual([{ userId: liaisonVn.id, kind: "NEED_STATUS", data: { title: "Triage subject", status: "ACKNOWLEDGED" } }]);
  });

  it("refuses a step the status does not allow, changing nothing", async () => {
    await expectNoWrite(async () => {
      expect(await rejection(triage(planner, needId, "acknowledge"))).toBeInstanceOf(InvalidStateError);
      expect(await rejection(triage(planner, needId, "reopen"))).toBeInstanceOf(InvalidStateError);
    });
  });

  it("refuses to decline without a reason, changing nothing", async () => {
    await expectNoWrite(async () => {
      expect((await fieldErrorsOf(triage(planner, needId, "decline"))).reason).toEqual(["msg:required"]);
      expect((await fieldErrorsOf(triage(planner, needId, "decline", { reason: " x " }))).reason).toEqual([
        "msg:needEditor.validation.reasonTooShort",
      ]);
    });
  });

  it("declines with the reason, then reopens as acknowledged", async () => {
    await triage(planner, needId, "decline", { reason: "Outside the FY2026 programme; resubmit next year." });
    expect(await needRow(needId)).toMatchObject({
      status: "DECLINED",
      declineReason: "Outside the FY2026 programme; resubmit next year.",
      version: 3,
    });
    await triage(admin, needId, "reopen");
    expect(await needRow(needId)).toMatchObject({ status: "ACKNOWLEDGED", declineReason: null, version: 4 });
    const events = await auditRows("PartnerNeed", needId);
    expect(events.map((e) => e.action)).toEqual(["need.submit", "need.acknowledge", "need.decline", "need.reopen"]);
    expect(events[3]!.before).toMatchObject({ status: "DECLINED", declineReason: "Outside the FY2026 programme; resubmit next year." });
    expect((await notificationsOf(needId)).map((n) => n.data.status)).toEqual(["ACKNOWLEDGED", "DECLINED", "ACKNOWLEDGED"]);
  });

  it("refuses to address with nothing, or with a plan or activity of another state, changing nothing", async () => {
    await expectNoWrite(async () => {
      expect(Object.keys(await fieldErrorsOf(triage(planner, needId, "address")))).toEqual(["links"]);
      const errors = await fieldErrorsOf(
        triage(planner, needId, "address", { planIds: ["seed-demo-ph-plan"], activityIds: ["seed-demo-vn-activity"] }),
      );
      expect(errors).toEqual({ planIds: ["msg:needEditor.validation.notCandidate"] });
      const activityErrors = await fieldErrorsOf(
        triage(planner, needId, "address", { planIds: ["seed-demo-vn-plan"], activityIds: ["seed-demo-ph-activity", "no-such-activity"] }),
      );
      expect(activityErrors).toEqual({ activityIds: ["msg:needEditor.validation.notCandidate"] });
    });
  });

  it("refuses an archived plan that does not already answer the need", async () => {
    const [archived] = await query<{ id: string }>(
      database.url,
      `SELECT id FROM "ProgramPlan" WHERE "programId" = 'seed-program-bilateral-vn' AND status = 'ARCHIVED' ORDER BY id LIMIT 1`,
    );
    await expectNoWrite(async () => {
      expect((await fieldErrorsOf(triage(planner, needId, "address", { planIds: [archived!.id] }))).planIds).toEqual([
        "msg:needEditor.validation.notCandidate",
      ]);
    });
  });

  it("addresses: links the plan and activity, bumps their versions, and an editor still open on them gets a conflict", async () => {
    const openActivity = await activityEditing.getActivityForEdit(planner, "seed-demo-vn-activity");
    const planVersion = await versionOf("ProgramPlan", "seed-demo-vn-plan");
    const activityVersion = await versionOf("Activity", "seed-demo-vn-activity");

    await triage(planner, needId, "address", { planIds: ["seed-demo-vn-plan"], activityIds: ["seed-demo-vn-activity"] });

    expect(await needRow(needId)).toMatchObject({ status: "ADDRESSED", version: 5 });
    expect(await links(needId)).toEqual({ planIds: ["seed-demo-vn-plan"], activityIds: ["seed-demo-vn-activity"] });
    expect(await versionOf("ProgramPlan", "seed-demo-vn-plan")).toBe(planVersion + 1);
    expect(await versionOf("Activity", "seed-demo-vn-activity")).toBe(activityVersion + 1);
    const planEvents = await auditRows("ProgramPlan", "seed-demo-vn-plan");
    expect(planEvents.at(-1)).toMatchObject({ action: "plan.update", actorEmail: planner.email });
    expect(planEvents.at(-1)!.after!.needIds).toContain(needId);
    expect(planEvents.at(-1)!.before!.needIds).not.toContain(needId);
    expect((await auditRows("PartnerNeed", needId)).at(-1)).toMatchObject({
      action: "need.address",
      after: { status: "ADDRESSED", planIds: ["seed-demo-vn-plan"], activityIds: ["seed-demo-vn-activity"] },
    });
    expect((await notificationsOf(needId)).at(-1)!.data.status).toBe("ADDRESSED");

    // The activity editor opened before the link was made would have saved its old need set.
    const stale = await rejection(
      activityEditing.updateActivity(planner, "seed-demo-vn-activity", { ...openActivity.values, version: openActivity.version }),
    );
    expect(stale).toBeInstanceOf(ConflictError);
    expect(await links(needId)).toEqual({ planIds: ["seed-demo-vn-plan"], activityIds: ["seed-demo-vn-activity"] });
  });

  it("edits an addressed need's answers, touching only the records whose link changed, without a new notification", async () => {
    const planVersion = await versionOf("ProgramPlan", "seed-demo-vn-plan");
    const activityVersion = await versionOf("Activity", "seed-demo-vn-activity");
    const sent = (await notificationsOf(needId)).length;
    await triage(planner, needId, "address", { planIds: ["seed-demo-vn-plan"], activityIds: [] });
    expect(await links(needId)).toEqual({ planIds: ["seed-demo-vn-plan"], activityIds: [] });
    expect(await versionOf("ProgramPlan", "seed-demo-vn-plan")).toBe(planVersion);
    expect(await versionOf("Activity", "seed-demo-vn-activity")).toBe(activityVersion + 1);
    expect((await auditRows("Activity", "seed-demo-vn-activity")).at(-1)!.after!.needIds).not.toContain(needId);
    expect(await notificationsOf(needId)).toHaveLength(sent);
  });

  it("answers a stale version with a conflict carrying the current values, changing nothing", async () => {
    await expectNoWrite(async () => {
      const error = await rejection(editing.triageNeed(planner, { needId, version: 2, step: "decline", reason: "Too late" }));
      expect(error).toBeInstanceOf(ConflictError);
      const { current } = error as ConflictError;
      expect(current.version).toBe(6);
      expect(current.updatedBy).toBe(planner.name);
      expect(current.values).toEqual({ status: "ADDRESSED", declineReason: null, planIds: ["seed-demo-vn-plan"], activityIds: [] });
    });
  });

  it("keeps one of two triages made from the same version", async () => {
    const other = (await editing.submitNeed(liaisonVn, newNeed({ title: "Race subject" }))).id;
    const results = await Promise.allSettled([
      editing.triageNeed(planner, { needId: other, version: 1, step: "acknowledge" }),
      editing.triageNeed(admin, { needId: other, version: 1, step: "decline", reason: "Duplicate of an earlier need." }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect((await needRow(other)).version).toBe(2);
    expect((await auditRows("PartnerNeed", other)).length).toBe(2);
  });

  it("is touched by an activity editor that changes its links, so a triage opened before gets a conflict", async () => {
    const triageVersion = await versionOf("PartnerNeed", needId);
    const open = await activityEditing.getActivityForEdit(planner, "seed-demo-vn-activity");
    expect(open.values.needIds).not.toContain(needId);
    await activityEditing.updateActivity(planner, "seed-demo-vn-activity", {
      ...open.values,
      needIds: [...open.values.needIds, needId],
      version: open.version,
    });
    expect(await versionOf("PartnerNeed", needId)).toBe(triageVersion + 1);
    expect(await links(needId)).toEqual({ planIds: ["seed-demo-vn-plan"], activityIds: ["seed-demo-vn-activity"] });
    // The triage form still shows the old answers: saving them would drop the activity's link.
    await expectNoWrite(async () => {
      const stale = await rejection(
        editing.triageNeed(planner, { needId, version: triageVersion, step: "address", planIds: ["seed-demo-vn-plan"] }),
      );
      expect(stale).toBeInstanceOf(ConflictError);
    });
  });

  it("lets the state's officer follow the status, without who did it", async () => {
    const history = await needs.listNeedHistory(liaisonVn, needId);
    expect(history.map((entry) => [entry.action, entry.status])).toEqual([
      ["submit", "SUBMITTED"],
      ["acknowledge", "ACKNOWLEDGED"],
      ["decline", "DECLINED"],
      ["reopen", "ACKNOWLEDGED"],
      ["address", "ADDRESSED"],
      ["relink", "ADDRESSED"],
    ]);
    for (const entry of history) expect(Object.keys(entry).sort()).toEqual(["action", "at", "status"]);
    expect(JSON.stringify(history)).not.toContain("@example.org");
  });
});

describe("the list's filters", () => {
  it("narrow a planner's list by status and state, within a liaison officer's scope only their own", async () => {
    const declined = (await needs.listNeeds(planner, { status: "DECLINED" })).rows;
    expect(declined.length).toBeGreaterThan(0);
    expect(declined.every((need) => need.status === "DECLINED")).toBe(true);
    const ph = (await needs.listNeeds(planner, { state: "PH" })).rows;
    expect(ph.length).toBeGreaterThan(0);
    expect(ph.every((need) => need.state.code === "PH")).toBe(true);
    expect((await needs.listNeeds(liaisonVn)).rows.every((need) => need.state.code === "VN")).toBe(true);
    expect((await needs.getNeedFilterOptions(liaisonVn)).states).toEqual([]);
  });

  it("narrow by priority and key area, together and with the others, counting what they keep", async () => {
    const all = await query<{ priority: string; keyAreaCode: string; stateCode: string; status: string }>(
      database.url,
      `SELECT priority, "keyAreaCode", "stateCode", status FROM "PartnerNeed"`,
    );
    const areas = [...new Set(all.map((need) => need.keyAreaCode))];
    expect(areas.length).toBeGreaterThan(1);
    for (const priority of ["HIGH", "MEDIUM", "LOW"] as const) {
      for (const keyArea of areas) {
        const listed = await needs.listNeeds(planner, { priority, keyArea });
        expect(listed.total, `${priority} ${keyArea}`).toBe(all.filter((n) => n.priority === priority && n.keyAreaCode === keyArea).length);
        expect(listed.rows.every((need) => need.priority === priority && need.keyArea.code === keyArea)).toBe(true);
      }
    }
    const high = await needs.listNeeds(liaisonVn, { priority: "HIGH" });
    expect(high.total).toBe(all.filter((n) => n.priority === "HIGH" && n.stateCode === "VN").length);
    const options = await needs.getNeedFilterOptions(planner);
    expect(options.keyAreas.map((area) => area.code)).toEqual(expect.arrayContaining(areas));
  });
});

describe("the triage panel's choices", () => {
  it("offer only the need's state's current plans and its activities, and are planners' only", async () => {
    const choices = await editing.getNeedTriage(planner, "seed-demo-vn-need");
    expect(choices.plans.map((p) => p.id)).toContain("seed-demo-vn-plan");
    expect(choices.plans.map((p) => p.id)).not.toContain("seed-demo-ph-plan");
    expect(choices.activities.map((a) => a.id)).toContain("seed-demo-vn-activity");
    expect(choices.activities.map((a) => a.id)).not.toContain("seed-demo-ph-activity");
    expect(await rejection(editing.getNeedTriage(liaisonVn, "seed-demo-vn-need"))).toBeInstanceOf(NotFoundError);
  });
});
