// The notifications of issue 18 against real PostgreSQL: a need submitted (to JMOD staff), a plan
// submitted for review (to every planner and admin but its author), a plan returned to draft (to its
// author, with the reason), and the daily milestone run (due in 7 days, late; to the author and the
// following JMOD staff), which creates each notification once however often or concurrently it runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";
import { completeIndicator } from "./indicator-fixtures";

let database: TestDatabase;
let needs: typeof import("@/lib/data/needs/writes");
let editing: typeof import("@/lib/data/plans/reads") & typeof import("@/lib/data/plans/writes");
let comments: typeof import("@/lib/data/comments/writes");
let notifications: typeof import("@/lib/data/notifications/reads");
let milestones: typeof import("@/lib/data/notifications/milestones");
let planner: Actor;
let planner2: Actor;
let admin: Actor;
let vn: Actor;
let ph: Actor;

beforeAll(async () => {
  database = await seededDatabase("notification_kinds");
  needs = await import("@/lib/data/needs/writes");
  editing = { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) };
  comments = await import("@/lib/data/comments/writes");
  notifications = await import("@/lib/data/notifications/reads");
  milestones = await import("@/lib/data/notifications/milestones");
  planner = await actorByEmail(database.url, "planner@example.org");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  admin = await actorByEmail(database.url, "admin@example.org");
  vn = await actorByEmail(database.url, "liaison.vn@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
});

afterAll(() => closeDatabase(database));

const rows = (kind: string, subject: { planId?: string; needId?: string }) =>
  query<{ userId: string; data: Record<string, string>; dedupeKey: string | null }>(
    database.url,
    `SELECT "userId", data, "dedupeKey" FROM "Notification" WHERE kind = $1::"NotificationKind"
       AND ("planId" = $2 OR "needId" = $3) ORDER BY "userId"`,
    [kind, subject.planId ?? null, subject.needId ?? null],
  );
const activeJmod = async (except: string[] = []) =>
  (
    await query<{ id: string }>(
      database.url,
      `SELECT id FROM "User" WHERE role IN ('PLANNER', 'ADMIN') AND NOT disabled AND NOT (id = ANY($1)) ORDER BY id`,
      [except],
    )
  ).map((u) => u.id);

/** A plan of the SRCP (every ASEAN state a partner) ready to leave draft, by `author`. */
async function readyPlan(author: Actor, title: string, milestoneDue: (fiscalYear: number) => string) {
  const { id } = await editing.createPlan(author, { programId: "seed-program-srcp", title, firstFiscalYear: 2026, lastFiscalYear: 2027 });
  const current = await editing.getPlanForEditing(author, id);
  const values = {
    ...current.values,
    sustainment: "Partner navies run the course from FY2029.",
    years: current.values.years.map((year) => ({
      ...year,
      objectives: [{ text: `Objective ${year.fiscalYear}` }],
      milestones: [{ title: `Milestone ${year.fiscalYear}`, dueDate: milestoneDue(year.fiscalYear), status: "PENDING" as const }],
    })),
    indicators: [completeIndicator(2026, 2027)],
  };
  const { version } = await editing.savePlan(author, id, { ...values, version: current.plan.version });
  return { id, version };
}

describe("a need submitted", () => {
  it("tells every active planner and admin, in their language at display time, and no liaison officer", async () => {
    const { id } = await needs.submitNeed(vn, { title: "Diving medicine course", description: "", keyAreaCode: "K2", priority: "HIGH" });
    const sent = await rows("NEED_SUBMITTED", { needId: id });
    expect(sent.map((n) => n.userId)).toEqual(await activeJmod());
    expect(sent.map((n) => n.userId)).toEqual(expect.arrayContaining([planner.id, planner2.id, admin.id]));
    expect(sent[0]!.data).toMatchObject({ title: "Diving medicine course", stateCode: "VN", stateEn: "Viet Nam" });
    // The planner reads it; no officer (of Viet Nam or another state) was told.
    expect((await notifications.listNotifications(planner)).some((n) => n.kind === "NEED_SUBMITTED" && n.needId === id)).toBe(true);
    expect((await notifications.listNotifications(ph)).some((n) => n.needId === id)).toBe(false);
    expect((await notifications.listNotifications(vn)).some((n) => n.needId === id)).toBe(false);
  });
});

describe("a plan submitted for review, returned to draft", () => {
  it("submitting tells every planner and admin but the author; returning tells the author with the reason", async () => {
    const { id, version: saved } = await readyPlan(planner, "Plan to review", (fy) => `${fy}-09-30`);
    let version = saved;
    ({ version } = await editing.transitionPlan(planner, { planId: id, version, transition: "share" }));
    ({ version } = await editing.transitionPlan(planner, { planId: id, version, transition: "submit" }));
    const submitted = await rows("PLAN_SUBMITTED", { planId: id });
    expect(submitted.map((n) => n.userId)).toEqual(await activeJmod([planner.id]));
    expect(submitted.map((n) => n.userId)).not.toContain(planner.id);
    expect(submitted.map((n) => n.userId)).not.toContain(vn.id);
    expect(submitted.map((n) => n.userId)).not.toContain(ph.id);

    await editing.transitionPlan(planner2, { planId: id, version, transition: "returnToDraft", reason: "FY2027 budget is missing" });
    const returned = await rows("PLAN_RETURNED", { planId: id });
    expect(returned).toEqual([
      expect.objectContaining({ userId: planner.id, data: { title: "Plan to review", reason: "FY2027 budget is missing" } }),
    ]);
  });

  it("an author returning their own plan tells nobody; a planner submitting another's plan tells the author", async () => {
    const { id, version: saved } = await readyPlan(planner, "Own return", (fy) => `${fy}-10-31`);
    let version = saved;
    ({ version } = await editing.transitionPlan(planner, { planId: id, version, transition: "share" }));
    ({ version } = await editing.transitionPlan(planner2, { planId: id, version, transition: "submit" }));
    const submitted = (await rows("PLAN_SUBMITTED", { planId: id })).map((n) => n.userId);
    expect(submitted).not.toContain(planner.id); // the author
    expect(submitted).not.toContain(planner2.id); // who submitted it
    expect(submitted).toContain(admin.id);
    await editing.transitionPlan(planner, { planId: id, version, transition: "returnToDraft", reason: "Rework" });
    expect(await rows("PLAN_RETURNED", { planId: id })).toEqual([]);
  });
});

describe("the daily milestone run", () => {
  const NOW = new Date("2026-12-08T03:00:00Z"); // 12:00 in Tokyo on 2026-12-08

  it("tells the author and following JMOD staff once of a milestone due within 7 days and of a late one", async () => {
    // FY2026's milestone due in 5 days, FY2027's 3 days late (as of NOW): two plans, one each.
    const due = await readyPlan(planner, "Milestone due soon", (fy) => (fy === 2026 ? "2026-12-13" : "2027-09-30"));
    const late = await readyPlan(planner2, "Milestone late", (fy) => (fy === 2026 ? "2026-12-05" : "2027-09-30"));
    // A far one and a done one tell nobody.
    const far = await readyPlan(planner, "Milestone far", (fy) => `${fy}-12-31`);
    // Followers: planner2 follows the due plan; the admin follows the late one, whose author stopped
    // following it. An officer following a shared plan is not told (the live milestones are not the
    // shared content).
    let version = due.version;
    ({ version } = await editing.transitionPlan(planner, { planId: due.id, version, transition: "share" }));
    await comments.setPlanFollowing(planner2, { planId: due.id, following: "true" });
    await comments.setPlanFollowing(vn, { planId: due.id, following: "true" });
    await comments.setPlanFollowing(admin, { planId: late.id, following: "true" });
    await comments.setPlanFollowing(planner2, { planId: late.id, following: "false" }); // the author stopped

    // Two runs at once, then one more: each notification exists once.
    const runs = await Promise.all([milestones.notifyMilestones(NOW), milestones.notifyMilestones(NOW)]);
    const again = await milestones.notifyMilestones(NOW);
    expect(runs[0].due + runs[1].due).toBe((await rows("MILESTONE_DUE", { planId: due.id })).length);
    expect(again).toEqual({ day: "2026-12-08", due: 0, late: 0 });

    const dueSent = await rows("MILESTONE_DUE", { planId: due.id });
    expect(dueSent.map((n) => n.userId).sort()).toEqual([planner.id, planner2.id].sort());
    expect(dueSent[0]!.data).toEqual({ title: "Milestone due soon", milestone: "Milestone 2026", due: "2026-12-13" });
    const lateSent = await rows("MILESTONE_LATE", { planId: late.id });
    expect(lateSent.map((n) => n.userId)).toEqual([admin.id]);
    expect(await rows("MILESTONE_DUE", { planId: far.id })).toEqual([]);
    expect(await rows("MILESTONE_LATE", { planId: far.id })).toEqual([]);
    expect((await notifications.listNotifications(vn)).some((n) => n.planId === due.id && n.kind.startsWith("MILESTONE"))).toBe(false);

    // One audit event for the run that created them; none for the runs that found nothing new.
    const events = await query<{ after: { due: number; late: number } }>(
      database.url,
      `SELECT after FROM "AuditEvent" WHERE action = 'notification.milestones' AND "entityId" = '2026-12-08'`,
    );
    expect(events.reduce((sum, e) => sum + e.after.due + e.after.late, 0)).toBe(
      dueSent.length + lateSent.length + (await otherMilestoneRows()),
    );

    // Saving the plan recreates its milestones: same title and date, no second notice. The next day's
    // run announces nothing new for it; a milestone marked done is left alone.
    const current = await editing.getPlanForEditing(planner, due.id);
    await editing.savePlan(planner, due.id, { ...current.values, version: current.plan.version });
    await milestones.notifyMilestones(new Date("2026-12-09T03:00:00Z"));
    expect(await rows("MILESTONE_DUE", { planId: due.id })).toHaveLength(2);
    // When the day passes, the due one becomes late: told once more, as late.
    await milestones.notifyMilestones(new Date("2026-12-14T03:00:00Z"));
    expect((await rows("MILESTONE_LATE", { planId: due.id })).map((n) => n.userId).sort()).toEqual([planner.id, planner2.id].sort());
  });
});

/** Milestone notifications of the seeded demo plans on the same day (the run covers every plan). */
async function otherMilestoneRows(): Promise<number> {
  const [row] = await query<{ n: string }>(
    database.url,
    `SELECT count(*) AS n FROM "Notification" n JOIN "ProgramPlan" p ON p.id = n."planId"
     WHERE n.kind IN ('MILESTONE_DUE', 'MILESTONE_LATE') AND p.title NOT IN ('Milestone due soon', 'Milestone late', 'Milestone far')`,
  );
  return Number(row!.n);
}
