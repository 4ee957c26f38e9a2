// Input schemas of the partner needs register: what a liaison officer submits, and the triage steps
// of a planner. Which plans and activities may answer a need depends on the database and is checked
// in lib/data/needs/writes.ts.
import { z } from "zod";
import { distinct, editorMsg, recordId } from "@/lib/validation/fields";
import { NEED_LIMITS } from "@/lib/domain/limits";
import { PRIORITIES } from "@/lib/domain/need";
import { msg } from "@/lib/validation/parse";

/** A message of this area's own texts (messages/*.needs.json, "needEditor.validation.<key>"). */
export const needMsg = (key: string) => msg(`needEditor.validation.${key}`);

// A missing field reads as an empty one, so that it gets our "required" message, not zod's type error.
const blank = (value: unknown) => value ?? "";

/** Required text of min..max characters (after trimming); empty says "required", short says so. */
const sized = (min: number, max: number, tooShort: string) =>
  z.preprocess(
    blank,
    z
      .string()
      .trim()
      .min(1, { message: msg("required"), abort: true })
      .min(min, needMsg(tooShort))
      .max(max),
  );

export const needSubmitSchema = z.object({
  title: sized(NEED_LIMITS.titleMin, NEED_LIMITS.title, "titleTooShort"),
  description: z.preprocess(blank, z.string().trim().max(NEED_LIMITS.description)),
  // Key areas are reference data an admin may extend: the code is checked against the database.
  keyAreaCode: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .min(1, { message: msg("required"), abort: true })
      .regex(/^[A-Z][A-Z0-9_]{0,31}$/, editorMsg("unknown")),
  ),
  // A form's empty select means "not said": the default priority.
  priority: z.preprocess((value) => (value === "" || value === undefined || value === null ? "MEDIUM" : value), z.enum(PRIORITIES)),
  // No state here: a need is always for the submitting officer's own state (zod drops any stateCode).
});

const target = {
  needId: recordId,
  // The version the page was loaded with (optimistic locking); forms send it as text.
  version: z.coerce.number().int().min(1),
};

export const needTriageSchema = z.discriminatedUnion("step", [
  z.object({ ...target, step: z.literal("acknowledge") }),
  z.object({ ...target, step: z.literal("decline"), reason: sized(NEED_LIMITS.reasonMin, NEED_LIMITS.reason, "reasonTooShort") }),
  z
    .object({
      ...target,
      step: z.literal("address"),
      planIds: distinct(recordId, 200).default([]),
      activityIds: distinct(recordId, 1000).default([]),
    })
    .refine((input) => input.planIds.length + input.activityIds.length > 0, { path: ["links"], message: needMsg("linkRequired") }),
  z.object({ ...target, step: z.literal("reopen") }),
]);
