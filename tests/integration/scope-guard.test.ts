// The second guard (lib/db/scope-guard.ts) against real PostgreSQL: a data function that forgets the
// state scope, run for a liaison officer, is refused - logged as an error, answered as "not found" -
// instead of returning another state's records. Planners' queries pass unchanged.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { PARTNER_PLAN_STATUSES } from "@/lib/domain/plan";
import { NotFoundError } from "@/lib/errors";
import type { ActivityFilters } from "@/lib/validation/activity-filters";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, rejection, seededDatabase } from "./helpers";

let database: TestDatabase;
let guard: typeof import("@/lib/db/scope-guard");
let dbModule: typeof import("@/lib/db/client");
let activities: typeof import("@/lib/data/activities/reads");
let plans: typeof import("@/lib/data/plans/reads");
let dashboard: typeof import("@/lib/data/insights/dashboard");
let ph: Actor;
let vn: Actor;
let planner: Actor;

const PH_PLAN = "seed-demo-ph-plan";
const VN_ACTIVITY = "seed-demo-vn-activity";

beforeAll(async () => {
  database = await seededDatabase("scope_guard");
  guard = await import("@/lib/db/scope-guard");
  dbModule = await import("@/lib/db/client");
  activities = await import("@/lib/data/activities/reads");
  plans = await import("@/lib/data/plans/reads");
  dashboard = await import("@/lib/data/insights/dashboard");
  ph = await actorByEmail(database.url, "liaison.ph@example.org");
  vn = await actorByEmail(database.url, "liaison.vn@example.org");
  planner = await actorByEmail(database.url, "planner@example.org");
});

afterAll(() => closeDatabase(database));
afterEach(() => vi.restoreAllMocks());

const count = async (sql: string, params: unknown[] = []) => Number((await query<{ n: string }>(database.url, sql, params))[0]?.n);
const activitiesOf = (state: string) =>
  count('SELECT count(DISTINCT "activityId") AS n FROM "ActivityParticipant" WHERE "stateCode" = $1', [state]);

/** The server log's error lines written while `work` runs. */
async function errorLogOf(work: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await work();
  } finally {
    vi.restoreAllMocks();
  }
  return lines
    .flatMap((line) => line.split("\n"))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.level === "error");
}

/** listActivities as it would be with its scope forgotten: the filters only, no activityScope. */
async function listActivitiesWithoutScope(actor: Actor, filters: Partial<ActivityFilters>) {
  assertCan(actor, "activity:read");
  const where: Prisma.ActivityWhereInput = { AND: filters.program ? [{ programId: filters.program }] : [] };
  const [rows, total] = await Promise.all([
    guard.scopedDb(actor).activity.findMany({ where, select: { id: true, title: true }, orderBy: { id: "asc" }, take: 20 }),
    guard.scopedDb(actor).activity.count({ where }),
  ]);
  return { rows, total };
}

/** getPlan's load by id, with planScope forgotten (what a probe of /plans/<id> would reach). */
async function getPlanWithoutScope(actor: Actor, id: string) {
  assertCan(actor, "plan:read");
  const plan = await guard.scopedDb(actor).programPlan.findFirst({ where: { id }, select: { id: true, title: true, summary: true } });
  if (!plan) throw new NotFoundError("plan");
  return plan;
}

describe("a liaison officer's client", () => {
  it("refuses an unscoped query as not found, and logs it as an error", async () => {
    let error: unknown;
    const logged = await errorLogOf(async () => {
      error = await rejection(guard.scopedDb(ph).activity.findMany({}));
    });
    expect(error).toBeInstanceOf(guard.ScopeViolationError);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe("notFound");
    expect(logged).toEqual([
      expect.objectContaining({
        action: "db.scope-guard",
        outcome: "refused",
        actorId: ph.id,
        stateCode: "PH",
        model: "Activity",
        operation: "findMany",
      }),
    ]);
  });

  it("refuses another state's scope, and lets the officer's own through with exactly their records", async () => {
    await expect(guard.scopedDb(ph).activity.findMany({ where: { participants: { some: { stateCode: "VN" } } } })).rejects.toBeInstanceOf(
      guard.ScopeViolationError,
    );
    const own = await guard
      .scopedDb(ph)
      .activity.findMany({ where: { participants: { some: { stateCode: "PH" } } }, select: { id: true } });
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBe(await activitiesOf("PH"));
    expect(own.map((activity) => activity.id)).not.toContain(VN_ACTIVITY);
  });

  it("refuses a scope that one OR branch escapes, and a negated scope", async () => {
    const own = { participants: { some: { stateCode: "PH" } } };
    await expect(guard.scopedDb(ph).activity.findMany({ where: { OR: [own, { id: VN_ACTIVITY }] } })).rejects.toBeInstanceOf(
      guard.ScopeViolationError,
    );
    await expect(
      guard.scopedDb(ph).activity.count({ where: { NOT: { participants: { some: { stateCode: "VN" } } } } }),
    ).rejects.toBeInstanceOf(guard.ScopeViolationError);
  });

  it("refuses a real data function with its scope forgotten: the officer gets nothing", async () => {
    // The copy would return Viet Nam's bilateral activity among others to liaison.ph...
    const everything = await listActivitiesWithoutScope(planner, {});
    expect(everything.total).toBe(await count('SELECT count(*) AS n FROM "Activity"'));
    expect(everything.total).toBeGreaterThan(await activitiesOf("PH"));
    // ...and is refused for them, filters or not.
    await expect(listActivitiesWithoutScope(ph, {})).rejects.toBeInstanceOf(guard.ScopeViolationError);
    await expect(listActivitiesWithoutScope(vn, {})).rejects.toBeInstanceOf(NotFoundError);
    // A probe of another state's plan by id is "not found", like a plan that does not exist.
    const vnPlan = (await query<{ id: string }>(database.url, `SELECT id FROM "ProgramPlan" WHERE id = 'seed-demo-vn-plan'`))[0]!.id;
    await expect(getPlanWithoutScope(ph, vnPlan)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getPlanWithoutScope(planner, vnPlan)).resolves.toMatchObject({ id: vnPlan });
  });

  it("refuses a nested read that forgets the scope of a relation, and JMOD's internal records", async () => {
    const client = guard.scopedDb(ph);
    await expect(client.keyArea.findMany({ select: { code: true, activities: { select: { id: true } } } })).rejects.toBeInstanceOf(
      guard.ScopeViolationError,
    );
    await expect(client.keyArea.findMany({ select: { code: true, _count: { select: { needs: true } } } })).rejects.toBeInstanceOf(
      guard.ScopeViolationError,
    );
    const ownPlan = {
      AND: [
        { id: PH_PLAN },
        { sharedWith: { some: { code: "PH" } } },
        { sharedAt: { not: null } },
        { status: { in: [...PARTNER_PLAN_STATUSES] } },
      ],
    };
    await expect(
      client.programPlan.findFirst({ where: ownPlan, select: { id: true, needs: { select: { id: true } } } }),
    ).rejects.toBeInstanceOf(guard.ScopeViolationError);
    await expect(
      client.programPlan.findFirst({ where: ownPlan, select: { years: { select: { budgetLines: true } } } }),
    ).rejects.toBeInstanceOf(guard.ScopeViolationError);
    await expect(client.budgetLine.findMany({ where: { planYear: { plan: ownPlan } } })).rejects.toBeInstanceOf(guard.ScopeViolationError);
    await expect(client.programPlan.findFirst({ where: ownPlan, select: { id: true } })).resolves.toEqual({ id: PH_PLAN });
  });

  it("guards interactive transactions too", async () => {
    await expect(guard.scopedDb(ph).$transaction(async (tx) => tx.activity.findMany({ select: { id: true } }))).rejects.toBeInstanceOf(
      guard.ScopeViolationError,
    );
    const n = await guard.scopedDb(ph).$transaction((tx) => tx.activity.count({ where: { participants: { some: { stateCode: "PH" } } } }));
    expect(n).toBe(await activitiesOf("PH"));
  });

  it("refuses raw SQL, which it cannot read", async () => {
    await expect(guard.scopedDb(ph).$queryRaw`SELECT id FROM "Activity"`).rejects.toBeInstanceOf(guard.ScopeViolationError);
    await expect(guard.scopedDb(ph).$executeRawUnsafe(`UPDATE "Activity" SET title = title WHERE false`)).rejects.toBeInstanceOf(
      guard.ScopeViolationError,
    );
    await expect(guard.scopedDb(ph).$transaction((tx) => tx.$queryRaw`SELECT 1`)).rejects.toBeInstanceOf(guard.ScopeViolationError);
  });

  it("refuses writes that are not the officer's own, and writes nothing", async () => {
    const vnNeeds = await count(`SELECT count(*) AS n FROM "PartnerNeed" WHERE "stateCode" = 'VN'`);
    await expect(
      guard.scopedDb(ph).partnerNeed.create({
        data: { stateCode: "VN", title: "Not ours", keyAreaCode: "K1", submittedById: ph.id },
        select: { id: true },
      }),
    ).rejects.toBeInstanceOf(guard.ScopeViolationError);
    expect(await count(`SELECT count(*) AS n FROM "PartnerNeed" WHERE "stateCode" = 'VN'`)).toBe(vnNeeds);
    const [before] = await query<{ title: string; version: number }>(database.url, 'SELECT title, version FROM "Activity" WHERE id = $1', [
      VN_ACTIVITY,
    ]);
    await expect(
      guard
        .scopedDb(ph)
        .activity.updateMany({ where: { id: VN_ACTIVITY, participants: { some: { stateCode: "PH" } } }, data: { title: "Renamed" } }),
    ).rejects.toBeInstanceOf(guard.ScopeViolationError);
    expect((await query(database.url, 'SELECT title, version FROM "Activity" WHERE id = $1', [VN_ACTIVITY]))[0]).toEqual(before);
    // The officer's own need goes through.
    const created = await guard
      .scopedDb(ph)
      .partnerNeed.create({ data: { stateCode: "PH", title: "Ours", keyAreaCode: "K1", submittedById: ph.id }, select: { id: true } });
    expect(await count(`SELECT count(*) AS n FROM "PartnerNeed" WHERE id = $1 AND "stateCode" = 'PH'`, [created.id])).toBe(1);
  });

  it("is one client per officer, and the real data functions pass through it", async () => {
    expect(guard.scopedDb(ph)).toBe(guard.scopedDb(ph));
    expect(guard.scopedDb(ph)).not.toBe(guard.scopedDb(vn));
    expect((await activities.listActivities(ph, { page: 1 })).total).toBe(await activitiesOf("PH"));
    expect((await plans.getPlan(ph, PH_PLAN)).id).toBe(PH_PLAN);
    expect((await dashboard.getDashboard(ph)).activitiesTotal).toBe(await activitiesOf("PH"));
  });
});

describe("a planner's client", () => {
  it("is the plain client: an unscoped query passes", async () => {
    expect(guard.scopedDb(planner)).toBe(dbModule.db());
    const all = await guard.scopedDb(planner).activity.findMany({ select: { id: true } });
    expect(all.length).toBe(await count('SELECT count(*) AS n FROM "Activity"'));
    expect(all.map((activity) => activity.id)).toContain(VN_ACTIVITY);
    await expect(guard.scopedDb(planner).$queryRaw`SELECT 1 AS one`).resolves.toEqual([{ one: 1 }]);
  });
});
