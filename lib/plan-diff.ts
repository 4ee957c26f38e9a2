// What changed between two versions of a plan, year by year: the comparison a reviewer reads
// before approving a new revision. Pure: works on the editor's values of each version.
import { fiscalYearLabel } from "@/lib/fiscal-year";
import type { PlanInput } from "@/lib/validation/plan";

type Plan = Pick<PlanInput, "title" | "firstFiscalYear" | "lastFiscalYear" | "summary" | "sustainment" | "years"> &
  Partial<Pick<PlanInput, "needIds" | "consultations" | "indicators">>;

export interface FieldChange {
  field: "title" | "span" | "summary" | "sustainment" | "needs" | "consultations" | "indicators";
  before: string;
  after: string;
}

export interface YearChange {
  fiscalYear: number;
  /** The year is new in the later version, or gone from it. */
  presence: "added" | "removed" | "both";
  objectivesAdded: string[];
  objectivesRemoved: string[];
  milestonesAdded: string[];
  milestonesRemoved: string[];
  /** Same title, other due date or status: "title: before → after". */
  milestonesChanged: { title: string; before: string; after: string }[];
  budgetBefore: number;
  budgetAfter: number;
  /** Budget lines in one version and not the other (label, category and amount compared together). */
  budgetLinesAdded: BudgetLine[];
  budgetLinesRemoved: BudgetLine[];
}

type BudgetLine = PlanInput["years"][number]["budgetLines"][number];

export interface PlanDiff {
  fields: FieldChange[];
  years: YearChange[];
}

const minus = (a: string[], b: string[]) => a.filter((item) => !b.includes(item));

export function diffPlans(before: Plan, after: Plan): PlanDiff {
  const fields: FieldChange[] = [];
  const span = (plan: Plan) => `FY${plan.firstFiscalYear}–FY${plan.lastFiscalYear}`;
  if (before.title !== after.title) fields.push({ field: "title", before: before.title, after: after.title });
  if (span(before) !== span(after)) fields.push({ field: "span", before: span(before), after: span(after) });
  if (before.summary !== after.summary) fields.push({ field: "summary", before: before.summary, after: after.summary });
  if (before.sustainment !== after.sustainment) fields.push({ field: "sustainment", before: before.sustainment, after: after.sustainment });
  const needs = (plan: Plan) => [...(plan.needIds ?? [])].sort().join("\n");
  if (needs(before) !== needs(after)) fields.push({ field: "needs", before: needs(before), after: needs(after) });
  const consultations = (plan: Plan) => (plan.consultations ?? []).map((c) => `${c.heldOn} ${c.counterpart}: ${c.summary}`).join("\n");
  if (consultations(before) !== consultations(after)) {
    fields.push({ field: "consultations", before: consultations(before), after: consultations(after) });
  }

  // Indicators one line each, in their order: what they measure, from what baseline, to which targets.
  const indicators = (plan: Plan) =>
    (plan.indicators ?? [])
      .map((i) => {
        const baseline = i.baselineValue === null ? "—" : `${i.baselineValue}${i.baselineDate ? ` (${i.baselineDate})` : ""}`;
        const targets = i.targets.map((t) => `${fiscalYearLabel(t.fiscalYear)} ${t.value}`).join(", ");
        return `${i.titleEn} / ${i.titleJa} [${i.unit}, ${i.direction}]: ${baseline} → ${targets || "—"}${i.verification ? ` · ${i.verification}` : ""}`;
      })
      .join("\n");
  if (indicators(before) !== indicators(after)) fields.push({ field: "indicators", before: indicators(before), after: indicators(after) });

  const beforeYears = new Map(before.years.map((year) => [year.fiscalYear, year]));
  const afterYears = new Map(after.years.map((year) => [year.fiscalYear, year]));
  const allYears = [...new Set([...beforeYears.keys(), ...afterYears.keys()])].sort((a, b) => a - b);
  const years: YearChange[] = [];
  for (const fy of allYears) {
    const a = beforeYears.get(fy);
    const b = afterYears.get(fy);
    const objectivesA = a?.objectives.map((o) => o.text) ?? [];
    const objectivesB = b?.objectives.map((o) => o.text) ?? [];
    const milestonesA = new Map((a?.milestones ?? []).map((m) => [m.title, `${m.dueDate} ${m.status}`]));
    const milestonesB = new Map((b?.milestones ?? []).map((m) => [m.title, `${m.dueDate} ${m.status}`]));
    const lineKey = (line: BudgetLine) => JSON.stringify([line.label, line.category, line.amountJpy]);
    const linesOf = (year: typeof a) => year?.budgetLines ?? [];
    const linesMinus = (x: BudgetLine[], y: BudgetLine[]) => x.filter((line) => !y.some((other) => lineKey(other) === lineKey(line)));
    const total = (year: typeof a) => (year?.budgetLines ?? []).reduce((sum, line) => sum + line.amountJpy, 0);
    const change: YearChange = {
      fiscalYear: fy,
      presence: a && b ? "both" : a ? "removed" : "added",
      objectivesAdded: minus(objectivesB, objectivesA),
      objectivesRemoved: minus(objectivesA, objectivesB),
      milestonesAdded: minus([...milestonesB.keys()], [...milestonesA.keys()]),
      milestonesRemoved: minus([...milestonesA.keys()], [...milestonesB.keys()]),
      milestonesChanged: [...milestonesB.entries()]
        .filter(([title, value]) => milestonesA.has(title) && milestonesA.get(title) !== value)
        .map(([title, value]) => ({ title, before: milestonesA.get(title)!, after: value })),
      budgetBefore: total(a),
      budgetAfter: total(b),
      budgetLinesAdded: linesMinus(linesOf(b), linesOf(a)),
      budgetLinesRemoved: linesMinus(linesOf(a), linesOf(b)),
    };
    const changed =
      change.presence !== "both" ||
      change.objectivesAdded.length +
        change.objectivesRemoved.length +
        change.milestonesAdded.length +
        change.milestonesRemoved.length +
        change.milestonesChanged.length +
        change.budgetLinesAdded.length +
        change.budgetLinesRemoved.length >
        0 ||
      change.budgetBefore !== change.budgetAfter;
    if (changed) years.push(change);
  }
  return { fields, years };
}
