// The records the authorization matrix aims at, picked from the seeded database for each caller:
// their own state's (a plan shared with it, an activity it takes part in...) and another state's (one
// that does not involve theirs at all), with the values a valid input needs. Editor values come from
// the edit pages themselves (their RSC payload, read as a planner), so they are exactly what the forms
// would send.
import { toActivityPayload, type ActivityFormValues } from "@/components/activity-form-values";
import { toProgramPayload, type ProgramFormValues } from "@/components/program-form-values";
import type { HttpSession } from "../../scripts/bench/lib/http-session";
import { fetchFlight, findInFlight } from "../../scripts/bench/lib/server-action";
import { RECORD_KINDS, type ActorClass, type RecordKind, type RecordRef } from "./registry";

export type Query = <T extends Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<T[]>;

/** The 11 ASEAN member states, as the demo accounts name them (liaison.<iso2>@example.org). */
export const STATES = ["bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "vn", "tl"] as const;

export interface Account {
  /** "admin", "planner", "liaison.ph"... */
  key: string;
  email: string;
  cls: Exclude<ActorClass, "anonymous">;
  id: string;
  stateCode: string | null;
}

export interface Fixtures {
  accounts: Account[];
  /** The caller's own record of a state- or user-scoped kind. */
  own(kind: RecordKind, account: Account): RecordRef;
  /** Another state's (or user's) record, that the caller's state is not involved in. */
  other(kind: RecordKind, account: Account): RecordRef;
  /** Every record of a state-scoped kind that any caller's cells use (admins and planners are tried on each). */
  all(kind: RecordKind): RecordRef[];
  fixed(kind: RecordKind): RecordRef;
  /**
   * A DRAFT plan of the Philippines' own bilateral program, never shared: liaison.ph's cells try it as
   * an "other" record, since a plan not shared with their state is out of reach even when it is theirs.
   */
  unsharedDraft: RecordRef;
  /**
   * A plan of the Philippines' own bilateral program that was shared with the Philippines, returned to
   * draft and edited: liaison.ph's cells try it as `revising`. Its `unseen` words (of the draft's title
   * and of an objective added to the draft) must reach no liaison officer, on any page or in any export.
   */
  revisedDraft: RecordRef;
  /** For a caller's inputs: a state that is not theirs. */
  otherStateOf(account: Account | null): string;
}

const STATUS_ORDER = `ARRAY['SHARED','IN_REVIEW','APPROVED','DRAFT','ARCHIVED']`;
const EDITABLE_FIRST = `ARRAY['SHARED','DRAFT','IN_REVIEW','APPROVED','ARCHIVED']`;
const partnerOf = (program: string, state: string) =>
  `EXISTS (SELECT 1 FROM "_ProgramPartnerStates" ps WHERE ps."B" = ${program} AND ps."A" = ${state})`;
const sharedWith = (plan: string, state: string) =>
  `EXISTS (SELECT 1 FROM "_PlanSharedWith" sw WHERE sw."B" = ${plan} AND sw."A" = ${state})`;
const takesPart = (activity: string, state: string) =>
  `EXISTS (SELECT 1 FROM "ActivityParticipant" ap WHERE ap."activityId" = ${activity} AND ap."stateCode" = ${state})`;

type Row = { id: string; version: number; status?: string };

/** Per state-scoped kind: the own record of state $1, and another state's ($2) record not involving $1. */
const STATE_QUERIES: Record<"plan" | "activity" | "conductedActivity" | "program" | "need", { own: string; other: string }> = {
  plan: {
    own: `SELECT pl.id, pl.version, pl.status::text AS status FROM "ProgramPlan" pl JOIN "Program" p ON p.id = pl."programId"
          WHERE pl."sharedAt" IS NOT NULL AND pl.status <> 'DRAFT' AND ${sharedWith("pl.id", "$1")}
          ORDER BY (pl.status = 'ARCHIVED'), (p.kind = 'BILATERAL') DESC, array_position(${STATUS_ORDER}, pl.status::text), pl.id LIMIT 1`,
    other: `SELECT pl.id, pl.version, pl.status::text AS status FROM "ProgramPlan" pl JOIN "Program" p ON p.id = pl."programId"
            WHERE p.kind = 'BILATERAL' AND ${partnerOf("p.id", "$2")} AND NOT ${partnerOf("p.id", "$1")} AND NOT ${sharedWith("pl.id", "$1")}
            ORDER BY array_position(${EDITABLE_FIRST}, pl.status::text), pl.id LIMIT 1`,
  },
  activity: {
    own: `SELECT a.id, a.version FROM "Activity" a JOIN "Program" p ON p.id = a."programId"
          WHERE ${takesPart("a.id", "$1")} ORDER BY (p.kind = 'BILATERAL' AND ${partnerOf("p.id", "$1")}) DESC, a."startDate" DESC, a.id LIMIT 1`,
    other: `SELECT a.id, a.version FROM "Activity" a JOIN "Program" p ON p.id = a."programId"
            WHERE p.kind = 'BILATERAL' AND ${partnerOf("p.id", "$2")} AND NOT ${partnerOf("p.id", "$1")} AND NOT ${takesPart("a.id", "$1")}
            ORDER BY a."startDate" DESC, a.id LIMIT 1`,
  },
  conductedActivity: {
    // One the state has not rated yet: the matrix's run gives the first feedback.
    own: `SELECT a.id, a.version FROM "Activity" a
          WHERE a.status = 'CONDUCTED' AND ${takesPart("a.id", "$1")}
          ORDER BY EXISTS (SELECT 1 FROM "PartnerFeedback" f WHERE f."activityId" = a.id AND f."stateCode" = $1), a."startDate" DESC, a.id LIMIT 1`,
    other: `SELECT a.id, a.version FROM "Activity" a JOIN "Program" p ON p.id = a."programId"
            WHERE a.status = 'CONDUCTED' AND p.kind = 'BILATERAL' AND ${partnerOf("p.id", "$2")} AND NOT ${partnerOf("p.id", "$1")}
              AND NOT ${takesPart("a.id", "$1")}
            ORDER BY a."startDate" DESC, a.id LIMIT 1`,
  },
  program: {
    own: `SELECT p.id, p.version FROM "Program" p WHERE p.kind = 'BILATERAL' AND ${partnerOf("p.id", "$1")} ORDER BY p.id LIMIT 1`,
    // Not even met through an activity of it the state takes part in, or a plan of it shared with the state.
    other: `SELECT p.id, p.version FROM "Program" p
            WHERE p.kind = 'BILATERAL' AND ${partnerOf("p.id", "$2")} AND NOT ${partnerOf("p.id", "$1")}
              AND NOT EXISTS (SELECT 1 FROM "Activity" a WHERE a."programId" = p.id AND ${takesPart("a.id", "$1")})
              AND NOT EXISTS (SELECT 1 FROM "ProgramPlan" pl WHERE pl."programId" = p.id AND ${sharedWith("pl.id", "$1")})
            ORDER BY p.id LIMIT 1`,
  },
  need: {
    own: `SELECT id, version, status::text AS status FROM "PartnerNeed" WHERE "stateCode" = $1 ORDER BY array_position(ARRAY['SUBMITTED','ACKNOWLEDGED','ADDRESSED','DECLINED'], status::text), id LIMIT 1`,
    other: `SELECT id, version, status::text AS status FROM "PartnerNeed" WHERE "stateCode" = $2 AND $1 <> $2 ORDER BY array_position(ARRAY['SUBMITTED','ACKNOWLEDGED','ADDRESSED','DECLINED'], status::text), id LIMIT 1`,
  },
};

/**
 * The path parameters of a record of each kind that pages open, for a caller of `stateCode` (a
 * liaison officer's own state; staff see every state, so any one will do): the same picks as the
 * matrix's "own" records and fixed records, read only. Unlike loadFixtures it writes nothing and
 * reads no editor, so that a spec running beside others (the query-string fuzz) disturbs none.
 */
export async function readableRecords(query: Query, stateCode: string): Promise<Partial<Record<RecordKind, Record<string, string>>>> {
  const first = async (sql: string, params: unknown[] = []) => {
    const [row] = await query<{ id: string }>(sql, params);
    if (!row) throw new Error(`the seed has no record for: ${sql.slice(0, 80)}...`);
    return row.id;
  };
  const [end] = await query<{ code: string }>(`SELECT code FROM "End" ORDER BY "sortOrder", code LIMIT 1`);
  if (!end) throw new Error("the seed has no End");
  return {
    plan: { id: await first(STATE_QUERIES.plan.own, [stateCode]) },
    activity: { id: await first(STATE_QUERIES.activity.own, [stateCode]) },
    conductedActivity: { id: await first(STATE_QUERIES.conductedActivity.own, [stateCode]) },
    program: { id: await first(STATE_QUERIES.program.own, [stateCode]) },
    need: { id: await first(STATE_QUERIES.need.own, [stateCode]) },
    state: { code: stateCode },
    planRevision: { id: await first(`SELECT id FROM "ProgramPlan" WHERE "supersedesId" IS NOT NULL ORDER BY id LIMIT 1`) },
    framework: { code: await first(`SELECT code AS id FROM "Framework" ORDER BY "sortOrder", code LIMIT 1`) },
    referenceText: { kind: "end", code: end.code },
  };
}

export const NOTIFICATION_PREFIX = "authz-matrix-notification-";
export const UNSHARED_DRAFT_ID = "authz-matrix-unshared-draft-ph";
export const REVISED_DRAFT_ID = "authz-matrix-revised-draft-ph";

/**
 * Reads the accounts and picks every record. `planner` is a signed-in planner's session, for the
 * editor values. Inserts one unread notification per account (about a plan the account may see),
 * since the seed has none: the notification actions need one of the caller's and one of someone else's.
 */
export async function loadFixtures(query: Query, planner: HttpSession): Promise<Fixtures> {
  const users = await query<{ id: string; email: string; role: string; stateCode: string | null }>(
    `SELECT id, email, role::text AS role, "stateCode" FROM "User" WHERE email = ANY($1)`,
    [["admin@example.org", "planner@example.org", ...STATES.map((s) => `liaison.${s}@example.org`)]],
  );
  const account = (key: string, email: string, cls: Account["cls"]): Account => {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`no demo account ${email} in the database`);
    return { key, email, cls, id: user.id, stateCode: user.stateCode };
  };
  const accounts = [
    account("admin", "admin@example.org", "admin"),
    account("planner", "planner@example.org", "planner"),
    ...STATES.map((s) => account(`liaison.${s}`, `liaison.${s}@example.org`, "liaison")),
  ];
  for (const a of accounts.filter((a) => a.cls === "liaison")) {
    if (a.stateCode !== a.key.slice("liaison.".length).toUpperCase()) throw new Error(`${a.email} is bound to ${a.stateCode}`);
  }
  const codes = STATES.map((s) => s.toUpperCase());
  /** The states after `code` in a fixed rotation: where "another state's" record is looked for first. */
  const othersOf = (code: string) => {
    const at = codes.indexOf(code);
    return [...codes.slice(at + 1), ...codes.slice(0, at)];
  };

  // ------------------------------------------------ editor values, read from the edit pages
  const editorValues = new Map<string, Record<string, unknown>>();
  async function editor(kind: "plan" | "activity" | "program", id: string): Promise<Record<string, unknown> | undefined> {
    const key = `${kind}:${id}`;
    if (editorValues.has(key)) return editorValues.get(key);
    const page = await fetchFlight(
      planner,
      `/${kind === "plan" ? "plans" : kind === "activity" ? "activities" : "programs"}/${encodeURIComponent(id)}/edit`,
    );
    if (page.status !== 200) throw new Error(`the ${kind} editor of ${id} answered HTTP ${page.status} to a planner`);
    const idField = `${kind}Id`;
    const props = findInFlight(page.rows, (value) => value[idField] === id && typeof value.initial === "object" && value.initial !== null);
    let values: Record<string, unknown> | undefined;
    if (props && kind === "activity") {
      const initial = props.initial as ActivityFormValues;
      const taking = new Set(initial.participants.map((p) => p.stateCode));
      values = {
        ...toActivityPayload(
          initial,
          Object.keys(initial.reasons).filter((code) => !taking.has(code)),
        ),
      };
    } else if (props && kind === "program") {
      values = { ...toProgramPayload(props.initial as ProgramFormValues) };
    } else if (props) {
      values = props.initial as Record<string, unknown>; // a plan not in DRAFT or SHARED has no editor: undefined
    }
    if (kind !== "plan" && !values) throw new Error(`the ${kind} editor of ${id} shows no values`);
    editorValues.set(key, values ?? {});
    return values;
  }

  // ------------------------------------------------ state-scoped kinds
  const own = new Map<string, RecordRef>(); // `${kind}:${stateCode}`
  const other = new Map<string, RecordRef>();
  const ref = (
    kind: RecordKind,
    id: string,
    params: Record<string, string>,
    version: number,
    label: string,
    values: Record<string, unknown> = {},
  ): RecordRef => ({
    kind,
    id,
    params,
    version,
    label,
    values,
  });

  let planTemplate: Record<string, unknown> | undefined;
  async function withValues(
    kind: "plan" | "activity" | "conductedActivity" | "program" | "need",
    row: Row,
    state: string,
  ): Promise<RecordRef> {
    const label = `${kind} ${row.id} (${state})`;
    if (kind === "need") return ref(kind, row.id, { id: row.id }, row.version, label, { status: row.status });
    if (kind === "conductedActivity") return ref(kind, row.id, { id: row.id }, row.version, label);
    const values = (await editor(kind, row.id)) ?? {};
    if (kind === "plan") {
      if (Object.keys(values).length > 0) planTemplate ??= values;
      return ref(kind, row.id, { id: row.id }, row.version, label, { ...values, status: row.status });
    }
    return ref(kind, row.id, { id: row.id }, row.version, label, values);
  }

  for (const code of codes) {
    for (const kind of ["plan", "activity", "conductedActivity", "program", "need"] as const) {
      const [mine] = await query<Row>(STATE_QUERIES[kind].own, [code]);
      if (!mine) throw new Error(`the seed has no ${kind} of ${code}'s own`);
      own.set(`${kind}:${code}`, await withValues(kind, mine, code));
      let theirs: RecordRef | undefined;
      for (const otherCode of othersOf(code)) {
        const [row] = await query<Row>(STATE_QUERIES[kind].other, [code, otherCode]);
        if (row) {
          theirs = await withValues(kind, row, otherCode);
          break;
        }
      }
      if (!theirs) throw new Error(`the seed has no ${kind} of another state that does not involve ${code}`);
      other.set(`${kind}:${code}`, theirs);
    }
    const states = await query<{
      code: string;
      version: number;
      nameEn: string;
      nameJa: string;
      isAsean: boolean;
      memberSince: string | null;
      admmPlus: boolean;
    }>(
      `SELECT code, version, "nameEn", "nameJa", "isAsean", to_char("aseanMemberSince", 'YYYY-MM-DD') AS "memberSince", "admmPlus" FROM "PartnerState" WHERE code = ANY($1)`,
      [[code, othersOf(code)[0]]],
    );
    const stateRef = (c: string) => {
      const s = states.find((row) => row.code === c);
      if (!s) throw new Error(`no partner state ${c}`);
      return ref("state", c, { code: c }, s.version, `state ${c}`, {
        code: c,
        nameEn: s.nameEn,
        nameJa: s.nameJa,
        isAsean: s.isAsean,
        aseanMemberSince: s.memberSince ?? "",
        admmPlus: s.admmPlus,
      });
    };
    own.set(`state:${code}`, stateRef(code));
    other.set(`state:${code}`, stateRef(othersOf(code)[0]!));
  }
  // A plan without an editor of its own (approved, archived...) is sent valid values of one that has.
  if (!planTemplate) throw new Error("no plan in DRAFT or SHARED to take valid editor values from");
  for (const map of [own, other]) {
    for (const [key, record] of map) {
      if (record.kind === "plan" && Object.keys(record.values).length === 1)
        map.set(key, { ...record, values: { ...planTemplate, status: record.values.status } });
    }
  }

  // The seed has no never-shared draft for the Philippines: one is made, as a planner would start it.
  const author = accounts.find((a) => a.cls === "planner")!;
  await query(
    `INSERT INTO "ProgramPlan" (id, "programId", title, "firstFiscalYear", "lastFiscalYear", "authorId", "updatedById", "updatedAt")
     SELECT $1, p.id, 'Unshared draft of the authorization matrix', 2027, 2028, $2, $2, now() FROM "Program" p
     WHERE p.kind = 'BILATERAL' AND ${partnerOf("p.id", "'PH'")} ORDER BY p.id LIMIT 1
     ON CONFLICT (id) DO NOTHING`,
    [UNSHARED_DRAFT_ID, author.id],
  );
  await query(
    `INSERT INTO "PlanYear" (id, "planId", "fiscalYear") VALUES ($1 || '-fy2027', $1, 2027), ($1 || '-fy2028', $1, 2028) ON CONFLICT (id) DO NOTHING`,
    [UNSHARED_DRAFT_ID],
  );
  const [draft] = await query<Row & { sharedAt: Date | null }>(
    `SELECT id, version, status::text AS status, "sharedAt" FROM "ProgramPlan" WHERE id = $1`,
    [UNSHARED_DRAFT_ID],
  );
  if (!draft || draft.status !== "DRAFT" || draft.sharedAt !== null)
    throw new Error(`${UNSHARED_DRAFT_ID} is not an unshared draft: ${JSON.stringify(draft)}`);
  const unsharedDraft = await withValues("plan", draft, "PH, never shared");

  // Nor one shared with the Philippines, returned to draft and edited: one is made as returnToDraft
  // leaves a plan (still shared with the state, a reason given), with a title and an objective
  // written after it came back. What must not be seen: a word of each, whole in any format (a PDF
  // table wraps longer text).
  const unseen = ["Osprey", "Ternstation"];
  await query(
    `INSERT INTO "ProgramPlan" (id, "programId", title, "firstFiscalYear", "lastFiscalYear", "authorId", "updatedById", "updatedAt",
                                "sharedAt", "submittedAt", "returnReason", version)
     SELECT $1, p.id, $3, 2027, 2028, $2, $2, now(), now() - interval '30 days', now() - interval '20 days', 'Returned by the authorization matrix', 5
     FROM "Program" p WHERE p.kind = 'BILATERAL' AND ${partnerOf("p.id", "'PH'")} ORDER BY p.id LIMIT 1
     ON CONFLICT (id) DO NOTHING`,
    [REVISED_DRAFT_ID, author.id, "Osprey title of a plan the authorization matrix returned to draft"],
  );
  await query(`INSERT INTO "_PlanSharedWith" ("A", "B") VALUES ('PH', $1) ON CONFLICT DO NOTHING`, [REVISED_DRAFT_ID]);
  await query(
    `INSERT INTO "PlanYear" (id, "planId", "fiscalYear") VALUES ($1 || '-fy2027', $1, 2027), ($1 || '-fy2028', $1, 2028) ON CONFLICT (id) DO NOTHING`,
    [REVISED_DRAFT_ID],
  );
  await query(
    `INSERT INTO "PlanObjective" (id, "planYearId", text, position)
     VALUES ($1 || '-objective-1', $1 || '-fy2027', 'Objective as shared with the Philippines', 0), ($1 || '-objective-2', $1 || '-fy2028', $2, 0)
     ON CONFLICT (id) DO NOTHING`,
    [REVISED_DRAFT_ID, "Ternstation radar hand-over, added to the draft"],
  );
  const [revised] = await query<Row & { sharedAt: Date | null; sharedWithPh: boolean }>(
    `SELECT id, version, status::text AS status, "sharedAt", ${sharedWith('"ProgramPlan".id', "'PH'")} AS "sharedWithPh" FROM "ProgramPlan" WHERE id = $1`,
    [REVISED_DRAFT_ID],
  );
  if (!revised || revised.status !== "DRAFT" || revised.sharedAt === null || !revised.sharedWithPh) {
    throw new Error(`${REVISED_DRAFT_ID} is not a draft shared with PH before: ${JSON.stringify(revised)}`);
  }
  const revisedDraft = { ...(await withValues("plan", revised, "PH, shared, back in draft")), unseen };

  // ------------------------------------------------ user-scoped kinds
  const userVersions = new Map(
    (await query<{ id: string; version: number }>(`SELECT id, version FROM "User" WHERE id = ANY($1)`, [accounts.map((a) => a.id)])).map(
      (row) => [row.id, row.version],
    ),
  );
  const peerOf = (a: Account): Account => {
    if (a.cls === "admin") return accounts.find((b) => b.cls === "planner")!;
    if (a.cls === "planner") return accounts.find((b) => b.cls === "admin")!;
    const next = othersOf(a.stateCode!)[0]!;
    return accounts.find((b) => b.stateCode === next)!;
  };
  const userRef = (a: Account) => ref("user", a.id, { id: a.id }, userVersions.get(a.id) ?? 1, `user ${a.email}`);
  // Ids as the notification actions accept them: letters, digits, "_" and "-".
  const notificationId = (a: Account) => `${NOTIFICATION_PREFIX}${a.key.replace(/[^A-Za-z0-9_-]/g, "-")}`;
  const notificationRef = (a: Account) =>
    ref("notification", notificationId(a), { id: notificationId(a) }, 1, `notification of ${a.email}`);
  for (const a of accounts) {
    const plan = a.stateCode ? own.get(`plan:${a.stateCode}`)! : own.get(`plan:PH`)!;
    await query(
      `INSERT INTO "Notification" (id, "userId", kind, "planId", data) VALUES ($1, $2, 'PLAN_SHARED', $3, $4)
       ON CONFLICT (id) DO UPDATE SET "readAt" = NULL`,
      [notificationId(a), a.id, plan.id, JSON.stringify({ title: `Shared with you (${a.key})` })],
    );
  }

  // ------------------------------------------------ fixed kinds
  const [revision] = await query<Row>(`SELECT id, version FROM "ProgramPlan" WHERE "supersedesId" IS NOT NULL ORDER BY id LIMIT 1`);
  // The version travels apart from the values (the registry sets it, current or stale).
  const [framework] = await query<{ code: string; version: number; values: Record<string, unknown> }>(
    `SELECT code, version, json_build_object('code', code, 'kind', kind::text, 'nameEn', "nameEn", 'nameJa', "nameJa", 'descriptionEn', "descriptionEn",
            'descriptionJa', "descriptionJa", 'parentCode', COALESCE("parentCode", ''), 'establishedOn', COALESCE(to_char("establishedOn", 'YYYY-MM-DD'), ''),
            'sortOrder', "sortOrder"::text) AS "values"
     FROM "Framework" ORDER BY "sortOrder", code LIMIT 1`,
  );
  const [end] = await query<{ code: string; version: number; values: Record<string, unknown> }>(
    `SELECT code, version, json_build_object('kind', 'end', 'code', code, 'titleEn', "titleEn", 'titleJa', "titleJa", 'descriptionEn', "descriptionEn",
            'descriptionJa', "descriptionJa") AS "values"
     FROM "End" ORDER BY "sortOrder", code LIMIT 1`,
  );
  // The version travels apart from the values here too.
  const [spendingLine] = await query<{ id: string; version: number; values: Record<string, unknown> }>(
    `SELECT s.id, s.version, json_build_object('spentOn', to_char(s."spentOn", 'YYYY-MM-DD'), 'category', s.category::text,
            'amountJpy', s."amountJpy"::text, 'description', s.description, 'activityId', COALESCE(s."activityId", '')) AS "values"
     FROM "SpendingLine" s JOIN "ProgramPlan" p ON p.id = s."planId" WHERE p.status <> 'ARCHIVED' ORDER BY s.id LIMIT 1`,
  );
  if (!revision || !framework || !end || !spendingLine)
    throw new Error("the seed lacks a plan revision, a framework, an End or a spending line");
  const fixed: Partial<Record<RecordKind, RecordRef>> = {
    planRevision: ref("planRevision", revision.id, { id: revision.id }, revision.version, `plan revision ${revision.id}`),
    framework: ref(
      "framework",
      framework.code,
      { code: framework.code },
      framework.version,
      `framework ${framework.code}`,
      framework.values,
    ),
    referenceText: ref("referenceText", `end/${end.code}`, { kind: "end", code: end.code }, end.version, `End ${end.code}`, end.values),
    spendingLine: ref(
      "spendingLine",
      spendingLine.id,
      { id: spendingLine.id },
      spendingLine.version,
      `spending line ${spendingLine.id}`,
      spendingLine.values,
    ),
  };

  const scopeOf = (kind: RecordKind) => RECORD_KINDS[kind];
  return {
    accounts,
    unsharedDraft,
    revisedDraft,
    own(kind, a) {
      if (scopeOf(kind) === "user") return kind === "user" ? userRef(a) : notificationRef(a);
      if (!a.stateCode) throw new Error(`${a.email} has no state of its own`);
      const found = own.get(`${kind}:${a.stateCode}`);
      if (!found) throw new Error(`no own ${kind} for ${a.stateCode}`);
      return found;
    },
    other(kind, a) {
      if (scopeOf(kind) === "user") return kind === "user" ? userRef(peerOf(a)) : notificationRef(peerOf(a));
      if (!a.stateCode) throw new Error(`${a.email} has no state of its own`);
      const found = other.get(`${kind}:${a.stateCode}`);
      if (!found) throw new Error(`no other ${kind} for ${a.stateCode}`);
      return found;
    },
    all(kind) {
      if (scopeOf(kind) === "user") return accounts.map((a) => (kind === "user" ? userRef(a) : notificationRef(a)));
      const records = [...own.values(), ...other.values()].filter((r) => r.kind === kind);
      return records.filter((r, i) => records.findIndex((s) => s.id === r.id) === i);
    },
    fixed(kind) {
      const found = fixed[kind];
      if (!found) throw new Error(`${kind} is not a fixed record kind`);
      return found;
    },
    otherStateOf(a) {
      return othersOf(a?.stateCode ?? "PH")[0]!;
    },
  };
}
