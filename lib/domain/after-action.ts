// After-action reports and partner feedback: how long a report may wait, the sizes of what users
// type, the rating scale. Plain TypeScript: the rules (T7), the schemas, the data layer and the forms
// read them alike.

/** A conducted activity's after-action report is due this many days after its last day (rule T7). */
export const AFTER_ACTION_DUE_DAYS = 30;

const DAY_MS = 86_400_000;

/** The day a report falls due: AFTER_ACTION_DUE_DAYS after the activity's last day (calendar dates at UTC midnight). */
export function afterActionDueOn(endDate: Date): Date {
  return new Date(endDate.getTime() + AFTER_ACTION_DUE_DAYS * DAY_MS);
}

/**
 * Whether a report is overdue: a conducted activity without one on or after the day it fell due
 * (30 days after the end: an activity that ended on 1 October is overdue from 31 October).
 */
export function afterActionOverdue(activity: { status: string; endDate: Date; hasAfterActionReport: boolean }, today: Date): boolean {
  return (
    activity.status === "CONDUCTED" && !activity.hasAfterActionReport && today.getTime() >= afterActionDueOn(activity.endDate).getTime()
  );
}

export const AFTER_ACTION_LIMITS = {
  /** Done against planned, results, lessons. */
  text: 5000,
  followUpAction: 500,
  owner: 200,
  followUps: 50,
  indicators: 100,
  comment: 2000,
} as const;

/** Partner feedback ratings: usefulness and fit to needs, 1 (poor) to 5 (excellent). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
export const RATINGS = [1, 2, 3, 4, 5] as const;

/** Closing a follow-up records the day; reopening clears it. */
export const FOLLOW_UP_STEPS = ["close", "reopen"] as const;
export type FollowUpStep = (typeof FOLLOW_UP_STEPS)[number];
