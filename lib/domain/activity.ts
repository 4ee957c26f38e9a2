// An activity's kinds, statuses and the roles a state takes in it.

export const ACTIVITY_KINDS = ["SEMINAR", "TRAINING", "EXERCISE", "COURSE", "VISIT", "EQUIPMENT_HANDOVER", "MEETING", "OTHER"] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = ["PLANNED", "CONFIRMED", "CONDUCTED", "POSTPONED", "CANCELLED"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const PARTICIPANT_ROLES = ["HOST", "PARTICIPANT", "OBSERVER"] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
