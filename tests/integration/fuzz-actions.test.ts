// Property-based tests of every server action's way in, against the seeded database. Each target is
// the action's body: the lib/data function called with a planner's, an admin's or a liaison officer's
// actor and the input as the action passes it (FormData made into an object, or the values), inside
// the real action wrapper (runAction, lib/actions/result.ts) with the real message catalogs. Inputs are
// arbitrary and adversarial (any value; the fields with hostile texts, numbers, lists, files and
// prototype keys; valid inputs with some fields broken or dropped). For each call:
//   - it succeeds, or throws one of the app's expected errors (ValidationError, NotFoundError,
//     ConflictError, InvalidStateError, RuleViolationError), never anything else;
//   - when it throws, no row of any table changed (row-level triggers count every committed write);
//   - no thrown message or field error holds a stack trace, SQL, a path or an ORM name;
//   - the answer a user would see is one of the known texts in their language, never "unexpected".
// FUZZ_RUNS runs per target (1,000 by default; `npm run fuzz` runs 10,000). The server actions are those
// the scanner of app/ finds (tests/authz/app-endpoints.ts, as for the authorization matrix): a test fails
// when it finds one without a target here, or a target names an action that is gone.
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, InvalidStateError, NotFoundError, RuleViolationError, SafeError, ValidationError } from "@/lib/errors";
import { stepsFrom } from "@/lib/domain/need";
import { notificationMarkSchema } from "@/lib/validation/notification";
import { PLAN_TRANSITIONS } from "@/lib/domain/plan";
import type { PlanInput } from "@/lib/validation/plan";
import type { TestDatabase } from "@/scripts/lib/test-database";
import {
  adversarialForm,
  adversarialRecord,
  formValue,
  FUZZ_RUNS,
  fuzzParameters,
  fuzzTimeout,
  INTERNAL_TEXT,
  Tally,
  toFormData,
  wireAdversarialValue,
  wireValue,
  withOwn,
  type FormValue,
  type FuzzCount,
} from "@/tests/fuzz/inputs";
import { scanApplication } from "@/tests/authz/app-endpoints";
import { ACTIONS, actionKey, entryKey, type Rule } from "@/tests/authz/registry";
import { completeIndicator } from "./indicator-fixtures";
import { actorByEmail, closeDatabase, query, seededDatabase, tableCounts } from "./helpers";

// ---------------------------------------------------------------- the action wrapper's language

// runAction answers in the user's language through next-intl; outside Next these are the real
// catalogs and formatter, in the locale each run picks. A missing message is recorded, and fails.
const intl = vi.hoisted(() => ({ locale: "en" as "en" | "ja", missing: [] as string[] }));

vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/i18n/messages");
  const catalogs = { en: await loadMessages("en"), ja: await loadMessages("ja") };
  return {
    getLocale: async () => intl.locale,
    getTranslations: async (namespace?: string) =>
      createTranslator({
        locale: intl.locale,
        messages: catalogs[intl.locale],
        namespace: namespace as never,
        onError: (error: Error) => void intl.missing.push(error.message),
        getMessageFallback: ({ namespace: ns, key }: { namespace?: string; key: string }) => `MISSING:${ns ? `${ns}.` : ""}${key}`,
      }),
    getFormatter: async () => createFormatter({ locale: intl.locale, timeZone: "Asia/Tokyo" }),
  };
});

// ---------------------------------------------------------------- set-up

let database: TestDatabase;
let client: Client;
let runAction: typeof import("@/lib/actions/result").runAction;
let actors: Record<"admin" | "planner" | "liaison", Actor>;
let ids: {
  savePlan: string;
  transitionPlan: string;
  approvedPlan: string;
  program: string;
  activity: string;
  need: string;
  victim: string;
  framework: string;
  conducted: string;
};
let data: {
  afterAction: typeof import("@/lib/data/after-action/reads") & typeof import("@/lib/data/after-action/writes");
  planEditing: typeof import("@/lib/data/plans/reads") & typeof import("@/lib/data/plans/writes");
  plans: typeof import("@/lib/data/plans/reads");
  comments: typeof import("@/lib/data/comments/reads") & typeof import("@/lib/data/comments/writes");
  programs: typeof import("@/lib/data/programs/reads") & typeof import("@/lib/data/programs/writes");
  activities: typeof import("@/lib/data/activities/reads") & typeof import("@/lib/data/activities/writes");
  needs: typeof import("@/lib/data/needs/reads") & typeof import("@/lib/data/needs/writes");
  notifications: typeof import("@/lib/data/notifications/reads") & typeof import("@/lib/data/notifications/writes");
  users: typeof import("@/lib/data/users/reads") & typeof import("@/lib/data/users/writes");
  reference: typeof import("@/lib/data/reference/admin-reads") & typeof import("@/lib/data/reference/writes");
  signIn: typeof import("@/lib/auth/sign-in");
  account: typeof import("@/lib/data/users/account");
  indicators: typeof import("@/lib/data/indicators/writes");
  clientAddress: typeof import("@/lib/auth/client-address");
  spending: typeof import("@/lib/data/spending/writes");
};
/** Ids and codes that exist (of several kinds and states), to mix with the made-up ones. */
let known: string[];
/** The planner's password at the start of the password change's fuzz, and as each saved change left it. */
const FUZZ_PASSWORD = "the fuzz's current password";
let fuzzPassword = FUZZ_PASSWORD;
let passwordChanges = 0;

const SHARED_WITH_PH = "seed-demo-ph-plan";
const APPROVED_PLAN = "seed-demo-plan-kh-fy2025";
const MULTILATERAL = "seed-program-srcp";

/**
 * Counts every committed row change per table: a write that a refused call makes and rolls back
 * leaves the counts as they were; one it keeps does not. (In a schema of its own: tableCounts and the
 * app see only "public".)
 */
async function installWriteCounter(url: string): Promise<void> {
  const tables = await query<{ table_name: string }>(
    url,
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  );
  const statements = [
    "CREATE SCHEMA fuzz",
    "CREATE TABLE fuzz.writes (tbl text PRIMARY KEY, n bigint NOT NULL)",
    `CREATE FUNCTION fuzz.count_write() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       INSERT INTO fuzz.writes AS w (tbl, n) VALUES (TG_TABLE_NAME, 1) ON CONFLICT (tbl) DO UPDATE SET n = w.n + 1;
       RETURN NULL;
     END $$`,
    ...tables.map(({ table_name }) => {
      const name = `"${table_name.replace(/"/g, '""')}"`;
      return `CREATE TRIGGER fuzz_count_write AFTER INSERT OR UPDATE OR DELETE ON public.${name} FOR EACH ROW EXECUTE FUNCTION fuzz.count_write()`;
    }),
  ];
  for (const sql of statements) await query(url, sql);
}

async function writes(): Promise<Record<string, number>> {
  const { rows } = await client.query<{ tbl: string; n: string }>("SELECT tbl, n FROM fuzz.writes");
  return Object.fromEntries(rows.map((row) => [row.tbl, Number(row.n)]));
}

function changedTables(before: Record<string, number>, after: Record<string, number>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]).sort();
}

let tables: string[];

/** Every table's row count and a checksum of its content: an independent check of the write counter. */
async function snapshot(): Promise<Record<string, string>> {
  const sql = tables
    .map(
      (table) =>
        `SELECT '${table}' AS tbl, count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS sum FROM public."${table}" t`,
    )
    .join(" UNION ALL ");
  const { rows } = await client.query<{ tbl: string; sum: string }>(sql);
  return Object.fromEntries(rows.map((row) => [row.tbl, row.sum]));
}

const version = async (sql: string, param: string): Promise<number> =>
  Number((await client.query<{ version: number }>(sql, [param])).rows[0]?.version ?? 1);

beforeAll(async () => {
  database = await seededDatabase("fuzz_actions");
  client = new Client({ connectionString: database.url });
  await client.connect();
  ({ runAction } = await import("@/lib/actions/result"));
  data = {
    afterAction: { ...(await import("@/lib/data/after-action/reads")), ...(await import("@/lib/data/after-action/writes")) },
    planEditing: { ...(await import("@/lib/data/plans/reads")), ...(await import("@/lib/data/plans/writes")) },
    plans: await import("@/lib/data/plans/reads"),
    comments: { ...(await import("@/lib/data/comments/reads")), ...(await import("@/lib/data/comments/writes")) },
    programs: { ...(await import("@/lib/data/programs/reads")), ...(await import("@/lib/data/programs/writes")) },
    activities: { ...(await import("@/lib/data/activities/reads")), ...(await import("@/lib/data/activities/writes")) },
    needs: { ...(await import("@/lib/data/needs/reads")), ...(await import("@/lib/data/needs/writes")) },
    notifications: { ...(await import("@/lib/data/notifications/reads")), ...(await import("@/lib/data/notifications/writes")) },
    users: { ...(await import("@/lib/data/users/reads")), ...(await import("@/lib/data/users/writes")) },
    reference: { ...(await import("@/lib/data/reference/admin-reads")), ...(await import("@/lib/data/reference/writes")) },
    signIn: await import("@/lib/auth/sign-in"),
    account: await import("@/lib/data/users/account"),
    indicators: await import("@/lib/data/indicators/writes"),
    clientAddress: await import("@/lib/auth/client-address"),
    spending: await import("@/lib/data/spending/writes"),
  };
  actors = {
    admin: await actorByEmail(database.url, "admin@example.org"),
    planner: await actorByEmail(database.url, "planner@example.org"),
    liaison: await actorByEmail(database.url, "liaison.ph@example.org"),
  };
  const planner2 = await actorByEmail(database.url, "planner2@example.org");

  // Records of the fuzz's own, so that what succeeds changes them and not what other targets use.
  const { createPlan } = data.planEditing;
  const programValues = (await data.programs.getProgramForEdit(actors.planner, MULTILATERAL)).values;
  // A multilateral program like SRCP: plans made and saved by the fuzz belong to it, not to SRCP,
  // whose lifecycle plan below has to stay clear of the principles' refusals.
  const program = await data.programs.createProgram(actors.planner, { ...programValues, nameEn: "Fuzz: program", nameJa: "ファズ計画" });
  const savePlan = await createPlan(actors.planner, {
    programId: program.id,
    title: "Fuzz: saved plan",
    firstFiscalYear: 2026,
    lastFiscalYear: 2028,
  });
  // Spending lines of the fuzz's own plan, for the change and delete targets (each valid delete takes one).
  for (let i = 1; i <= 40; i++) {
    await data.spending.recordSpendingLine(actors.planner, {
      planId: savePlan.id,
      spentOn: "2026-06-01",
      category: "TRAVEL",
      amountJpy: String(10_000 * i),
      description: `Fuzz line ${i}`,
    });
  }
  const transitionPlan = await createPlan(planner2, {
    programId: MULTILATERAL,
    title: "Fuzz: plan through its lifecycle",
    firstFiscalYear: 2026,
    lastFiscalYear: 2028,
  });
  // Content enough for the principles to let it be shared and submitted (T2, T3).
  const lifecycle = (await data.plans.getPlanForEditing(planner2, transitionPlan.id)).values;
  await data.planEditing.savePlan(planner2, transitionPlan.id, filled(lifecycle));
  const [seedActivity] = await query<{ id: string }>(
    database.url,
    `SELECT a.id FROM "Activity" a JOIN "ProgramPlan" p ON p.id = a."planId" WHERE p.status <> 'ARCHIVED' AND a."startDate" > now() ORDER BY a.id LIMIT 1`,
  );
  const activityValues = (await data.activities.getActivityForEdit(actors.planner, seedActivity!.id)).values;
  const activity = await data.activities.createActivity(actors.planner, { ...activityValues, title: "Fuzz: activity" });
  const need = await data.needs.submitNeed(actors.liaison, { title: "Fuzz: need", description: "", keyAreaCode: "K1", priority: "HIGH" });
  const victim = await data.users.createUser(actors.admin, {
    name: "Fuzz victim",
    email: "fuzz.victim@example.org",
    role: "PLANNER",
    stateCode: "",
    password: "a long fuzz password",
  });
  await data.reference.createFramework(actors.admin, {
    code: "FUZZ_FW",
    kind: "FORUM",
    nameEn: "Fuzz forum",
    nameJa: "ファズ会合",
    descriptionEn: "",
    descriptionJa: "",
    parentCode: "",
    establishedOn: "2020-01-01",
    sortOrder: 90,
  });
  // Something to read: the officer's notifications (the need acknowledged, a plan shared).
  await data.needs.triageNeed(actors.planner, { needId: need.id, version: 1, step: "acknowledge" });
  // A conducted activity the Philippines took part in, with a report that has a follow-up to close and reopen.
  const [conducted] = await query<{ id: string }>(
    database.url,
    `SELECT a.id FROM "Activity" a WHERE a.status = 'CONDUCTED'
       AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH') ORDER BY a."startDate" DESC, a.id LIMIT 1`,
  );
  const report = await data.afterAction.getReportEditor(actors.planner, conducted!.id);
  await data.afterAction.saveAfterActionReport(actors.planner, conducted!.id, {
    ...report.values,
    doneVsPlanned: report.values.doneVsPlanned || "Fuzz: done",
    results: report.values.results || "Fuzz: results",
    followUps: [...report.values.followUps, { action: "Fuzz: follow up", owner: "Fuzz office", dueDate: "2027-01-15", closedOn: null }],
    version: report.version,
  });
  ids = {
    conducted: conducted!.id,
    savePlan: savePlan.id,
    transitionPlan: transitionPlan.id,
    approvedPlan: APPROVED_PLAN,
    program: program.id,
    activity: activity.id,
    need: need.id,
    victim: victim.id,
    framework: "FUZZ_FW",
  };
  const sample = async (sql: string) => (await query<{ id: string }>(database.url, sql)).map((row) => row.id);
  known = [
    ...Object.values(ids),
    ...(await sample(`SELECT id FROM "ProgramPlan" ORDER BY status, id LIMIT 12`)),
    ...(await sample(`SELECT id FROM "Program" ORDER BY id LIMIT 4`)),
    ...(await sample(`SELECT id FROM "Activity" ORDER BY id LIMIT 4`)),
    ...(await sample(`SELECT id FROM "PartnerNeed" ORDER BY id LIMIT 6`)),
    ...(await sample(`SELECT id FROM "User" ORDER BY id LIMIT 5`)),
    ...(await sample(`SELECT id FROM "Notification" ORDER BY id LIMIT 3`)),
    ...(await sample(`SELECT code AS id FROM "Framework" ORDER BY code LIMIT 3`)),
    actors.admin.id,
    "K1",
    "K3",
    "M2",
    "E1",
    "PH",
    "VN",
    "JP",
    "AU",
  ];
  await query(database.url, `UPDATE "User" SET "passwordHash" = $1 WHERE id = $2`, [
    await (await import("@/lib/security/password")).hashPassword(FUZZ_PASSWORD),
    actors.planner.id,
  ]);
  tables = Object.keys(await tableCounts(database.url))
    .filter((table) => /^[A-Za-z_]+$/.test(table))
    .sort();
  await installWriteCounter(database.url);
}, 300_000);

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

/** Makes inputs that must be new each time (an email, a code) new. */
let serial = 0;
let signInClock = Date.now();

afterAll(async () => {
  await client?.end();
  await closeDatabase(database);
});

// ---------------------------------------------------------------- the targets

type Form = Record<string, FormValue>;
type Values = Record<string, unknown>;

/** What the property generates: an input as is, or a valid input (read live) with fields changed. */
type Recipe<T> = { raw: T } | { changes: [number, T[keyof T] | null][] };

interface Target<T extends Values> {
  /** Who calls it: a class of caller the authorization registry allows on the action (checked below). */
  actor: "admin" | "planner" | "liaison";
  /** The input's fields, for adversarial records. */
  keys: readonly string[];
  /** Whether the action takes FormData (texts and files) rather than values (any serializable value). */
  form: boolean;
  /** The keys are the action's own arguments (planId, values): each is always there, as anything. */
  args?: boolean;
  /** A valid input now: live versions, existing records. */
  valid: () => Promise<T>;
  /** The action's body, as the action runs it: the lib/data function it calls, with the input shaped as it passes it. */
  call: (actor: Actor, input: T, locale: string) => Promise<unknown>;
  /** Tables a refused call may still write: a failed sign-in is recorded and audited. */
  refusalMayWrite?: string[];
  /** For a call that answers a refusal instead of throwing it (signing in): its kind. */
  refusal?: (result: unknown) => string | undefined;
  /** Values worth trying in any field: existing ids, codes, steps. */
  plausible?: () => unknown[];
}

const fromForm = (fields: Form) => Object.fromEntries(toFormData(fields));

function target<T extends Values>(t: Target<T>): Target<Values> {
  return t as unknown as Target<Values>;
}

/**
 * One target per server action, by the key under which the scanner of app/ (tests/authz/app-endpoints.ts)
 * and the authorization registry (tests/authz/registry.ts) know it: "action <file>#<exported name>".
 */
const TARGETS_BY_KEY: Record<string, Target<Values>> = {
  // ------------------------------------------------------------ plans
  [actionKey("app/(portal)/plans/actions.ts", "createPlanAction")]: target<Form>({
    actor: "planner",
    form: true,
    keys: ["programId", "title", "firstFiscalYear", "lastFiscalYear", "needId", "consultationOn", "consultationWith"],
    valid: async () => ({
      programId: ids.program,
      title: "Fuzz: new plan",
      firstFiscalYear: "2026",
      lastFiscalYear: "2027",
      consultationOn: "",
      consultationWith: "",
    }),
    call: (actor, input) => data.planEditing.createPlan(actor, fromForm(input)),
    plausible: () => ["seed-program-bilateral-ph", "seed-demo-ph-need", "2026-05-01", "Defence ministry", "2099", "2000"],
  }),
  [actionKey("app/(portal)/plans/actions.ts", "savePlanAction")]: target<{ planId: unknown; values: unknown }>({
    actor: "planner",
    form: false,
    keys: ["planId", "values"],
    args: true,
    valid: async () => ({ planId: ids.savePlan, values: (await data.plans.getPlanForEditing(actors.planner, ids.savePlan)).values }),
    call: (actor, input) => data.planEditing.savePlan(actor, typeof input.planId === "string" ? input.planId : "", input.values),
    // JSON a client may send as the id: an object whose toString is not a function.
    plausible: () => [{ toString: 0 }, { toString: "x", valueOf: null }],
  }),
  [actionKey("app/(portal)/plans/actions.ts", "transitionPlanAction")]: target<Form>({
    actor: "planner",
    form: true,
    keys: ["planId", "version", "transition", "reason"],
    valid: async () => {
      const [plan] = await query<{ version: number; status: string }>(
        database.url,
        'SELECT version, status::text AS status FROM "ProgramPlan" WHERE id = $1',
        [ids.transitionPlan],
      );
      // Round and round: shared, submitted, returned to draft (approving ends the cycle: a mutation may do it).
      const next: Record<string, string> = {
        DRAFT: "share",
        SHARED: "submit",
        IN_REVIEW: "returnToDraft",
        APPROVED: "archive",
        ARCHIVED: "share",
      };
      return {
        planId: ids.transitionPlan,
        version: String(plan?.version),
        transition: next[plan?.status ?? "DRAFT"] ?? "share",
        reason: "Needs another look",
      };
    },
    call: (actor, input) => data.planEditing.transitionPlan(actor, fromForm(input)),
    plausible: () => [...PLAN_TRANSITIONS, ...PLAN_TRANSITIONS, "1", "2", "3"],
  }),
  [actionKey("app/(portal)/plans/actions.ts", "newRevisionAction")]: target<Form>({
    actor: "planner",
    form: true,
    keys: ["planId", "version"],
    valid: async () => ({
      planId: ids.approvedPlan,
      version: String(await version('SELECT version FROM "ProgramPlan" WHERE id = $1', ids.approvedPlan)),
    }),
    call: (actor, input) => data.planEditing.startNewRevision(actor, fromForm(input)),
  }),
  [actionKey("app/(portal)/plans/comment-actions.ts", "addPlanCommentAction")]: target<Form>({
    actor: "liaison",
    form: true,
    keys: ["planId", "body"],
    valid: async () => ({ planId: SHARED_WITH_PH, body: "Thank you: our navy agrees with the schedule." }),
    call: (actor, input) => data.comments.addPlanComment(actor, fromForm(input)),
  }),
  [actionKey("app/(portal)/plans/indicator-actions.ts", "recordIndicatorActualAction")]: target<Form>({
    actor: "planner",
    form: true,
    keys: ["indicatorId", "fiscalYear", "version", "value", "measuredOn", "evidence"],
    valid: async () => {
      // The lifecycle plan's indicator, at its FY2026 actual's live version (0 before the first).
      const { rows } = await client.query<{ id: string; version: number | null }>(
        `SELECT i.id, x.version FROM "PlanIndicator" i LEFT JOIN "IndicatorActual" x ON x."indicatorId" = i.id AND x."fiscalYear" = 2026
         WHERE i."planId" = $1 ORDER BY i.position LIMIT 1`,
        [ids.transitionPlan],
      );
      return {
        indicatorId: rows[0]!.id,
        fiscalYear: "2026",
        version: String(rows[0]!.version ?? 0),
        value: "5",
        measuredOn: "2026-11-01",
        evidence: "Fuzz: roster",
      };
    },
    call: (actor, input) => data.indicators.recordIndicatorActual(actor, fromForm(input)),
    plausible: () => ["2026", "2027", "0", "1", "-1", "1e12", "NaN", "12.5"],
  }),
  [actionKey("app/(portal)/plans/comment-actions.ts", "setPlanFollowingAction")]: target<Form>({
    actor: "liaison",
    form: true,
    keys: ["planId", "following"],
    valid: async () => ({ planId: SHARED_WITH_PH, following: "true" }),
    call: (actor, input) => data.comments.setPlanFollowing(actor, fromForm(input)),
    plausible: () => ["true", "false"],
  }),
  [actionKey("app/(portal)/plans/comment-actions.ts", "markPlanCommentsSeenAction")]: target<{ planId: unknown; latest: unknown }>({
    actor: "planner",
    form: false,
    keys: ["planId", "latest"],
    args: true,
    valid: async () => ({ planId: SHARED_WITH_PH, latest: new Date().toISOString() }),
    call: (actor, input) => data.comments.markPlanCommentsSeen(actor, { planId: input.planId, latest: input.latest }),
    plausible: () => ["2026-01-01T00:00:00Z", "2100-01-01T00:00:00.000Z", "0000-01-01T00:00:00Z", null],
  }),
  // ------------------------------------------------------------ spending
  [actionKey("app/(portal)/plans/spending-actions.ts", "recordSpendingLineAction")]: target<Values>({
    actor: "planner",
    form: false,
    keys: ["planId", "spentOn", "category", "amountJpy", "description", "activityId"],
    valid: async () => {
      const [plan] = await query<{ first: number }>(database.url, `SELECT "firstFiscalYear" AS first FROM "ProgramPlan" WHERE id = $1`, [
        ids.savePlan,
      ]);
      return {
        planId: ids.savePlan,
        spentOn: `${plan!.first}-07-01`,
        category: "VENUE",
        amountJpy: "125000",
        description: "Fuzz: venue",
        activityId: "",
      };
    },
    call: (actor, input) => data.spending.recordSpendingLine(actor, input),
    plausible: () => ["-1", "0", "1.5", "1e3", "１０００", "", "TRAVEL", "OTHER", "2026-03-31", "2026-04-01", "2100-04-01", ids.activity],
  }),
  [actionKey("app/(portal)/plans/spending-actions.ts", "updateSpendingLineAction")]: target<{ id: unknown; values: Values }>({
    actor: "planner",
    form: false,
    keys: ["id", "values"],
    args: true,
    valid: async () => {
      const [line] = await query<{ id: string; version: number; values: Values }>(
        database.url,
        `SELECT id, version, json_build_object('spentOn', to_char("spentOn", 'YYYY-MM-DD'), 'category', category::text,
           'amountJpy', "amountJpy"::text, 'description', description, 'activityId', COALESCE("activityId", '')) AS "values"
         FROM "SpendingLine" WHERE "planId" = $1 ORDER BY id LIMIT 1`,
        [ids.savePlan],
      );
      return { id: line?.id ?? "gone", values: { ...line?.values, version: line?.version ?? 1 } };
    },
    call: (actor, input) => data.spending.updateSpendingLine(actor, typeof input.id === "string" ? input.id : "", input.values),
  }),
  [actionKey("app/(portal)/plans/spending-actions.ts", "deleteSpendingLineAction")]: target<Values>({
    actor: "planner",
    form: false,
    keys: ["id", "version"],
    valid: async () => {
      const [line] = await query<{ id: string; version: number }>(
        database.url,
        `SELECT id, version FROM "SpendingLine" WHERE "planId" = $1 ORDER BY id DESC LIMIT 1`,
        [ids.savePlan],
      );
      return { id: line?.id ?? "gone", version: line?.version ?? 1 };
    },
    call: (actor, input) => data.spending.deleteSpendingLine(actor, input),
  }),
  // ------------------------------------------------------------ programs and activities
  [actionKey("app/(portal)/programs/actions.ts", "createProgramAction")]: target<Values>({
    actor: "planner",
    form: false,
    keys: [
      "kind",
      "partnerStateCode",
      "nameEn",
      "nameJa",
      "descriptionEn",
      "descriptionJa",
      "ends",
      "approaches",
      "keyAreas",
      "means",
      "frameworks",
    ],
    valid: async () => ({
      ...(await data.programs.getProgramForEdit(actors.planner, MULTILATERAL)).values,
      nameEn: "Fuzz: created program",
    }),
    call: (actor, input) => data.programs.createProgram(actor, input),
    plausible: () => ["BILATERAL", "MULTILATERAL", "PH", "JP", ["K1"], ["M2"], ["E1"], ["ADMM_PLUS"], []],
  }),
  [actionKey("app/(portal)/programs/actions.ts", "updateProgramAction")]: target<{ id: unknown; values: Values }>({
    actor: "planner",
    form: false,
    keys: ["id", "values"],
    args: true,
    valid: async () => {
      const { version: current, values } = await data.programs.getProgramForEdit(actors.planner, ids.program);
      return { id: ids.program, values: { ...values, version: current } };
    },
    call: (actor, input) => data.programs.updateProgram(actor, typeof input.id === "string" ? input.id : "", input.values),
    plausible: () => [{ toString: 0 }],
  }),
  [actionKey("app/(portal)/activities/actions.ts", "createActivityAction")]: target<Values>({
    actor: "planner",
    form: false,
    keys: [
      "programId",
      "planId",
      "kind",
      "title",
      "titleJa",
      "description",
      "means",
      "keyAreas",
      "startDate",
      "endDate",
      "location",
      "hostStateCode",
      "participants",
      "status",
      "outcomes",
      "frameworkCode",
      "nonInvitations",
      "needIds",
      "consultations",
    ],
    valid: async () => ({
      ...(await data.activities.getActivityForEdit(actors.planner, ids.activity)).values,
      title: "Fuzz: created activity",
    }),
    call: (actor, input) => data.activities.createActivity(actor, input),
    plausible: () => [
      "2026-06-01",
      "2026-05-31",
      "2101-03-31",
      [{ stateCode: "PH", role: "HOST", participantCount: 5 }],
      [{ stateCode: "JP", reason: "Not ASEAN" }],
      ["seed-demo-ph-need"],
      "PH",
      "JP",
    ],
  }),
  [actionKey("app/(portal)/activities/actions.ts", "updateActivityAction")]: target<{ id: unknown; values: Values }>({
    actor: "planner",
    form: false,
    keys: ["id", "values"],
    args: true,
    valid: async () => {
      const { version: current, values } = await data.activities.getActivityForEdit(actors.planner, ids.activity);
      return { id: ids.activity, values: { ...values, version: current } };
    },
    call: (actor, input) => data.activities.updateActivity(actor, typeof input.id === "string" ? input.id : "", input.values),
    plausible: () => [{ toString: 0 }],
  }),
  [actionKey("app/(portal)/plans/actions.ts", "copyPlanAction")]: target<Form>({
    actor: "planner",
    form: true,
    keys: ["planId", "firstFiscalYear"],
    valid: async () => ({ planId: ids.approvedPlan, firstFiscalYear: "2040" }),
    call: (actor, input) => data.planEditing.copyPlan(actor, fromForm(input)),
    plausible: () => ["2000", "2100", "2101", "1999", "2040.5", ids.savePlan],
  }),
  // ------------------------------------------------------------ after-action reports and feedback
  [actionKey("app/(portal)/activities/after-action-actions.ts", "saveAfterActionReportAction")]: target<{ id: unknown; values: Values }>({
    actor: "planner",
    form: false,
    keys: ["id", "values"],
    args: true,
    valid: async () => {
      const { version: current, values } = await data.afterAction.getReportEditor(actors.planner, ids.conducted);
      return { id: ids.conducted, values: { ...values, version: current } };
    },
    call: (actor, input) => data.afterAction.saveAfterActionReport(actor, typeof input.id === "string" ? input.id : "", input.values),
    plausible: () => [{ toString: 0 }],
  }),
  [actionKey("app/(portal)/activities/after-action-actions.ts", "setFollowUpClosedAction")]: target<Form>({
    actor: "planner",
    form: true,
    keys: ["activityId", "followUpId", "version", "step"],
    valid: async () => {
      const { version: current, values } = await data.afterAction.getReportEditor(actors.planner, ids.conducted);
      const followUp = values.followUps.at(-1);
      return {
        activityId: ids.conducted,
        followUpId: followUp?.id ?? "",
        version: String(current),
        step: followUp?.closedOn ? "reopen" : "close",
      };
    },
    call: (actor, input) => data.afterAction.setFollowUpClosed(actor, fromForm(input)),
    plausible: () => ["close", "reopen", "reopen", ids.activity],
  }),
  [actionKey("app/(portal)/activities/after-action-actions.ts", "saveFeedbackAction")]: target<Form>({
    actor: "liaison",
    form: true,
    keys: ["activityId", "version", "usefulness", "fit", "comment", "stateCode"],
    valid: async () => {
      const mine = (await data.afterAction.getAfterActionSection(actors.liaison, ids.conducted)).feedback[0];
      return { activityId: ids.conducted, version: mine ? String(mine.version) : "", usefulness: "4", fit: "5", comment: "Fuzz: useful" };
    },
    call: (actor, input) => data.afterAction.saveFeedback(actor, fromForm(input)),
    plausible: () => ["1", "5", "0", "6", "x", "VN", ids.activity],
  }),
  // ------------------------------------------------------------ needs
  [actionKey("app/(portal)/needs/actions.ts", "submitNeedAction")]: target<Form>({
    actor: "liaison",
    form: true,
    keys: ["title", "description", "keyAreaCode", "priority", "stateCode"],
    valid: async () => ({ title: "Fuzz: coastal radar maintenance", description: "", keyAreaCode: "K1", priority: "HIGH" }),
    call: (actor, input) => data.needs.submitNeed(actor, fromForm(input)),
    plausible: () => ["K1", "K2", "K9", "LOW", "MEDIUM", "", "VN"],
  }),
  [actionKey("app/(portal)/needs/actions.ts", "triageNeedAction")]: target<Form>({
    actor: "planner",
    form: true,
    keys: ["needId", "version", "step", "reason", "planIds", "activityIds"],
    valid: async () => {
      const [need] = await query<{ version: number; status: string }>(
        database.url,
        'SELECT version, status::text AS status FROM "PartnerNeed" WHERE id = $1',
        [ids.need],
      );
      const steps = stepsFrom(need?.status ?? "SUBMITTED").filter((step) => step !== "address");
      return {
        needId: ids.need,
        version: String(need?.version),
        step: steps[serial++ % Math.max(1, steps.length)] ?? "reopen",
        reason: "Outside this year's budget",
      };
    },
    call: (actor, input) => {
      const formData = toFormData(input);
      const raw = { ...Object.fromEntries(formData), planIds: formData.getAll("planIds"), activityIds: formData.getAll("activityIds") };
      return data.needs.triageNeed(actor, raw);
    },
    plausible: () => [
      "acknowledge",
      "decline",
      "address",
      "reopen",
      "reopen",
      SHARED_WITH_PH,
      ids.activity,
      ["seed-demo-ph-plan", "seed-demo-ph-plan"],
    ],
  }),
  // ------------------------------------------------------------ notifications
  [actionKey("app/(portal)/notifications/actions.ts", "markNotificationsReadAction")]: target<Form>({
    actor: "liaison",
    form: true,
    keys: ["id", "upTo"],
    valid: async () => ({ id: "all", upTo: new Date().toISOString() }),
    call: async (actor, input) => {
      const { parseInput } = await import("@/lib/validation/parse");
      const { id, upTo } = parseInput(notificationMarkSchema, fromForm(input));
      return data.notifications.markNotificationsRead(actor, id === "all" ? "all" : [id], upTo ? new Date(upTo) : undefined);
    },
    plausible: () => ["all", "2000-01-01T00:00:00Z", "2100-12-31T23:59:59Z", "0000-01-01T00:00:00Z"],
  }),
  [actionKey("app/(portal)/notifications/actions.ts", "markSubjectNotificationsReadAction")]: target<{ planId: unknown }>({
    actor: "liaison",
    form: false,
    keys: ["planId"],
    args: true,
    valid: async () => ({ planId: SHARED_WITH_PH }),
    call: (actor, input) => data.notifications.markSubjectNotificationsRead(actor, { planId: input.planId }),
  }),
  [actionKey("app/(portal)/notifications/actions.ts", "openNotificationAction")]: target<Form>({
    actor: "liaison",
    form: true,
    keys: ["id", "upTo"],
    valid: async () => {
      const [row] = await query<{ id: string }>(
        database.url,
        'SELECT id FROM "Notification" WHERE "userId" = $1 ORDER BY "createdAt" DESC LIMIT 1',
        [actors.liaison.id],
      );
      return { id: row?.id ?? "all" };
    },
    call: async (actor, input) => {
      const { parseInput } = await import("@/lib/validation/parse");
      const { id } = parseInput(notificationMarkSchema, fromForm(input));
      return data.notifications.openNotification(actor, id);
    },
  }),
  // ------------------------------------------------------------ user administration
  [actionKey("app/(portal)/admin/users/actions.ts", "createUserAction")]: target<Form>({
    actor: "admin",
    form: true,
    keys: ["name", "email", "role", "stateCode", "password"],
    valid: async () => ({
      name: "Fuzz: new user",
      email: `fuzz.new.${serial++}@example.org`,
      role: "LIAISON",
      stateCode: "PH",
      password: "a long fuzz password",
    }),
    call: (actor, input) => data.users.createUser(actor, fromForm(input)),
    plausible: () => ["ADMIN", "PLANNER", "LIAISON", "PH", "JP", "", "planner@example.org", "FUZZ@EXAMPLE.ORG", "x".repeat(12)],
  }),
  [actionKey("app/(portal)/admin/users/actions.ts", "updateUserRoleAction")]: target<Form>({
    actor: "admin",
    form: true,
    keys: ["userId", "version", "role", "stateCode"],
    valid: async () => ({
      userId: ids.victim,
      version: String(await version('SELECT version FROM "User" WHERE id = $1', ids.victim)),
      role: "PLANNER",
      stateCode: "",
    }),
    call: (actor, input) => data.users.updateUserRole(actor, fromForm(input)),
    plausible: () => ["ADMIN", "PLANNER", "LIAISON", "PH", "JP", "", actors.admin.id],
  }),
  [actionKey("app/(portal)/admin/users/actions.ts", "setUserDisabledAction")]: target<Form>({
    actor: "admin",
    form: true,
    keys: ["userId", "version", "disabled"],
    valid: async () => ({
      userId: ids.victim,
      version: String(await version('SELECT version FROM "User" WHERE id = $1', ids.victim)),
      disabled: "true",
    }),
    call: (actor, input) => data.users.setUserDisabled(actor, fromForm(input)),
    plausible: () => ["true", "false", actors.admin.id],
  }),
  [actionKey("app/(portal)/admin/users/actions.ts", "resetUserPasswordAction")]: target<Form>({
    actor: "admin",
    form: true,
    keys: ["userId", "version", "password"],
    valid: async () => ({
      userId: ids.victim,
      version: String(await version('SELECT version FROM "User" WHERE id = $1', ids.victim)),
      password: "another long password",
    }),
    call: (actor, input) => data.users.resetUserPassword(actor, fromForm(input)),
  }),
  [actionKey("app/(portal)/admin/users/actions.ts", "signOutEverywhereAction")]: target<Form>({
    actor: "admin",
    form: true,
    keys: ["userId", "version"],
    valid: async () => ({ userId: ids.victim, version: String(await version('SELECT version FROM "User" WHERE id = $1', ids.victim)) }),
    call: (actor, input) => data.users.signOutEverywhere(actor, fromForm(input)),
    plausible: () => [actors.admin.id],
  }),
  // ------------------------------------------------------------ reference data
  [actionKey("app/(portal)/admin/reference/actions.ts", "updateReferenceTextAction")]: target<Values>({
    actor: "admin",
    form: false,
    keys: ["kind", "code", "version", "titleEn", "titleJa", "descriptionEn", "descriptionJa"],
    valid: async () => {
      const text = await data.reference.getReferenceTextForEdit(actors.admin, "keyArea", "K3");
      return { kind: "keyArea", code: "K3", version: text.version, ...text.values };
    },
    call: (actor, input) => data.reference.updateReferenceText(actor, input),
    plausible: () => ["end", "principle", "approach", "keyArea", "means", "E1", "H", "A2", "M5", "K9"],
  }),
  [actionKey("app/(portal)/admin/reference/actions.ts", "updateFrameworkAction")]: target<Values>({
    actor: "admin",
    form: false,
    keys: ["code", "version", "kind", "nameEn", "nameJa", "descriptionEn", "descriptionJa", "parentCode", "establishedOn", "sortOrder"],
    valid: async () => {
      const framework = await data.reference.getFrameworkForEdit(actors.admin, ids.framework);
      return { code: ids.framework, version: framework.version, ...framework.values };
    },
    call: (actor, input) => data.reference.updateFramework(actor, input),
    plausible: () => ["ADMM_PLUS", "ARF", "FUZZ_FW", "EWG_MS", "FORUM", "MINISTERIAL", "WORKING_GROUP", "ASEAN Regional Forum", 1, 9999],
  }),
  [actionKey("app/(portal)/admin/reference/actions.ts", "createFrameworkAction")]: target<Values>({
    actor: "admin",
    form: false,
    keys: ["code", "kind", "nameEn", "nameJa", "descriptionEn", "descriptionJa", "parentCode", "establishedOn", "sortOrder"],
    valid: async () => ({
      code: `FUZZ_NEW_${++serial}`,
      kind: "WORKING_GROUP",
      nameEn: `Fuzz: working group ${serial}`,
      nameJa: `ファズ作業部会 ${serial}`,
      descriptionEn: "",
      descriptionJa: "",
      parentCode: "ADMM_PLUS",
      establishedOn: "",
      sortOrder: "91",
    }),
    call: (actor, input) => data.reference.createFramework(actor, input),
    plausible: () => ["ADMM_PLUS", "FUZZ_FW", "EWG_MS", "fuzz_lower", "FORUM", "1900-01-01", "2100-12-31"],
  }),
  [actionKey("app/(portal)/admin/reference/actions.ts", "updatePartnerStateAction")]: target<Values>({
    actor: "admin",
    form: false,
    keys: ["code", "version", "nameEn", "nameJa", "isAsean", "aseanMemberSince", "admmPlus"],
    valid: async () => {
      const state = await data.reference.getStateForEdit(actors.admin, "AU");
      return { code: "AU", version: state.version, ...state.values };
    },
    call: (actor, input) => data.reference.updatePartnerState(actor, input),
    plausible: () => ["AU", "PH", "TL", "JP", true, false, "true", "false", "1967-08-08", null],
  }),
  // ------------------------------------------------------------ one's own account
  [actionKey("app/(portal)/account/actions.ts", "changePasswordAction")]: target<Form>({
    actor: "planner",
    form: true,
    keys: ["currentPassword", "newPassword", "confirmPassword"],
    // The planner's password as the last saved change left it (set in beforeAll), and a new one each
    // time. (The session id is none of the fuzz's: no session of theirs is kept.)
    valid: async () => {
      const next = `a fuzzed new passphrase ${++passwordChanges}`;
      return { currentPassword: fuzzPassword, newPassword: next, confirmPassword: next };
    },
    call: async (actor, input) => {
      const fields = fromForm(input);
      const result = await data.account.changeOwnPassword(actor, "fuzz-session", fields);
      fuzzPassword = String(fields.newPassword);
      return result;
    },
    // A wrong current password is audited (the next guesses count it); past five, none is checked.
    refusalMayWrite: ["AuditEvent"],
    plausible: () => [FUZZ_PASSWORD, ""],
  }),
  // ------------------------------------------------------------ signing in
  [actionKey("app/login/actions.ts", "signInAction")]: target<Form>({
    actor: "planner",
    form: true,
    keys: ["email", "password", "callbackUrl", "address"],
    valid: async () => ({ email: "planner@example.org", password: "not the password", address: "203.0.113.9" }),
    // next-auth hands the credentials to authorize(), which calls signInWithPassword with the client's address.
    call: async (_actor, input) => {
      const formData = toFormData(input);
      const email = String(formData.get("email") ?? "").slice(0, 254);
      const password = String(formData.get("password") ?? "").slice(0, 256);
      const address = typeof input.address === "string" ? input.address : "";
      let headers: Headers;
      try {
        headers = new Headers({ "x-forwarded-for": address });
      } catch {
        headers = new Headers(); // not a header value HTTP can carry
      }
      // Each attempt a little later (the test hook of signInWithPassword): some come too soon after
      // failures and are throttled, most reach the password check with their fuzzed email.
      signInClock += 10_000;
      const result = await data.signIn.signInWithPassword(
        { email, password },
        data.clientAddress.clientAddress(headers),
        new Date(signInClock),
      );
      // Nothing here knows a password: every attempt must be refused, and say how.
      if (result.ok) throw new Error(`signed in with generated credentials: ${email}`);
      if (!["invalid", "throttled"].includes(result.reason)) throw new Error(`unknown refusal ${JSON.stringify(result)}`);
      return result;
    },
    refusalMayWrite: ["AuditEvent", "SignInAttempt"],
    refusal: (result) => `refused: ${(result as { reason: string }).reason}`,
    plausible: () => [
      "planner@example.org",
      "ADMIN@example.org",
      "liaison.ph@example.org",
      "203.0.113.9",
      "2001:db8::1",
      "10.0.0.1, 203.0.113.9",
      "/admin",
      "//evil.example",
    ],
  }),
};

/** Server actions with no input to fuzz, by the same keys, and why. */
const NOT_FUZZED: Record<string, string> = {
  [actionKey("app/actions/sign-out.ts", "signOutAction")]: "takes no input: the session it ends is named by the signed session cookie",
};

/** The targets with their keys, and the action's exported name (for test names and counts). */
const TARGETS = Object.entries(TARGETS_BY_KEY).map(([key, t]) => ({ ...t, key, name: key.slice(key.lastIndexOf("#") + 1) }));

// ---------------------------------------------------------------- generating inputs

function plausibleValues(t: Target<Values>): fc.Arbitrary<unknown> {
  return fc.constantFrom(...known, ...(t.plausible?.() ?? []));
}

/** A field's value: adversarial, or one that exists. For forms: texts (and files, and repeats). */
function fieldValue(t: Target<Values>): fc.Arbitrary<unknown> {
  const plausible = plausibleValues(t);
  if (t.form) {
    return fc.oneof(
      { weight: 3, arbitrary: formValue },
      { weight: 2, arbitrary: plausible.map((value) => (typeof value === "string" || Array.isArray(value) ? value : String(value))) },
    );
  }
  return fc.oneof({ weight: 3, arbitrary: wireAdversarialValue }, { weight: 2, arbitrary: plausible });
}

function inputs(t: Target<Values>): fc.Arbitrary<Recipe<Values>> {
  const value = fieldValue(t);
  const changes = (max: number) =>
    fc.array(fc.tuple(fc.nat(), fc.option(value, { freq: 6 })), { minLength: 0, maxLength: max }) as fc.Arbitrary<[number, unknown][]>;
  const raw: fc.Arbitrary<unknown> = t.form
    ? adversarialForm(t.keys)
    : t.args
      ? // The action's arguments: each one anything a client can send.
        fc
          .tuple(
            ...t.keys.map(() => fc.oneof(wireValue, value, adversarialRecord(["version", "title", "kind", "code"], wireAdversarialValue))),
          )
          .map((args) => Object.fromEntries(t.keys.map((key, index) => [key, args[index]])))
      : fc.oneof({ weight: 3, arbitrary: adversarialRecord(t.keys, wireAdversarialValue) }, { weight: 1, arbitrary: wireValue });
  return fc.oneof(
    // Mostly refused by the input schema, before any query: cheap, and many.
    { weight: 24, arbitrary: raw.map((input) => ({ raw: input as Values })) },
    // Valid inputs with a few fields broken, dropped or swapped for existing ids: these reach the database.
    { weight: 4, arbitrary: changes(3).map((list) => ({ changes: list }) as Recipe<Values>) },
    // Valid as they are (most succeed).
    { weight: 1, arbitrary: fc.constant({ changes: [] } as Recipe<Values>) },
  );
}

/** Applies a recipe's changes to a valid input: nested values (the `values` of an edit) one level down. */
function isPlainObject(value: unknown): value is Values {
  if (typeof value !== "object" || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

async function materialise(t: Target<Values>, recipe: Recipe<Values>): Promise<Values> {
  if ("raw" in recipe) return recipe.raw;
  const valid = await t.valid();
  const nested = isPlainObject(valid.values) ? valid.values : undefined;
  const copy: Values = { ...valid, ...(nested ? { values: { ...nested } } : {}) };
  for (const [index, change] of recipe.changes) {
    // An earlier change may have replaced `values` with anything (a typed array, a Map): only a plain
    // object of our own copy is edited in place.
    const inner = isPlainObject(copy.values) ? copy.values : undefined;
    const holder = nested && inner && index % 3 !== 0 ? inner : copy;
    const keys = Object.keys(holder);
    const key = keys[index % Math.max(1, keys.length)];
    if (key === undefined) continue;
    if (change === null) delete holder[key];
    else withOwn(holder, key, change);
  }
  return copy;
}

// ---------------------------------------------------------------- checking outcomes

const EXPECTED = [ValidationError, NotFoundError, ConflictError, InvalidStateError, RuleViolationError];

const catalogs = {
  en: await (await import("@/i18n/messages")).loadMessages("en"),
  ja: await (await import("@/i18n/messages")).loadMessages("ja"),
};
const text = (locale: "en" | "ja", key: string) =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogs[locale]) as string;

/** The answers a refused action may give, per language: the known texts (the conflict's with its name and time). */
function knownAnswers(locale: "en" | "ja"): { exact: Set<string>; conflict: RegExp } {
  const states = Object.values(text(locale, "actions.state") as unknown as Record<string, string>);
  const exact = new Set([
    ...["invalidInput", "notFound", "ruleViolation"].map((key) => text(locale, `actions.${key}`)),
    ...states,
    text(locale, "needEditor.state.badTransition"),
    // A report's or feedback's record not conducted, a follow-up already in the state asked for.
    ...Object.values(text(locale, "afterActionEditor.state") as unknown as Record<string, string>),
  ]);
  const template = text(locale, "actions.conflict")
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\\\{name\\\}|\\\{time\\\}/g, ".+");
  return { exact, conflict: new RegExp(`^${template}$`, "s") };
}

const answers = { en: knownAnswers("en"), ja: knownAnswers("ja") };

function checkSafeText(message: string, what: string): void {
  if (INTERNAL_TEXT.test(message)) throw new Error(`${what} shows internals: ${JSON.stringify(message.slice(0, 300))}`);
}

interface Finding {
  target: string;
  error: string;
  input: string;
  count: number;
}

/** FUZZ_SURVEY=1: record unexpected outcomes and go on (to list every distinct failure), instead of failing on the first. */
const SURVEY = process.env.FUZZ_SURVEY === "1";
const findings = new Map<string, Finding>();
const counts: FuzzCount[] = [];

function describeInput(input: unknown): string {
  try {
    return fc.stringify(input).slice(0, 600);
  } catch {
    return String(input).slice(0, 600);
  }
}

afterAll(() => {
  console.log(
    `action fuzz (${FUZZ_RUNS} runs each):\n${counts
      .map(
        (c) =>
          `  ${c.target.padEnd(30)} ${String(c.runs).padStart(6)} runs ${String(c.accepted).padStart(6)} saved ${String(c.refused).padStart(6)} refused ${String(c.ms).padStart(7)} ms\n      ${Object.entries(
            c.outcomes ?? {},
          )
            .map(([kind, n]) => `${kind} ${n} (${Math.round((c.outcomeMs?.[kind] ?? 0) / n)} ms each)`)
            .join(", ")}\n      by input: ${Object.entries(c.inputs ?? {})
            .map(([kind, { runs, ms }]) => `${kind} ${runs} (${(ms / runs).toFixed(1)} ms each)`)
            .join(", ")}`,
      )
      .join("\n")}`,
  );
  if (findings.size) {
    console.log(
      `unexpected outcomes (FUZZ_SURVEY):\n${[...findings.values()].map((f) => `  [${f.target}] x${f.count} ${f.error}\n      input: ${f.input}`).join("\n")}`,
    );
  }
});

// ---------------------------------------------------------------- the list is the scanner's

// The scanner of app/ that the authorization matrix uses says which server actions exist (every export
// of a "use server" file under app/, components/ and lib/); this suite has no list of its own.
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("the fuzz list is the scanner's list of server actions", () => {
  const scan = scanApplication(ROOT);
  const found = scan.endpoints.filter((endpoint) => endpoint.key.startsWith("action "));

  it("reads every server action", () => {
    // An export the scanner cannot name ("export *") would be an action nobody fuzzes.
    expect(scan.problems).toEqual([]);
    expect(found.length).toBeGreaterThan(20);
  });

  it("has a target for every server action (or says why not), and none for an action that is gone", () => {
    const listed = new Set([...TARGETS.map((t) => t.key), ...Object.keys(NOT_FUZZED)]);
    const exists = new Set(found.map((endpoint) => endpoint.key));
    // Both lists at once: a renamed action shows as one missing and one gone.
    const missing = "server actions without a fuzz target (add one to TARGETS_BY_KEY)";
    const gone = "fuzz targets whose server action no longer exists";
    expect({
      [missing]: [...exists].filter((key) => !listed.has(key)),
      [gone]: [...listed].filter((key) => !exists.has(key)),
    }).toEqual({ [missing]: [], [gone]: [] });
    expect(TARGETS.filter((t) => Object.hasOwn(NOT_FUZZED, t.key)).map((t) => t.key)).toEqual([]);
  });

  it("calls each action as a caller the authorization registry allows (a refused caller would reach no query)", () => {
    const entries = new Map(ACTIONS.map((entry) => [entryKey(entry), entry]));
    const allowed = (rule: Rule | undefined) =>
      rule === "allow" || (typeof rule === "object" && (rule.own === "allow" || rule.other === "allow"));
    const wrong = TARGETS.filter((t) => !allowed(entries.get(t.key)?.rules[t.actor])).map(
      (t) => `${t.key} as ${t.actor}: ${entries.has(t.key) ? "refused by" : "not in"} tests/authz/registry.ts`,
    );
    expect(wrong).toEqual([]);
  });
});

// ---------------------------------------------------------------- regressions

// Regressions of bugs this fuzz once found (each test below names one), all fixed: a call that throws
// anything but the app's expected errors fails the property, with no exemption.
const WHEN_VALID_ACTIONS = [
  "createActivityAction",
  "createProgramAction",
  "createFrameworkAction",
  "updateFrameworkAction",
  "updatePartnerStateAction",
];
const ID_ARGUMENT_ACTIONS = ["savePlanAction", "updateProgramAction", "updateActivityAction"];

/** Runs a target once, as the action would, and says what came back. */
async function attempt(t: Target<Values>, input: Values, locale: "en" | "ja") {
  intl.locale = locale;
  intl.missing = [];
  let thrown: unknown;
  const result = await runAction(async (l) => {
    try {
      return await t.call(actors[t.actor], input, l);
    } catch (error) {
      thrown = error;
      throw error;
    }
  });
  return { thrown, result };
}

function byAction(name: string): Target<Values> {
  const found = TARGETS.filter((t) => t.name === name);
  if (found.length !== 1) throw new Error(`${found.length} fuzz targets named ${name}`);
  return found[0]!;
}

describe("regressions found by this fuzz", () => {
  it.each([
    ["createPlanAction", "title"],
    ["addPlanCommentAction", "body"],
    ["submitNeedAction", "title"],
    ["createUserAction", "name"],
    ["updateReferenceTextAction", "titleEn"],
  ] as const)("nul-in-text: %s refuses a %s holding U+0000 as invalid input", async (action, field) => {
    const t = byAction(action);
    const valid = await t.valid();
    const { thrown, result } = await attempt(t, { ...valid, [field]: `Fuzz\u0000${String(valid[field])}` }, "en");
    expect(result.ok ? "saved" : result.error).toBe(text("en", "actions.invalidInput"));
    expect(thrown).toBeInstanceOf(ValidationError);
  });

  it("nul-in-text: signing in with an email holding U+0000 is refused as invalid, and recorded", async () => {
    const result = await data.signIn.signInWithPassword(
      { email: "planner@example.org\u0000", password: "wrong password" },
      data.clientAddress.clientAddress(new Headers()),
    );
    expect(result).toMatchObject({ ok: false });
  });

  it.each([
    ["updateReferenceTextAction", "titleEn"],
    ["updateFrameworkAction", "descriptionEn"],
    ["createFrameworkAction", "nameEn"],
    ["updatePartnerStateAction", "nameJa"],
  ] as const)("lone-surrogate-in-audit: %s saves (or refuses) a %s holding an unpaired surrogate, never fails", async (action, field) => {
    const t = byAction(action);
    const valid = await t.valid();
    const { thrown, result } = await attempt(t, { ...valid, [field]: `Fuzz \ud835 ${serial++}` }, "en");
    expect(thrown === undefined || thrown instanceof ValidationError, String(thrown)).toBe(true);
    expect(result.ok || result.error === text("en", "actions.invalidInput")).toBe(true);
  });

  it("year-zero-datetime: markPlanCommentsSeenAction with the year 0000 is refused or ignored, never fails", async () => {
    const { thrown } = await attempt(
      byAction("markPlanCommentsSeenAction"),
      { planId: SHARED_WITH_PH, latest: "0000-01-01T00:00:00Z" },
      "en",
    );
    expect(thrown === undefined || thrown instanceof ValidationError, String(thrown)).toBe(true);
  });

  it.each(ID_ARGUMENT_ACTIONS)("string-coercion-of-argument: %s answers not found for an id that is an object", async (action) => {
    const t = byAction(action);
    const valid = await t.valid();
    const key = "planId" in valid ? "planId" : "id";
    const { thrown } = await attempt(t, { ...valid, [key]: { toString: 0 } }, "en");
    expect(thrown === undefined || EXPECTED.some((type) => thrown instanceof type), String(thrown)).toBe(true);
  });

  it.each(WHEN_VALID_ACTIONS)("whenValid-non-object: %s answers invalid input for null", async (action) => {
    const t = byAction(action);
    const input = t.args ? { id: ids.program, values: null } : (null as unknown as Values);
    const { thrown } = await attempt(t, input, "en");
    expect(thrown).toBeInstanceOf(ValidationError);
  });
});

// ---------------------------------------------------------------- the properties

describe("fuzzed server actions: expected errors only, nothing written when refused, safe answers", () => {
  it("the write counter sees a write, and a rolled-back one not", async () => {
    const before = await writes();
    await client.query("BEGIN");
    await client.query(`UPDATE "Framework" SET "sortOrder" = "sortOrder" WHERE code = $1`, [ids.framework]);
    await client.query("ROLLBACK");
    expect(changedTables(before, await writes())).toEqual([]);
    await client.query(`UPDATE "Framework" SET "sortOrder" = "sortOrder" WHERE code = $1`, [ids.framework]);
    expect(changedTables(before, await writes())).toEqual(["Framework"]);
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))(
    "%s",
    async (name, t) => {
      const tally = new Tally("actions", name);
      const atStart = { writes: await writes(), tables: await snapshot() };
      // Only the calls write: the counts after one run are the counts before the next.
      let before = atStart.writes;

      await fc.assert(
        fc.asyncProperty(inputs(t), fc.constantFrom<"en" | "ja">("en", "ja"), async (recipe, locale) => {
          const started = performance.now();
          const input = await materialise(t, recipe);
          const { thrown, result } = await attempt(t, input, locale);
          const ms = performance.now() - started;
          tally.input("raw" in recipe ? "raw" : recipe.changes.length ? "changed" : "valid", ms);
          const after = await writes();
          const written = changedTables(before, after);
          before = after;

          const problems: string[] = [];
          const answered = thrown === undefined && result.ok ? t.refusal?.(result.data) : undefined;
          if (answered) {
            const stray = written.filter((table) => !(t.refusalMayWrite ?? []).includes(table));
            if (stray.length) problems.push(`refused (${answered}) but wrote ${stray.join(", ")}`);
            tally.refuse(answered, ms);
          } else if (thrown === undefined) {
            if (!result.ok) problems.push(`no error, yet runAction answered ${JSON.stringify(result)}`);
            tally.accept("accepted", ms);
          } else {
            const kind = thrown instanceof Error ? thrown.constructor.name : typeof thrown;
            const expected = EXPECTED.some((type) => thrown instanceof type);
            if (!expected)
              problems.push(
                `unexpected ${kind}: ${thrown instanceof Error ? thrown.message.trim().split("\n").slice(0, 3).join(" / ") : String(thrown)}`,
              );
            const stray = written.filter((table) => !(t.refusalMayWrite ?? []).includes(table));
            if (stray.length) problems.push(`refused (${kind}) but wrote ${stray.join(", ")}`);
            if (thrown instanceof SafeError) checkSafeText(thrown.message, "error message");
            if (thrown instanceof ValidationError)
              for (const message of Object.values(thrown.fieldErrors).flat()) checkSafeText(message, "field error");
            if (result.ok) problems.push("threw, yet runAction answered ok");
            else if (expected) {
              const known = answers[locale];
              if (!known.exact.has(result.error) && !known.conflict.test(result.error))
                problems.push(`answered an unknown text: ${JSON.stringify(result.error)}`);
              checkSafeText(result.error, "answer");
              for (const message of Object.values(result.fieldErrors ?? {}).flat()) {
                checkSafeText(message, "field error shown");
                if (message.startsWith("msg:") || message.includes("MISSING:"))
                  problems.push(`untranslated field error ${JSON.stringify(message)}`);
              }
            }
            const rules =
              thrown instanceof RuleViolationError ? `(${(thrown.results as { code: string }[]).map((r) => r.code).join(",")})` : "";
            tally.refuse(expected ? `${kind}${rules}` : `UNEXPECTED ${kind}`, ms);
          }
          if (intl.missing.length) problems.push(`missing messages: ${intl.missing.join("; ")}`);

          if (problems.length) {
            if (!SURVEY) throw new Error(problems.join("\n"));
            for (const problem of problems) {
              const key = `${name}|${problem.replace(/"[^"]*"/g, '"…"').slice(0, 160)}`;
              const finding = findings.get(key);
              if (finding) finding.count++;
              else findings.set(key, { target: name, error: problem.slice(0, 400), input: describeInput(input), count: 1 });
            }
          }
        }),
        fuzzParameters(),
      );

      // Independent of the triggers: if they saw no write at all, no table's rows or content changed.
      if (changedTables(atStart.writes, await writes()).length === 0) expect(await snapshot()).toEqual(atStart.tables);
      const count = tally.done();
      counts.push(count);
      expect(count.refused, "inputs were refused").toBeGreaterThan(0);
    },
    fuzzTimeout(FUZZ_RUNS, 40),
  );
});
