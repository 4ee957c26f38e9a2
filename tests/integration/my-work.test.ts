// "My work" against real PostgreSQL, per role: what each list holds, that a planner is never offered
// their own plan to approve, that a liaison officer never sees another state's records, that lists
// stay bounded, and that the navigation's count is the sum of the page's counts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";
import { completeIndicator } from "./indicator-fixtures";

let database: TestDatabase;
let work: typeof import("@/lib/data/my-work/reads");
let editing: typeof import("@/lib/data/plans/reads") & typeof import("@/lib/data/plans/writes");
let needs: typeof import("@/lib/data/needs/reads") & typeof import("@/lib/data/needs/writes");
let comments: typeof import("@/lib/data/comments/writes");
let afterAction: typeof import("@/lib/data/after-action/reads");
let planner: Actor;
let planner2: Actor;
let admin: Actor;
let vn: Actor;
let ph: Actor;

const DAY = 86_400_000;
const now = new Date();
const isoDay = (offsetDays: number) => new Date(now.getTime() + 9 * 3_600_000 + offsetDays * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  database = await seededDatabase("my_work");
  work = await import("@/lib/data/my-work/reads");
  editing = { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) };
  needs = { ...(await import("@/lib/data/needs/reads")), ...(await import("@/lib/data/needs/writes")) };
  comments = await import("@/lib/data/comments/writes");
  afterAction = await import("@/lib/data/after-action/reads");
  planner = await actorByEmail(database.url, "planner@example.org");
  planner2 = await actorByEmail(database.url, "planner2@example.org");
  admin = await actorByEmail(database.url, "admin@example.org");
  vn = await actorByEmail(database.url, "liaison.vn@example.org");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
});

afterAll(() => closeDatabase(database));

async function jmod(actor: Actor) {
  const result = await work.getMyWork(actor, { now });
  if (result.role !== "jmod") throw new Error("expected JMOD's My work");
  return result;
}
async function liaison(actor: Actor) {
  const result = await work.getMyWork(actor, { now });
  if (result.role !== "liaison") throw new Error("expected a liaison officer's My work");
  return result;
}

/** A plan of the SRCP (every ASEAN state a partner), ready to leave draft, with one milestone per year. */
async function readyPlan(
  author: Actor,
  title: string,
  milestones: (fiscalYear: number) => { dueDate: string; status?: "PENDING" | "DONE" }[],
) {
  const { id } = await editing.createPlan(author, { programId: "seed-program-srcp", title, firstFiscalYear: 2026, lastFiscalYear: 2027 });
  const current = await editing.getPlanForEditing(author, id);
  const values = {
    ...current.values,
    sustainment: "Partner navies run the course from FY2029.",
    years: current.values.years.map((year) => ({
      ...year,
      objectives: [{ text: `Objective ${year.fiscalYear}` }],
      milestones: milestones(year.fiscalYear).map((m, i) => ({
        title: `${title}: milestone ${year.fiscalYear}.${i + 1}`,
        dueDate: m.dueDate,
        status: m.status ?? ("PENDING" as const),
      })),
    })),
    indicators: [completeIndicator(2026, 2027)],
  };
  const { version } = await editing.savePlan(author, id, { ...values, version: current.plan.version });
  return { id, version };
}

describe("JMOD staff's My work", () => {
  it("offers plans in review to approve, never the planner's own", async () => {
    const inReview = await query<{ id: string; authorId: string }>(
      database.url,
      `SELECT id, "authorId" FROM "ProgramPlan" WHERE status = 'IN_REVIEW' ORDER BY id`,
    );
    expect(inReview.length).toBeGreaterThan(0);
    // planner@ submits their own plan: planner2 and the admin are offered it, planner@ is not.
    let version = (await editing.getPlanForEditing(planner, "seed-demo-plan-bn-fy2026")).plan.version;
    ({ version } = await editing.transitionPlan(planner, { planId: "seed-demo-plan-bn-fy2026", version, transition: "share" }));
    await editing.transitionPlan(planner, { planId: "seed-demo-plan-bn-fy2026", version, transition: "submit" });

    const mine = (await jmod(planner)).toApprove!;
    const other = (await jmod(planner2)).toApprove!;
    const admins = (await jmod(admin)).toApprove!;
    expect(mine.rows.map((p) => p.id)).not.toContain("seed-demo-plan-bn-fy2026");
    expect(other.rows.map((p) => p.id)).toContain("seed-demo-plan-bn-fy2026");
    expect(admins.rows.map((p) => p.id)).toContain("seed-demo-plan-bn-fy2026");
    for (const [actor, section] of [
      [planner, mine],
      [planner2, other],
    ] as const) {
      const expected = (
        await query<{ id: string }>(
          database.url,
          `SELECT id FROM "ProgramPlan" WHERE status = 'IN_REVIEW' AND "authorId" <> $1 ORDER BY id`,
          [actor.id],
        )
      ).map((p) => p.id);
      expect(section.count).toBe(expected.length);
      expect(section.rows.map((p) => p.id).sort()).toEqual(expected.slice(0, work.MY_WORK_LIMIT).sort());
    }
  });

  it("lists the needs to triage, newest first; a triaged one leaves the list", async () => {
    const { id } = await needs.submitNeed(vn, {
      title: "Hydrographic survey course",
      description: "",
      keyAreaCode: "K2",
      priority: "HIGH",
    });
    const before = (await jmod(planner)).toTriage!;
    expect(before.rows[0]).toMatchObject({ id, title: "Hydrographic survey course", stateCode: "VN", status: "SUBMITTED" });
    const [submitted] = await query<{ n: string }>(database.url, `SELECT count(*) AS n FROM "PartnerNeed" WHERE status = 'SUBMITTED'`);
    expect(before.count).toBe(Number(submitted!.n));
    const need = await needs.getNeed(planner, id);
    await needs.triageNeed(planner, { needId: id, version: need.version, step: "acknowledge" });
    const after = (await jmod(planner)).toTriage!;
    expect(after.rows.map((n) => n.id)).not.toContain(id);
    expect(after.count).toBe(before.count - 1);
  });

  it("lists milestones due within 14 days or late on plans the planner authors or follows, not done ones nor others'", async () => {
    const { id } = await readyPlan(planner, "Milestone watch", (fy) =>
      fy === 2026
        ? [{ dueDate: isoDay(5) }, { dueDate: isoDay(-3) }, { dueDate: isoDay(30) }, { dueDate: isoDay(2), status: "DONE" }]
        : [{ dueDate: "2027-09-30" }],
    );
    const mine = (await jmod(planner)).milestones.rows.filter((m) => m.planId === id);
    expect(mine.map((m) => [m.title, m.late])).toEqual([
      ["Milestone watch: milestone 2026.2", true],
      ["Milestone watch: milestone 2026.1", false],
    ]);
    // planner2 does not follow it, then does; the admin never did.
    expect((await jmod(planner2)).milestones.rows.some((m) => m.planId === id)).toBe(false);
    await comments.setPlanFollowing(planner2, { planId: id, following: "true" });
    expect((await jmod(planner2)).milestones.rows.filter((m) => m.planId === id)).toHaveLength(2);
    expect((await jmod(admin)).milestones.rows.some((m) => m.planId === id)).toBe(false);
    // The author stops following: gone from their list.
    await comments.setPlanFollowing(planner, { planId: id, following: "false" });
    expect((await jmod(planner)).milestones.rows.some((m) => m.planId === id)).toBe(false);
  });

  it("lists after-action reports overdue or due within 14 days on the planner's plans; an admin sees every overdue one", async () => {
    // A conducted activity without a report, on planner@'s plan, that ended 20 days ago: due in 10 days.
    const [activity] = await query<{ id: string }>(
      database.url,
      `SELECT a.id FROM "Activity" a WHERE a.status = 'CONDUCTED' AND a."planId" IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id) ORDER BY a.id LIMIT 1`,
    );
    const [plan] = await query<{ id: string }>(
      database.url,
      `SELECT p.id FROM "ProgramPlan" p WHERE p."authorId" = $1 AND p.status = 'APPROVED' ORDER BY p.id LIMIT 1`,
      [planner.id],
    );
    await query(
      database.url,
      `UPDATE "Activity" SET "planId" = $2, "startDate" = $3::date, "endDate" = $3::date, "fiscalYear" = 2026 WHERE id = $1`,
      [activity!.id, plan!.id, isoDay(-20)],
    );
    const mine = (await jmod(planner)).reports!;
    const row = mine.rows.find((r) => r.id === activity!.id);
    expect(row).toMatchObject({ overdue: false });
    expect(row!.dueOn.toISOString().slice(0, 10)).toBe(isoDay(10));
    // Every row of planner@'s is on a plan they author or follow.
    const ids = mine.rows.map((r) => r.id);
    const [outside] = await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "Activity" a JOIN "ProgramPlan" p ON p.id = a."planId" WHERE a.id = ANY($1) AND p."authorId" <> $2
         AND NOT EXISTS (SELECT 1 FROM "PlanWatch" w WHERE w."planId" = p.id AND w."userId" = $2 AND w.following)`,
      [ids, planner.id],
    );
    expect(Number(outside!.n)).toBe(0);
    // The admin: not their plan and not yet overdue, so not listed; every overdue report is.
    const admins = (await jmod(admin)).reports!;
    expect(admins.rows.map((r) => r.id)).not.toContain(activity!.id);
    // The admin authors and follows no plan: every row is overdue, by at most a year (older ones are left
    // to the activity list); the most recent overdue reports of the whole register are among them.
    const yearAgo = new Date(`${isoDay(-work.MY_WORK_REPORTS_BACK_DAYS)}T00:00:00Z`).getTime();
    expect(admins.rows.length).toBeGreaterThan(0);
    expect(admins.rows.every((r) => r.overdue && r.dueOn.getTime() >= yearAgo)).toBe(true);
    const overdue = (await afterAction.listOverdueReports(admin, { limit: work.MY_WORK_LIMIT }))!;
    const recent = overdue.rows.filter((r) => r.dueOn.getTime() >= yearAgo).map((r) => r.id);
    expect(admins.rows.map((r) => r.id)).toEqual(expect.arrayContaining(recent.slice(0, 3)));
  });

  it("lists plans followed with comments by others since last opened; opening them clears it", async () => {
    await comments.addPlanComment(vn, { planId: "seed-demo-vn-plan", body: "Could the course start in May?" });
    const listed = (await jmod(planner2)).comments.rows.find((p) => p.id === "seed-demo-vn-plan");
    expect(listed?.count).toBeGreaterThanOrEqual(1);
    await comments.markPlanCommentsSeen(planner2, { planId: "seed-demo-vn-plan", latest: new Date(Date.now() + 1000).toISOString() });
    expect((await jmod(planner2)).comments.rows.some((p) => p.id === "seed-demo-vn-plan")).toBe(false);
  });

  it("counts in the navigation what the page counts of the decisions waiting, in one bounded statement", async () => {
    for (const actor of [planner, planner2, admin]) {
      const page = await jmod(actor);
      // The navigation counts the decisions waiting (plans to approve, needs to triage, milestones).
      const counted = [page.toApprove, page.toTriage, page.milestones];
      const sum = counted.reduce((total, section) => total + (section?.count ?? 0), 0);
      expect(await work.countMyWork(actor, { now })).toBe(sum);
      for (const section of [...counted, page.reports, page.comments]) {
        expect(section!.rows.length).toBeLessThanOrEqual(work.MY_WORK_LIMIT);
        expect(section!.count).toBeLessThanOrEqual(work.MY_WORK_COUNT_CAP + 1);
      }
    }
  });
});

describe("a liaison officer's My work", () => {
  it("lists plans newly shared with their state, never another state's", async () => {
    // The Philippines' bilateral plan, shared today; the SRCP's plan (every ASEAN state), shared today.
    await query(database.url, `UPDATE "ProgramPlan" SET "sharedAt" = now() WHERE id = 'seed-demo-ph-plan'`);
    const { id, version } = await readyPlan(planner, "Shared with all", () => [{ dueDate: "2027-01-31" }]);
    await editing.transitionPlan(planner, { planId: id, version, transition: "share" });
    const phWork = await liaison(ph);
    const vnWork = await liaison(vn);
    expect(phWork.shared.rows.map((p) => p.id)).toEqual(expect.arrayContaining(["seed-demo-ph-plan", id]));
    expect(vnWork.shared.rows.map((p) => p.id)).toContain(id);
    expect(vnWork.shared.rows.map((p) => p.id)).not.toContain("seed-demo-ph-plan");
    // Every plan listed is shared with the officer's own state.
    for (const [actor, rows] of [
      [vn, vnWork.shared.rows],
      [ph, phWork.shared.rows],
    ] as const) {
      const [foreign] = await query<{ n: string }>(
        database.url,
        `SELECT count(*) AS n FROM unnest($1::text[]) AS x(id)
         WHERE NOT EXISTS (SELECT 1 FROM "_PlanSharedWith" s WHERE s."B" = x.id AND s."A" = $2)`,
        [rows.map((p) => p.id), actor.stateCode],
      );
      expect(Number(foreign!.n)).toBe(0);
    }
  });

  it("lists their state's needs whose status changed, never another state's", async () => {
    const { id: vnNeed } = await needs.submitNeed(vn, {
      title: "Port security exchange",
      description: "",
      keyAreaCode: "K2",
      priority: "MEDIUM",
    });
    const { id: phNeed } = await needs.submitNeed(ph, {
      title: "Coast watch radar training",
      description: "",
      keyAreaCode: "K2",
      priority: "HIGH",
    });
    expect((await liaison(vn)).needs.rows.map((n) => n.id)).not.toContain(vnNeed); // submitted, not changed
    for (const id of [vnNeed, phNeed]) {
      const need = await needs.getNeed(planner, id);
      await needs.triageNeed(planner, { needId: id, version: need.version, step: "acknowledge" });
    }
    const vnNeeds = (await liaison(vn)).needs.rows;
    expect(vnNeeds.find((n) => n.id === vnNeed)).toMatchObject({ status: "ACKNOWLEDGED", stateCode: "VN" });
    expect(vnNeeds.map((n) => n.id)).not.toContain(phNeed);
    expect(vnNeeds.every((n) => n.stateCode === "VN")).toBe(true);
    expect((await liaison(ph)).needs.rows.map((n) => n.id)).toContain(phNeed);
  });

  it("lists their state's activities starting in the next 30 days, and counts only what is news", async () => {
    const vnWork = await liaison(vn);
    const [expected] = await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "Activity" a WHERE a."startDate" BETWEEN $1::date AND $2::date AND a.status <> 'CANCELLED'
         AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'VN')`,
      [isoDay(0), isoDay(30)],
    );
    expect(vnWork.activities.count).toBe(Math.min(Number(expected!.n), work.MY_WORK_COUNT_CAP + 1));
    const [foreign] = await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM unnest($1::text[]) AS x(id)
       WHERE NOT EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = x.id AND p."stateCode" = 'VN')`,
      [vnWork.activities.rows.map((a) => a.id)],
    );
    expect(Number(foreign!.n)).toBe(0);
    expect(await work.countMyWork(vn, { now })).toBe(vnWork.shared.count + vnWork.needs.count);
  });

  it("has no JMOD lists: a liaison officer's page holds only their state's", async () => {
    const result = await work.getMyWork(ph, { now });
    expect(result.role).toBe("liaison");
    expect(Object.keys(result).sort()).toEqual(["activities", "needs", "role", "shared", "today"]);
  });
});

describe("the header's counts", () => {
  it("count the unread notifications in the same statement as the notifications page counts them", async () => {
    const notifications = await import("@/lib/data/notifications/reads");
    // A liaison officer's notifications about a plan no longer shared with their state, and about
    // another state's need, are theirs but not visible: neither way of counting counts them.
    const [foreignPlan] = await query<{ id: string }>(
      database.url,
      `SELECT pl.id FROM "ProgramPlan" pl WHERE NOT EXISTS (SELECT 1 FROM "_PlanSharedWith" s WHERE s."B" = pl.id AND s."A" = 'VN') LIMIT 1`,
    );
    const [foreignNeed] = await query<{ id: string }>(database.url, `SELECT id FROM "PartnerNeed" WHERE "stateCode" <> 'VN' LIMIT 1`);
    await query(database.url, `INSERT INTO "Notification" (id, "userId", kind, "planId") VALUES ('hc-1', $1, 'PLAN_SHARED', $2)`, [
      vn.id,
      foreignPlan!.id,
    ]);
    await query(database.url, `INSERT INTO "Notification" (id, "userId", kind, "needId") VALUES ('hc-2', $1, 'NEED_STATUS', $2)`, [
      vn.id,
      foreignNeed!.id,
    ]);
    for (const actor of [planner, planner2, admin, vn, ph]) {
      const counts = await work.headerCounts(actor, { now });
      expect(counts.unread, actor.email).toBe(await notifications.countUnreadNotifications(actor));
      expect(counts.waiting, actor.email).toBe(await work.countMyWork(actor, { now }));
    }
    const [raw] = await query<{ n: string }>(
      database.url,
      `SELECT count(*) AS n FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL`,
      [vn.id],
    );
    expect((await work.headerCounts(vn, { now })).unread).toBeLessThanOrEqual(Number(raw!.n) - 2);
  });
});
