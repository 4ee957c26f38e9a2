// Illustrative results indicators of the demo plans: 1-3 per plan, with a baseline at the start of the
// plan, a target for each fiscal year of its span, and actuals for the fiscal years ended by DEMO_TODAY
// and some for the current one, so that the plan pages show every status (achieved, on track, behind,
// no data). Deterministic: ids and figures follow the plan's id, so two runs write the same records.
// Every plan has a first indicator with a baseline and every year's target (rule T6), and every
// ended year is measured (rule T8).
import type { PrismaClient } from "@/generated/prisma/client";
import { fiscalYearOf, fiscalYearRange } from "@/lib/fiscal-year";
import { DEMO_TODAY } from "./demo";
import type { PlanSeed } from "./types";
import type { StepResult } from "./write";

interface Template {
  titleEn: string;
  titleJa: string;
  unit: string;
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  baseline: number;
  /** Change of the target per fiscal year (negative when lower is better). */
  step: number;
  verification: string;
}

const TEMPLATES: readonly Template[] = [
  {
    titleEn: "Partner instructors qualified",
    titleJa: "資格を得た相手国教官数",
    unit: "people",
    direction: "HIGHER_IS_BETTER",
    baseline: 2,
    step: 4,
    verification: "Course completion records certified by the partner's training command",
  },
  {
    titleEn: "Partner personnel trained",
    titleJa: "研修を修了した相手国要員数",
    unit: "people",
    direction: "HIGHER_IS_BETTER",
    baseline: 10,
    step: 25,
    verification: "Attendance rosters and end-of-course assessments",
  },
  {
    titleEn: "Courses run by the partner without Japanese instructors",
    titleJa: "日本側教官なしで相手国が実施した課程数",
    unit: "courses",
    direction: "HIGHER_IS_BETTER",
    baseline: 0,
    step: 1,
    verification: "The partner's annual training plan and after-action reports",
  },
  {
    titleEn: "Days to deploy a trained team",
    titleJa: "訓練を受けたチームの展開所要日数",
    unit: "days",
    direction: "LOWER_IS_BETTER",
    baseline: 10,
    step: -2,
    verification: "Exercise reports of the partner's joint staff",
  },
];

/** A small deterministic number from a text (FNV-1a). */
function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.charCodeAt(0), 16777619) >>> 0;
  return h;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);

interface IndicatorRecord {
  id: string;
  planId: string;
  position: number;
  template: Template;
  baselineDate: Date;
  targets: { fiscalYear: number; value: number }[];
  actuals: { id: string; fiscalYear: number; value: number; measuredOn: Date; evidence: string }[];
}

export function demoIndicators(plans: PlanSeed[]): IndicatorRecord[] {
  const current = fiscalYearOf(DEMO_TODAY);
  return plans.flatMap((plan) => {
    // A revision measures what its predecessor measured.
    const key = plan.supersedesId ?? plan.id;
    const h = hash(key);
    const count = 1 + (h % 3);
    const years = fiscalYearRange(plan.firstFiscalYear, plan.lastFiscalYear);
    return Array.from({ length: count }, (_, k) => {
      const template = TEMPLATES[(h + k) % TEMPLATES.length]!;
      const id = `${plan.id}-indicator-${k + 1}`;
      const target = (i: number) => template.baseline + template.step * (i + 1);
      const targets = years.map((fiscalYear, i) => ({ fiscalYear, value: target(i) }));
      // Each year's outcome, by the plan and indicator: met, short of target, or (this year) not yet measured.
      const actuals = years.flatMap((fiscalYear, i) => {
        if (fiscalYear > current) return [];
        const start = i === 0 ? template.baseline : target(i - 1);
        const roll = hash(`${key}-${k}-${fiscalYear}`) % 4;
        let value: number;
        if (fiscalYear < current) value = roll === 0 ? start + (target(i) - start) * 0.6 : target(i) + (roll === 3 ? template.step / 2 : 0);
        else if (roll === 0)
          return []; // no data yet this year
        else value = start + (target(i) - start) * (roll === 1 ? 0.3 : 0.8); // behind, or on track
        const measuredOn = fiscalYear < current ? day(`${fiscalYear + 1}-03-20`) : addDays(DEMO_TODAY, -10 - k);
        return [
          {
            id: `${id}-fy${fiscalYear}`,
            fiscalYear,
            value: Math.round(value * 10) / 10,
            measuredOn,
            evidence: fiscalYear < current ? "Year-end report of the partner's training command" : "Mid-year progress report",
          },
        ];
      });
      return { id, planId: plan.id, position: k, template, baselineDate: day(`${plan.firstFiscalYear}-04-01`), targets, actuals };
    });
  });
}

/** Writes the demo plans' indicators (existing ones are kept, or rewritten with `refresh`). */
export async function writeIndicators(prisma: PrismaClient, plans: PlanSeed[], refresh: boolean): Promise<StepResult> {
  const records = demoIndicators(plans);
  const recorder = await prisma.user.findUnique({ where: { email: "planner@example.org" }, select: { id: true } });
  const existing = new Set(
    (await prisma.planIndicator.findMany({ where: { id: { in: records.map((r) => r.id) } }, select: { id: true } })).map((r) => r.id),
  );
  if (refresh && existing.size) await prisma.planIndicator.deleteMany({ where: { id: { in: [...existing] } } });
  const toWrite = refresh ? records : records.filter((r) => !existing.has(r.id));
  for (const r of toWrite) {
    await prisma.planIndicator.create({
      data: {
        id: r.id,
        planId: r.planId,
        position: r.position,
        titleEn: r.template.titleEn,
        titleJa: r.template.titleJa,
        unit: r.template.unit,
        direction: r.template.direction,
        baselineValue: r.template.baseline,
        baselineDate: r.baselineDate,
        verification: r.template.verification,
        targets: { createMany: { data: r.targets } },
        actuals: { createMany: { data: r.actuals.map((a) => ({ ...a, recordedById: recorder?.id ?? null })) } },
      },
      select: { id: true },
    });
  }
  return {
    label: "PlanIndicator",
    created: records.length - existing.size,
    updated: refresh ? existing.size : 0,
    kept: refresh ? 0 : existing.size,
  };
}
