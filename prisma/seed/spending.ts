// Illustrative spending (issue 17, point 3): categories for the demo budget lines, by their labels,
// and actual spending lines for the approved and archived demo plans in the fiscal years that have
// ended and in the current one up to DEMO_TODAY, mostly near budget, a couple of years of approved
// plans more than 10% over (rule T9 shows), some lines naming the plan's conducted activities. Deterministic: one random stream
// per plan, ids derived from the plan and year. Written after the plans and activities.
import type { PrismaClient, SpendingCategory } from "@/generated/prisma/client";
import { fiscalYearEnd, fiscalYearOf, fiscalYearStart } from "@/lib/fiscal-year";
import { DEMO_TODAY, Rng } from "./demo";
import type { StepResult } from "./write";

/** The demo budget lines' labels (demo.ts BILATERAL_BUDGET, MULTILATERAL_BUDGET) and what they are spent on. */
export const BUDGET_CATEGORIES: Readonly<Record<string, SpendingCategory>> = {
  "Travel of JSDF instructors": "TRAVEL",
  "Invitation of partner personnel to Japan": "INVITATION",
  "Training materials and equipment": "EQUIPMENT",
  "Interpretation and translation": "INTERPRETATION",
  "Travel and accommodation of ASEAN participants": "INVITATION",
  "Venue, interpretation and translation": "VENUE",
  "Travel of JSDF staff": "TRAVEL",
  "Seminar materials": "TRAINING",
};

/** Categories whose spending follows an activity (a trip, an invitation, a venue). */
const ACTIVITY_CATEGORIES: readonly SpendingCategory[] = ["TRAVEL", "INVITATION", "VENUE", "INTERPRETATION"];

const DAY_MS = 86_400_000;
const round = (yen: number) => Math.max(1_000, Math.round(yen / 1_000) * 1_000);

export async function writeSpending(prisma: PrismaClient, idByEmail: Map<string, string>, refresh: boolean): Promise<StepResult> {
  for (const [label, category] of Object.entries(BUDGET_CATEGORIES)) {
    await prisma.budgetLine.updateMany({ where: { label, planYear: { plan: { illustrative: true } } }, data: { category } });
  }
  const recordedById = idByEmail.get("planner@example.org") ?? null;
  const currentFy = fiscalYearOf(DEMO_TODAY);
  const plans = await prisma.programPlan.findMany({
    where: { illustrative: true, status: { in: ["APPROVED", "ARCHIVED"] } },
    select: {
      id: true,
      status: true,
      years: {
        where: { fiscalYear: { lte: currentFy } },
        select: { fiscalYear: true, budgetLines: { select: { label: true, category: true, amountJpy: true }, orderBy: { id: "asc" } } },
        orderBy: { fiscalYear: "asc" },
      },
      activities: {
        where: { status: "CONDUCTED", startDate: { lte: DEMO_TODAY } },
        select: { id: true, startDate: true },
        orderBy: [{ startDate: "asc" }, { id: "asc" }],
      },
    },
    // The approved plans first: they take the overspent years (T9 shows on a plan still in force).
    orderBy: [{ status: "asc" }, { id: "asc" }],
  });

  const lines: {
    id: string;
    planId: string;
    fiscalYear: number;
    spentOn: Date;
    category: SpendingCategory;
    amountJpy: bigint;
    description: string;
    activityId: string | null;
    illustrative: true;
    recordedById: string | null;
  }[] = [];
  let overspentYears = 0;
  for (const plan of plans) {
    const rng = new Rng(`spending:${plan.id}`);
    for (const year of plan.years) {
      if (!year.budgetLines.length) continue;
      const current = year.fiscalYear === currentFy;
      // The span of the year that has passed: all of an ended year, April to today of the current one.
      const from = fiscalYearStart(year.fiscalYear).getTime();
      const to = Math.min(fiscalYearEnd(year.fiscalYear).getTime(), DEMO_TODAY.getTime());
      // Two ended years over budget by 20-35% across the demo (T9); the rest near budget.
      const over = !current && plan.status === "APPROVED" && overspentYears < 2 && rng.chance(0.35);
      if (over) overspentYears++;
      const activities = plan.activities.filter((a) => fiscalYearOf(a.startDate) === year.fiscalYear);
      let n = 0;
      for (const budget of year.budgetLines) {
        const share = current ? 0.45 + rng.next() * 0.25 : over ? 1.2 + rng.next() * 0.15 : 0.86 + rng.next() * 0.16;
        const total = Number(budget.amountJpy) * share;
        const parts = rng.int(1, 3);
        for (let part = 0; part < parts; part++) {
          const activity =
            ACTIVITY_CATEGORIES.includes(budget.category) && activities.length ? activities[rng.int(0, activities.length - 1)]! : null;
          // A line follows its activity by a few weeks (the bills come after), never after today.
          const day = activity
            ? Math.min(activity.startDate.getTime() + rng.int(3, 40) * DAY_MS, to)
            : from + Math.floor(rng.next() * ((to - from) / DAY_MS)) * DAY_MS;
          n++;
          lines.push({
            id: `${plan.id}-fy${year.fiscalYear}-spend-${n}`,
            planId: plan.id,
            fiscalYear: fiscalYearOf(new Date(day)),
            spentOn: new Date(day),
            category: budget.category,
            amountJpy: BigInt(round(total / parts)),
            description: budget.label,
            activityId: activity?.id ?? null,
            illustrative: true,
            recordedById,
          });
        }
      }
    }
  }
  const ids = lines.map((line) => line.id);
  const existing = new Set((await prisma.spendingLine.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((l) => l.id));
  if (refresh) await prisma.spendingLine.deleteMany({ where: { id: { in: [...existing] } } });
  const { count } = await prisma.spendingLine.createMany({ data: lines, skipDuplicates: true });
  return {
    label: "SpendingLine",
    created: refresh ? count - existing.size : count,
    updated: refresh ? existing.size : 0,
    kept: refresh ? 0 : existing.size,
  };
}
