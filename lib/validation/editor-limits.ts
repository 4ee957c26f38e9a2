// Sizes and choices of the activity and program editors, without zod: the schemas enforce them, the
// forms (client bundles) use them for maxLength and their selects.

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
