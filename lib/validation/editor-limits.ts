// Sizes and choices of the editors, without zod: the schemas enforce them, the forms (client bundles)
// use them for maxLength and their selects. A form importing a schema module would ship zod (about
// 65 KB compressed) to the browser; lib/validation/client-imports.test.ts keeps them apart.

export const LIMITS = {
  title: 300,
  name: 300,
  description: 5000,
  outcomes: 5000,
  location: 300,
  reason: 500,
  counterpart: 300,
  summary: 2000,
  participantCount: 100_000,
} as const;

export const ACTIVITY_KINDS = ["SEMINAR", "TRAINING", "EXERCISE", "COURSE", "VISIT", "EQUIPMENT_HANDOVER", "MEETING", "OTHER"] as const;
export const ACTIVITY_STATUSES = ["PLANNED", "CONFIRMED", "CONDUCTED", "POSTPONED", "CANCELLED"] as const;
export const PARTICIPANT_ROLES = ["HOST", "PARTICIPANT", "OBSERVER"] as const;
export const PROGRAM_KINDS = ["MULTILATERAL", "BILATERAL"] as const;

/** Plan comments. */
export const MAX_COMMENT_LENGTH = 4000;

/** Reference data (admins). */
export const FRAMEWORK_KINDS = ["MINISTERIAL", "WORKING_GROUP", "FORUM"] as const;
export const REFERENCE_LIMITS = { title: 300, name: 300, description: 5000, code: 32, sortOrder: 9999 } as const;

/** User administration. */
export const ROLES = ["ADMIN", "PLANNER", "LIAISON"] as const;
export const USER_LIMITS = { name: 100, email: 254, passwordMin: 12, passwordMax: 256 } as const;
