// A results indicator that meets rule T6 for a plan spanning first..last (a baseline, and a target
// for each fiscal year): what a capacity-building plan needs before review.
import type { IndicatorInput } from "@/lib/validation/plan";

export const completeIndicator = (first: number, last: number, overrides: Partial<IndicatorInput> = {}): IndicatorInput => ({
  titleEn: "Partner instructors qualified",
  titleJa: "資格を得た相手国教官数",
  unit: "people",
  direction: "HIGHER_IS_BETTER",
  baselineValue: 2,
  baselineDate: `${first}-04-01`,
  verification: "Course records",
  targets: Array.from({ length: last - first + 1 }, (_, i) => ({ fiscalYear: first + i, value: 4 * (i + 1) })),
  ...overrides,
});
