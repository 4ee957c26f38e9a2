// The second guard against cross-state leaks: a Prisma client extension that refuses a liaison
// officer's query unless the query itself carries the officer's state (or, for per-user rows, the
// officer's own user id). lib/data scopes every query by the actor (lib/data/scope.ts); this layer
// does not trust that it did. A forgotten scope becomes a refusal - logged as an error, answered as
// "not found" - instead of another state's records. Planners and admins get the plain client.
//
// (Row-level security was the alternative; the app may connect as a superuser, which bypasses it.)
//
// What a liaison officer's client lets through, model by model. "In scope" means the query's `where`
// holds the condition in every case: at the top, inside AND (at any depth), or in *every* branch of
// an OR; never under NOT, never as a relation's `every`/`none`. Relation filters count through
// `some` (to-many) and `is` or a bare filter (to-one). The state is matched as `field: "PH"`,
// `{ equals: "PH" }` or `{ in: ["PH"] }`.
//
//   Model                   read (find*, count, aggregate, groupBy)           write
//   ----------------------  ------------------------------------------------  ---------------------------------------
//   Activity                participants.some in scope (ActivityParticipant)  refused
//   ActivityParticipant     stateCode = own, state.code = own, or activity     refused
//                           in scope
//   ActivityNonInvitation   refused (why a state was left out: JMOD's note)   refused
//   Program                 partnerStates.some.code = own, or activities.some  refused
//                           / plans.some in scope (programScope is an OR of
//                           these three; each branch must hold one)
//   ProgramPlan             sharedWith.some.code = own AND sharedAt not null  refused
//                           AND status among SHARED, IN_REVIEW, APPROVED,
//                           ARCHIVED (never DRAFT: planScope); without the
//                           status, a find that selects `id` alone (a plan
//                           back in draft is named, not read: planNamedScope)
//   PlanYear                plan in scope                                     refused
//   PlanObjective,Milestone planYear in scope                                 refused
//   BudgetLine              refused (JMOD-internal)                           refused
//   ConsultationRecord      refused (JMOD-internal)                           refused
//   PartnerNeed             stateCode = own (or state.code = own)             create with stateCode = own
//   PlanComment             plan in scope AND author visible: authorId =      create with authorId = self
//                           self, author.stateCode = own, or author.role in
//                           ADMIN/PLANNER (planCommentScope)
//   PlanWatch               userId = self, or plan in scope (a plan's         create, update, upsert, delete with
//                           followers, to notify them of one's comment)       userId = self
//   Notification            userId = self                                     update, delete with userId = self;
//                                                                             create: the fan-out of one's own
//                                                                             comment (kind PLAN_COMMENT, a planId),
//                                                                             of one's need (NEED_SUBMITTED, a needId)
//   PlanIndicator           plan in scope (targets, actuals: indicator in      refused
//   (IndicatorTarget,       scope)
//   IndicatorActual)
//   AfterActionReport       activity in scope (follow-ups: report in scope)     refused
//   PartnerFeedback         stateCode = own                                    create with stateCode = own and
//                                                                              authorId = self; updateMany where
//                                                                              stateCode = own
//   SpendingLine            refused (JMOD-internal: money)                     refused
//   AuditEvent              entity = "PartnerNeed" (a need's status history;  create with actorId = self
//                           the caller loads the need in scope first)
//   any other model         not scoped (reference data, states, users,        refused
//                           sessions)
//
// Nested reads (select, include, _count) follow the relations of RELATIONS. Reaching a scoped model
// through a to-many relation needs a `where` that is in scope by the target's rule (Program.activities,
// KeyArea.activities, PartnerNeed.plans...), except where the parent's scope is the child's:
// Activity.participants, ProgramPlan.years, PlanYear.objectives and .milestones (INHERITED).
// ProgramPlan.comments needs the author condition only: the plan is the parent. To-one relations into
// a scoped model are refused unless INHERITED (Activity.program, ProgramPlan.program, PlanYear.plan...)
// or a LINK (ProgramPlan.supersedes: id and revision only); Activity.plan and the like are loaded by
// their own scoped query. The refused models are refused at any depth.
//
// Raw SQL ($queryRaw, $executeRaw and their Unsafe forms) is refused on a liaison officer's client:
// the guard cannot read SQL. A data function that needs SQL for a liaison officer calls db() directly
// and binds the scope in the SQL itself, marked with a `// scope:` comment on the lines before the call
// (lib/db/scope-guard.test.ts fails on a raw call in lib/data without one).
//
// Not covered: relation filters in the `where` of a model that is not scoped (a KeyArea filtered by
// its activities reveals that some exist), and whether a comment's plan is in scope when it is
// created (its data names the plan by id; addPlanComment loads the plan in scope in the same
// transaction first).
import type { Actor } from "@/lib/authz/actor";
import { liaisonState, seesAllStates } from "@/lib/authz/policy";
import { PARTNER_PLAN_STATUSES } from "@/lib/domain/plan";
import type { PrismaClient } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";

/** A query the guard refused: a defect in the data layer, answered as "not found" like any out-of-scope record. */
export class ScopeViolationError extends NotFoundError {
  constructor(
    readonly model: string,
    readonly operation: string,
    readonly reason: string,
  ) {
    super(model);
  }
}

/** Whose query it is: the liaison officer's state and user id. */
export interface GuardScope {
  stateCode: string;
  userId: string;
}

// ---------------------------------------------------------------- the relations of the schema

interface Relation {
  target: string;
  list: boolean;
}

// Every relation field of prisma/schema.prisma ("field:Target" or "field:Target[]"); the unit test
// compares this table with the schema, so a new relation cannot slip past the nested-read check.
const RELATION_TEXT: Record<string, string> = {
  End: "programs:Program[]",
  Approach: "programs:Program[]",
  KeyArea: "programs:Program[] activities:Activity[] needs:PartnerNeed[]",
  Means: "programs:Program[] activities:Activity[]",
  Framework: "parent:Framework children:Framework[] programs:Program[] activities:Activity[]",
  PartnerState:
    "programs:Program[] bilateralFor:Program[] sharedPlans:ProgramPlan[] hostedActivities:Activity[] " +
    "participations:ActivityParticipant[] nonInvitations:ActivityNonInvitation[] needs:PartnerNeed[] feedback:PartnerFeedback[] " +
    "users:User[]",
  Program:
    "partnerState:PartnerState partnerStates:PartnerState[] ends:End[] approaches:Approach[] keyAreas:KeyArea[] " +
    "means:Means[] frameworks:Framework[] plans:ProgramPlan[] activities:Activity[] updatedBy:User",
  ProgramPlan:
    "program:Program supersedes:ProgramPlan supersededBy:ProgramPlan author:User sharedWith:PartnerState[] " +
    "approvedBy:User years:PlanYear[] indicators:PlanIndicator[] spending:SpendingLine[] activities:Activity[] " +
    "consultations:ConsultationRecord[] comments:PlanComment[] watches:PlanWatch[] notifications:Notification[] " +
    "needs:PartnerNeed[] updatedBy:User",
  PlanYear: "plan:ProgramPlan objectives:PlanObjective[] milestones:Milestone[] budgetLines:BudgetLine[]",
  PlanObjective: "planYear:PlanYear",
  Milestone: "planYear:PlanYear",
  BudgetLine: "planYear:PlanYear",
  ConsultationRecord: "plan:ProgramPlan activity:Activity",
  Activity:
    "program:Program plan:ProgramPlan hostState:PartnerState means:Means[] keyAreas:KeyArea[] framework:Framework " +
    "participants:ActivityParticipant[] nonInvitations:ActivityNonInvitation[] consultations:ConsultationRecord[] " +
    "needs:PartnerNeed[] afterActionReport:AfterActionReport feedback:PartnerFeedback[] spending:SpendingLine[] " +
    "updatedBy:User",
  ActivityParticipant: "activity:Activity state:PartnerState",
  ActivityNonInvitation: "activity:Activity state:PartnerState",
  PartnerNeed: "state:PartnerState keyArea:KeyArea submittedBy:User plans:ProgramPlan[] activities:Activity[] notifications:Notification[]",
  PlanComment: "plan:ProgramPlan author:User",
  PlanWatch: "user:User plan:ProgramPlan",
  Notification: "user:User plan:ProgramPlan need:PartnerNeed",
  User:
    "state:PartnerState authoredPlans:ProgramPlan[] approvedPlans:ProgramPlan[] updatedPlans:ProgramPlan[] " +
    "updatedPrograms:Program[] updatedActivities:Activity[] submittedNeeds:PartnerNeed[] comments:PlanComment[] " +
    "planWatches:PlanWatch[] notifications:Notification[] auditEvents:AuditEvent[] sessions:UserSession[] " +
    "recordedActuals:IndicatorActual[] updatedReports:AfterActionReport[] givenFeedback:PartnerFeedback[] " +
    "recordedSpending:SpendingLine[]",
  PlanIndicator: "plan:ProgramPlan targets:IndicatorTarget[] actuals:IndicatorActual[] reports:AfterActionReport[]",
  IndicatorTarget: "indicator:PlanIndicator",
  IndicatorActual: "indicator:PlanIndicator recordedBy:User",
  AfterActionReport: "activity:Activity indicators:PlanIndicator[] followUps:FollowUpAction[] updatedBy:User",
  FollowUpAction: "report:AfterActionReport",
  PartnerFeedback: "activity:Activity state:PartnerState author:User",
  SpendingLine: "plan:ProgramPlan activity:Activity recordedBy:User",
  UserSession: "user:User",
  AuditEvent: "actor:User",
};

export const RELATIONS: Record<string, Record<string, Relation>> = Object.fromEntries(
  Object.entries(RELATION_TEXT).map(([model, text]) => [
    model,
    Object.fromEntries(
      text.split(/\s+/).map((entry) => {
        const [field = "", type = ""] = entry.split(":");
        return [field, { target: type.replace("[]", ""), list: type.endsWith("[]") }];
      }),
    ),
  ]),
);

// ---------------------------------------------------------------- reading a where clause

type Where = Record<string, unknown>;

interface Context extends GuardScope {
  /** Steps left: OR branches multiply, and a pathological clause is refused rather than explored. */
  budget: { left: number };
}

/** The conditions that hold together: plain fields (with relation filters), and OR groups still to split. */
interface Conjunction {
  fields: Map<string, unknown[]>;
  ors: unknown[][];
}

const isObject = (value: unknown): value is Where =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);

function addField(fields: Map<string, unknown[]>, key: string, value: unknown) {
  const values = fields.get(key);
  if (values) values.push(value);
  else fields.set(key, [value]);
}

function collect(where: Where, into: Conjunction): Conjunction {
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === "AND") {
      for (const member of Array.isArray(value) ? value : [value]) if (isObject(member)) collect(member, into);
    } else if (key === "OR") {
      into.ors.push(Array.isArray(value) ? value : [value]);
    } else if (key === "NOT") {
      // A negated condition never confines the query to a state.
    } else if (key.includes("_") && isObject(value)) {
      // A compound unique key (userId_planId: { userId, planId }): each part is an equality.
      for (const [part, inner] of Object.entries(value)) addField(into.fields, part, inner);
    } else {
      addField(into.fields, key, value);
    }
  }
  return into;
}

const conjunction = (where: Where): Conjunction => collect(where, { fields: new Map(), ors: [] });

type Rule = (fields: Map<string, unknown[]>, context: Context) => boolean;

/**
 * Whether `rule` holds for every row `where` can match: it holds on the plain conditions, or, split
 * over an OR group, it holds in each branch together with the conditions around it.
 */
function holds(rule: Rule, conj: Conjunction, context: Context): boolean {
  if (--context.budget.left < 0) return false;
  if (rule(conj.fields, context)) return true;
  const [group, ...rest] = conj.ors;
  if (!group?.length) return false;
  return group.every((branch) => {
    if (!isObject(branch)) return false;
    const fields = new Map([...conj.fields].map(([key, values]) => [key, [...values]]));
    return holds(rule, collect(branch, { fields, ors: [...rest] }), context);
  });
}

const scopedBy = (rule: Rule, where: unknown, context: Context): boolean => isObject(where) && holds(rule, conjunction(where), context);

/** `field: x`, `{ equals: x }` or `{ in: [x, x...] }`. */
function equalsOnly(value: unknown, expected: string): boolean {
  if (value === expected) return true;
  if (!isObject(value)) return false;
  if (value.equals === expected) return true;
  return Array.isArray(value.in) && value.in.length > 0 && value.in.every((item) => item === expected);
}

const fieldIs =
  (key: string, expected: (context: Context) => string): Rule =>
  (fields, context) =>
    (fields.get(key) ?? []).some((value) => equalsOnly(value, expected(context)));

const ownState = (context: Context) => context.stateCode;
const self = (context: Context) => context.userId;

/** A to-many relation filter through `some` whose condition satisfies `rule`. */
const some =
  (key: string, rule: () => Rule): Rule =>
  (fields, context) =>
    (fields.get(key) ?? []).some((value) => isObject(value) && scopedBy(rule(), value.some, context));

/** A to-one relation filter (`is`, or the bare filter) whose condition satisfies `rule`. */
const is =
  (key: string, rule: () => Rule): Rule =>
  (fields, context) =>
    (fields.get(key) ?? []).some((value) => {
      if (!isObject(value)) return false;
      if ("is" in value) return scopedBy(rule(), value.is, context);
      return !("isNot" in value) && scopedBy(rule(), value, context);
    });

const notNull =
  (key: string): Rule =>
  (fields) =>
    (fields.get(key) ?? []).some((value) => isObject(value) && value.not === null);

const anyOf =
  (...rules: Rule[]): Rule =>
  (fields, context) =>
    rules.some((rule) => rule(fields, context));
const allOf =
  (...rules: Rule[]): Rule =>
  (fields, context) =>
    rules.every((rule) => rule(fields, context));

/** `field: x`, `{ equals: x }` or `{ in: [x, y...] }`, every value among `allowed`. */
const fieldAmong =
  (key: string, allowed: ReadonlySet<string>): Rule =>
  (fields) =>
    (fields.get(key) ?? []).some((value) => {
      if (typeof value === "string") return allowed.has(value);
      if (!isObject(value)) return false;
      if (typeof value.equals === "string") return allowed.has(value.equals);
      return Array.isArray(value.in) && value.in.length > 0 && value.in.every((item) => typeof item === "string" && allowed.has(item));
    });

const jmodRole: Rule = fieldAmong("role", new Set(["ADMIN", "PLANNER"]));

const refused: Rule = () => false;

/** planCommentScope: comments by JMOD staff, by the officer's own state, or the officer's own. */
const VISIBLE_AUTHOR: Rule = anyOf(
  fieldIs("authorId", self),
  is("author", () => anyOf(fieldIs("id", self), fieldIs("stateCode", ownState), jmodRole)),
);

/** A plan shared with the officer's state at some time (planNamedScope), whatever its status now. */
const SHARED_WITH_STATE: Rule = allOf(
  some("sharedWith", () => RULES.PartnerState!),
  notNull("sharedAt"),
);

/** The read rule of each scoped model (the table at the top of this file). */
const RULES: Record<string, Rule> = {
  PartnerState: fieldIs("code", ownState), // only as the target of a relation filter: the state itself
  ActivityParticipant: anyOf(
    fieldIs("stateCode", ownState),
    is("state", () => RULES.PartnerState!),
    is("activity", () => RULES.Activity!),
  ),
  Activity: some("participants", () => RULES.ActivityParticipant!),
  ActivityNonInvitation: refused,
  Program: anyOf(
    some("partnerStates", () => RULES.PartnerState!),
    some("activities", () => RULES.Activity!),
    some("plans", () => RULES.ProgramPlan!),
  ),
  ProgramPlan: allOf(SHARED_WITH_STATE, fieldAmong("status", new Set(PARTNER_PLAN_STATUSES))),
  PlanYear: is("plan", () => RULES.ProgramPlan!),
  PlanObjective: is("planYear", () => RULES.PlanYear!),
  Milestone: is("planYear", () => RULES.PlanYear!),
  BudgetLine: refused,
  ConsultationRecord: refused,
  PartnerNeed: anyOf(
    fieldIs("stateCode", ownState),
    is("state", () => RULES.PartnerState!),
  ),
  PlanComment: allOf(
    is("plan", () => RULES.ProgramPlan!),
    VISIBLE_AUTHOR,
  ),
  PlanWatch: anyOf(
    fieldIs("userId", self),
    is("plan", () => RULES.ProgramPlan!),
  ),
  Notification: fieldIs("userId", self),
  // Results: a shared plan's indicators with their targets and actuals; JMOD's report on an activity
  // the state took part in; the state's own feedback only. Money (SpendingLine) never.
  PlanIndicator: is("plan", () => RULES.ProgramPlan!),
  IndicatorTarget: is("indicator", () => RULES.PlanIndicator!),
  IndicatorActual: is("indicator", () => RULES.PlanIndicator!),
  AfterActionReport: is("activity", () => RULES.Activity!),
  FollowUpAction: is("report", () => RULES.AfterActionReport!),
  PartnerFeedback: anyOf(
    fieldIs("stateCode", ownState),
    is("state", () => RULES.PartnerState!),
  ),
  SpendingLine: refused,
  AuditEvent: fieldIs("entity", () => "PartnerNeed"),
};

/** Refused whatever the query: JMOD's internal records. */
const NEVER = new Set(["ActivityNonInvitation", "BudgetLine", "ConsultationRecord", "SpendingLine"]);

/** The models with a read rule; every other model is not scoped (reference data, states, users). */
export const SCOPED_MODELS = Object.keys(RULES).filter((model) => model !== "PartnerState");

// ---------------------------------------------------------------- nested reads

type Access = "public" | "inherit" | "never" | { filter: Rule } | { link: readonly string[] };

/** Relations into a scoped model whose rows are visible whenever the parent is. */
const INHERITED = new Set([
  "Activity.participants",
  "Activity.program", // programScope includes the programs of the officer's activities
  "ProgramPlan.program", // ... and of the plans it may read
  "ProgramPlan.years",
  "PlanYear.plan",
  "PlanYear.objectives",
  "PlanYear.milestones",
  "PlanObjective.planYear",
  "Milestone.planYear",
  "PlanComment.plan",
  "ActivityParticipant.activity",
  "ProgramPlan.indicators",
  "PlanIndicator.plan",
  "PlanIndicator.targets",
  "PlanIndicator.actuals",
  "IndicatorTarget.indicator",
  "IndicatorActual.indicator",
  "Activity.afterActionReport",
  "AfterActionReport.activity",
  "AfterActionReport.followUps",
  "FollowUpAction.report",
]);

/** To-one relations that may name their record (these fields only) but not read it. */
const LINKS: Record<string, readonly string[]> = {
  "ProgramPlan.supersedes": ["id", "revision"],
  "ProgramPlan.supersededBy": ["id", "revision"],
};

function accessOf(model: string, field: string, relation: Relation): Access {
  const key = `${model}.${field}`;
  if (NEVER.has(relation.target)) return "never";
  if (!(relation.target in RULES) || relation.target === "PartnerState") return "public";
  if (INHERITED.has(key)) return "inherit";
  const link = LINKS[key];
  if (link) return { link };
  if (key === "ProgramPlan.comments") return { filter: VISIBLE_AUTHOR };
  return relation.list ? { filter: RULES[relation.target]! } : "never";
}

/** Why a select/include tree reaches rows outside the scope, or null when it does not. */
function selectionRefusal(model: string, args: unknown, context: Context, path: string): string | null {
  if (!isObject(args)) return null;
  for (const key of ["select", "include"] as const) {
    const selection = args[key];
    if (!isObject(selection)) continue;
    for (const [field, value] of Object.entries(selection)) {
      if (!value) continue;
      const refusal = field === "_count" ? countRefusal(model, value, context, path) : relationRefusal(model, field, value, context, path);
      if (refusal) return refusal;
    }
  }
  return null;
}

function relationRefusal(model: string, field: string, value: unknown, context: Context, path: string): string | null {
  const relation = RELATIONS[model]?.[field];
  if (!relation) return null; // a scalar
  const where = `${path}.${field}`;
  const access = accessOf(model, field, relation);
  if (access === "never") return `${where} reaches ${relation.target}, which a liaison officer may not read this way`;
  if (typeof access === "object" && "link" in access) {
    const fields = isObject(value) && isObject(value.select) ? Object.entries(value.select).filter(([, on]) => on) : null;
    if (!fields || fields.some(([name, on]) => on !== true || !access.link.includes(name))) {
      return `${where} may select only ${access.link.join(", ")}`;
    }
    return null;
  }
  if (typeof access === "object" && !scopedBy(access.filter, isObject(value) ? value.where : undefined, context)) {
    return `${where} reads ${relation.target} without the state scope`;
  }
  return selectionRefusal(relation.target, value, context, where);
}

function countRefusal(model: string, value: unknown, context: Context, path: string): string | null {
  const relations = RELATIONS[model] ?? {};
  const counted: [string, unknown][] =
    value === true
      ? Object.keys(relations)
          .filter((field) => relations[field]!.list)
          .map((field) => [field, true])
      : isObject(value) && isObject(value.select)
        ? Object.entries(value.select)
        : [];
  for (const [field, inner] of counted) {
    const relation = relations[field];
    if (!inner || !relation) continue;
    const access = accessOf(model, field, relation);
    const where = `${path}._count.${field}`;
    if (access === "never" || (typeof access === "object" && "link" in access))
      return `${where} counts ${relation.target}, which a liaison officer may not read`;
    if (typeof access === "object" && !scopedBy(access.filter, isObject(inner) ? inner.where : undefined, context)) {
      return `${where} counts ${relation.target} without the state scope`;
    }
  }
  return null;
}

// ---------------------------------------------------------------- writes

const rowsOf = (data: unknown): unknown[] => (Array.isArray(data) ? data : [data]);

/** A liaison officer's writes set plain columns only: no nested create, connect or update of relations. */
function relationWrite(model: string, row: Where): string | undefined {
  const relations = RELATIONS[model] ?? {};
  return Object.keys(row).find((key) => key in relations && row[key] !== undefined);
}

/** Every row is an object whose `key` is `expected` (and which writes no relation). */
function rowsRefusal(model: string, data: unknown, check: (row: Where) => boolean, what: string): string | null {
  const rows = rowsOf(data);
  if (!rows.length) return null;
  for (const row of rows) {
    if (!isObject(row)) return `${model}: unreadable data`;
    const nested = relationWrite(model, row);
    if (nested) return `${model}: writes the relation ${nested}`;
    if (!check(row)) return `${model}: ${what}`;
  }
  return null;
}

const CREATES = new Set(["create", "createMany", "createManyAndReturn"]);
const CHANGES = new Set(["update", "updateMany", "updateManyAndReturn", "delete", "deleteMany"]);

type WriteRule = (operation: string, args: Where, context: Context) => string | null;

/** A per-user model: rows are the officer's own, found by `userId = self` and never handed to another user. */
function ownRows(model: string, creates: (row: Where, context: Context) => boolean, createText: string): WriteRule {
  const own = fieldIs("userId", self);
  const keepsOwner = (data: unknown, context: Context) =>
    rowsRefusal(model, data, (row) => row.userId === undefined || row.userId === context.userId, "moves a row to another user");
  return (operation, args, context) => {
    if (CREATES.has(operation)) return rowsRefusal(model, args.data, (row) => creates(row, context), createText);
    if (CHANGES.has(operation) || operation === "upsert") {
      if (!scopedBy(own, args.where, context)) return `${model}.${operation}: where lacks userId = self`;
      if (operation === "upsert")
        return (
          rowsRefusal(model, args.create, (row) => row.userId === context.userId, "creates a row for another user") ??
          keepsOwner(args.update, context)
        );
      return args.data === undefined ? null : keepsOwner(args.data, context);
    }
    return `${model}.${operation} is not a liaison officer's write`;
  };
}

/** What a liaison officer may write (the table at the top of this file); other writes are refused. */
const WRITES: Record<string, WriteRule> = {
  PartnerNeed: (operation, args, context) =>
    CREATES.has(operation)
      ? rowsRefusal("PartnerNeed", args.data, (row) => row.stateCode === context.stateCode, "a need of another state")
      : `PartnerNeed.${operation} is not a liaison officer's write`,
  PlanComment: (operation, args, context) =>
    operation === "create"
      ? rowsRefusal("PlanComment", args.data, (row) => row.authorId === context.userId, "a comment by another author")
      : `PlanComment.${operation} is not a liaison officer's write`,
  PlanWatch: ownRows("PlanWatch", (row, context) => row.userId === context.userId, "a watch of another user"),
  // The fan-out of the officer's own comment to the plan's followers, and of the need they submit to JMOD
  // staff (lib/data/notifications/writes.ts; the need is created in the same transaction, for their state).
  Notification: ownRows(
    "Notification",
    (row) =>
      (row.kind === "PLAN_COMMENT" && typeof row.planId === "string" && row.needId == null) ||
      (row.kind === "NEED_SUBMITTED" && typeof row.needId === "string" && row.planId == null),
    "a notification other than of a comment or a submitted need",
  ),
  // An officer's feedback on an activity their state took part in (lib/data/after-action/writes.ts loads the activity
  // in scope first, in the same transaction): rows of the officer's state, by the officer.
  PartnerFeedback: (operation, args, context) => {
    const own = (row: Where) => row.stateCode === context.stateCode && row.authorId === context.userId;
    if (operation === "create") return rowsRefusal("PartnerFeedback", args.data, own, "feedback of another state or author");
    if (operation === "updateMany") {
      if (!scopedBy(RULES.PartnerFeedback!, args.where, context)) return "PartnerFeedback.updateMany: where lacks the state";
      return rowsRefusal(
        "PartnerFeedback",
        args.data,
        (row) =>
          (row.stateCode === undefined || row.stateCode === context.stateCode) &&
          (row.authorId === undefined || row.authorId === context.userId),
        "moves feedback to another state or author",
      );
    }
    return `PartnerFeedback.${operation} is not a liaison officer's write`;
  },
  AuditEvent: (operation, args, context) =>
    operation === "create"
      ? rowsRefusal("AuditEvent", args.data, (row) => row.actorId === context.userId, "an event of another actor")
      : `AuditEvent.${operation} is not a liaison officer's write`,
};

// ---------------------------------------------------------------- one operation

const READS = new Set(["findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "findMany", "count", "aggregate", "groupBy"]);
const RETURNS_ROWS = new Set([
  "findFirst",
  "findFirstOrThrow",
  "findUnique",
  "findUniqueOrThrow",
  "findMany",
  "create",
  "createManyAndReturn",
  "update",
  "updateManyAndReturn",
  "upsert",
  "delete",
]);

const MAX_STEPS = 10_000;

const FINDS = new Set(["findFirst", "findFirstOrThrow", "findUnique", "findUniqueOrThrow", "findMany"]);

/**
 * A plan shared with the officer's state and since returned to draft is named, not read: a find of
 * plans shared with the state, whatever their status, that selects `id` alone (its page then says
 * only that it is being revised), as LINKS name a plan by id and revision.
 */
function namesPlanOnly(model: string, operation: string, args: Where, context: Context): boolean {
  if (model !== "ProgramPlan" || !FINDS.has(operation) || args.include !== undefined || !isObject(args.select)) return false;
  const selected = Object.entries(args.select).filter(([, on]) => on);
  return (
    selected.length === 1 && selected[0]![0] === "id" && selected[0]![1] === true && scopedBy(SHARED_WITH_STATE, args.where ?? {}, context)
  );
}

/**
 * Why a liaison officer's operation must be refused, or null when it may run. `model` is undefined
 * for raw SQL. Pure: the unit tests call it with any shape.
 */
export function scopeRefusal(model: string | undefined, operation: string, args: unknown, scope: GuardScope): string | null {
  if (!model) return `raw SQL (${operation}) on a liaison officer's client: use db() with the scope bound in the SQL`;
  const context: Context = { ...scope, budget: { left: MAX_STEPS } };
  const given: Where = isObject(args) ? args : {};
  if (NEVER.has(model)) return `${model} is JMOD-internal`;
  if (READS.has(operation)) {
    const rule = RULES[model];
    if (
      rule &&
      model !== "PartnerState" &&
      !scopedBy(rule, given.where ?? {}, context) &&
      !namesPlanOnly(model, operation, given, context)
    ) {
      return context.budget.left < 0
        ? `${model}.${operation}: where too complex to check`
        : `${model}.${operation}: where lacks the state scope`;
    }
  } else {
    const write = WRITES[model];
    const refusal = write ? write(operation, given, context) : `${model}.${operation} is not a liaison officer's write`;
    if (refusal) return refusal;
  }
  return RETURNS_ROWS.has(operation) ? selectionRefusal(model, given, context, model) : null;
}

/** Whether `where` confines a read of `model` to the scope (the read rule alone; for the tests). */
export function isScopedWhere(model: string, where: unknown, scope: GuardScope): boolean {
  const rule = RULES[model];
  if (!rule) throw new Error(`${model} is not a scoped model`);
  return scopedBy(rule, where, { ...scope, budget: { left: MAX_STEPS } });
}

// ---------------------------------------------------------------- the client

function guarded(base: PrismaClient, scope: GuardScope, actorId: string): PrismaClient {
  return base.$extends({
    name: "scope-guard",
    query: {
      async $allOperations({ model, operation, args, query }) {
        const reason = scopeRefusal(model, operation, args, scope);
        if (reason) {
          const error = new ScopeViolationError(model ?? "raw", operation, reason);
          await log.error("query refused by the scope guard", {
            actorId,
            action: "db.scope-guard",
            outcome: "refused",
            stateCode: scope.stateCode,
            model: model ?? null,
            operation,
            reason,
          });
          throw error;
        }
        return query(args);
      },
    },
  }) as unknown as PrismaClient;
}

// One extended client per liaison officer (their rules name their state and user id), per base client.
const clients = new WeakMap<PrismaClient, Map<string, PrismaClient>>();
const MAX_CACHED = 1_000;

/**
 * The database as the actor may use it: the plain client for planners and admins, and for a liaison
 * officer a client that refuses any query not confined to their state (see the table above).
 * Interactive transactions of that client are guarded too.
 */
export function scopedDb(actor: Actor): PrismaClient {
  const base = db();
  if (seesAllStates(actor)) return base;
  const scope = { stateCode: liaisonState(actor), userId: actor.id };
  let cache = clients.get(base);
  if (!cache) clients.set(base, (cache = new Map()));
  const key = `${scope.userId}\u0000${scope.stateCode}`;
  let client = cache.get(key);
  if (!client) {
    if (cache.size >= MAX_CACHED) cache.clear();
    client = guarded(base, scope, actor.id);
    cache.set(key, client);
  }
  return client;
}

/**
 * The plain client, for a data function whose SQL binds the actor's scope itself: the guard cannot
 * read SQL, so a liaison officer's guarded client refuses raw queries. `scopeBoundBy` says where the
 * SQL binds the scope (the actor's state or id in a WHERE, a lock on their own id...), for the reader;
 * each raw call also carries a `// scope:` comment (lib/db/scope-guard.test.ts).
 */
export function sqlScopedDb(actor: Actor, scopeBoundBy: string): PrismaClient {
  if (!scopeBoundBy.trim()) throw new Error("sqlScopedDb: say where the SQL binds the scope");
  if (!seesAllStates(actor)) liaisonState(actor); // a liaison account without a state has no scope to bind
  return db();
}
