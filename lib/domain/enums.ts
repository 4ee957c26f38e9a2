// Choices of the reference data and of users: program kinds, framework kinds, roles. The lifecycles'
// statuses live with their records (plan.ts, activity.ts, need.ts).

export const PROGRAM_KINDS = ["MULTILATERAL", "BILATERAL"] as const;
export type ProgramKind = (typeof PROGRAM_KINDS)[number];

export const FRAMEWORK_KINDS = ["MINISTERIAL", "WORKING_GROUP", "FORUM"] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

export const ROLES = ["ADMIN", "PLANNER", "LIAISON"] as const;
export type Role = (typeof ROLES)[number];
