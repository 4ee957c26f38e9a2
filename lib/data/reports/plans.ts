import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import { planScope } from "@/lib/data/scope";
import { BATCH_SIZE, type ReportContext, type ReportSource } from "@/lib/data/reports/types";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import type { PlanStatus } from "@/generated/prisma/enums";
import { isoDay } from "@/lib/dates";

// The plans report: one row per plan and fiscal year, with that year's objectives and milestones.
// Budget lines stay out: they are JMOD-internal and a report travels further than the portal.
// A liaison officer gets the plans shared with their state (planScope), as on their plan list.

const COLUMNS = [
  "plan",
  "program",
  "planStatus",
  "revision",
  "span",
  "fiscalYear",
  "objectives",
  "milestones",
  "sharedWith",
  "illustrative",
] as const;

function planWhere(context: ReportContext): Prisma.ProgramPlanWhereInput {
  const { actor, filters } = context;
  const and: Prisma.ProgramPlanWhereInput[] = [planScope(actor)];
  if (filters.fyFrom !== undefined) and.push({ lastFiscalYear: { gte: filters.fyFrom } });
  if (filters.fyTo !== undefined) and.push({ firstFiscalYear: { lte: filters.fyTo } });
  if (filters.state !== undefined) and.push({ program: { partnerStates: { some: { code: filters.state } } } });
  if (filters.program !== undefined) and.push({ programId: filters.program });
  if (filters.keyArea !== undefined) and.push({ program: { keyAreas: { some: { code: filters.keyArea } } } });
  if (filters.means !== undefined) and.push({ program: { means: { some: { code: filters.means } } } });
  if (filters.status !== undefined) and.push({ status: filters.status as PlanStatus });
  return { AND: and };
}

function yearWhere(context: ReportContext): Prisma.PlanYearWhereInput {
  const { fyFrom, fyTo } = context.filters;
  return { plan: planWhere(context), fiscalYear: { gte: fyFrom, lte: fyTo } };
}

export function planReport(context: ReportContext): ReportSource {
  const { actor, ja, enumLabel, yes } = context;
  const where = yearWhere(context);
  const name = (n: { nameEn: string; nameJa: string }) => (ja ? n.nameJa : n.nameEn);
  return {
    columns: COLUMNS,
    count: () => scopedDb(actor).planYear.count({ where }),
    async *rows(limit?: number) {
      let cursor: string | undefined;
      for (;;) {
        const years = await scopedDb(actor).planYear.findMany({
          where,
          orderBy: [{ planId: "asc" }, { fiscalYear: "asc" }],
          take: limit ?? BATCH_SIZE,
          ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
          select: {
            id: true,
            fiscalYear: true,
            objectives: { select: { text: true }, orderBy: { position: "asc" } },
            milestones: { select: { title: true, dueDate: true, status: true }, orderBy: [{ dueDate: "asc" }, { id: "asc" }] },
            plan: {
              select: {
                title: true,
                status: true,
                revision: true,
                firstFiscalYear: true,
                lastFiscalYear: true,
                illustrative: true,
                program: { select: { nameEn: true, nameJa: true } },
                sharedWith: { select: { nameEn: true, nameJa: true }, orderBy: { code: "asc" } },
              },
            },
          },
        });
        for (const year of years) {
          const plan = year.plan;
          yield [
            plan.title,
            name(plan.program),
            enumLabel(`planStatus.${plan.status}`),
            plan.revision,
            `${fiscalYearLabel(plan.firstFiscalYear)}–${fiscalYearLabel(plan.lastFiscalYear)}`,
            fiscalYearLabel(year.fiscalYear),
            year.objectives.map((o) => o.text).join("; "),
            year.milestones.map((m) => `${m.title} (${isoDay(m.dueDate)}, ${enumLabel(`milestoneStatus.${m.status}`)})`).join("; "),
            plan.sharedWith.map(name).join("; "),
            plan.illustrative ? yes : "",
          ];
        }
        if (limit !== undefined || years.length < BATCH_SIZE) return;
        cursor = years[years.length - 1]!.id;
      }
    },
  };
}
