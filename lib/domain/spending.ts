// Spending against budget: the categories a budget line plans and a spending line spends (the
// SpendingCategory enum of the schema), the variance of a year and category, and the tolerance of
// rule T9. Plain TypeScript: the pages, the data layer, the rules and the seed read it.

export const SPENDING_CATEGORIES = ["TRAVEL", "INVITATION", "TRAINING", "EQUIPMENT", "INTERPRETATION", "VENUE", "OTHER"] as const;
export type SpendingCategory = (typeof SPENDING_CATEGORIES)[number];

/** T9: a year's spending may exceed its budget by this share before it is a warning (10%). */
export const OVERSPEND_TOLERANCE_PERCENT = 10;

/** Whether spending is above budget by more than the tolerance (any spending over a budget of ¥0 is). */
export function isOverBudget(budgetJpy: number, actualJpy: number): boolean {
  // In whole yen, without a division: actual > budget × 1.1.
  return actualJpy * 100 > budgetJpy * (100 + OVERSPEND_TOLERANCE_PERCENT);
}

export interface Variance {
  budgetJpy: number;
  actualJpy: number;
  /** Actual minus budget: above zero is spending over budget. */
  varianceJpy: number;
  /** The variance as a percentage of the budget, one decimal; null without a budget. */
  variancePercent: number | null;
}

export function varianceOf(budgetJpy: number, actualJpy: number): Variance {
  const varianceJpy = actualJpy - budgetJpy;
  return {
    budgetJpy,
    actualJpy,
    varianceJpy,
    variancePercent: budgetJpy > 0 ? Math.round((varianceJpy / budgetJpy) * 1000) / 10 : null,
  };
}

/** A sum of one fiscal year and category, of budget lines or of spending lines. */
export interface CategoryAmount {
  fiscalYear: number;
  category: SpendingCategory;
  amountJpy: number;
}

export interface YearAgainstBudget {
  fiscalYear: number;
  /** The categories with a budget or spending that year, in catalogue order. */
  categories: (Variance & { category: SpendingCategory })[];
  total: Variance;
}

/**
 * Budget against actual per fiscal year and category: every year of the plan's span, and any year
 * outside it that has spending or budget (a span shortened after spending was recorded).
 */
export function budgetAgainstActual(
  span: { firstFiscalYear: number; lastFiscalYear: number },
  budget: readonly CategoryAmount[],
  actual: readonly CategoryAmount[],
): YearAgainstBudget[] {
  const years = new Set<number>();
  for (let fy = span.firstFiscalYear; fy <= span.lastFiscalYear; fy++) years.add(fy);
  for (const row of [...budget, ...actual]) years.add(row.fiscalYear);
  const sum = (rows: readonly CategoryAmount[], fy: number, category?: SpendingCategory) =>
    rows.filter((r) => r.fiscalYear === fy && (category === undefined || r.category === category)).reduce((s, r) => s + r.amountJpy, 0);
  return [...years]
    .sort((a, b) => a - b)
    .map((fiscalYear) => {
      const categories = SPENDING_CATEGORIES.filter((category) =>
        [...budget, ...actual].some((r) => r.fiscalYear === fiscalYear && r.category === category),
      ).map((category) => ({ category, ...varianceOf(sum(budget, fiscalYear, category), sum(actual, fiscalYear, category)) }));
      return { fiscalYear, categories, total: varianceOf(sum(budget, fiscalYear), sum(actual, fiscalYear)) };
    });
}
