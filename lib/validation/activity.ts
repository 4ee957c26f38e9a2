// Input schema of the activity editor: the mutation parses with it, the form is typed by it.
// Cross-record checks (does the plan belong to the program, the need to one of its partners?) need
// the database and live in lib/data/activities/writes.ts.
import { z } from "zod";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, PARTICIPANT_ROLES } from "@/lib/domain/activity";
import { LIMITS } from "@/lib/domain/limits";
import { msg } from "@/lib/validation/parse";
import {
  blankToNull,
  consultationSchema,
  distinct,
  editorMsg,
  isoDate,
  recordId,
  referenceCode,
  required,
  stateCode,
  text,
  whenValid,
} from "@/lib/validation/fields";

const participantSchema = z.object({
  stateCode,
  role: z.enum(PARTICIPANT_ROLES),
  // Not recorded (null) differs from none (0); a form's empty field means not recorded.
  participantCount: blankToNull(z.number().int().min(0).max(LIMITS.participantCount)),
});

const nonInvitationSchema = z.object({
  stateCode,
  reason: required(LIMITS.reason),
});

/** Paths of the states listed twice in `rows`, for an error beside each repeat. */
function repeats(rows: { stateCode: string }[]): number[] {
  const seen = new Set<string>();
  return rows.flatMap((row, index) => {
    if (seen.has(row.stateCode)) return [index];
    seen.add(row.stateCode);
    return [];
  });
}

export const activitySchema = z
  .object({
    programId: recordId,
    planId: blankToNull(recordId),
    kind: z.enum(ACTIVITY_KINDS),
    title: required(LIMITS.title),
    titleJa: blankToNull(text(LIMITS.title)).transform((value) => value || null),
    description: text(LIMITS.description),
    means: distinct(referenceCode, 20),
    keyAreas: distinct(referenceCode, 20),
    startDate: isoDate,
    endDate: isoDate,
    location: text(LIMITS.location),
    hostStateCode: blankToNull(stateCode),
    participants: z.array(participantSchema).max(40),
    status: z.enum(ACTIVITY_STATUSES),
    outcomes: text(LIMITS.outcomes),
    frameworkCode: blankToNull(referenceCode),
    nonInvitations: z.array(nonInvitationSchema).max(20),
    needIds: distinct(recordId, 100),
    consultations: z.array(consultationSchema).max(100),
  })
  .refine((activity) => activity.endDate >= activity.startDate, {
    path: ["endDate"],
    message: msg("endBeforeStart"),
    ...whenValid("startDate", "endDate"),
  })
  .superRefine(
    (activity, ctx) => {
      for (const index of repeats(activity.participants)) {
        ctx.addIssue({ code: "custom", path: ["participants", index, "stateCode"], message: editorMsg("duplicateState") });
      }
      for (const index of repeats(activity.nonInvitations)) {
        ctx.addIssue({ code: "custom", path: ["nonInvitations", index, "stateCode"], message: editorMsg("duplicateState") });
      }
      const taking = new Set(activity.participants.map((p) => p.stateCode));
      activity.nonInvitations.forEach((row, index) => {
        if (taking.has(row.stateCode)) {
          ctx.addIssue({ code: "custom", path: ["nonInvitations", index, "stateCode"], message: editorMsg("invitedAndOmitted") });
        }
      });
    },
    whenValid("participants", "nonInvitations"),
  );

export type ActivityInput = z.infer<typeof activitySchema>;
