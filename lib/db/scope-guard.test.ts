import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { activityScope, needScope, planCommentScope, planNamedScope, planScope, programScope } from "@/lib/data/scope";
import { isScopedWhere, RELATIONS, SCOPED_MODELS, scopeRefusal, type GuardScope } from "@/lib/db/scope-guard";
import { sourceFiles } from "@/tests/support/source-files";

const PH: GuardScope = { stateCode: "PH", userId: "user-ph" };
const ph: Actor = { id: PH.userId, email: "liaison.ph@example.org", name: "PH", role: "LIAISON", stateCode: "PH" };
const planner: Actor = { id: "user-planner", email: "planner@example.org", name: "Planner", role: "PLANNER", stateCode: null };

const inPH = { participants: { some: { stateCode: "PH" } } };
const inVN = { participants: { some: { stateCode: "VN" } } };
const scoped = (model: string, where: unknown) => isScopedWhere(model, where, PH);

describe("the where of a liaison officer's read", () => {
  it("accepts every fragment of lib/data/scope.ts for the officer", () => {
    expect(scoped("Activity", activityScope(ph))).toBe(true);
    expect(scoped("Program", programScope(ph))).toBe(true);
    expect(scoped("ProgramPlan", planScope(ph))).toBe(true);
    expect(scoped("PartnerNeed", needScope(ph))).toBe(true);
    expect(scoped("PlanComment", { AND: [{ plan: planScope(ph) }, planCommentScope(ph)] })).toBe(true);
  });

  it("refuses the planners' empty fragments, a missing where and nonsense", () => {
    for (const model of ["Activity", "Program", "ProgramPlan", "PartnerNeed"]) {
      expect(scoped(model, {})).toBe(false);
      expect(scoped(model, undefined)).toBe(false);
      expect(scoped(model, null)).toBe(false);
      expect(scoped(model, "PH")).toBe(false);
    }
    expect(scoped("Activity", activityScope(planner))).toBe(false);
    expect(scoped("Program", programScope(planner))).toBe(false);
  });

  it("refuses another state's scope", () => {
    expect(scoped("Activity", inVN)).toBe(false);
    expect(scoped("PartnerNeed", { stateCode: "VN" })).toBe(false);
    expect(scoped("ProgramPlan", { sharedWith: { some: { code: "VN" } }, sharedAt: { not: null } })).toBe(false);
    expect(scoped("Program", { partnerStates: { some: { code: "VN" } } })).toBe(false);
  });

  it("reads the state as a value, equals, or an `in` of the state alone", () => {
    expect(scoped("PartnerNeed", { stateCode: "PH" })).toBe(true);
    expect(scoped("PartnerNeed", { stateCode: { equals: "PH" } })).toBe(true);
    expect(scoped("PartnerNeed", { stateCode: { in: ["PH"] } })).toBe(true);
    expect(scoped("PartnerNeed", { stateCode: { in: ["PH", "VN"] } })).toBe(false);
    expect(scoped("PartnerNeed", { stateCode: { in: [] } })).toBe(false);
    expect(scoped("PartnerNeed", { stateCode: { not: "VN" } })).toBe(false);
    expect(scoped("PartnerNeed", { stateCode: { contains: "PH" } })).toBe(false);
    expect(scoped("PartnerNeed", { stateCode: { equals: "PH", mode: "insensitive" } })).toBe(true);
  });

  it("finds the scope inside AND, as an array or an object, at any depth", () => {
    expect(scoped("Activity", { AND: [{ fiscalYear: 2025 }, inPH] })).toBe(true);
    expect(scoped("Activity", { AND: inPH })).toBe(true);
    expect(scoped("Activity", { AND: [{ AND: [{ AND: [inPH, { id: "x" }] }] }] })).toBe(true);
    expect(scoped("Activity", { AND: [{ fiscalYear: 2025 }, { id: "x" }] })).toBe(false);
  });

  it("takes an OR as scoped only when every branch is", () => {
    expect(scoped("Activity", { OR: [inPH, { id: "seed-demo-vn-activity" }] })).toBe(false);
    expect(scoped("Activity", { OR: [inPH, { AND: [inPH, { status: "PLANNED" }] }] })).toBe(true);
    expect(scoped("Activity", { AND: [{ OR: [{ title: { contains: "a" } }, { location: { contains: "a" } }] }, inPH] })).toBe(true);
    // An unscoped OR beside the scope narrows it: still scoped.
    expect(scoped("Activity", { ...inPH, OR: [{ id: "a" }, { id: "b" }] })).toBe(true);
    // An empty OR is not taken as a scope.
    expect(scoped("Activity", { OR: [] })).toBe(false);
  });

  it("combines the conditions around an OR with each of its branches", () => {
    const shared = { sharedWith: { some: { code: "PH" } } };
    expect(scoped("ProgramPlan", { sharedAt: { not: null }, status: "SHARED", OR: [shared, { ...shared, title: "x" }] })).toBe(true);
    expect(scoped("ProgramPlan", { sharedAt: { not: null }, status: "SHARED", OR: [shared, { title: "x" }] })).toBe(false);
    // Two OR groups: every combination of branches must be scoped.
    expect(scoped("Activity", { AND: [{ OR: [inPH, { id: "a" }] }, { OR: [inPH, inPH] }] })).toBe(true);
    expect(scoped("Activity", { AND: [{ OR: [inPH, { id: "a" }] }, { OR: [inPH, { id: "b" }] }] })).toBe(false);
  });

  it("never takes a negated scope, nor every / none, as the scope", () => {
    expect(scoped("Activity", { NOT: inVN })).toBe(false);
    expect(scoped("Activity", { NOT: [inVN] })).toBe(false);
    expect(scoped("Activity", { NOT: inPH })).toBe(false);
    expect(scoped("Activity", { participants: { every: { stateCode: "PH" } } })).toBe(false);
    expect(scoped("Activity", { participants: { none: { stateCode: { not: "PH" } } } })).toBe(false);
    expect(scoped("Activity", { participants: { some: { NOT: { stateCode: "VN" } } } })).toBe(false);
  });

  it("follows relation filters into the related model's rule", () => {
    expect(scoped("PlanYear", { plan: planScope(ph) })).toBe(true);
    expect(scoped("PlanYear", { plan: { is: planScope(ph) } })).toBe(true);
    expect(scoped("PlanYear", { plan: { isNot: planScope(ph) } })).toBe(false);
    expect(scoped("PlanYear", { planId: "seed-demo-vn-plan" })).toBe(false);
    expect(scoped("Milestone", { planYear: { plan: planScope(ph) } })).toBe(true);
    expect(scoped("Milestone", { planYear: { planId: "x" } })).toBe(false);
    expect(scoped("Activity", { participants: { some: { state: { code: "PH" } } } })).toBe(true);
    expect(scoped("Program", { activities: { some: activityScope(ph) } })).toBe(true);
    expect(scoped("Program", { activities: { some: { id: "x" } } })).toBe(false);
    expect(scoped("ActivityParticipant", { activity: activityScope(ph) })).toBe(true);
    expect(scoped("ActivityParticipant", { stateCode: "PH" })).toBe(true);
    expect(scoped("ActivityParticipant", { activityId: "x" })).toBe(false);
  });

  it("requires a shared plan to be shared, not only listed for the state", () => {
    expect(scoped("ProgramPlan", { sharedWith: { some: { code: "PH" } }, status: "SHARED" })).toBe(false);
    expect(scoped("ProgramPlan", { sharedWith: { some: { code: "PH" } }, sharedAt: { not: null }, status: "SHARED" })).toBe(true);
  });

  it("requires a plan a partner reads to be out of draft: shared before is not enough", () => {
    const shared = { sharedWith: { some: { code: "PH" } }, sharedAt: { not: null } };
    expect(scoped("ProgramPlan", shared)).toBe(false);
    expect(scoped("ProgramPlan", planNamedScope(ph))).toBe(false);
    expect(scoped("ProgramPlan", { ...shared, status: "DRAFT" })).toBe(false);
    expect(scoped("ProgramPlan", { ...shared, status: { in: ["SHARED", "DRAFT"] } })).toBe(false);
    expect(scoped("ProgramPlan", { ...shared, status: { not: "ARCHIVED" } })).toBe(false);
    expect(scoped("ProgramPlan", { ...shared, status: { in: ["SHARED", "IN_REVIEW", "APPROVED", "ARCHIVED"] } })).toBe(true);
    expect(scoped("ProgramPlan", { ...shared, status: { equals: "APPROVED" } })).toBe(true);
    // Through a relation too: a year or comment of a plan back in draft is not the officer's.
    expect(scoped("PlanYear", { plan: shared })).toBe(false);
    expect(scoped("PlanComment", { plan: shared, authorId: PH.userId })).toBe(false);
    expect(scoped("Program", { plans: { some: shared } })).toBe(false);
  });

  it("takes comments as scoped with their plan in scope and a visible author", () => {
    const plan = { plan: planScope(ph) };
    expect(scoped("PlanComment", plan)).toBe(false);
    expect(scoped("PlanComment", planCommentScope(ph))).toBe(false);
    expect(scoped("PlanComment", { ...plan, author: { role: { in: ["ADMIN", "PLANNER", "LIAISON"] } } })).toBe(false);
    expect(scoped("PlanComment", { ...plan, authorId: PH.userId })).toBe(true);
  });

  it("binds per-user rows to the officer", () => {
    expect(scoped("Notification", { userId: PH.userId, readAt: null })).toBe(true);
    expect(scoped("Notification", { userId: "someone-else" })).toBe(false);
    expect(scoped("Notification", { id: { in: ["n1"] } })).toBe(false);
    expect(scoped("PlanWatch", { userId_planId: { userId: PH.userId, planId: "p" } })).toBe(true);
    expect(scoped("PlanWatch", { userId_planId: { userId: "someone-else", planId: "p" } })).toBe(false);
    expect(scoped("PlanWatch", { AND: [{ planId: "p" }, { plan: planScope(ph) }] })).toBe(true);
    expect(scoped("PlanWatch", { planId: "p" })).toBe(false);
  });

  it("refuses a clause too large to check rather than spending minutes on it", () => {
    const groups = Array.from({ length: 30 }, (_, i) => ({ OR: [{ id: `a${i}` }, { id: `b${i}` }] }));
    const started = Date.now();
    expect(scoped("Activity", { AND: [...groups, { OR: [inPH, { id: "x" }] }] })).toBe(false);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe("a liaison officer's operation", () => {
  const refusal = (model: string | undefined, operation: string, args: unknown) => scopeRefusal(model, operation, args, PH);

  it("is refused as raw SQL, whatever the SQL", () => {
    for (const operation of ["$queryRaw", "$executeRaw", "$queryRawUnsafe", "$executeRawUnsafe"]) {
      expect(refusal(undefined, operation, {})).toMatch(/raw SQL/);
    }
  });

  it("is refused on JMOD-internal models, whatever the where", () => {
    for (const model of ["BudgetLine", "ConsultationRecord", "ActivityNonInvitation"]) {
      expect(refusal(model, "findMany", { where: { stateCode: "PH" } })).toMatch(/JMOD-internal/);
      expect(refusal(model, "count", {})).not.toBeNull();
    }
  });

  it("checks the where of every read operation of a scoped model", () => {
    for (const operation of [
      "findFirst",
      "findFirstOrThrow",
      "findUnique",
      "findUniqueOrThrow",
      "findMany",
      "count",
      "aggregate",
      "groupBy",
    ]) {
      expect(refusal("Activity", operation, { where: { id: "x" } })).toMatch(/lacks the state scope/);
      expect(refusal("Activity", operation, { where: { AND: [inPH, { id: "x" }] } })).toBeNull();
    }
    expect(refusal("Activity", "findMany", undefined)).not.toBeNull();
    expect(refusal("Activity", "findMany", {})).not.toBeNull();
  });

  it("lets reference data through", () => {
    expect(refusal("KeyArea", "findMany", {})).toBeNull();
    expect(refusal("PartnerState", "findUnique", { where: { code: "VN" } })).toBeNull();
    expect(refusal("User", "findUnique", { where: { id: "x" }, select: { name: true } })).toBeNull();
  });

  it("checks nested reads of scoped models through select, include and _count", () => {
    expect(refusal("KeyArea", "findMany", { select: { activities: true } })).toMatch(/KeyArea.activities reads Activity/);
    expect(refusal("KeyArea", "findMany", { include: { needs: { where: { stateCode: "VN" } } } })).not.toBeNull();
    expect(refusal("KeyArea", "findMany", { select: { activities: { where: activityScope(ph) } } })).toBeNull();
    expect(refusal("KeyArea", "findMany", { select: { _count: { select: { activities: true } } } })).toMatch(/counts Activity/);
    expect(refusal("KeyArea", "findMany", { select: { _count: { select: { activities: { where: activityScope(ph) } } } } })).toBeNull();
    expect(refusal("Program", "findMany", { where: programScope(ph), include: { _count: true } })).not.toBeNull();
    // Deep: a public model's relation inside a scoped one's.
    expect(refusal("Activity", "findMany", { where: inPH, select: { keyAreas: { select: { needs: true } } } })).toMatch(
      /Activity.keyAreas.needs/,
    );
    expect(
      refusal("PartnerState", "findMany", {
        select: { _count: { select: { participations: { where: { activity: activityScope(ph) } } } } },
      }),
    ).toBeNull();
  });

  it("lets through what a visible parent shows, and nothing internal", () => {
    const plan = { where: planScope(ph) };
    expect(
      refusal("Activity", "findFirst", { where: inPH, select: { participants: { select: { state: true } }, program: true } }),
    ).toBeNull();
    expect(refusal("Activity", "findFirst", { where: inPH, select: { nonInvitations: { select: { reason: true } } } })).toMatch(
      /ActivityNonInvitation/,
    );
    expect(refusal("Activity", "findFirst", { where: inPH, select: { nonInvitations: false } })).toBeNull();
    expect(refusal("Activity", "findFirst", { where: inPH, select: { plan: { select: { id: true, title: true } } } })).not.toBeNull();
    expect(
      refusal("ProgramPlan", "findFirst", { ...plan, select: { years: { select: { milestones: true, budgetLines: true } } } }),
    ).toMatch(/BudgetLine/);
    expect(
      refusal("ProgramPlan", "findFirst", { ...plan, select: { years: { select: { milestones: true, budgetLines: false } } } }),
    ).toBeNull();
    expect(refusal("ProgramPlan", "findFirst", { ...plan, select: { supersedes: { select: { id: true, revision: true } } } })).toBeNull();
    expect(refusal("ProgramPlan", "findFirst", { ...plan, select: { supersedes: { select: { id: true, summary: true } } } })).toMatch(
      /only id, revision/,
    );
    expect(refusal("ProgramPlan", "findFirst", { ...plan, select: { supersedes: true } })).not.toBeNull();
    expect(refusal("ProgramPlan", "findFirst", { ...plan, select: { comments: { where: planCommentScope(ph) } } })).toBeNull();
    expect(refusal("ProgramPlan", "findFirst", { ...plan, select: { comments: true } })).not.toBeNull();
    expect(
      refusal("ProgramPlan", "findFirst", {
        ...plan,
        select: { activities: { where: activityScope(ph) }, needs: { where: needScope(ph) } },
      }),
    ).toBeNull();
    expect(refusal("ProgramPlan", "findFirst", { ...plan, select: { needs: true } })).not.toBeNull();
  });

  it("names a plan shared with the state before, whatever its status, by its id alone", () => {
    const named = { where: { AND: [planNamedScope(ph), { id: "p", status: "DRAFT" }] } };
    expect(refusal("ProgramPlan", "findFirst", { ...named, select: { id: true } })).toBeNull();
    expect(refusal("ProgramPlan", "findMany", { ...named, select: { id: true, title: true } })).toMatch(/lacks the state scope/);
    expect(refusal("ProgramPlan", "findFirst", { ...named, select: { id: true, years: { select: { objectives: true } } } })).not.toBeNull();
    expect(refusal("ProgramPlan", "findFirst", { ...named, include: { years: true }, select: { id: true } })).not.toBeNull();
    expect(refusal("ProgramPlan", "findFirst", named)).not.toBeNull();
    expect(refusal("ProgramPlan", "count", named)).not.toBeNull();
    // Never shared with the state: not even named.
    expect(refusal("ProgramPlan", "findFirst", { where: { id: "p", status: "DRAFT" }, select: { id: true } })).not.toBeNull();
    expect(
      refusal("ProgramPlan", "findFirst", {
        where: { sharedWith: { some: { code: "VN" } }, sharedAt: { not: null } },
        select: { id: true },
      }),
    ).not.toBeNull();
  });

  it("allows the writes of the officer's own work only", () => {
    expect(refusal("PartnerNeed", "create", { data: { stateCode: "PH", title: "t", keyAreaCode: "K1" } })).toBeNull();
    expect(refusal("PartnerNeed", "create", { data: { stateCode: "VN", title: "t", keyAreaCode: "K1" } })).toMatch(/another state/);
    expect(refusal("PartnerNeed", "create", { data: { stateCode: "PH", plans: { connect: [{ id: "p" }] } } })).toMatch(/relation plans/);
    expect(refusal("PartnerNeed", "updateMany", { where: { stateCode: "PH" }, data: { status: "ADDRESSED" } })).not.toBeNull();
    expect(refusal("PlanComment", "create", { data: { planId: "p", authorId: PH.userId, body: "b" } })).toBeNull();
    expect(refusal("PlanComment", "create", { data: { planId: "p", authorId: "someone-else", body: "b" } })).not.toBeNull();
    expect(
      refusal("AuditEvent", "create", { data: { actorId: PH.userId, action: "a", entity: "e", entityId: "i" }, select: { id: true } }),
    ).toBeNull();
    expect(refusal("AuditEvent", "create", { data: { actorId: "someone-else", action: "a", entity: "e", entityId: "i" } })).not.toBeNull();
    for (const [model, operation] of [
      ["Activity", "update"],
      ["ProgramPlan", "updateMany"],
      ["Program", "create"],
      ["KeyArea", "update"],
      ["User", "update"],
      ["PlanYear", "deleteMany"],
    ] as const) {
      expect(refusal(model, operation, { where: { id: "x" }, data: {} })).toMatch(/not a liaison officer's write/);
    }
  });

  it("keeps per-user rows the officer's own", () => {
    const own = { userId_planId: { userId: PH.userId, planId: "p" } };
    expect(
      refusal("PlanWatch", "upsert", {
        where: own,
        create: { userId: PH.userId, planId: "p", following: true },
        update: { following: true },
      }),
    ).toBeNull();
    expect(refusal("PlanWatch", "upsert", { where: own, create: { userId: "someone-else", planId: "p" }, update: {} })).not.toBeNull();
    expect(
      refusal("PlanWatch", "upsert", {
        where: { userId_planId: { userId: "someone-else", planId: "p" } },
        create: { userId: PH.userId, planId: "p" },
        update: {},
      }),
    ).not.toBeNull();
    expect(refusal("PlanWatch", "update", { where: own, data: { userId: "someone-else" } })).toMatch(/another user/);
    expect(refusal("Notification", "updateMany", { where: { id: { in: ["n1"] } }, data: { readAt: new Date() } })).toMatch(/userId = self/);
    expect(
      refusal("Notification", "updateMany", { where: { userId: PH.userId, id: { in: ["n1"] } }, data: { readAt: new Date() } }),
    ).toBeNull();
    const fanOut = (kind: string) => ({ data: [{ userId: "planner", kind, planId: "p", data: { title: "t" } }] });
    expect(refusal("Notification", "createMany", fanOut("PLAN_COMMENT"))).toBeNull();
    expect(refusal("Notification", "createMany", fanOut("NEED_STATUS"))).not.toBeNull();
    expect(refusal("Notification", "createMany", fanOut("NEED_SUBMITTED"))).not.toBeNull(); // a plan named: refused
    const needFanOut = { data: [{ userId: "planner", kind: "NEED_SUBMITTED", needId: "n", data: { title: "t" } }] };
    expect(refusal("Notification", "createMany", needFanOut)).toBeNull();
    expect(refusal("Notification", "createMany", { data: [{ ...needFanOut.data[0], kind: "PLAN_SUBMITTED" }] })).not.toBeNull();
  });
});

describe("the guard's tables", () => {
  it("cover the models the design names", () => {
    for (const model of [
      "Activity",
      "ActivityParticipant",
      "ActivityNonInvitation",
      "ProgramPlan",
      "PlanYear",
      "PlanObjective",
      "Milestone",
      "BudgetLine",
      "ConsultationRecord",
      "PartnerNeed",
      "PlanComment",
      "Program",
      "Notification",
      "PlanWatch",
    ]) {
      expect(SCOPED_MODELS).toContain(model);
    }
  });

  it("name every relation of prisma/schema.prisma, with its target", () => {
    const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
    const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
    const names = new Set(models.map(([, name]) => name));
    const fromSchema: Record<string, Record<string, { target: string; list: boolean }>> = {};
    for (const [, name, body] of models) {
      for (const [, field, type, list] of body!.matchAll(/^\s+(\w+)\s+(\w+)(\[\])?\??/gm)) {
        if (!names.has(type!)) continue;
        (fromSchema[name!] ??= {})[field!] = { target: type!, list: list === "[]" };
      }
    }
    expect(RELATIONS).toEqual(fromSchema);
  });
});

describe("raw SQL in lib/data", () => {
  // A liaison officer's client refuses raw SQL; a call on db() must say where its scope is.
  it("says, before each call, how its scope is bound (`// scope: ...`)", () => {
    const files = sourceFiles("lib/data");
    const unmarked: string[] = [];
    let calls = 0;
    for (const file of files) {
      const lines = readFileSync(file, "utf8").split("\n");
      lines.forEach((line, i) => {
        if (!/\$(queryRaw|executeRaw)/.test(line)) return;
        calls += 1;
        if (!lines.slice(Math.max(0, i - 3), i + 1).some((before) => /\/\/ scope: \S/.test(before))) {
          unmarked.push(`${path.relative(process.cwd(), file)}:${i + 1}`);
        }
      });
    }
    expect(calls).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
  });
});
