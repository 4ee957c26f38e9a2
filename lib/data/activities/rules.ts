import "server-only";
import type { Locale } from "@/i18n/locales";
import { Prisma } from "@/generated/prisma/client";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { ACTIVITY_KEY_AREAS, NEED_ACTIVITIES, NEED_PLANS } from "@/lib/db/join-tables";
import { jsonDate, jsonDateOrNull } from "@/lib/db/json-rows";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can } from "@/lib/authz/policy";
import type { Tx } from "@/lib/db/tx";
import { loadProgramFacts, programFactsJson } from "@/lib/data/rule-facts";
import { NotFoundError } from "@/lib/errors";
import { todayInJapan } from "@/lib/fiscal-year";
import { namesByCode } from "@/lib/i18n/localized";
import type { ParticipantRole } from "@/lib/domain/activity";
import type { ActivityFacts, ActivityPlanFacts, AseanMember, ProgramFacts } from "@/lib/rules/facts";
import { checkActivity, type RuleResult } from "@/lib/rules/principles";

// The principle rules of an activity: the facts they read, built from an activity as saved (the
// activity page's principles panel) or about to be saved (the editor), and the related records
// those facts come from (which the editor also uses to refuse unknown or misplaced ids).

/** An activity as the editor holds it (ActivityInput and ActivitySnapshot both fit). */
export interface ActivityDraft {
  programId: string;
  planId: string | null;
  status: ActivityFacts["status"];
  startDate: string;
  endDate: string;
  hostStateCode: string | null;
  keyAreas: string[];
  frameworkCode: string | null;
  participants: { stateCode: string; role: ParticipantRole; participantCount: number | null }[];
  nonInvitations: { stateCode: string; reason: string }[];
  needIds: string[];
  consultations: { heldOn: string; counterpart: string }[];
}

/** The records an activity refers to, as found in the database (missing ones are simply absent). */
export interface ActivityContext {
  program: ProgramFacts | null;
  plan: (ActivityPlanFacts & { programId: string; status: string }) | null;
  /** Every partner state: there are few, and the rules need ASEAN membership dates. */
  states: Map<string, { isAsean: boolean; aseanMemberSince: Date | null; nameEn: string; nameJa: string }>;
  /** The linked needs that exist, with their state. */
  needStates: Map<string, string>;
  /** Whether the activity (once saved) has its after-action report (T7). */
  hasAfterActionReport: boolean;
  /** The portal's today in Japan (T7). */
  today: Date;
}

export const calendarDay = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** `activityId`: the activity being changed; null for a new one (which has no report yet). */
export async function loadActivityContext(
  tx: Tx,
  draft: Pick<ActivityDraft, "programId" | "planId" | "needIds">,
  activityId: string | null,
): Promise<ActivityContext> {
  // One after the other: inside a transaction this is one connection.
  const program = await loadProgramFacts(tx, draft.programId);
  const plan = draft.planId
    ? await tx.programPlan.findUnique({
        where: { id: draft.planId },
        select: {
          programId: true,
          status: true,
          firstFiscalYear: true,
          lastFiscalYear: true,
          needs: { select: { stateCode: true } },
          consultations: { select: { heldOn: true, counterpart: true } },
        },
      })
    : null;
  const states = await tx.partnerState.findMany({
    select: { code: true, isAsean: true, aseanMemberSince: true, nameEn: true, nameJa: true },
  });
  const needs = draft.needIds.length
    ? await tx.partnerNeed.findMany({ where: { id: { in: draft.needIds } }, select: { id: true, stateCode: true } })
    : [];
  const reports = activityId ? await tx.afterActionReport.count({ where: { activityId } }) : 0;
  return {
    program,
    plan: plan && {
      programId: plan.programId,
      status: plan.status,
      firstFiscalYear: plan.firstFiscalYear,
      lastFiscalYear: plan.lastFiscalYear,
      linkedNeedStateCodes: plan.needs.map((need) => need.stateCode),
      consultations: plan.consultations,
    },
    states: new Map(states.map(({ code, ...state }) => [code, state])),
    needStates: new Map(needs.map((need) => [need.id, need.stateCode])),
    hasAfterActionReport: reports > 0,
    today: todayInJapan(),
  };
}

export function aseanMembers(context: ActivityContext): AseanMember[] {
  return [...context.states].flatMap(([code, state]) =>
    state.isAsean && state.aseanMemberSince ? [{ code, memberSince: state.aseanMemberSince }] : [],
  );
}

/** The facts of a draft whose references were found (the editor refuses the draft otherwise). */
export function activityFacts(draft: ActivityDraft, context: ActivityContext & { program: ProgramFacts }): ActivityFacts {
  return {
    program: context.program,
    status: draft.status,
    startDate: calendarDay(draft.startDate),
    endDate: calendarDay(draft.endDate),
    hostStateCode: draft.hostStateCode,
    keyAreaCodes: draft.keyAreas,
    frameworkCode: draft.frameworkCode,
    participants: draft.participants.map((p) => ({
      stateCode: p.stateCode,
      role: p.role,
      participantCount: p.participantCount,
      isAsean: context.states.get(p.stateCode)?.isAsean ?? false,
    })),
    nonInvitations: draft.nonInvitations,
    linkedNeedStateCodes: draft.needIds.flatMap((id) => context.needStates.get(id) ?? []),
    consultations: draft.consultations.map((c) => ({ heldOn: calendarDay(c.heldOn), counterpart: c.counterpart })),
    plan: context.plan,
    hasAfterActionReport: context.hasAfterActionReport,
    today: context.today,
  };
}

export function checkActivityDraft(draft: ActivityDraft, context: ActivityContext & { program: ProgramFacts }): RuleResult[] {
  return checkActivity(activityFacts(draft, context), { asean: aseanMembers(context) });
}

interface PrinciplesJson {
  draft: Omit<ActivityDraft, "consultations"> & { consultations: { heldOn: string; counterpart: string }[] };
  program: ProgramFacts | null;
  plan:
    | (Omit<ActivityPlanFacts, "consultations"> & {
        programId: string;
        status: string;
        consultations: { heldOn: string; counterpart: string }[];
      })
    | null;
  states: { code: string; isAsean: boolean; aseanMemberSince: string | null; nameEn: string; nameJa: string }[];
  needStates: { id: string; stateCode: string }[];
  hasAfterActionReport: boolean;
}

/**
 * A saved activity as the rules read it, with its context (loadActivitySnapshot and
 * loadActivityContext send about twenty queries), in one statement. Null when there is none.
 */
async function loadActivityPrinciples(actor: Actor, id: string): Promise<{ draft: ActivityDraft; context: ActivityContext } | null> {
  const stateOrder = Prisma.sql`(SELECT s."sortOrder" FROM "PartnerState" s WHERE s.code = r."stateCode")`;
  // scope: activity:edit, checked by the caller: JMOD staff, who read every activity.
  const [row] = await sqlScopedDb(actor, "activity:edit (JMOD staff)").$queryRaw<PrinciplesJson[]>`
    SELECT json_build_object(
        'programId', a."programId", 'planId', a."planId", 'status', a.status, 'startDate', a."startDate", 'endDate', a."endDate",
        'hostStateCode', a."hostStateCode", 'frameworkCode', a."frameworkCode",
        'keyAreas', COALESCE((SELECT json_agg(k.code ORDER BY k."sortOrder")
           FROM ${ACTIVITY_KEY_AREAS.table} x JOIN "KeyArea" k ON k.code = x.${ACTIVITY_KEY_AREAS.col.keyArea}
           WHERE x.${ACTIVITY_KEY_AREAS.col.activity} = a.id), '[]'::json),
        'participants', COALESCE((SELECT json_agg(json_build_object('stateCode', r."stateCode", 'role', r.role, 'participantCount', r."participantCount")
           ORDER BY ${stateOrder}) FROM "ActivityParticipant" r WHERE r."activityId" = a.id), '[]'::json),
        'nonInvitations', COALESCE((SELECT json_agg(json_build_object('stateCode', r."stateCode", 'reason', r.reason)
           ORDER BY ${stateOrder}) FROM "ActivityNonInvitation" r WHERE r."activityId" = a.id), '[]'::json),
        'needIds', COALESCE((SELECT json_agg(x.${NEED_ACTIVITIES.col.need} ORDER BY x.${NEED_ACTIVITIES.col.need})
           FROM ${NEED_ACTIVITIES.table} x WHERE x.${NEED_ACTIVITIES.col.activity} = a.id), '[]'::json),
        'consultations', COALESCE((SELECT json_agg(json_build_object('heldOn', c."heldOn", 'counterpart', c.counterpart) ORDER BY c."heldOn", c.id)
           FROM "ConsultationRecord" c WHERE c."activityId" = a.id), '[]'::json)) AS draft,
      ${programFactsJson(Prisma.sql`a."programId"`)} AS program,
      (SELECT json_build_object('programId', p."programId", 'status', p.status, 'firstFiscalYear', p."firstFiscalYear",
          'lastFiscalYear', p."lastFiscalYear",
          'linkedNeedStateCodes', COALESCE((SELECT json_agg(n."stateCode")
             FROM ${NEED_PLANS.table} x JOIN "PartnerNeed" n ON n.id = x.${NEED_PLANS.col.need} WHERE x.${NEED_PLANS.col.plan} = p.id), '[]'::json),
          'consultations', COALESCE((SELECT json_agg(json_build_object('heldOn', c."heldOn", 'counterpart', c.counterpart))
             FROM "ConsultationRecord" c WHERE c."planId" = p.id), '[]'::json))
        FROM "ProgramPlan" p WHERE p.id = a."planId") AS plan,
      (SELECT json_agg(json_build_object('code', s.code, 'isAsean', s."isAsean", 'aseanMemberSince', s."aseanMemberSince",
          'nameEn', s."nameEn", 'nameJa', s."nameJa")) FROM "PartnerState" s) AS states,
      COALESCE((SELECT json_agg(json_build_object('id', n.id, 'stateCode', n."stateCode"))
         FROM ${NEED_ACTIVITIES.table} x JOIN "PartnerNeed" n ON n.id = x.${NEED_ACTIVITIES.col.need}
         WHERE x.${NEED_ACTIVITIES.col.activity} = a.id), '[]'::json) AS "needStates",
      EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id) AS "hasAfterActionReport"
    FROM "Activity" a WHERE a.id = ${id}`;
  if (!row) return null;
  const context: ActivityContext = {
    program: row.program,
    plan: row.plan && {
      ...row.plan,
      consultations: row.plan.consultations.map((c) => ({ heldOn: jsonDate(c.heldOn), counterpart: c.counterpart })),
    },
    states: new Map(
      (row.states ?? []).map(({ code, aseanMemberSince, ...state }) => [
        code,
        { ...state, aseanMemberSince: jsonDateOrNull(aseanMemberSince) },
      ]),
    ),
    needStates: new Map(row.needStates.map((need) => [need.id, need.stateCode])),
    hasAfterActionReport: row.hasAfterActionReport,
    today: todayInJapan(),
  };
  return { draft: row.draft, context };
}

/**
 * Every rule's result for a saved activity, for the principles panel of its page, with the names of
 * the states its messages may cite. JMOD only: the results name states left out, which is internal.
 */
export async function getActivityPrinciples(
  actor: Actor,
  id: string,
): Promise<{ results: RuleResult[]; stateNames: Record<Locale, Record<string, string>> } | null> {
  assertCan(actor, "activity:read");
  if (!can(actor, "activity:edit")) return null;
  const loaded = await loadActivityPrinciples(actor, id);
  if (!loaded) throw new NotFoundError("activity");
  const { draft, context } = loaded;
  if (!context.program) throw new NotFoundError("program");
  return {
    results: checkActivityDraft(draft, { ...context, program: context.program }),
    stateNames: namesByCode([...context.states].map(([code, state]) => ({ code, ...state }))),
  };
}
