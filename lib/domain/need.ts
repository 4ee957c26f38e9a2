// A partner need's priorities, statuses and the triage steps between them.

export const PRIORITIES = ["HIGH", "MEDIUM", "LOW"] as const;
export const NEED_STATUSES = ["SUBMITTED", "ACKNOWLEDGED", "ADDRESSED", "DECLINED"] as const;

export type Priority = (typeof PRIORITIES)[number];
export type NeedStatus = (typeof NEED_STATUSES)[number];

/**
 * What a planner may do with a need in each status. Addressing an ADDRESSED need edits the plans
 * and activities that answer it. A DECLINED need can be reopened: partners' circumstances change,
 * and it returns as ACKNOWLEDGED (a planner has read it) rather than SUBMITTED; it is not addressed
 * straight from DECLINED, so that the history shows the decision was revisited.
 */
export const TRIAGE_STEPS = {
  acknowledge: { from: ["SUBMITTED"], to: "ACKNOWLEDGED" },
  decline: { from: ["SUBMITTED", "ACKNOWLEDGED"], to: "DECLINED" },
  address: { from: ["SUBMITTED", "ACKNOWLEDGED", "ADDRESSED"], to: "ADDRESSED" },
  reopen: { from: ["DECLINED"], to: "ACKNOWLEDGED" },
} as const satisfies Record<string, { from: readonly NeedStatus[]; to: NeedStatus }>;

export type TriageStep = keyof typeof TRIAGE_STEPS;
export const TRIAGE_STEP_NAMES = Object.keys(TRIAGE_STEPS) as TriageStep[];

/** The steps a need in `status` allows, in the order the triage panel offers them. */
export function stepsFrom(status: string): TriageStep[] {
  return TRIAGE_STEP_NAMES.filter((step) => (TRIAGE_STEPS[step].from as readonly string[]).includes(status));
}
