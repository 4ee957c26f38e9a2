// The authorization matrix: every page, server action and route handler of app/, and what each class
// of caller may do with it. tests/authz/registry.test.ts fails when app/ has an endpoint this list
// lacks (or the list names one that is gone); tests/e2e/authz-matrix.spec.ts checks every cell over
// real HTTP against the e2e server.
//
// Outcomes, as the caller sees them:
//   allow  the page renders (200), the route answers (2xx/3xx), the action does its work
//   404    "not found": the 404 page, a 404 answer, an action's "not found" result (or the entry's own
//          `refused` answer). A record outside the caller's reach is never "forbidden" (DESIGN.md).
//   login  not signed in: pages redirect to /login, routes answer 401, actions redirect to /login
//   home   a signed-in caller is sent to / (the sign-in page)
//
// Callers: anonymous, an admin, a planner, and the liaison officer of each of the 11 ASEAN states.
// A liaison rule may differ between their own state's record and another state's (`{ own, other }`),
// and for a plan shared with their state that is back in draft (`revising`, README "Draft
// visibility"; answered as `other` unless the rule names it);
// admins and planners see every state, so their rule is one outcome for any state's record, except
// for records that belong to a user (their notifications, their account), where `own` is theirs.
//
// Pure data: no imports, so that the unit test reads it without a database or a build.

export type Outcome = "allow" | "404" | "login" | "home";
export type Relation = "own" | "other" | "revising";
export type Rule = Outcome | { own: Outcome; other: Outcome; revising?: Outcome };
export type ActorClass = "anonymous" | "admin" | "planner" | "liaison";

export interface Rules {
  anonymous: Outcome;
  admin: Rule;
  planner: Rule;
  liaison: Rule;
}

/**
 * The records a dynamic segment or an action's input names, resolved from the seeded database by
 * tests/authz/records.ts:
 *   state-scoped  own = one that involves the liaison officer's state, other = one of another state
 *                 that does not involve theirs; admins and planners get every state's
 *   user-scoped   own = the caller's own (their account, their notification), other = someone else's
 *   fixed         one record for everyone (reference data)
 */
export const RECORD_KINDS = {
  plan: "state", // own: a plan shared with the state, not back in draft; other: another state's bilateral plan not shared with it; revising (liaison.ph): its own plan shared, returned to draft and edited
  activity: "state", // own: an activity the state takes part in; other: another state's bilateral activity without it
  conductedActivity: "state", // own: a conducted activity the state took part in (and has not rated yet); other: another state's conducted bilateral activity without it
  program: "state", // own: the state's bilateral program; other: another state's bilateral program it never meets
  need: "state", // own: a need the state submitted; other: another state's need
  state: "state", // own: the state itself; other: another ASEAN state
  user: "user", // own: the caller's account; other: another account
  notification: "user", // own: one of the caller's notifications; other: another user's
  planRevision: "fixed", // a plan with a previous revision (for the comparison page)
  framework: "fixed", // an ASEAN-led framework
  referenceText: "fixed", // a framework text (an End)
  spendingLine: "fixed", // a spending line of a plan that is not archived (JMOD-internal: money)
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;

/** A resolved record: `params` fill the path's dynamic segments, the rest builds valid input. */
export interface RecordRef {
  kind: RecordKind;
  id: string;
  params: Record<string, string>;
  version: number;
  /** For messages: "plan seed-demo-ph-plan (PH)". */
  label: string;
  /** Current values, in the shape the action's form sends them (editor payloads, reference texts...). */
  values: Record<string, unknown>;
  /** Text the callers trying the record must never be shown, on any page or in any export (a draft's edits). */
  unseen?: string[];
}

/** What an action's arguments are built from. */
export interface CallContext {
  record: RecordRef | undefined;
  /** Unique per call: names, titles and emails of records a call would create, so a leak is found. */
  marker: string;
  /** The caller (null when anonymous) and their state, for liaison officers. */
  caller: { id: string; email: string; stateCode: string | null } | null;
  /** A state that is not the caller's. */
  otherStateCode: string;
  /** The caller's own credentials (anonymous: an account's), for the sign-in entries. */
  credentials: { email: string; password: string };
}

/** A FormData argument (the actions of useActionState forms take one). */
export class FormArg {
  constructor(readonly fields: Record<string, string | string[]>) {}
}

export type ArgsFn = (context: CallContext) => unknown[];

/**
 * What an action call answers:
 *   result   the action's return value: "notFound" / "invalidInput" (the English texts of
 *            messages/en.json), "conflict" (a stale version, answered before anything is written),
 *            "ok" ({ ok: true }); `count` for a result whose data.count must equal it
 *   redirect the action redirected (x-action-redirect) to a path this matches
 *   void     no result and no redirect (an action that answers nothing)
 */
export type Expect = { result: "notFound" | "invalidInput" | "conflict" | "ok"; count?: number } | { redirect: RegExp } | { void: true };

/**
 * How an allowed cell is shown.
 *   probe  inside the "nothing changes" window: input the action refuses only after authorizing
 *          (a stale version, an empty field), so the answer proves access without a write
 *   run    after that window: the real thing, with `verify` (SQL that must find a row) where the
 *          answer alone cannot tell allow from refuse
 */
export interface AllowCheck {
  mode: "probe" | "run";
  args?: ArgsFn;
  expect: Expect;
  verify?: (context: CallContext) => { sql: string; params: unknown[] };
  /** The caller's session no longer works afterwards. */
  endsSession?: true;
}

interface EntryBase {
  /** The file under app/, from the repository root. */
  file: string;
  record?: RecordKind;
  rules: Rules;
  /** Why the rule is what it is, when the permission table alone does not say. */
  note?: string;
}

export interface PageEntry extends EntryBase {
  kind: "page";
  /** The route, as Next names it ("/plans/[id]"); segments are filled from the record's params. */
  path: string;
  /** A query the page needs, segments filled the same way ("program=[id]"). */
  query?: string;
  /** Allowed on a `revising` record, the page shows this text of messages/en.json ("plans.beingRevised") and none of the record's `unseen` text. */
  revisingShows?: string;
}

export interface RouteProbe {
  /** Path and query, with [segments] filled from the record's params. */
  url: string;
  /** POST /api/auth/callback/credentials with a fresh CSRF token and the caller's own credentials. */
  signIn?: true;
  /** An allowed call writes (an export is audited): checked after the "nothing changes" window. */
  writes?: true;
}

export interface RouteEntry extends EntryBase {
  kind: "route";
  /** HEAD is sent as HEAD: the answer's status and headers, no body. */
  method: "GET" | "HEAD" | "POST";
  /** The route, as Next names it ("/api/reports/[report]"). */
  path: string;
  probes: RouteProbe[];
}

export interface ActionEntry extends EntryBase {
  kind: "action";
  /** The exported function's name. */
  name: string;
  /** Valid input aimed at the record: what a caller with the right would send. Refusals are tried with it. */
  args: ArgsFn;
  /** What a refused signed-in caller gets, when not the "not found" result. */
  refused?: Expect;
  allow: Partial<Record<ActorClass, AllowCheck>>;
}

export type Entry = PageEntry | RouteEntry | ActionEntry;

/** The stable key of an entry, as the completeness test names what app/ holds. */
export function entryKey(entry: Entry): string {
  if (entry.kind === "page") return `page ${entry.path}`;
  if (entry.kind === "route") return `route ${entry.method} ${entry.path}`;
  return actionKey(entry.file, entry.name);
}

/** The key of the server action `name` exported by `file` (from the repository root): the scanner's, the matrix's and the fuzz suite's. */
export function actionKey(file: string, name: string): string {
  return `action ${file}#${name}`;
}

// ---------------------------------------------------------------- rule shorthands

const PUBLIC: Rules = { anonymous: "allow", admin: "allow", planner: "allow", liaison: "allow" };
/** Every signed-in user, whatever their role and state. */
const SIGNED_IN: Rules = { anonymous: "login", admin: "allow", planner: "allow", liaison: "allow" };
/** JMOD staff (admins and planners) only. */
const STAFF: Rules = { anonymous: "login", admin: "allow", planner: "allow", liaison: "404" };
const ADMIN_ONLY: Rules = { anonymous: "login", admin: "allow", planner: "404", liaison: "404" };
/** Staff see every state's record, a liaison officer only their own state's. */
const SCOPED: Rules = { anonymous: "login", admin: "allow", planner: "allow", liaison: { own: "allow", other: "404" } };
/** A user's own thing: anyone signed in, on their own record only. */
const OWN_ONLY: Rules = {
  anonymous: "login",
  admin: { own: "allow", other: "404" },
  planner: { own: "allow", other: "404" },
  liaison: { own: "allow", other: "404" },
};

// ---------------------------------------------------------------- pages

const page = (file: string, path: string, rules: Rules, extra: Partial<PageEntry> = {}): PageEntry => ({
  kind: "page",
  file: `app/${file}`,
  path,
  rules,
  ...extra,
});

export const PAGES: PageEntry[] = [
  page("login/page.tsx", "/login", { anonymous: "allow", admin: "home", planner: "home", liaison: "home" }),
  page("(portal)/page.tsx", "/", SIGNED_IN, { note: "each role's own dashboard" }),
  page("(portal)/activities/page.tsx", "/activities", SIGNED_IN, { note: "the list is scoped" }),
  page("(portal)/activities/calendar/page.tsx", "/activities/calendar", SIGNED_IN),
  page("(portal)/activities/timeline/page.tsx", "/activities/timeline", SIGNED_IN),
  page("(portal)/activities/new/page.tsx", "/activities/new", STAFF),
  page("(portal)/activities/[id]/page.tsx", "/activities/[id]", SCOPED, { record: "activity" }),
  page("(portal)/activities/[id]/edit/page.tsx", "/activities/[id]/edit", STAFF, { record: "activity" }),
  page("(portal)/activities/[id]/report/page.tsx", "/activities/[id]/report", STAFF, {
    record: "conductedActivity",
    note: "the after-action report editor: JMOD's (activity:edit); partners read the report on the activity page",
  }),
  page("(portal)/admin/audit/page.tsx", "/admin/audit", ADMIN_ONLY),
  page("(portal)/admin/users/page.tsx", "/admin/users", ADMIN_ONLY),
  page("(portal)/admin/reference/page.tsx", "/admin/reference", ADMIN_ONLY),
  page("(portal)/admin/reference/frameworks/new/page.tsx", "/admin/reference/frameworks/new", ADMIN_ONLY),
  page("(portal)/admin/reference/frameworks/[code]/page.tsx", "/admin/reference/frameworks/[code]", ADMIN_ONLY, { record: "framework" }),
  page("(portal)/admin/reference/states/[code]/page.tsx", "/admin/reference/states/[code]", ADMIN_ONLY, { record: "state" }),
  page("(portal)/admin/reference/texts/[kind]/[code]/page.tsx", "/admin/reference/texts/[kind]/[code]", ADMIN_ONLY, {
    record: "referenceText",
  }),
  page("(portal)/framework/page.tsx", "/framework", SIGNED_IN),
  page("(portal)/insights/page.tsx", "/insights", STAFF, { note: "coverage across all states: JMOD only (insight:read)" }),
  page("(portal)/search/page.tsx", "/search", SIGNED_IN, {
    note: "each kind in the reader's scope (a liaison officer's: their state's activities and needs, plans shared with it, comments they may read)",
  }),
  page("(portal)/review/page.tsx", "/review", SIGNED_IN, {
    note: "review:read; a liaison officer's review is their own state's, without money",
  }),
  page("(portal)/review/indicators/page.tsx", "/review/indicators", SIGNED_IN, {
    note: "a liaison officer's: plans shared with their state",
  }),
  page("(portal)/review/follow-ups/page.tsx", "/review/follow-ups", SIGNED_IN, {
    note: "a liaison officer's: activities their state took part in",
  }),
  page("(portal)/review/feedback/page.tsx", "/review/feedback", SIGNED_IN, {
    note: "a liaison officer's: their own state's feedback only",
  }),
  page("(portal)/review/spending/page.tsx", "/review/spending", STAFF, { note: "money: JMOD only (plan:readInternal)" }),
  page("(portal)/insights/charts/page.tsx", "/insights/charts", STAFF),
  page("(portal)/insights/map/page.tsx", "/insights/map", STAFF),
  page("(portal)/needs/page.tsx", "/needs", SIGNED_IN),
  page(
    "(portal)/needs/new/page.tsx",
    "/needs/new",
    { anonymous: "login", admin: "404", planner: "404", liaison: "allow" },
    {
      note: "only a liaison officer submits needs (need:submit), for their own state",
    },
  ),
  page("(portal)/needs/[id]/page.tsx", "/needs/[id]", SCOPED, { record: "need" }),
  page("(portal)/my-work/page.tsx", "/my-work", SIGNED_IN, { note: "what waits for the caller, in their scope" }),
  page("(portal)/notifications/page.tsx", "/notifications", SIGNED_IN, { note: "the caller's own notifications" }),
  page("(portal)/account/page.tsx", "/account", SIGNED_IN, { note: "the caller's own account" }),
  page("(portal)/plans/page.tsx", "/plans", SIGNED_IN),
  page("(portal)/plans/new/page.tsx", "/plans/new", STAFF, { record: "program", query: "program=[id]" }),
  page(
    "(portal)/plans/[id]/page.tsx",
    "/plans/[id]",
    { ...SCOPED, liaison: { own: "allow", other: "404", revising: "allow" } },
    {
      record: "plan",
      revisingShows: "plans.beingRevised",
      note: "a plan shared with the officer's state and back in draft: only that it is being revised, nothing of its content",
    },
  ),
  page("(portal)/plans/[id]/edit/page.tsx", "/plans/[id]/edit", STAFF, { record: "plan" }),
  page("(portal)/plans/[id]/spending/page.tsx", "/plans/[id]/spending", STAFF, {
    record: "plan",
    note: "money (plan:readInternal): JMOD only, even for a plan shared with the officer's state",
  }),
  page("(portal)/plans/[id]/compare/page.tsx", "/plans/[id]/compare", STAFF, {
    record: "planRevision",
    note: "shows budgets (plan:readInternal): JMOD only, even for a plan shared with the officer's state",
  }),
  page("(portal)/programs/page.tsx", "/programs", SIGNED_IN),
  page("(portal)/programs/new/page.tsx", "/programs/new", STAFF),
  page("(portal)/programs/[id]/page.tsx", "/programs/[id]", SCOPED, { record: "program" }),
  page("(portal)/programs/[id]/edit/page.tsx", "/programs/[id]/edit", STAFF, { record: "program" }),
  page("(portal)/reports/page.tsx", "/reports", SIGNED_IN, { note: "previews and filters are scoped" }),
  page("(portal)/states/page.tsx", "/states", SIGNED_IN),
  page(
    "(portal)/states/[code]/page.tsx",
    "/states/[code]",
    { ...SIGNED_IN, liaison: { own: "allow", other: "allow" } },
    {
      record: "state",
      note: "a state's reference page is public to every user; the activities and programs on it are scoped to the caller",
    },
  ),
];

// ---------------------------------------------------------------- route handlers

const route = (
  file: string,
  method: RouteEntry["method"],
  path: string,
  rules: Rules,
  probes: RouteProbe[],
  extra: Partial<RouteEntry> = {},
): RouteEntry => ({
  kind: "route",
  file: `app/${file}`,
  method,
  path,
  rules,
  probes,
  ...extra,
});

export const ROUTES: RouteEntry[] = [
  route("api/auth/[...nextauth]/route.ts", "GET", "/api/auth/[...nextauth]", PUBLIC, [
    { url: "/api/auth/session" },
    { url: "/api/auth/csrf" },
    { url: "/api/auth/providers" },
  ]),
  route(
    "api/auth/[...nextauth]/route.ts",
    "POST",
    "/api/auth/[...nextauth]",
    PUBLIC,
    [{ url: "/api/auth/callback/credentials", signIn: true, writes: true }],
    {
      note: "the sign-in endpoint: anyone may sign in (throttled, audited)",
    },
  ),
  route(
    "api/filter-options/programs/route.ts",
    "GET",
    "/api/filter-options/programs",
    SIGNED_IN,
    [{ url: "/api/filter-options/programs" }],
    {
      note: "the programs in the caller's scope, for the program filters",
    },
  ),
  route("api/health/route.ts", "GET", "/api/health", PUBLIC, [{ url: "/api/health" }], { note: "for load balancers: up or degraded only" }),
  route("api/notifications/unread/route.ts", "GET", "/api/notifications/unread", SIGNED_IN, [{ url: "/api/notifications/unread" }], {
    note: "the caller's own unread count",
  }),
  route(
    "api/reports/[report]/route.ts",
    "GET",
    "/api/reports/[report]",
    { ...SIGNED_IN, liaison: { own: "allow", other: "allow" } },
    [
      ...["activities", "plans", "needs", "coverage"].map((report) => ({
        url: `/api/reports/${report}?format=csv&state=[code]`,
        writes: true as const,
      })),
      // Plans in the other formats, and asked for drafts: a liaison officer's file holds none.
      ...["format=xlsx", "format=pdf", "format=csv&status=DRAFT"].map((query) => ({
        url: `/api/reports/plans?${query}&state=[code]`,
        writes: true as const,
      })),
    ],
    {
      record: "state",
      note: "export:own: a liaison officer's export of another state holds only records involving their own state (checked row by row), and no plan in draft",
    },
  ),
  route(
    "api/reports/[report]/route.ts",
    "HEAD",
    "/api/reports/[report]",
    { ...SIGNED_IN, liaison: { own: "allow", other: "allow" } },
    ["activities", "plans", "needs", "coverage"].map((report) => ({ url: `/api/reports/${report}?format=csv&state=[code]` })),
    { record: "state", note: "an export's headers (its row count) without the file: nothing audited, so inside the no-write window" },
  ),
  route(
    "api/reports/annual/route.ts",
    "GET",
    "/api/reports/annual",
    STAFF,
    [{ url: "/api/reports/annual?fy=2025&lang=en", writes: true }],
    {
      note: "export:all",
    },
  ),
  route("api/reports/annual/route.ts", "HEAD", "/api/reports/annual", STAFF, [{ url: "/api/reports/annual?fy=2025&lang=en" }], {
    note: "export:all; the headers only, nothing rendered or audited",
  }),
  route(
    "api/reports/review/route.ts",
    "GET",
    "/api/reports/review",
    SIGNED_IN,
    [
      { url: "/api/reports/review?fyFrom=2024&fyTo=2026&format=xlsx&lang=en", writes: true },
      { url: "/api/reports/review?fyFrom=2024&fyTo=2026&format=pdf&lang=ja&era=1", writes: true },
    ],
    { note: "review:read; a liaison officer's file is their own state's review, without money" },
  ),
  route(
    "api/reports/review/route.ts",
    "HEAD",
    "/api/reports/review",
    SIGNED_IN,
    [{ url: "/api/reports/review?fyFrom=2024&fyTo=2026&format=xlsx" }],
    { note: "the headers only, nothing rendered or audited" },
  ),
  route("icon.svg", "GET", "/icon.svg", PUBLIC, [{ url: "/icon.svg" }], { note: "a static metadata file" }),
];

// ---------------------------------------------------------------- server actions

const action = (
  file: string,
  name: string,
  rules: Rules,
  args: ArgsFn,
  allow: ActionEntry["allow"],
  extra: Partial<ActionEntry> = {},
): ActionEntry => ({
  kind: "action",
  file: `app/${file}`,
  name,
  rules,
  args,
  allow,
  ...extra,
});

function target(context: CallContext): RecordRef {
  if (!context.record) throw new Error("this action needs a record");
  return context.record;
}

/** The same input with a version the record is long past: refused as a conflict, after authorization, before any write. */
const STALE = 1_000_000;
const stale =
  (args: ArgsFn): ArgsFn =>
  (context) =>
    args({ ...context, record: { ...target(context), version: target(context).version + STALE } });
const probe = (expect: Expect, args?: ArgsFn): AllowCheck => ({ mode: "probe", expect, args });
const conflictProbe = (args: ArgsFn): AllowCheck => probe({ result: "conflict" }, stale(args));
const invalidProbe = (args: ArgsFn): AllowCheck => probe({ result: "invalidInput" }, args);

/** A plan transition its status allows: the call would succeed but for the caller's rights. */
const NEXT_TRANSITION: Record<string, string> = {
  DRAFT: "share",
  SHARED: "submit",
  IN_REVIEW: "approve",
  APPROVED: "archive",
  ARCHIVED: "returnToDraft",
};

/** The record's current values, as its editor sends them. */
const valuesOf = (context: CallContext) => target(context).values;

const ACTIVITIES = "(portal)/activities/actions.ts";
const AFTER_ACTION = "(portal)/activities/after-action-actions.ts";
const REFERENCE = "(portal)/admin/reference/actions.ts";
const USERS = "(portal)/admin/users/actions.ts";
const NEEDS = "(portal)/needs/actions.ts";
const NOTIFICATIONS = "(portal)/notifications/actions.ts";
const PLANS = "(portal)/plans/actions.ts";
const SPENDING = "(portal)/plans/spending-actions.ts";
const COMMENTS = "(portal)/plans/comment-actions.ts";
const INDICATORS = "(portal)/plans/indicator-actions.ts";
const PROGRAMS = "(portal)/programs/actions.ts";

const STAFF_ACTION: Rules = { anonymous: "login", admin: "allow", planner: "allow", liaison: "404" };
const ADMIN_ACTION: Rules = { anonymous: "login", admin: "allow", planner: "404", liaison: "404" };
/** A planner's action on a record a liaison officer may see, or not: refused either way. */
const STAFF_ON_RECORD: Rules = { ...STAFF_ACTION, liaison: { own: "404", other: "404" } };
const ADMIN_ON_RECORD: Rules = { ...ADMIN_ACTION, liaison: { own: "404", other: "404" } };
/** On a user's account: admins on any, nobody else on any (their own included). */
const ADMIN_ON_USER: Rules = {
  anonymous: "login",
  admin: { own: "allow", other: "allow" },
  planner: { own: "404", other: "404" },
  liaison: { own: "404", other: "404" },
};

const userTarget = (fields: Record<string, string>) => (context: CallContext) => [
  null,
  new FormArg({ userId: target(context).id, version: String(target(context).version), ...fields }),
];

const planForm = (fields: (context: CallContext) => Record<string, string>) => (context: CallContext) => [
  null,
  new FormArg(fields(context)),
];

const createActivityArgs: ArgsFn = (context) => [null, { ...valuesOf(context), title: `Authz ${context.marker}` }];
const updateActivityArgs: ArgsFn = (context) => [
  null,
  { id: target(context).id, values: { ...valuesOf(context), version: target(context).version } },
];
const createProgramArgs: ArgsFn = (context) => [
  null,
  { ...valuesOf(context), nameEn: `Authz ${context.marker}`, nameJa: `Authz ${context.marker}` },
];
const updateProgramArgs: ArgsFn = (context) => [
  null,
  { id: target(context).id, values: { ...valuesOf(context), version: target(context).version } },
];
const savePlanArgs: ArgsFn = (context) => [
  null,
  { id: target(context).id, values: { ...target(context).values, version: target(context).version } },
];

/** An actual of the plan's first indicator (a plan without an editor lends another's values: refused as invalid first). */
const actualForm = (value: string) =>
  planForm((context) => ({
    indicatorId: ((target(context).values.indicators as { id?: string }[] | undefined)?.[0]?.id ?? "no-indicator").toString(),
    fiscalYear: "2026",
    version: "0",
    value,
    measuredOn: "2026-11-01",
    evidence: `Authz ${context.marker}`,
  }));

const seenVerify = (context: CallContext) => ({
  sql: `SELECT 1 FROM "PlanWatch" WHERE "userId" = $1 AND "planId" = $2 AND "commentsSeenAt" IS NOT NULL`,
  params: [context.caller?.id, target(context).id],
});

export const ACTIONS: ActionEntry[] = [
  // Activities and programs: planners' and admins' (activity:edit, program:edit).
  action(
    ACTIVITIES,
    "createActivityAction",
    STAFF_ACTION,
    createActivityArgs,
    {
      admin: invalidProbe((context) => [null, { ...valuesOf(context), title: "" }]),
      planner: invalidProbe((context) => [null, { ...valuesOf(context), title: "" }]),
    },
    { record: "activity", note: "the record gives a valid activity to copy" },
  ),
  action(
    ACTIVITIES,
    "updateActivityAction",
    STAFF_ON_RECORD,
    updateActivityArgs,
    {
      admin: conflictProbe(updateActivityArgs),
      planner: conflictProbe(updateActivityArgs),
    },
    { record: "activity" },
  ),
  action(
    PROGRAMS,
    "createProgramAction",
    STAFF_ACTION,
    createProgramArgs,
    {
      admin: invalidProbe((context) => [null, { ...valuesOf(context), nameEn: "" }]),
      planner: invalidProbe((context) => [null, { ...valuesOf(context), nameEn: "" }]),
    },
    { record: "program", note: "the record gives a valid program to copy" },
  ),
  action(
    PROGRAMS,
    "updateProgramAction",
    STAFF_ON_RECORD,
    updateProgramArgs,
    {
      admin: conflictProbe(updateProgramArgs),
      planner: conflictProbe(updateProgramArgs),
    },
    { record: "program" },
  ),

  // Spending: planners' and admins' (plan:edit), money never a liaison officer's, on any plan.
  ...((): ActionEntry[] => {
    const newLine = (amountJpy: string) => (context: CallContext) => [
      null,
      {
        planId: target(context).id,
        spentOn: "2026-06-01",
        category: "TRAVEL",
        amountJpy,
        description: `Authz ${context.marker}`,
        activityId: "",
      },
    ];
    const update: ArgsFn = (context) => [
      null,
      { id: target(context).id, values: { ...target(context).values, version: target(context).version } },
    ];
    const remove: ArgsFn = (context) => [null, { id: target(context).id, version: target(context).version }];
    return [
      action(
        SPENDING,
        "recordSpendingLineAction",
        STAFF_ON_RECORD,
        newLine("250000"),
        { admin: invalidProbe(newLine("")), planner: invalidProbe(newLine("-1")) },
        { record: "plan", note: "an amount the schema refuses proves access without a write" },
      ),
      action(
        SPENDING,
        "updateSpendingLineAction",
        STAFF_ACTION,
        update,
        { admin: conflictProbe(update), planner: conflictProbe(update) },
        {
          record: "spendingLine",
        },
      ),
      action(
        SPENDING,
        "deleteSpendingLineAction",
        STAFF_ACTION,
        remove,
        { admin: conflictProbe(remove), planner: conflictProbe(remove) },
        {
          record: "spendingLine",
          note: "a stale version is a conflict: nothing is deleted",
        },
      ),
    ];
  })(),

  // After-action reports: planners' and admins' (activity:edit). Partner feedback: the liaison officers
  // of a state that took part in the conducted activity (feedback:give), for their own state only.
  ...((): ActionEntry[] => {
    const report =
      (fields: Record<string, unknown>): ArgsFn =>
      (context) => [
        null,
        {
          id: target(context).id,
          values: {
            doneVsPlanned: `Report ${context.marker}`,
            results: "Results of the matrix",
            lessons: "",
            followUps: [],
            indicatorIds: [],
            ...fields,
          },
        },
      ];
    const followUp = (step: string) =>
      planForm((context) => ({ activityId: target(context).id, followUpId: "authz-matrix-follow-up", version: "1", step }));
    const feedback = (usefulness: string) =>
      planForm((context) => ({
        activityId: target(context).id,
        version: "",
        usefulness,
        fit: "3",
        comment: `Feedback ${context.marker}`,
        // Not how feedback gets its state: the officer's own is used, whatever is sent.
        stateCode: context.otherStateCode,
      }));
    return [
      action(
        AFTER_ACTION,
        "saveAfterActionReportAction",
        STAFF_ON_RECORD,
        report({}),
        { admin: invalidProbe(report({ doneVsPlanned: "" })), planner: invalidProbe(report({ doneVsPlanned: "" })) },
        { record: "conductedActivity" },
      ),
      action(
        AFTER_ACTION,
        "setFollowUpClosedAction",
        STAFF_ON_RECORD,
        followUp("close"),
        { admin: invalidProbe(followUp("bogus")), planner: invalidProbe(followUp("bogus")) },
        { record: "conductedActivity", note: "closing or reopening a follow-up: versioned through its report" },
      ),
      action(
        AFTER_ACTION,
        "saveFeedbackAction",
        { anonymous: "login", admin: "404", planner: "404", liaison: { own: "allow", other: "404" } },
        feedback("4"),
        {
          liaison: {
            mode: "run",
            expect: { result: "ok" },
            verify: (context) => ({
              sql: `SELECT 1 FROM "PartnerFeedback" WHERE "activityId" = $1 AND comment = $2 AND "stateCode" = $3 AND "authorId" = $4`,
              params: [target(context).id, `Feedback ${context.marker}`, context.caller?.stateCode, context.caller?.id],
            }),
          },
        },
        {
          record: "conductedActivity",
          note: "feedback:give, on a conducted activity the officer's state took part in; another state's is not found",
        },
      ),
    ];
  })(),

  // Plans: planners' and admins'.
  action(
    PLANS,
    "createPlanAction",
    STAFF_ON_RECORD,
    planForm((context) => ({
      programId: target(context).id,
      title: `Authz ${context.marker}`,
      firstFiscalYear: "2027",
      lastFiscalYear: "2028",
      needId: "",
      consultationOn: "2026-11-01",
      consultationWith: "Counterpart of the matrix",
    })),
    {
      admin: invalidProbe(
        planForm((context) => ({ programId: target(context).id, title: "", firstFiscalYear: "2027", lastFiscalYear: "2028" })),
      ),
      planner: invalidProbe(
        planForm((context) => ({ programId: target(context).id, title: "", firstFiscalYear: "2027", lastFiscalYear: "2028" })),
      ),
    },
    { record: "program" },
  ),
  action(
    INDICATORS,
    "recordIndicatorActualAction",
    STAFF_ON_RECORD,
    actualForm("5"),
    { admin: invalidProbe(actualForm("not a number")), planner: invalidProbe(actualForm("not a number")) },
    { record: "plan", note: "an actual of the plan's first indicator; a value that is no number proves access without a write" },
  ),
  action(
    PLANS,
    "savePlanAction",
    STAFF_ON_RECORD,
    savePlanArgs,
    { admin: conflictProbe(savePlanArgs), planner: conflictProbe(savePlanArgs) },
    { record: "plan" },
  ),
  ...((): ActionEntry[] => {
    const transition = planForm((context) => ({
      planId: target(context).id,
      version: String(target(context).version),
      transition: NEXT_TRANSITION[String(target(context).values.status)] ?? "submit",
      reason: "Returned by the authorization matrix",
    }));
    const revision = planForm((context) => ({ planId: target(context).id, version: String(target(context).version) }));
    const copy = (firstFiscalYear: string) => planForm((context) => ({ planId: target(context).id, firstFiscalYear }));
    return [
      action(
        PLANS,
        "transitionPlanAction",
        STAFF_ON_RECORD,
        transition,
        { admin: conflictProbe(transition), planner: conflictProbe(transition) },
        {
          record: "plan",
          note: "the transition its status allows (share a draft, submit a shared plan, approve one in review...)",
        },
      ),
      action(
        PLANS,
        "newRevisionAction",
        STAFF_ON_RECORD,
        revision,
        { admin: conflictProbe(revision), planner: conflictProbe(revision) },
        { record: "plan" },
      ),
      action(
        PLANS,
        "copyPlanAction",
        STAFF_ON_RECORD,
        copy("2090"),
        { admin: invalidProbe(copy("1999")), planner: invalidProbe(copy("1999")) },
        { record: "plan", note: "a new draft with its years moved; a first fiscal year out of range proves access without a write" },
      ),
    ];
  })(),

  // Plan comments: anyone who may see the plan (a liaison officer: plans shared with their state).
  action(
    COMMENTS,
    "addPlanCommentAction",
    SCOPED,
    planForm((context) => ({ planId: target(context).id, body: `Comment ${context.marker}` })),
    {
      admin: invalidProbe(planForm((context) => ({ planId: target(context).id, body: "" }))),
      planner: invalidProbe(planForm((context) => ({ planId: target(context).id, body: "" }))),
      liaison: {
        mode: "run",
        expect: { result: "ok" },
        verify: (context) => ({
          sql: `SELECT 1 FROM "PlanComment" WHERE "planId" = $1 AND body = $2`,
          params: [target(context).id, `Comment ${context.marker}`],
        }),
      },
    },
    { record: "plan" },
  ),
  action(
    COMMENTS,
    "setPlanFollowingAction",
    SCOPED,
    planForm((context) => ({ planId: target(context).id, following: "true" })),
    {
      admin: invalidProbe(planForm((context) => ({ planId: target(context).id, following: "maybe" }))),
      planner: invalidProbe(planForm((context) => ({ planId: target(context).id, following: "maybe" }))),
      liaison: {
        mode: "run",
        expect: { result: "ok" },
        verify: (context) => ({
          sql: `SELECT 1 FROM "PlanWatch" WHERE "userId" = $1 AND "planId" = $2 AND following`,
          params: [context.caller?.id, target(context).id],
        }),
      },
    },
    { record: "plan" },
  ),
  action(
    COMMENTS,
    "markPlanCommentsSeenAction",
    SCOPED,
    // "Seen up to now": a caller who may see the plan gets a watch row written.
    (context) => [null, { planId: target(context).id, latest: new Date().toISOString() }],
    {
      admin: { mode: "run", expect: { void: true }, verify: seenVerify },
      planner: { mode: "run", expect: { void: true }, verify: seenVerify },
      liaison: { mode: "run", expect: { void: true }, verify: seenVerify },
    },
    { record: "plan", refused: { void: true }, note: "answers nothing: a refusal shows only as nothing written" },
  ),

  // Needs: a liaison officer submits their own state's; planners and admins triage.
  action(
    NEEDS,
    "submitNeedAction",
    { anonymous: "login", admin: "404", planner: "404", liaison: "allow" },
    (context) => [
      null,
      // A state in the input is not how a need gets its state: the officer's own is used, whatever is sent.
      new FormArg({
        title: `Need ${context.marker}`,
        description: "",
        keyAreaCode: "K1",
        priority: "HIGH",
        stateCode: context.otherStateCode,
      }),
    ],
    {
      liaison: {
        mode: "run",
        expect: { redirect: /^\/needs\/[\w-]+$/ },
        verify: (context) => ({
          sql: `SELECT 1 FROM "PartnerNeed" WHERE title = $1 AND "stateCode" = $2 AND "submittedById" = $3`,
          params: [`Need ${context.marker}`, context.caller?.stateCode, context.caller?.id],
        }),
      },
    },
    { note: "need:submit; the need is the officer's own state's even when the input names another" },
  ),
  ...((): ActionEntry[] => {
    const triage = planForm((context) => ({
      needId: target(context).id,
      version: String(target(context).version),
      step:
        target(context).values.status === "SUBMITTED"
          ? "acknowledge"
          : target(context).values.status === "ACKNOWLEDGED"
            ? "decline"
            : "reopen",
      reason: "Declined by the authorization matrix",
    }));
    return [
      action(
        NEEDS,
        "triageNeedAction",
        STAFF_ON_RECORD,
        triage,
        { admin: conflictProbe(triage), planner: conflictProbe(triage) },
        { record: "need" },
      ),
    ];
  })(),

  // Notifications: each user's own.
  action(
    NOTIFICATIONS,
    "markNotificationsReadAction",
    OWN_ONLY,
    (context) => [null, new FormArg({ id: target(context).id })],
    Object.fromEntries(
      (["admin", "planner", "liaison"] as const).map((actor) => [
        actor,
        {
          mode: "run",
          expect: { result: "ok", count: 1 },
          verify: (context: CallContext) => ({
            sql: `SELECT 1 FROM "Notification" WHERE id = $1 AND "readAt" IS NOT NULL`,
            params: [target(context).id],
          }),
        } satisfies AllowCheck,
      ]),
    ),
    { record: "notification", refused: { result: "ok", count: 0 }, note: "another user's notification is out of reach: nothing is marked" },
  ),
  action(
    NOTIFICATIONS,
    "openNotificationAction",
    OWN_ONLY,
    (context) => [null, new FormArg({ id: target(context).id })],
    Object.fromEntries(
      (["admin", "planner", "liaison"] as const).map((actor) => [
        actor,
        { mode: "run", expect: { redirect: /^\/plans\/[\w-]+$/ } } satisfies AllowCheck,
      ]),
    ),
    {
      record: "notification",
      refused: { redirect: /^\/notifications$/ },
      note: "another user's notification leads back to the caller's list",
    },
  ),
  action(
    NOTIFICATIONS,
    "markSubjectNotificationsReadAction",
    SCOPED,
    // A plan's page, once shown, marks the caller's notifications about it read.
    (context) => [null, { planId: target(context).id }],
    Object.fromEntries(
      (["admin", "planner", "liaison"] as const).map((actor) => [
        actor,
        {
          mode: "run",
          expect: { void: true },
          verify: (context: CallContext) => ({
            sql: `SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "Notification" WHERE "userId" = $1 AND "planId" = $2 AND "readAt" IS NULL)`,
            params: [context.caller?.id, target(context).id],
          }),
        } satisfies AllowCheck,
      ]),
    ),
    {
      record: "plan",
      refused: { void: true },
      note: "answers nothing: only the caller's own notifications about a plan they may see are marked",
    },
  ),

  // One's own account: every signed-in user, on their own account only (no id in the input). Probed
  // with a confirmation that differs: refused beside the field once signed in, nothing written (a
  // wrong current password would audit the guess; a real change would change the demo accounts'
  // passwords under the other cells).
  action(
    "(portal)/account/actions.ts",
    "changePasswordAction",
    SIGNED_IN,
    () => [
      null,
      new FormArg({ currentPassword: "not-the-password-1", newPassword: "a-new-password-2", confirmPassword: "another-password-3" }),
    ],
    Object.fromEntries(
      (["admin", "planner", "liaison"] as const).map((actor) => [
        actor,
        { mode: "probe", expect: { result: "invalidInput" } } satisfies AllowCheck,
      ]),
    ),
    { note: "the caller's own password only" },
  ),

  // Reference data and users: admins only.
  ...((): ActionEntry[] => {
    const text: ArgsFn = (context) => [null, { ...target(context).values, version: target(context).version }];
    const framework: ArgsFn = (context) => [null, { ...target(context).values, version: target(context).version }];
    const state: ArgsFn = (context) => [null, { ...target(context).values, version: target(context).version }];
    const newFramework: ArgsFn = (context) => [
      null,
      {
        code: `AUTHZ_${context.marker.toUpperCase().replace(/[^A-Z0-9]/g, "_")}`.slice(0, 32),
        kind: "FORUM",
        nameEn: `Authz ${context.marker}`,
        nameJa: `Authz ${context.marker}`,
        descriptionEn: "",
        descriptionJa: "",
        parentCode: "",
        establishedOn: "",
        sortOrder: "99",
      },
    ];
    return [
      action(REFERENCE, "updateReferenceTextAction", ADMIN_ACTION, text, { admin: conflictProbe(text) }, { record: "referenceText" }),
      action(REFERENCE, "updateFrameworkAction", ADMIN_ACTION, framework, { admin: conflictProbe(framework) }, { record: "framework" }),
      action(REFERENCE, "createFrameworkAction", ADMIN_ACTION, newFramework, {
        admin: invalidProbe((context) => [null, { ...(newFramework(context)[1] as object), nameEn: "" }]),
      }),
      action(REFERENCE, "updatePartnerStateAction", ADMIN_ON_RECORD, state, { admin: conflictProbe(state) }, { record: "state" }),
    ];
  })(),
  action(
    USERS,
    "createUserAction",
    ADMIN_ACTION,
    (context) => [
      null,
      new FormArg({
        name: `Authz ${context.marker}`,
        email: `${context.marker}@example.org`,
        role: "ADMIN",
        stateCode: "",
        password: "a-long-enough-password",
      }),
    ],
    {
      admin: invalidProbe((context) => [
        null,
        new FormArg({ name: "", email: `${context.marker}@example.org`, role: "ADMIN", stateCode: "", password: "x" }),
      ]),
    },
    { note: "tried as a self-promotion to ADMIN" },
  ),
  ...((): ActionEntry[] => {
    const role = userTarget({ role: "ADMIN", stateCode: "" });
    const disable = userTarget({ disabled: "true" });
    const password = userTarget({ password: "a-new-long-enough-password" });
    const signOut = userTarget({});
    const user = { record: "user" as const };
    return [
      action(
        USERS,
        "updateUserRoleAction",
        ADMIN_ON_USER,
        role,
        { admin: conflictProbe(role) },
        { ...user, note: "tried as a promotion to ADMIN" },
      ),
      // An admin may not disable their own account (a rule of the input, not of access): the probe enables.
      action(USERS, "setUserDisabledAction", ADMIN_ON_USER, disable, { admin: conflictProbe(userTarget({ disabled: "false" })) }, user),
      action(USERS, "resetUserPasswordAction", ADMIN_ON_USER, password, { admin: conflictProbe(password) }, user),
      action(USERS, "signOutEverywhereAction", ADMIN_ON_USER, signOut, { admin: conflictProbe(signOut) }, user),
    ];
  })(),

  // Signing in and out.
  action(
    "login/actions.ts",
    "signInAction",
    PUBLIC,
    (context) => [{}, new FormArg({ email: context.credentials.email, password: context.credentials.password, callbackUrl: "/" })],
    Object.fromEntries(
      (["anonymous", "admin", "planner", "liaison"] as const).map((actor) => [
        actor,
        { mode: "run", expect: { redirect: /^\/$/ } } satisfies AllowCheck,
      ]),
    ),
    { note: "the sign-in form: public; run with the caller's own credentials (anonymous: planner2's)" },
  ),
  action(
    "actions/sign-out.ts",
    "signOutAction",
    { anonymous: "login", admin: "allow", planner: "allow", liaison: "allow" },
    () => [],
    Object.fromEntries(
      (["admin", "planner", "liaison"] as const).map((actor) => [
        actor,
        { mode: "run", expect: { redirect: /^\/login$/ }, endsSession: true } satisfies AllowCheck,
      ]),
    ),
    { note: "ends the caller's own session; an anonymous caller is sent to /login with nothing to end. Run last." },
  ),
];

export const REGISTRY: Entry[] = [...PAGES, ...ROUTES, ...ACTIONS];
