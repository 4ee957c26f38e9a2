import { describe, expect, it } from "vitest";
import { diffPlans } from "@/lib/plan-diff";

const year = (fiscalYear: number, objectives: string[], milestones: [string, string][] = [], budget: number[] = []) => ({
  fiscalYear,
  objectives: objectives.map((text) => ({ text })),
  milestones: milestones.map(([title, dueDate]) => ({ title, dueDate, status: "PENDING" as const })),
  budgetLines: budget.map((amountJpy, i) => ({ label: `line ${i}`, category: "OTHER" as const, amountJpy })),
});

const base = {
  title: "Plan",
  firstFiscalYear: 2026,
  lastFiscalYear: 2027,
  summary: "",
  sustainment: "",
  years: [year(2026, ["A", "B"], [["M1", "2026-06-01"]], [100]), year(2027, ["C"])],
};

const indicator = {
  id: "i1",
  titleEn: "Instructors qualified",
  titleJa: "資格を得た教官数",
  unit: "people",
  direction: "HIGHER_IS_BETTER" as const,
  baselineValue: 2,
  baselineDate: "2026-04-01",
  verification: "Course records",
  targets: [{ fiscalYear: 2026, value: 6 }],
};

describe("diffPlans", () => {
  it("reports indicators changed, with their baseline and targets, and ignores their ids", () => {
    const before = { ...base, indicators: [indicator] };
    expect(diffPlans(before, { ...before, indicators: [{ ...indicator, id: "copy" }] }).fields).toEqual([]);
    const after = { ...base, indicators: [{ ...indicator, targets: [...indicator.targets, { fiscalYear: 2027, value: 10 }] }] };
    expect(diffPlans(before, after).fields).toEqual([
      {
        field: "indicators",
        before: "Instructors qualified / 資格を得た教官数 [people, HIGHER_IS_BETTER]: 2 (2026-04-01) → FY2026 6 · Course records",
        after: "Instructors qualified / 資格を得た教官数 [people, HIGHER_IS_BETTER]: 2 (2026-04-01) → FY2026 6, FY2027 10 · Course records",
      },
    ]);
  });

  it("finds nothing between identical versions", () => {
    expect(diffPlans(base, base)).toEqual({ fields: [], years: [] });
  });

  it("reports changed fields and the span", () => {
    const diff = diffPlans(base, { ...base, title: "Plan v2", lastFiscalYear: 2028, years: [...base.years, year(2028, ["D"])] });
    expect(diff.fields).toEqual([
      { field: "title", before: "Plan", after: "Plan v2" },
      { field: "span", before: "FY2026–FY2027", after: "FY2026–FY2028" },
    ]);
    expect(diff.years).toEqual([expect.objectContaining({ fiscalYear: 2028, presence: "added", objectivesAdded: ["D"] })]);
  });

  it("reports objectives, milestones and budget year by year", () => {
    const later = {
      ...base,
      years: [
        year(
          2026,
          ["A", "B2"],
          [
            ["M1", "2026-07-01"],
            ["M2", "2026-12-01"],
          ],
          [100, 50],
        ),
        year(2027, ["C"]),
      ],
    };
    const [fy2026] = diffPlans(base, later).years;
    expect(fy2026).toMatchObject({
      fiscalYear: 2026,
      presence: "both",
      objectivesAdded: ["B2"],
      objectivesRemoved: ["B"],
      milestonesAdded: ["M2"],
      milestonesRemoved: [],
      milestonesChanged: [{ title: "M1", before: "2026-06-01 PENDING", after: "2026-07-01 PENDING" }],
      budgetBefore: 100,
      budgetAfter: 150,
    });
  });

  it("reports the needs answered and the consultations recorded", () => {
    const diff = diffPlans(
      { ...base, needIds: ["n1"], consultations: [] },
      {
        ...base,
        needIds: ["n1", "n2"],
        consultations: [{ heldOn: "2026-05-01", counterpart: "Navy staff", summary: "asked for MDA training" }],
      },
    );
    expect(diff.fields).toEqual([
      { field: "needs", before: "n1", after: "n1\nn2" },
      { field: "consultations", before: "", after: "2026-05-01 Navy staff: asked for MDA training" },
    ]);
  });

  it("reports a year dropped from the span", () => {
    const diff = diffPlans(base, { ...base, lastFiscalYear: 2026, years: [base.years[0]!] });
    expect(diff.years).toEqual([expect.objectContaining({ fiscalYear: 2027, presence: "removed", objectivesRemoved: ["C"] })]);
  });

  it("reports a budget line whose category changed, though the year's total did not", () => {
    const recategorised = {
      ...base,
      years: [{ ...base.years[0]!, budgetLines: [{ label: "line 0", category: "TRAVEL" as const, amountJpy: 100 }] }, base.years[1]!],
    };
    const [change] = diffPlans(base, recategorised).years;
    expect(change).toMatchObject({
      fiscalYear: 2026,
      budgetBefore: 100,
      budgetAfter: 100,
      budgetLinesAdded: [{ label: "line 0", category: "TRAVEL", amountJpy: 100 }],
      budgetLinesRemoved: [{ label: "line 0", category: "OTHER", amountJpy: 100 }],
    });
  });
});
