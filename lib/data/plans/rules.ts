import "server-only";
import type { Tx } from "@/lib/db/tx";
import { loadAseanMembers, loadProgramFacts } from "@/lib/data/rule-facts";
import { NotFoundError } from "@/lib/errors";
import type { PlanStatus } from "@/lib/domain/plan";
import type { PlanFacts } from "@/lib/rules/facts";
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

export async function planFacts(tx: Tx, draft: PlanDraft): Promise<PlanFacts> {
  const program = await loadProgramFacts(tx, draft.programId);
  if (!program) throw new NotFoundError("program");
  // One after the other: a transaction is one connection, and pg queues parallel queries on it anyway.
  const needs = draft.needIds.length
    ? await tx.partnerNeed.findMany({ where: { id: { in: draft.needIds } }, select: { stateCode: true } })
    : [];
  const activities = draft.planId
    ? await tx.activity.findMany({ where: { planId: draft.planId }, select: { id: true, title: true, startDate: true, endDate: true } })
    : [];
  return {
    program,
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
    linkedNeedStateCodes: needs.map((need) => need.stateCode),
    consultations: draft.consultations.map((c) => ({ heldOn: day(c.heldOn), counterpart: c.counterpart })),
    activities,
  };
}

export async function checkPlanRules(
  tx: Tx,
  draft: PlanDraft,
  options: { transition?: "share" | "submit" | "approve"; actorId?: string },
): Promise<RuleResult[]> {
  const facts = await planFacts(tx, draft);
  const asean = await loadAseanMembers(tx);
  return checkPlan(facts, { ...options, asean });
}
