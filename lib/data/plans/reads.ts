import "server-only";
import { PAGE_SIZE, pageCountOf, type ListPage } from "@/lib/validation/query-filters";
import { Prisma } from "@/generated/prisma/client";
import type { MilestoneStatus, Role, SpendingCategory } from "@/generated/prisma/client";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import { NEED_PLANS, PLAN_SHARED_WITH } from "@/lib/db/join-tables";
import { jsonDate, jsonDateOrNull } from "@/lib/db/json-rows";
import { activityRowFromJson, activityRowJson } from "@/lib/data/activities/rows";
import { needRowFromJson, needRowJson, type NeedRowJson } from "@/lib/data/needs/rows";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { planCondition, type PlanConditionFilters } from "@/lib/data/plans/condition";
import { planInScope } from "@/lib/data/reports/sql-scope";
import { planRowFromJson, planRowJson, type PlanRowJson } from "@/lib/data/plans/rows";
import { stateRefJson, type StateRefJson } from "@/lib/data/json-refs";
import { currentFiscalYear, fiscalYearRange } from "@/lib/fiscal-year";
import { activityScopeSql, needScopeSql, planCommentScopeSql, planNamedScope, planScope } from "@/lib/data/scope";
import { isPlanEditable } from "@/lib/domain/plan";
import { NotFoundError } from "@/lib/errors";
import { planFields, programRef, stateRef, type PlanRow } from "@/lib/data/selects";
import { editorValues } from "@/lib/data/plans/snapshot";
import { checkPlanRules, type PlanDraft } from "@/lib/data/plans/rules";
import { loadPlanSnapshot } from "@/lib/data/plans/snapshot";
import { getStateNames } from "@/lib/data/reference/states";
import type { Locale } from "@/i18n/locales";
import type { RuleResult } from "@/lib/rules/principles";
import { diffPlans } from "@/lib/plan-diff";

/**
 * One page of the plans in the actor's scope matching the list's filters, latest fiscal years first:
 * the count and the page's rows in one statement (a page past the end gives the count alone, on a
 * row whose plan is NULL).
 */
export async function listPlans(actor: Actor, filters: PlanConditionFilters = {}, page = 1): Promise<ListPage<PlanRow>> {
  assertCan(actor, "plan:read");
  const where = planCondition(seesAllStates(actor) ? undefined : liaisonState(actor), filters);
  const order = Prisma.sql`p."firstFiscalYear" DESC, p.id ASC`;
  // scope: planCondition binds a liaison officer's state (planInScope).
  const found = await sqlScopedDb(actor, "the liaison officer's state in planCondition").$queryRaw<
    { total: number; row: PlanRowJson | null }[]
  >`
    SELECT t.total, CASE WHEN p.id IS NULL THEN NULL ELSE ${planRowJson(Prisma.raw("p"))} END AS row
    FROM (SELECT count(*)::int AS total FROM "ProgramPlan" p WHERE ${where}) t
    LEFT JOIN LATERAL (SELECT p.* FROM "ProgramPlan" p WHERE ${where} ORDER BY ${order} OFFSET ${(page - 1) * PAGE_SIZE} LIMIT ${PAGE_SIZE}) p ON TRUE
    ORDER BY ${order}`;
  const total = found[0]?.total ?? 0;
  const rows = found.flatMap(({ row }) => (row ? [planRowFromJson(row)] : []));
  return { rows, total, page, pageCount: pageCountOf(total) };
}

/**
 * The choices of the plan list's filters, within the actor's scope, in one statement: the partner
 * states (reference data, public to every role), the authors of the plans the actor may read, the
 * span of their fiscal years, and the program chosen if a plan of it is in scope (the program select
 * fetches the rest once opened, as the activity list's does).
 */
export async function getPlanFilterOptions(actor: Actor, program?: string) {
  assertCan(actor, "plan:read");
  const state = seesAllStates(actor) ? undefined : liaisonState(actor);
  const inScope = planInScope(state, Prisma.raw("p"));
  // scope: the partner states are reference data; authors, years and the program bind the officer's state (planInScope).
  const [lists] = await sqlScopedDb(actor, "the liaison officer's state in planInScope").$queryRaw<
    {
      states: StateRefJson[] | null;
      authors: { id: string; name: string }[] | null;
      programs: PlanRow["program"][] | null;
      first: number | null;
      last: number | null;
    }[]
  >`SELECT
      (SELECT json_agg(${stateRefJson(Prisma.raw("s"))} ORDER BY s."sortOrder") FROM "PartnerState" s) AS states,
      (SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name, u.id) FROM "User" u
         WHERE EXISTS (SELECT 1 FROM "ProgramPlan" p WHERE p."authorId" = u.id AND ${inScope})) AS authors,
      (SELECT json_agg(json_build_object('id', g.id, 'nameEn', g."nameEn", 'nameJa', g."nameJa", 'kind', g.kind, 'illustrative', g.illustrative))
         FROM "Program" g WHERE g.id = ${program ?? null}
         AND EXISTS (SELECT 1 FROM "ProgramPlan" p WHERE p."programId" = g.id AND ${inScope})) AS programs,
      (SELECT p."firstFiscalYear" FROM "ProgramPlan" p WHERE ${inScope} ORDER BY p."firstFiscalYear" ASC LIMIT 1) AS first,
      (SELECT p."lastFiscalYear" FROM "ProgramPlan" p WHERE ${inScope} ORDER BY p."lastFiscalYear" DESC LIMIT 1) AS last`;
  const thisYear = currentFiscalYear();
  const fiscalYears = fiscalYearRange(lists?.first ?? thisYear, Math.max(lists?.last ?? thisYear, thisYear)).reverse();
  return { states: lists?.states ?? [], authors: lists?.authors ?? [], programs: lists?.programs ?? [], fiscalYears };
}

export type PlanFilterOptions = Awaited<ReturnType<typeof getPlanFilterOptions>>;

interface PlanPartsJson {
  program: PlanRow["program"];
  author: { name: string };
  approvedBy: { name: string } | null;
  supersedes: { id: string; revision: number } | null;
  supersededBy: { id: string; revision: number } | null;
  sharedWith: { code: string; nameEn: string; nameJa: string; isAsean: boolean }[];
  years: {
    id: string;
    fiscalYear: number;
    objectives: { id: string; text: string }[];
    milestones: { id: string; title: string; dueDate: string; status: MilestoneStatus }[];
    budgetLines: { id: string; label: string; category: SpendingCategory; amountJpy: string }[];
  }[];
  consultations: { id: string; heldOn: string; counterpart: string; summary: string }[];
  activities: Parameters<typeof activityRowFromJson>[0][];
  needs: NeedRowJson[];
  comments: { id: string; body: string; createdAt: string; author: { id: string; name: string; role: Role; stateCode: string | null } }[];
  /** The reader's own standing with the plan (following it, comments seen up to), null if none is recorded. */
  watch: { following: boolean; commentsSeenAt: string | null } | null;
}

/**
 * What surrounds a plan already loaded in scope, in one statement (Prisma would send one query per
 * relation and level: about twenty). The actor's scope is bound in the SQL for what the plan's own
 * scope does not cover: its activities, needs and comments. JMOD's internal records only when
 * `internal`.
 */
async function planParts(
  actor: Actor,
  plan: { id: string; programId: string; authorId: string; approvedById: string | null; supersedesId: string | null },
  internal: boolean,
): Promise<PlanPartsJson> {
  const none = Prisma.sql`NULL::json`;
  const empty = Prisma.sql`'[]'::json`;
  const [a, n, u] = [Prisma.raw("a"), Prisma.raw("n"), Prisma.raw("u")];
  // scope: the plan was loaded in planScope; activities, needs and comments carry their own scope (lib/data/scope.ts).
  const rows = await sqlScopedDb(actor, "the plan in scope, and the activity, need and comment scopes").$queryRaw<PlanPartsJson[]>`
    SELECT
      (SELECT json_build_object('id', g.id, 'nameEn', g."nameEn", 'nameJa', g."nameJa", 'kind', g.kind, 'illustrative', g.illustrative)
         FROM "Program" g WHERE g.id = ${plan.programId}) AS program,
      (SELECT json_build_object('name', w.name) FROM "User" w WHERE w.id = ${plan.authorId}) AS author,
      (SELECT json_build_object('name', w.name) FROM "User" w WHERE w.id = ${plan.approvedById}) AS "approvedBy",
      ${internal ? Prisma.sql`(SELECT json_build_object('id', r.id, 'revision', r.revision) FROM "ProgramPlan" r WHERE r.id = ${plan.supersedesId})` : none} AS supersedes,
      ${internal ? Prisma.sql`(SELECT json_build_object('id', r.id, 'revision', r.revision) FROM "ProgramPlan" r WHERE r."supersedesId" = ${plan.id})` : none} AS "supersededBy",
      COALESCE((SELECT json_agg(json_build_object('code', s.code, 'nameEn', s."nameEn", 'nameJa', s."nameJa", 'isAsean', s."isAsean") ORDER BY s."sortOrder")
         FROM ${PLAN_SHARED_WITH.table} x JOIN "PartnerState" s ON s.code = x.${PLAN_SHARED_WITH.col.state}
         WHERE x.${PLAN_SHARED_WITH.col.plan} = ${plan.id}), ${empty}) AS "sharedWith",
      COALESCE((SELECT json_agg(json_build_object(
           'id', y.id, 'fiscalYear', y."fiscalYear",
           'objectives', COALESCE((SELECT json_agg(json_build_object('id', o.id, 'text', o.text) ORDER BY o.position)
              FROM "PlanObjective" o WHERE o."planYearId" = y.id), ${empty}),
           'milestones', COALESCE((SELECT json_agg(json_build_object('id', m.id, 'title', m.title, 'dueDate', m."dueDate", 'status', m.status) ORDER BY m."dueDate")
              FROM "Milestone" m WHERE m."planYearId" = y.id), ${empty}),
           'budgetLines', ${
             internal
               ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', b.id, 'label', b.label, 'category', b.category, 'amountJpy', b."amountJpy"::text) ORDER BY b.id)
              FROM "BudgetLine" b WHERE b."planYearId" = y.id), ${empty})`
               : empty
           }) ORDER BY y."fiscalYear")
         FROM "PlanYear" y WHERE y."planId" = ${plan.id}), ${empty}) AS years,
      ${
        internal
          ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', c.id, 'heldOn', c."heldOn", 'counterpart', c.counterpart, 'summary', c.summary) ORDER BY c."heldOn")
         FROM "ConsultationRecord" c WHERE c."planId" = ${plan.id}), ${empty})`
          : empty
      } AS consultations,
      COALESCE((SELECT json_agg(${activityRowJson(a)} ORDER BY a."startDate", a.id)
         FROM "Activity" a WHERE a."planId" = ${plan.id} ${activityScopeSql(actor, a)}), ${empty}) AS activities,
      COALESCE((SELECT json_agg(${needRowJson(n)})
         FROM ${NEED_PLANS.table} x JOIN "PartnerNeed" n ON n.id = x.${NEED_PLANS.col.need}
         WHERE x.${NEED_PLANS.col.plan} = ${plan.id} ${needScopeSql(actor, n)}), ${empty}) AS needs,
      COALESCE((SELECT json_agg(json_build_object('id', c.id, 'body', c.body, 'createdAt', c."createdAt",
           'author', json_build_object('id', u.id, 'name', u.name, 'role', u.role, 'stateCode', u."stateCode")) ORDER BY c."createdAt")
         FROM "PlanComment" c JOIN "User" u ON u.id = c."authorId"
         WHERE c."planId" = ${plan.id} ${planCommentScopeSql(actor, u)}), ${empty}) AS comments,
      (SELECT json_build_object('following', w.following, 'commentsSeenAt', w."commentsSeenAt")
         FROM "PlanWatch" w WHERE w."userId" = ${actor.id} AND w."planId" = ${plan.id}) AS watch`;
  return rows[0]!;
}

/** A plan as the actor may see it: liaison officers get no budget lines and no internal notes. */
export async function getPlan(actor: Actor, id: string) {
  assertCan(actor, "plan:read");
  const internal = can(actor, "plan:readInternal");
  const found = await scopedDb(actor).programPlan.findFirst({
    where: { AND: [planScope(actor), { id }] },
    select: {
      ...planFields,
      summary: true,
      sustainment: true,
      submittedAt: true,
      approvedAt: true,
      version: true,
      returnReason: true,
      archiveReason: true,
      authorId: true,
      // For planParts only: not part of what the page is given.
      programId: true,
      approvedById: true,
      supersedesId: true,
    },
  });
  if (!found) throw new NotFoundError("plan");
  const { programId, approvedById, supersedesId, ...plan } = found;
  const parts = await planParts(actor, { id: plan.id, programId, authorId: plan.authorId, approvedById, supersedesId }, internal);
  return {
    ...plan,
    program: parts.program,
    author: parts.author,
    approvedBy: parts.approvedBy,
    sharedWith: parts.sharedWith,
    supersedes: parts.supersedes,
    supersededBy: parts.supersededBy,
    years: parts.years.map((year) => ({
      ...year,
      milestones: year.milestones.map((m) => ({ ...m, dueDate: jsonDate(m.dueDate) })),
      budgetLines: year.budgetLines.map((line) => ({ ...line, amountJpy: BigInt(line.amountJpy) })),
    })),
    consultations: parts.consultations.map((c) => ({ ...c, heldOn: jsonDate(c.heldOn) })),
    activities: parts.activities.map(activityRowFromJson),
    needs: parts.needs.map(needRowFromJson),
    comments: parts.comments.map((c) => ({ ...c, createdAt: jsonDate(c.createdAt) })),
    // The author follows their plan until they unfollow it; anyone else once they follow or comment.
    watch: {
      following: parts.watch ? parts.watch.following : plan.authorId === actor.id,
      commentsSeenAt: parts.watch?.commentsSeenAt ? new Date(parts.watch.commentsSeenAt) : null,
    },
    internal,
    canEdit: can(actor, "plan:edit"),
  };
}

export type PlanDetail = Awaited<ReturnType<typeof getPlan>>;

/** What a plan's page shows: the plan, or only that it is being revised (nothing of its content). */
export type PlanPage = { beingRevised: false; plan: PlanDetail } | { beingRevised: true; id: string };

/**
 * A plan's page as the actor may see it. A liaison officer whose state the plan was shared with,
 * now that it is back in draft, learns only that it is being revised: its title, years and the rest
 * may be the draft's edits, which reach partners when it is shared again. Anything else outside the
 * actor's scope is not found, as getPlan answers.
 */
export async function getPlanPage(actor: Actor, id: string): Promise<PlanPage> {
  assertCan(actor, "plan:read");
  if (!seesAllStates(actor)) {
    const revising = await scopedDb(actor).programPlan.findFirst({
      where: { AND: [planNamedScope(actor), { id, status: "DRAFT" }] },
      select: { id: true }, // named, never read
    });
    if (revising) return { beingRevised: true, id: revising.id };
  }
  return { beingRevised: false, plan: await getPlan(actor, id) };
}

/** What the plan editor needs: the plan's editable values and the needs it may cite. */
export async function getPlanForEditing(actor: Actor, id: string) {
  assertCan(actor, "plan:edit");
  const plan = await loadPlanSnapshot(scopedDb(actor), id);
  if (!plan) throw new NotFoundError("plan");
  const [program, needs] = await Promise.all([
    scopedDb(actor).program.findUniqueOrThrow({ where: { id: plan.programId }, select: programRef }),
    scopedDb(actor).partnerNeed.findMany({
      where: { state: { programs: { some: { id: plan.programId } } } },
      select: { id: true, title: true, status: true, state: { select: stateRef } },
      orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "desc" }],
    }),
  ]);
  return { plan, values: editorValues(plan), program, needs, editable: isPlanEditable(plan.status) };
}

/** A plan as the rules read it (PlanDraft), in one statement: loadPlanSnapshot sends nine. */
async function loadPlanDraft(actor: Actor, id: string): Promise<PlanDraft | null> {
  type Json = Omit<PlanDraft, "sharedAt"> & { sharedAt: string | null };
  // scope: plan:edit, asserted by the caller: JMOD staff, who read every plan.
  const [row] = await sqlScopedDb(actor, "plan:edit (JMOD staff)").$queryRaw<{ draft: Json }[]>`
    SELECT json_build_object(
      'planId', p.id, 'programId', p."programId", 'status', p.status, 'authorId', p."authorId", 'approvedById', p."approvedById",
      'firstFiscalYear', p."firstFiscalYear", 'lastFiscalYear', p."lastFiscalYear", 'sustainment', p.sustainment, 'sharedAt', p."sharedAt",
      'sharedWith', COALESCE((SELECT json_agg(x.${PLAN_SHARED_WITH.col.state} ORDER BY x.${PLAN_SHARED_WITH.col.state})
         FROM ${PLAN_SHARED_WITH.table} x WHERE x.${PLAN_SHARED_WITH.col.plan} = p.id), '[]'::json),
      'years', COALESCE((SELECT json_agg(json_build_object(
           'fiscalYear', y."fiscalYear",
           'objectives', COALESCE((SELECT json_agg(json_build_object('text', o.text) ORDER BY o.position)
              FROM "PlanObjective" o WHERE o."planYearId" = y.id), '[]'::json),
           'milestones', COALESCE((SELECT json_agg(json_build_object('title', m.title, 'dueDate', m."dueDate", 'status', m.status) ORDER BY m."dueDate", m.id)
              FROM "Milestone" m WHERE m."planYearId" = y.id), '[]'::json),
           'budgetLines', COALESCE((SELECT json_agg(json_build_object('label', b.label, 'category', b.category, 'amountJpy', b."amountJpy") ORDER BY b.id)
              FROM "BudgetLine" b WHERE b."planYearId" = y.id), '[]'::json)) ORDER BY y."fiscalYear")
         FROM "PlanYear" y WHERE y."planId" = p.id), '[]'::json),
      'needIds', COALESCE((SELECT json_agg(x.${NEED_PLANS.col.need} ORDER BY x.${NEED_PLANS.col.need})
         FROM ${NEED_PLANS.table} x WHERE x.${NEED_PLANS.col.plan} = p.id), '[]'::json),
      'consultations', COALESCE((SELECT json_agg(json_build_object('heldOn', c."heldOn", 'counterpart', c.counterpart, 'summary', c.summary) ORDER BY c."heldOn", c.id)
         FROM "ConsultationRecord" c WHERE c."planId" = p.id), '[]'::json),
      'archiveReason', p."archiveReason",
      'indicators', COALESCE((SELECT json_agg(json_build_object(
           'id', i.id, 'titleEn', i."titleEn", 'titleJa', i."titleJa", 'unit', i.unit, 'direction', i.direction,
           'baselineValue', i."baselineValue", 'baselineDate', COALESCE(to_char(i."baselineDate", 'YYYY-MM-DD'), ''),
           'verification', i.verification,
           'targets', COALESCE((SELECT json_agg(json_build_object('fiscalYear', t."fiscalYear", 'value', t.value) ORDER BY t."fiscalYear")
              FROM "IndicatorTarget" t WHERE t."indicatorId" = i.id), '[]'::json)) ORDER BY i.position, i.id)
         FROM "PlanIndicator" i WHERE i."planId" = p.id), '[]'::json)) AS draft
    FROM "ProgramPlan" p WHERE p.id = ${id}`;
  if (!row) return null;
  return { ...row.draft, sharedAt: jsonDateOrNull(row.draft.sharedAt) };
}

/** Every principle rule on a plan as it stands, for the principles panel, with the names of the states its messages may cite. */
export async function getPlanPrinciples(
  actor: Actor,
  id: string,
): Promise<{ results: RuleResult[]; stateNames: Record<Locale, Record<string, string>> }> {
  assertCan(actor, "plan:edit");
  const draft = await loadPlanDraft(actor, id);
  if (!draft) throw new NotFoundError("plan");
  const results = await checkPlanRules(scopedDb(actor), draft, { actorId: actor.id });
  return { results, stateNames: await getStateNames(actor) };
}

/** A revision beside the one it replaces, and what changed (planners and admins: budgets included). */
export async function getPlanComparison(actor: Actor, id: string) {
  assertCan(actor, "plan:readInternal");
  const plan = await loadPlanSnapshot(scopedDb(actor), id);
  if (!plan?.supersedesId) throw new NotFoundError("plan");
  const previous = await loadPlanSnapshot(scopedDb(actor), plan.supersedesId);
  if (!previous) throw new NotFoundError("plan");
  const needIds = [...new Set([...plan.needIds, ...previous.needIds])];
  const needs = await scopedDb(actor).partnerNeed.findMany({
    where: { id: { in: needIds } },
    select: { id: true, title: true, stateCode: true },
  });
  const needTitles = new Map(needs.map((need) => [need.id, `${need.stateCode}: ${need.title}`]));
  const diff = diffPlans(editorValues(previous), editorValues(plan));
  // Needs by title, not id, for the reader.
  for (const change of diff.fields.filter((field) => field.field === "needs")) {
    const titles = (text: string) =>
      text
        .split("\n")
        .filter(Boolean)
        .map((id) => needTitles.get(id) ?? id)
        .join("\n");
    change.before = titles(change.before);
    change.after = titles(change.after);
  }
  return { plan, previous, diff };
}
