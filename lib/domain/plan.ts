// The program plan's lifecycle: its statuses, the transitions between them, which statuses a planner
// may still edit, the steps a plan's page offers and what a partner state may read. Plain values:
// rules, validation, data and pages all read them here, so the lifecycle is written once.

export const PLAN_STATUSES = ["DRAFT", "SHARED", "IN_REVIEW", "APPROVED", "ARCHIVED"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const MILESTONE_STATUSES = ["PENDING", "DONE", "DELAYED"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** The state changes of a plan. */
export const PLAN_TRANSITIONS = ["share", "submit", "approve", "archive", "returnToDraft"] as const;
export type PlanTransition = (typeof PLAN_TRANSITIONS)[number];

/** Each state change of a plan: the statuses it starts from and the status it leads to. */
export const PLAN_TRANSITION_PATHS = {
  share: { from: ["DRAFT"], to: "SHARED" },
  submit: { from: ["SHARED"], to: "IN_REVIEW" },
  approve: { from: ["IN_REVIEW"], to: "APPROVED" },
  archive: { from: ["APPROVED"], to: "ARCHIVED" },
  returnToDraft: { from: ["SHARED", "IN_REVIEW"], to: "DRAFT" },
} as const satisfies Record<PlanTransition, { from: readonly PlanStatus[]; to: PlanStatus }>;

/** Whether `transition` may start from a plan in `status`. */
export function canTransition(status: string, transition: PlanTransition): boolean {
  return (PLAN_TRANSITION_PATHS[transition].from as readonly string[]).includes(status);
}

/** The statuses in which a plan's content can be edited; later it changes only by a new version. */
export const EDITABLE_PLAN_STATUSES = ["DRAFT", "SHARED"] as const satisfies readonly PlanStatus[];

export function isPlanEditable(status: string): boolean {
  return (EDITABLE_PLAN_STATUSES as readonly string[]).includes(status);
}

/** An approved plan is revised by a new version (a copy in draft), not by a transition. */
export const NEW_VERSION_FROM: PlanStatus = "APPROVED";

/** A step a plan's page offers: a transition, or starting a new version. */
export type PlanStep = PlanTransition | "newVersion";

/** The order the page shows steps in; the first one offered is the primary. */
const STEP_ORDER: readonly PlanStep[] = ["share", "submit", "approve", "newVersion", "archive", "returnToDraft"];

/** The lifecycle steps a planner may take from `status` (the server checks them again). */
export function planStepsFrom(status: string): PlanStep[] {
  return STEP_ORDER.filter((step) => (step === "newVersion" ? status === NEW_VERSION_FROM : canTransition(status, step)));
}

/**
 * The statuses in which a plan shared with a state is that state's to read. Never DRAFT: a plan
 * returned to draft is JMOD's work again, and its edits reach the partner only when it is shared
 * anew (README, Security: "Draft visibility").
 */
export const PARTNER_PLAN_STATUSES = ["SHARED", "IN_REVIEW", "APPROVED", "ARCHIVED"] as const satisfies readonly PlanStatus[];
