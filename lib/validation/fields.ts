// Field schemas shared by the activity and program editors' input schemas.
import { z } from "zod";
import { isCalendarDay } from "@/lib/dates";
import { LIMITS } from "@/lib/domain/limits";
import { msg } from "@/lib/validation/parse";

/** A message of this area's own texts (messages/*.activities.json, "editorValidation.<key>"). */
export const editorMsg = (key: string) => msg(`editorValidation.${key}`);

/** A record id: cuid for records made in the portal, readable slugs for seeded ones. */
export const recordId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, editorMsg("unknown"));
/** Reference codes: E1, A2, K3, M5, ADMM_PLUS, EWG_MS... */
export const referenceCode = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Z][A-Z0-9_]*$/, editorMsg("unknown"));
/** ISO 3166-1 alpha-2, as partner states are keyed. */
export const stateCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, editorMsg("unknown"));

/** Form selects send "" for "none"; the schemas read that as null. */
export const blankToNull = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" || value === undefined ? null : value), schema.nullable());

/** A calendar date as YYYY-MM-DD, a real one (no 31 February), within the portal's fiscal years. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, msg("date"))
  .refine(isCalendarDay, msg("date"))
  .refine((text) => text >= "2000-04-01" && text <= "2101-03-31", editorMsg("dateOutOfRange"));

/**
 * A moment the portal itself showed the user (the newest comment or notification on a page), sent back
 * as ISO 8601: none is before 2000 or after 9999, which also keeps PostgreSQL's timestamp in range
 * (it refuses the year 0000 that ISO allows).
 */
export const shownAt = z.iso.datetime().refine((value) => value >= "2000" && value < "9999-12-31T23:59:59.999Z", msg("date"));

export const text = (max: number) => z.string().trim().max(max);
export const required = (max: number) => z.string().trim().min(1, msg("required")).max(max);

/** A list of codes or ids, each once: a repeated tick is a no-op, not an error. */
export const distinct = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .transform((items) => [...new Set(items)]);

export const consultationSchema = z.object({
  heldOn: isoDate,
  counterpart: required(LIMITS.counterpart),
  summary: text(LIMITS.summary),
});

/**
 * For a cross-field check: run it even when other fields failed (so that every error shows at once),
 * but only when the fields it reads are valid.
 */
export const whenValid = (...fields: string[]) => ({
  // An issue without a path is the input itself (not an object): no cross-field check can run on it.
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0]))),
});
