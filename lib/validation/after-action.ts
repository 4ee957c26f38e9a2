// Input schemas of after-action reports (planners), their follow-up steps, and partner feedback
// (liaison officers). Whether the activity is conducted, which indicators are its plan's and which
// follow-ups are the report's depend on the database and are checked in lib/data/after-action/writes.ts.
import { z } from "zod";
import { AFTER_ACTION_LIMITS, FOLLOW_UP_STEPS, RATING_MAX, RATING_MIN } from "@/lib/domain/after-action";
import { blankToNull, distinct, isoDate, recordId, required, text } from "@/lib/validation/fields";
import { msg } from "@/lib/validation/parse";

/** A message of this area's own texts (messages/*.afterAction.json, "afterActionEditor.validation.<key>"). */
export const afterActionMsg = (key: string) => msg(`afterActionEditor.validation.${key}`);

/** The version an editor or a form was loaded at: absent (or "") for a record not created yet. */
const loadedVersion = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.coerce.number().int().min(1).max(2_147_483_647).optional(),
);

export const followUpSchema = z.object({
  /** A follow-up of the report keeps its id (and so its history); a new one has none. */
  id: blankToNull(recordId).optional().default(null),
  action: required(AFTER_ACTION_LIMITS.followUpAction),
  owner: required(AFTER_ACTION_LIMITS.owner),
  dueDate: isoDate,
  /** Closed on that day; null while open. */
  closedOn: blankToNull(isoDate).optional().default(null),
});

export const afterActionReportSchema = z.object({
  version: loadedVersion,
  doneVsPlanned: required(AFTER_ACTION_LIMITS.text),
  results: required(AFTER_ACTION_LIMITS.text),
  lessons: text(AFTER_ACTION_LIMITS.text),
  followUps: z.array(followUpSchema).max(AFTER_ACTION_LIMITS.followUps),
  /** Indicators of the activity's plan that the activity served. */
  indicatorIds: distinct(recordId, AFTER_ACTION_LIMITS.indicators),
});
export type AfterActionReportInput = z.infer<typeof afterActionReportSchema>;

/** Closing or reopening one follow-up, from the report's version as the page showed it. */
export const followUpStepSchema = z.object({
  activityId: recordId,
  followUpId: recordId,
  version: z.coerce.number().int().min(1).max(2_147_483_647),
  step: z.enum(FOLLOW_UP_STEPS),
});

/** A rating 1-5 as a form sends it ("4"); anything else, a blank included, gets the one message. */
const rating = z.preprocess(
  (value) => (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value) ? Number(value) : value),
  z
    .number({ error: afterActionMsg("rating") })
    .int({ error: afterActionMsg("rating") })
    .min(RATING_MIN, { error: afterActionMsg("rating") })
    .max(RATING_MAX, { error: afterActionMsg("rating") }),
);

export const feedbackSchema = z.object({
  activityId: recordId,
  version: loadedVersion,
  usefulness: rating,
  fit: rating,
  comment: z.preprocess((value) => value ?? "", text(AFTER_ACTION_LIMITS.comment)),
  // No state and no author here: feedback is always the officer's own state's, by the officer.
});
export type FeedbackInput = z.infer<typeof feedbackSchema>;
