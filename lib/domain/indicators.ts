// Where a plan's results indicator stands, per fiscal year and overall. Plain values in, a status out:
// the plan page, the review of efforts and the tests read the same definition.
//
// A year's status (for a year with a target; a year without one has none):
//   - "noData":   no actual value recorded for the year.
//   - "achieved": the actual meets the target in the indicator's direction (at least the target when
//                 higher is better, at most the target when lower is better).
//   - for a year that has ended (today is after its 31 March) with an actual short of the target:
//     "behind".
//   - for a year not yet ended with an actual short of the target: "onTrack" when the actual has moved
//     from its starting point (last year's actual, else the baseline) towards the target by at least
//     the share of the year elapsed (on 1 October, half of the way); "behind" otherwise. Without any
//     starting point the progress cannot be measured: "onTrack" until the year ends.
// Overall: the status of the latest fiscal year with a target that has started (today on or after its
// 1 April); "noData" when no year with a target has started yet.
import { fiscalYearEnd, fiscalYearStart } from "@/lib/fiscal-year";

export const INDICATOR_DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const INDICATOR_STATUSES = ["achieved", "onTrack", "behind", "noData"] as const;
export type IndicatorStatus = (typeof INDICATOR_STATUSES)[number];

export interface IndicatorValues {
  direction: IndicatorDirection;
  baselineValue: number | null;
  targets: readonly { fiscalYear: number; value: number }[];
  actuals: readonly { fiscalYear: number; value: number }[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** How much of a fiscal year has passed on `today` (a calendar date at UTC midnight): 0 before it, 1 after it. */
export function elapsedShare(fiscalYear: number, today: Date): number {
  const start = fiscalYearStart(fiscalYear).getTime();
  const days = (fiscalYearEnd(fiscalYear).getTime() - start) / DAY_MS + 1;
  const passed = (today.getTime() - start) / DAY_MS + 1;
  return Math.min(1, Math.max(0, passed / days));
}

/** Whether the fiscal year is over on `today`. */
export function hasEnded(fiscalYear: number, today: Date): boolean {
  return today.getTime() > fiscalYearEnd(fiscalYear).getTime();
}

/** Whether the fiscal year has begun on `today`. */
export function hasStarted(fiscalYear: number, today: Date): boolean {
  return today.getTime() >= fiscalYearStart(fiscalYear).getTime();
}

/** The status of one fiscal year; null when the indicator has no target for it. */
export function yearStatus(indicator: IndicatorValues, fiscalYear: number, today: Date): IndicatorStatus | null {
  const target = indicator.targets.find((t) => t.fiscalYear === fiscalYear)?.value;
  if (target === undefined) return null;
  const actual = indicator.actuals.find((a) => a.fiscalYear === fiscalYear)?.value;
  if (actual === undefined) return "noData";
  // Signed so that "more" is always better.
  const sign = indicator.direction === "HIGHER_IS_BETTER" ? 1 : -1;
  if (sign * (actual - target) >= 0) return "achieved";
  if (hasEnded(fiscalYear, today)) return "behind";
  const previous = indicator.actuals.find((a) => a.fiscalYear === fiscalYear - 1)?.value;
  const start = previous ?? indicator.baselineValue;
  if (start === null) return "onTrack";
  const needed = sign * (target - start) * elapsedShare(fiscalYear, today);
  const moved = sign * (actual - start);
  return moved >= needed ? "onTrack" : "behind";
}

/** The indicator's status overall: that of the latest started fiscal year with a target. */
export function overallStatus(indicator: IndicatorValues, today: Date): IndicatorStatus {
  const started = indicator.targets.filter((t) => hasStarted(t.fiscalYear, today)).map((t) => t.fiscalYear);
  if (started.length === 0) return "noData";
  return yearStatus(indicator, Math.max(...started), today) ?? "noData";
}

/**
 * Whether actuals may be recorded on a plan: in any status but ARCHIVED (they are measurements, not
 * plan content, so a plan under review or approved still takes them), and not on a plan that a newer
 * version already copies: that version, which took its indicators and actuals, takes them instead.
 */
export function actualsOpen(plan: { status: string; superseded: boolean }): boolean {
  return plan.status !== "ARCHIVED" && !plan.superseded;
}
