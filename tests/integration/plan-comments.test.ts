// Comments on shared plans, following, "new comments" and in-app notifications, against real
// PostgreSQL: scope (404 outside the officer's state), the audit trail, and who is told what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { InvalidStateError, NotFoundError, ValidationError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";
import { completeIndicator } from "./indicator-fixtures";

let database: TestDatabase;
let comments: typeof import("@/lib/data/comments/reads") & typeof import("@/lib/data/comments/writes");
let notifications: typeof import("@/lib/data/notifications/reads") & typeof import("@/lib/data/notifications/writes");
let editing: typeof import("@/lib/data/plans/reads") & typeof import("@/lib/data/plans/writes");
let plans: typeof import("@/lib/data/plans/reads");
let planner: Actor;
let planner2: Actor;
let vn: Actor;
let ph: Actor;

const VN_PLAN = "seed-demo-vn-plan";
const PH_PLAN = "seed-demo-ph-plan";

beforeAll(async () => {
  database = await seededDatabase("plan_comments");
  comments = { ...(await import("@/lib/data/comments/reads")), ...(await import("@/lib/data/comments/writes")) };
  notifications = { ...(await import("@/lib/data/notifications/reads")), ...(await import("@/lib/data/notifications/writes")) };
  editing = { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) };
  plans = await import("@/lib/data/plans/reads");
  planner = await actorByEmail(database.url, "planner@example.org");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  vn = await actorByEmail(database.url, "liaison.vn@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
});

afterAll(() => closeDatabase(database));

const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: string }>(database.url, sql, params))[0]?.n);
const notificationsOf = (user: Actor, kind: string, planId: string) =>
  count('SELECT count(*) AS n FROM "Notification" WHERE "userId" = $1 AND kind = $2::"NotificationKind" AND "planId" = $3', [
    user.id,
    kind,
    planId,
  ]);
const authorOf = async (planId: string) =>
  (await query<{ authorId: string }>(database.url, 'SELECT "authorId" FROM "ProgramPlan" WHERE id = $1', [planId]))[0]!.authorId;

describe("comments", () => {
  it("a liaison officer comments on a plan shared with their state: stored, audited, followed, the author told", async () => {
    const author = await authorOf(VN_PLAN);
    const before = await count('SELECT count(*) AS n FROM "Notification" WHERE "userId" = $1 AND kind = \'PLAN_COMMENT\'', [author]);
    const { id } = await comments.addPlanComment(vn, { planId: VN_PLAN, body: "  Could the FY2027 seminar move to June?  " });
    const [row] = await query<{ body: string; authorId: string }>(
      database.url,
      'SELECT body, "authorId" FROM "PlanComment" WHERE id = $1',
      [id],
    );
    expect(row).toEqual({ body: "Could the FY2027 seminar move to June?", authorId: vn.id });
    const [event] = await query<{ action: string; actorId: string }>(
      database.url,
      'SELECT action, "actorId" FROM "AuditEvent" WHERE entity = \'PlanComment\' AND "entityId" = $1',
      [id],
    );
    expect(event).toEqual({ action: "plan.comment", actorId: vn.id });
    expect((await plans.getPlan(vn, VN_PLAN)).watch.following).toBe(true);
    expect(await count('SELECT count(*) AS n FROM "Notification" WHERE "userId" = $1 AND kind = \'PLAN_COMMENT\'', [author])).toBe(
      before + 1,
    );
    // Nobody is told about their own comment.
    expect(await notificationsOf(vn, "PLAN_COMMENT", VN_PLAN)).toBe(0);
  });

  it("refuses a plan not shared with the officer's state as not found, and writes nothing", async () => {
    const before = await count('SELECT count(*) AS n FROM "PlanComment"');
    await expect(comments.addPlanComment(ph, { planId: VN_PLAN, body: "Hello" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(comments.addPlanComment(ph, { planId: "no-such-plan", body: "Hello" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(comments.setPlanFollowing(ph, { planId: VN_PLAN, following: "true" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(comments.markPlanCommentsSeen(ph, { planId: VN_PLAN })).rejects.toBeInstanceOf(NotFoundError);
    await expect(comments.countNewComments(ph, [VN_PLAN])).resolves.toEqual({});
    expect(await count('SELECT count(*) AS n FROM "PlanComment"')).toBe(before);
    expect(await count('SELECT count(*) AS n FROM "PlanWatch" WHERE "userId" = $1 AND "planId" = $2', [ph.id, VN_PLAN])).toBe(0);
  });

  it("refuses an empty comment and an archived plan", async () => {
    await expect(comments.addPlanComment(vn, { planId: VN_PLAN, body: "   " })).rejects.toBeInstanceOf(ValidationError);
    const [archived] = await query<{ id: string }>(database.url, "SELECT id FROM \"ProgramPlan\" WHERE status = 'ARCHIVED' LIMIT 1");
    await expect(comments.addPlanComment(planner, { planId: archived!.id, body: "Late note" })).rejects.toBeInstanceOf(InvalidStateError);
  });

  it("tells a JMOD comment to the officers who follow, but a liaison comment only to its own state", async () => {
    // PH follows the PH plan by commenting; the planner answers: PH is told.
    await comments.addPlanComment(ph, { planId: PH_PLAN, body: "Hull inspection, please." });
    const phBefore = await notificationsOf(ph, "PLAN_COMMENT", PH_PLAN);
    await comments.addPlanComment(planner, { planId: PH_PLAN, body: "Added to the syllabus." });
    expect(await notificationsOf(ph, "PLAN_COMMENT", PH_PLAN)).toBe(phBefore + 1);
    // A multilateral plan shared with both: VN's comment reaches JMOD followers, never PH.
    const [shared] = await query<{ id: string }>(
      database.url,
      `SELECT p.id FROM "ProgramPlan" p WHERE p."sharedAt" IS NOT NULL AND p.status <> 'ARCHIVED'
         AND EXISTS (SELECT 1 FROM "_PlanSharedWith" s WHERE s."B" = p.id AND s."A" = 'VN')
         AND EXISTS (SELECT 1 FROM "_PlanSharedWith" s WHERE s."B" = p.id AND s."A" = 'PH') ORDER BY p.id LIMIT 1`,
    );
    const plan = shared!.id;
    await comments.setPlanFollowing(ph, { planId: plan, following: "true" });
    await comments.setPlanFollowing(planner2, { planId: plan, following: "true" });
    const [phBefore2, planner2Before] = [
      await notificationsOf(ph, "PLAN_COMMENT", plan),
      await notificationsOf(planner2, "PLAN_COMMENT", plan),
    ];
    await comments.addPlanComment(vn, { planId: plan, body: "Viet Nam would host in FY2028." });
    expect(await notificationsOf(ph, "PLAN_COMMENT", plan)).toBe(phBefore2);
    expect(await notificationsOf(planner2, "PLAN_COMMENT", plan)).toBe(planner2Before + 1);
    // And PH cannot read VN's comment on that plan.
    const asPh = await plans.getPlan(ph, plan);
    expect(asPh.comments.some((c) => c.author.id === vn.id)).toBe(false);
  });

  it("counts a planner's new comments until the plan page has been seen", async () => {
    await comments.addPlanComment(vn, { planId: VN_PLAN, body: "One more question about the venue." });
    const fresh = await comments.countNewComments(planner2, [VN_PLAN, PH_PLAN]);
    const expected = await count(
      'SELECT count(*) AS n FROM "PlanComment" c LEFT JOIN "PlanWatch" w ON w."planId" = c."planId" AND w."userId" = $1 WHERE c."planId" = $2 AND c."authorId" <> $1 AND (w."commentsSeenAt" IS NULL OR c."createdAt" > w."commentsSeenAt")',
      [planner2.id, VN_PLAN],
    );
    expect(fresh[VN_PLAN]).toBe(expected);
    expect(expected).toBeGreaterThan(0);
    // The page showed the thread up to its newest comment; one posted while it loaded stays new.
    const shown = (await plans.getPlan(planner2, VN_PLAN)).comments.at(-1)!.createdAt;
    await comments.addPlanComment(vn, { planId: VN_PLAN, body: "Posted while the page was loading." });
    await comments.markPlanCommentsSeen(planner2, { planId: VN_PLAN, latest: shown.toISOString() });
    expect((await comments.countNewComments(planner2, [VN_PLAN]))[VN_PLAN]).toBe(1);
    // An older mark never moves the seen point back.
    await comments.markPlanCommentsSeen(planner2, { planId: VN_PLAN, latest: new Date(shown.getTime() - 86_400_000).toISOString() });
    expect((await comments.countNewComments(planner2, [VN_PLAN]))[VN_PLAN]).toBe(1);
    const newest = (await plans.getPlan(planner2, VN_PLAN)).comments.at(-1)!.createdAt;
    await comments.markPlanCommentsSeen(planner2, { planId: VN_PLAN, latest: newest.toISOString() });
    expect((await comments.countNewComments(planner2, [VN_PLAN]))[VN_PLAN]).toBeUndefined();
    // A comment after that is new again.
    await comments.addPlanComment(vn, { planId: VN_PLAN, body: "And the dates?" });
    expect((await comments.countNewComments(planner2, [VN_PLAN]))[VN_PLAN]).toBe(1);
  });
});

describe("notifications", () => {
  it("sharing tells the partner states' officers; approval tells the author and followers", async () => {
    const { id } = await editing.createPlan(planner, {
      programId: "seed-program-srcp",
      title: "Notified plan",
      firstFiscalYear: 2027,
      lastFiscalYear: 2028,
    });
    const current = await plans.getPlanForEditing(planner, id);
    const values = {
      ...current.values,
      sustainment: "Partner navies run the course from FY2029.",
      years: current.values.years.map((year) => ({
        ...year,
        objectives: [{ text: `Objective ${year.fiscalYear}` }],
        milestones: [{ title: `Milestone ${year.fiscalYear}`, dueDate: `${year.fiscalYear}-09-30`, status: "PENDING" as const }],
      })),
      indicators: [completeIndicator(2027, 2028)], // T6, before review
    };
    let { version } = await editing.savePlan(planner, id, { ...values, version: current.plan.version });
    const officers = await count(
      `SELECT count(*) AS n FROM "User" u JOIN "_ProgramPartnerStates" ps ON ps."A" = u."stateCode"
       WHERE ps."B" = 'seed-program-srcp' AND u.role = 'LIAISON' AND NOT u.disabled`,
    );
    ({ version } = await editing.transitionPlan(planner, { planId: id, version, transition: "share" }));
    const shared = await count('SELECT count(*) AS n FROM "Notification" WHERE kind = \'PLAN_SHARED\' AND "planId" = $1', [id]);
    expect(officers).toBeGreaterThanOrEqual(11);
    expect(shared).toBe(officers);
    expect(await notificationsOf(vn, "PLAN_SHARED", id)).toBe(1);
    expect(await notificationsOf(ph, "PLAN_SHARED", id)).toBe(1);
    expect(await notificationsOf(planner, "PLAN_SHARED", id)).toBe(0);
    ({ version } = await editing.transitionPlan(planner, { planId: id, version, transition: "submit" }));
    await comments.setPlanFollowing(vn, { planId: id, following: "true" });
    await editing.transitionPlan(planner2, { planId: id, version, transition: "approve" });
    expect(await notificationsOf(planner, "PLAN_APPROVED", id)).toBe(1); // the author
    expect(await notificationsOf(vn, "PLAN_APPROVED", id)).toBe(1); // an officer of a state it was shared with
    expect(await notificationsOf(planner2, "PLAN_APPROVED", id)).toBe(0); // the approver did it
  });

  it("tells no disabled author, and drops what a liaison officer may no longer see", async () => {
    // A plan authored by someone now disabled: a comment on it notifies nobody disabled.
    const author = await authorOf(PH_PLAN);
    await query(database.url, 'UPDATE "User" SET disabled = true WHERE id = $1', [author]);
    try {
      await query(database.url, 'DELETE FROM "PlanWatch" WHERE "userId" = $1 AND "planId" = $2', [author, PH_PLAN]);
      const before = await notificationsOf({ id: author } as Actor, "PLAN_COMMENT", PH_PLAN);
      await comments.addPlanComment(ph, { planId: PH_PLAN, body: "Anyone there?" });
      expect(await notificationsOf({ id: author } as Actor, "PLAN_COMMENT", PH_PLAN)).toBe(before);
    } finally {
      await query(database.url, 'UPDATE "User" SET disabled = false WHERE id = $1', [author]);
    }
    // A notification about a plan no longer shared with the officer's state is no longer listed.
    const [row] = await query<{ id: string }>(
      database.url,
      'INSERT INTO "Notification" (id, "userId", kind, "planId", data) VALUES ($1, $2, \'PLAN_SHARED\', $3, \'{}\') RETURNING id',
      [`test-${Date.now()}`, ph.id, VN_PLAN],
    );
    expect((await notifications.listNotifications(ph)).map((n) => n.id)).not.toContain(row!.id);
    await expect(notifications.openNotification(ph, row!.id)).rejects.toBeInstanceOf(NotFoundError);
    await query(database.url, 'DELETE FROM "Notification" WHERE id = $1', [row!.id]);
  });

  it("marks all read only up to the newest one shown", async () => {
    const shown = (await notifications.listNotifications(planner))[0]!.createdAt;
    await comments.addPlanComment(vn, { planId: VN_PLAN, body: "Arrived after the list was shown." });
    await notifications.markNotificationsRead(planner, "all", shown);
    const unread = await query<{ createdAt: Date }>(
      database.url,
      'SELECT "createdAt" FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL',
      [planner.id],
    );
    expect(unread.length).toBeGreaterThan(0);
    expect(unread.every((n) => n.createdAt > shown)).toBe(true);
  });

  it("lists, counts and marks read only the user's own notifications", async () => {
    const unread = await notifications.countUnreadNotifications(vn);
    expect(unread).toBe(await count('SELECT count(*) AS n FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL', [vn.id]));
    expect(unread).toBeGreaterThan(0);
    const [phNotification] = await query<{ id: string }>(database.url, 'SELECT id FROM "Notification" WHERE "userId" = $1 LIMIT 1', [
      ph.id,
    ]);
    // Someone else's notification: nothing happens to it.
    expect(await notifications.markNotificationsRead(vn, [phNotification!.id])).toBe(0);
    await expect(notifications.openNotification(vn, phNotification!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await count('SELECT count(*) AS n FROM "Notification" WHERE id = $1 AND "readAt" IS NULL', [phNotification!.id])).toBe(1);
    const [first] = await notifications.listNotifications(vn);
    await expect(notifications.openNotification(vn, first!.id)).resolves.toMatch(/^\/(plans|needs)\//);
    expect(await notifications.countUnreadNotifications(vn)).toBe(unread - (first!.readAt ? 0 : 1));
    expect(await notifications.markNotificationsRead(vn, "all")).toBe(
      (await notifications.countUnreadNotifications(vn)) + (unread - (first!.readAt ? 0 : 1)),
    );
    expect(await notifications.countUnreadNotifications(vn)).toBe(0);
    expect(await count('SELECT count(*) AS n FROM "AuditEvent" WHERE action = \'notification.read\' AND "actorId" = $1', [vn.id])).toBe(2);
  });

  it("marks read the reader's notifications about a plan or need they opened, and only those", async () => {
    const insert = (id: string, userId: string, subject: { planId?: string; needId?: string }) =>
      query(
        database.url,
        `INSERT INTO "Notification" (id, "userId", kind, "planId", "needId", data) VALUES ($1, $2, $3::"NotificationKind", $4, $5, '{}')`,
        [id, userId, subject.planId ? "PLAN_COMMENT" : "NEED_STATUS", subject.planId ?? null, subject.needId ?? null],
      );
    const unread = (id: string) => count('SELECT count(*) AS n FROM "Notification" WHERE id = $1 AND "readAt" IS NULL', [id]);
    const audits = () => count('SELECT count(*) AS n FROM "AuditEvent" WHERE action = \'notification.read\' AND "actorId" = $1', [ph.id]);
    const [need] = await query<{ id: string }>(database.url, 'SELECT id FROM "PartnerNeed" WHERE "stateCode" = \'PH\' LIMIT 1');
    const stamp = Date.now();
    await insert(`subject-own-${stamp}`, ph.id, { planId: PH_PLAN });
    await insert(`subject-need-${stamp}`, ph.id, { needId: need!.id });
    await insert(`subject-other-plan-${stamp}`, ph.id, { planId: VN_PLAN }); // a plan the officer may not see
    await insert(`subject-someone-else-${stamp}`, vn.id, { planId: PH_PLAN }); // another user's
    const before = await audits();

    expect(await notifications.markSubjectNotificationsRead(ph, { planId: PH_PLAN })).toBeGreaterThanOrEqual(1);
    expect(await unread(`subject-own-${stamp}`)).toBe(0);
    expect(await unread(`subject-need-${stamp}`)).toBe(1);
    expect(await audits()).toBe(before + 1);
    // Nothing left to mark: nothing written, no audit event.
    expect(await notifications.markSubjectNotificationsRead(ph, { planId: PH_PLAN })).toBe(0);
    expect(await audits()).toBe(before + 1);

    expect(await notifications.markSubjectNotificationsRead(ph, { needId: need!.id })).toBe(1);
    expect(await unread(`subject-need-${stamp}`)).toBe(0);
    // Out of the officer's sight, or someone else's: left alone.
    expect(await notifications.markSubjectNotificationsRead(ph, { planId: VN_PLAN })).toBe(0);
    expect(await unread(`subject-other-plan-${stamp}`)).toBe(1);
    expect(await unread(`subject-someone-else-${stamp}`)).toBe(1);
    // Anything but one plan or one need id is invalid input.
    for (const raw of [{}, { planId: PH_PLAN, needId: need!.id }, { planId: "x'; --" }, null]) {
      await expect(notifications.markSubjectNotificationsRead(ph, raw)).rejects.toBeInstanceOf(ValidationError);
    }
    await query(database.url, 'DELETE FROM "Notification" WHERE id LIKE $1', [`subject-%-${stamp}`]);
  });
});
