import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/tx";
import { jsonDate } from "@/lib/db/json-rows";
import { aseanMembersFromJson, aseanMembersJson, programFactsJson } from "@/lib/data/rule-facts";
import { NotFoundError } from "@/lib/errors";
import { todayInJapan } from "@/lib/fiscal-year";
import type { ActivityStatus } from "@/lib/domain/activity";
import type { PlanStatus } from "@/lib/domain/plan";
import type { AseanMember, PlanFacts, ProgramFacts } from "@/lib/rules/facts";
import { checkPlan, type RuleResult } from "@/lib/rules/principles";
import type { PlanInput } from "@/lib/validation/plan";

/** A plan as saved or about to be saved: what the rules are run on. */
export interface PlanDraft {
  planId: string | null;
  programId: string;
  status: PlanStatus;
  authorId: string;
  approvedById?: string | null;
  firstFiscalYear: number;
  lastFiscalYear: number;
  sustainment: string;
  years: PlanInput["years"];
  needIds: string[];
  consultations: PlanInput["consultations"];
  sharedAt: Date | null;
  sharedWith: string[];
}

const day = (iso: string) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

interface FactsJson {
  program: ProgramFacts | null;
  needStateCodes: string[];
  activities: { id: string; title: string; startDate: string; endDate: string; status: ActivityStatus; hasAfterActionReport: boolean }[];
  asean: { code: string; memberSince: string | null }[];
}

/** What the rules read of the database besides the draft, in one statement. */
async function loadFacts(tx: Tx, draft: PlanDraft): Promise<{ facts: PlanFacts; asean: AseanMember[] }> {
  // scope: the plan rules are JMOD's (plan:edit): the guarded client of a liaison officer refuses this.
  const [row] = await tx.$queryRaw<FactsJson[]>`
    SELECT ${programFactsJson(draft.programId)} AS program,
      COALESCE((SELECT json_agg(n."stateCode") FROM "PartnerNeed" n WHERE n.id = ANY(${draft.needIds})), '[]'::json) AS "needStateCodes",
      ${
        draft.planId
          ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('id', a.id, 'title', a.title, 'startDate', a."startDate", 'endDate', a."endDate",
                 'status', a.status, 'hasAfterActionReport', EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id)))
               FROM "Activity" a WHERE a."planId" = ${draft.planId}), '[]'::json)`
          : Prisma.sql`'[]'::json`
      } AS activities,
      ${aseanMembersJson} AS asean`;
  if (!row?.program) throw new NotFoundError("program");
  const facts: PlanFacts = {
    program: row.program,
    status: draft.status,
    firstFiscalYear: draft.firstFiscalYear,
    lastFiscalYear: draft.lastFiscalYear,
    years: draft.years.map((year) => ({
      fiscalYear: year.fiscalYear,
      objectiveCount: year.objectives.length,
      milestoneCount: year.milestones.length,
    })),
    sustainment: draft.sustainment,
    sharedAt: draft.sharedAt,
    sharedWithStateCodes: draft.sharedWith,
    authorId: draft.authorId,
    approvedById: draft.approvedById ?? null,
    linkedNeedStateCodes: row.needStateCodes,
    consultations: draft.consultations.map((c) => ({ heldOn: day(c.heldOn), counterpart: c.counterpart })),
    activities: row.activities.map((a) => ({ ...a, startDate: jsonDate(a.startDate), endDate: jsonDate(a.endDate) })),
    today: todayInJapan(),
  };
  return { facts, asean: aseanMembersFromJson(row.asean) };
}

export async function planFacts(tx: Tx, draft: PlanDraft): Promise<PlanFacts> {
  return (await loadFacts(tx, draft)).facts;
}

export async function checkPlanRules(
  tx: Tx,
  draft: PlanDraft,
  options: { transition?: "share" | "submit" | "approve"; actorId?: string },
): Promise<RuleResult[]> {
  const { facts, asean } = await loadFacts(tx, draft);
  return checkPlan(facts, { ...options, asean });
}
