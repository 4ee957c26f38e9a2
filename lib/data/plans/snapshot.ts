import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db/tx";
import { type PlanInput } from "@/lib/validation/plan";
import { isoDay } from "@/lib/dates";

// The editable content of a plan as plain JSON: what the editor loads, what the audit trail stores
// before and after each change, what a conflict shows, and what two versions are compared on.

/** An indicator's content as the editor holds it (and a revision copies it), without its id. */
export const indicatorContentSelect = {
  titleEn: true,
  titleJa: true,
  unit: true,
  direction: true,
  baselineValue: true,
  baselineDate: true,
  verification: true,
  targets: { select: { fiscalYear: true, value: true }, orderBy: { fiscalYear: "asc" } },
} satisfies Prisma.PlanIndicatorSelect;

export const planSnapshotSelect = {
  id: true,
  programId: true,
  title: true,
  status: true,
  revision: true,
  supersedesId: true,
  firstFiscalYear: true,
  lastFiscalYear: true,
  summary: true,
  sustainment: true,
  sharedAt: true,
  returnReason: true,
  archiveReason: true,
  authorId: true,
  approvedById: true,
  version: true,
  updatedAt: true,
  updatedBy: { select: { name: true } },
  sharedWith: { select: { code: true }, orderBy: { code: "asc" } },
  years: {
    orderBy: { fiscalYear: "asc" },
    select: {
      fiscalYear: true,
      objectives: { select: { text: true }, orderBy: { position: "asc" } },
      milestones: { select: { title: true, dueDate: true, status: true }, orderBy: [{ dueDate: "asc" }, { id: "asc" }] },
      budgetLines: { select: { label: true, category: true, amountJpy: true }, orderBy: { id: "asc" } },
    },
  },
  needs: { select: { id: true }, orderBy: { id: "asc" } },
  consultations: { select: { heldOn: true, counterpart: true, summary: true }, orderBy: [{ heldOn: "asc" }, { id: "asc" }] },
  indicators: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, ...indicatorContentSelect },
  },
} satisfies Prisma.ProgramPlanSelect;

type PlanRowForSnapshot = Prisma.ProgramPlanGetPayload<{ select: typeof planSnapshotSelect }>;

export function toPlanSnapshot(row: PlanRowForSnapshot) {
  return {
    id: row.id,
    programId: row.programId,
    title: row.title,
    status: row.status,
    revision: row.revision,
    supersedesId: row.supersedesId,
    firstFiscalYear: row.firstFiscalYear,
    lastFiscalYear: row.lastFiscalYear,
    summary: row.summary,
    sustainment: row.sustainment,
    sharedAt: row.sharedAt?.toISOString() ?? null,
    sharedWith: row.sharedWith.map((state) => state.code),
    returnReason: row.returnReason,
    archiveReason: row.archiveReason,
    authorId: row.authorId,
    approvedById: row.approvedById,
    years: row.years.map((year) => ({
      fiscalYear: year.fiscalYear,
      objectives: year.objectives.map((objective) => ({ text: objective.text })),
      milestones: year.milestones.map((m) => ({ title: m.title, dueDate: isoDay(m.dueDate), status: m.status })),
      budgetLines: year.budgetLines.map((line) => ({ label: line.label, category: line.category, amountJpy: Number(line.amountJpy) })),
    })),
    needIds: row.needs.map((need) => need.id),
    consultations: row.consultations.map((c) => ({ heldOn: isoDay(c.heldOn), counterpart: c.counterpart, summary: c.summary })),
    // Content only: the actuals are measurements with their own version, recorded on the plan page.
    indicators: row.indicators.map((indicator) => ({
      id: indicator.id,
      titleEn: indicator.titleEn,
      titleJa: indicator.titleJa,
      unit: indicator.unit,
      direction: indicator.direction,
      baselineValue: indicator.baselineValue,
      baselineDate: indicator.baselineDate ? isoDay(indicator.baselineDate) : "",
      verification: indicator.verification,
      targets: indicator.targets.map((target) => ({ fiscalYear: target.fiscalYear, value: target.value })),
    })),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy?.name ?? null,
  };
}

export type PlanSnapshot = ReturnType<typeof toPlanSnapshot>;

export async function loadPlanSnapshot(tx: Tx, id: string): Promise<PlanSnapshot | null> {
  const row = await tx.programPlan.findUnique({ where: { id }, select: planSnapshotSelect });
  return row ? toPlanSnapshot(row) : null;
}

/** What the audit trail keeps of a plan: its content, not the bookkeeping fields. */
export function auditablePlan(snapshot: PlanSnapshot): Omit<PlanSnapshot, "updatedAt" | "updatedBy"> {
  const content: Partial<PlanSnapshot> = { ...snapshot };
  delete content.updatedAt;
  delete content.updatedBy;
  return content as Omit<PlanSnapshot, "updatedAt" | "updatedBy">;
}

/** The editor's values of a plan (what the form loads, and what a conflict shows as "theirs"). */
export function editorValues(plan: PlanSnapshot): PlanInput {
  return {
    version: plan.version,
    title: plan.title,
    firstFiscalYear: plan.firstFiscalYear,
    lastFiscalYear: plan.lastFiscalYear,
    summary: plan.summary,
    sustainment: plan.sustainment,
    years: plan.years,
    needIds: plan.needIds,
    consultations: plan.consultations,
    indicators: plan.indicators,
  };
}
