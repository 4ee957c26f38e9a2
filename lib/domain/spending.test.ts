import { describe, expect, it } from "vitest";
import { budgetAgainstActual, isOverBudget, SPENDING_CATEGORIES, varianceOf } from "@/lib/domain/spending";
import { SpendingCategory } from "@/generated/prisma/enums";

describe("spending categories", () => {
  it("are the schema's SpendingCategory values, in its order", () => {
    expect([...SPENDING_CATEGORIES]).toEqual(Object.values(SpendingCategory));
  });
});

describe("variance", () => {
  it("is actual minus budget, and its share of the budget to one decimal", () => {
    expect(varianceOf(1_000_000, 1_150_000)).toEqual({
      budgetJpy: 1_000_000,
      actualJpy: 1_150_000,
      varianceJpy: 150_000,
      variancePercent: 15,
    });
    expect(varianceOf(3_000_000, 2_000_000).variancePercent).toBe(-33.3);
    expect(varianceOf(300, 301).variancePercent).toBe(0.3);
  });

  it("has no percentage without a budget", () => {
    expect(varianceOf(0, 500_000)).toEqual({ budgetJpy: 0, actualJpy: 500_000, varianceJpy: 500_000, variancePercent: null });
    expect(varianceOf(0, 0).variancePercent).toBeNull();
  });
});

describe("T9's tolerance", () => {
  it("lets spending reach 110% of the budget, and no more", () => {
    expect(isOverBudget(1_000_000, 1_100_000)).toBe(false);
    expect(isOverBudget(1_000_000, 1_100_001)).toBe(true);
    expect(isOverBudget(1_000_000, 900_000)).toBe(false);
  });

  it("counts any spending over a budget of nothing", () => {
    expect(isOverBudget(0, 1)).toBe(true);
    expect(isOverBudget(0, 0)).toBe(false);
  });
});

describe("budget against actual", () => {
  const span = { firstFiscalYear: 2025, lastFiscalYear: 2026 };

  it("sums per year and category, in catalogue order, with a total per year", () => {
    const years = budgetAgainstActual(
      span,
      [
        { fiscalYear: 2025, category: "VENUE", amountJpy: 1_000_000 },
        { fiscalYear: 2025, category: "TRAVEL", amountJpy: 2_000_000 },
        { fiscalYear: 2025, category: "TRAVEL", amountJpy: 500_000 },
      ],
      [
        { fiscalYear: 2025, category: "TRAVEL", amountJpy: 2_750_000 },
        { fiscalYear: 2025, category: "OTHER", amountJpy: 100_000 },
      ],
    );
    expect(years.map((y) => y.fiscalYear)).toEqual([2025, 2026]);
    expect(years[0]!.categories).toEqual([
      { category: "TRAVEL", budgetJpy: 2_500_000, actualJpy: 2_750_000, varianceJpy: 250_000, variancePercent: 10 },
      { category: "VENUE", budgetJpy: 1_000_000, actualJpy: 0, varianceJpy: -1_000_000, variancePercent: -100 },
      { category: "OTHER", budgetJpy: 0, actualJpy: 100_000, varianceJpy: 100_000, variancePercent: null },
    ]);
    expect(years[0]!.total).toEqual({ budgetJpy: 3_500_000, actualJpy: 2_850_000, varianceJpy: -650_000, variancePercent: -18.6 });
    expect(years[1]).toEqual({ fiscalYear: 2026, categories: [], total: varianceOf(0, 0) });
  });

  it("keeps a year outside the span that has spending", () => {
    const years = budgetAgainstActual(span, [], [{ fiscalYear: 2027, category: "TRAINING", amountJpy: 10 }]);
    expect(years.map((y) => y.fiscalYear)).toEqual([2025, 2026, 2027]);
  });
});
