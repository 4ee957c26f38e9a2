// Input schemas of reference data editing (admins only): the texts of the strategic framework (ends,
// principles, approaches, key areas, means), the ASEAN-led frameworks (edited and created) and the
// partner states. Codes are identities: a text's or state's code is never edited, a framework's is
// chosen once when it is created. Whether a parent framework exists, whether a name or code is taken
// and whether a state may leave ASEAN depend on the database: lib/data/reference/writes.ts.
import { z } from "zod";
import { isCalendarDay } from "@/lib/dates";
import { whenValid } from "@/lib/validation/fields";
import { FRAMEWORK_KINDS } from "@/lib/domain/enums";
import { REFERENCE_LIMITS } from "@/lib/domain/limits";
import { msg } from "@/lib/validation/parse";

export { FRAMEWORK_KINDS, REFERENCE_LIMITS };

/** A message of this area's own texts (messages/*.reference.json, "reference.validation.<key>"). */
export const referenceMsg = (key: string) => msg(`reference.validation.${key}`);

/** The five kinds of framework text, as the URL and the input name them. */
export const TEXT_KINDS = ["end", "principle", "approach", "keyArea", "means"] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** Membership and founding dates reach back before the portal's fiscal years (ASEAN: 1967, ARF: 1994). */
export const DATE_RANGE = { min: "1900-01-01", max: "2100-12-31" } as const;

// A missing field reads as an empty one, so that it gets our "required" message, not zod's type error.
const blank = (value: unknown) => value ?? "";

const required = (max: number) => z.preprocess(blank, z.string().trim().min(1, msg("required")).max(max));
const optional = (max: number) => z.preprocess(blank, z.string().trim().max(max));

// The version the form was loaded with (optimistic locking); forms may send it as text.
const version = z.coerce.number().int().min(1);

/** A framework code: upper case, digits and underscores, as the seeded ones (ADMM_PLUS, EWG_MS). */
export const frameworkCode = z.preprocess(
  blank,
  z
    .string()
    .trim()
    .toUpperCase()
    .min(1, { message: msg("required"), abort: true })
    .max(REFERENCE_LIMITS.code, referenceMsg("codeFormat"))
    .regex(/^[A-Z][A-Z0-9_]*$/, referenceMsg("codeFormat")),
);

/** The code of an existing text: E1, H, A2, K3, M5. */
const textCode = z
  .string()
  .trim()
  .min(1)
  .max(REFERENCE_LIMITS.code)
  .regex(/^[A-Z][A-Z0-9_]*$/, referenceMsg("unknown"));
/** ISO 3166-1 alpha-2, as partner states are keyed. */
const stateCode = z
  .string()
  .trim()
  .regex(/^[A-Z]{2}$/, referenceMsg("unknown"));

/** A calendar date as YYYY-MM-DD, a real one (no 31 February); "" (an empty date field) is none. */
const calendarDate = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, msg("date"))
    .refine(isCalendarDay, msg("date"))
    .refine((text) => text >= DATE_RANGE.min && text <= DATE_RANGE.max, referenceMsg("dateOutOfRange"))
    .nullable(),
);

/** A checkbox: a boolean, or its text from a form. Never defaulted: a missing flag is an error, not "no". */
const flag = z.preprocess((value) => (value === "true" ? true : value === "false" ? false : value), z.boolean(referenceMsg("flag")));

const sortOrder = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z
    .number(referenceMsg("sortOrder"))
    .int(referenceMsg("sortOrder"))
    .min(1, referenceMsg("sortOrder"))
    .max(REFERENCE_LIMITS.sortOrder, referenceMsg("sortOrder")),
);

// ---------------------------------------------------------------- framework texts

export const referenceTextSchema = z.object({
  kind: z.enum(TEXT_KINDS, referenceMsg("unknown")),
  code: textCode,
  version,
  titleEn: required(REFERENCE_LIMITS.title),
  titleJa: required(REFERENCE_LIMITS.title),
  descriptionEn: optional(REFERENCE_LIMITS.description),
  descriptionJa: optional(REFERENCE_LIMITS.description),
});

export type ReferenceTextInput = z.infer<typeof referenceTextSchema>;
/** What a text form edits, and what a conflict shows as "theirs". */
export type ReferenceTextValues = Pick<ReferenceTextInput, "titleEn" | "titleJa" | "descriptionEn" | "descriptionJa">;

// ---------------------------------------------------------------- ASEAN-led frameworks

const frameworkFields = {
  kind: z.preprocess((value) => (value === "" ? undefined : value), z.enum(FRAMEWORK_KINDS, referenceMsg("kind"))),
  nameEn: required(REFERENCE_LIMITS.name),
  nameJa: required(REFERENCE_LIMITS.name),
  descriptionEn: optional(REFERENCE_LIMITS.description),
  descriptionJa: optional(REFERENCE_LIMITS.description),
  /** The framework this one works under (an Experts' Working Group under ADMM-Plus); "" is none. */
  parentCode: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z][A-Z0-9_]*$/, referenceMsg("parentUnknown"))
      .max(REFERENCE_LIMITS.code)
      .nullable(),
  ),
  establishedOn: calendarDate,
  sortOrder,
};

function checkParent(input: { code: string; parentCode: string | null }, ctx: z.core.$RefinementCtx) {
  if (input.parentCode === input.code) ctx.addIssue({ code: "custom", path: ["parentCode"], message: referenceMsg("parentSelf") });
}

export const frameworkCreateSchema = z
  .object({ code: frameworkCode, ...frameworkFields })
  .superRefine((input, ctx) => checkParent(input, ctx), whenValid("code", "parentCode"));

export const frameworkUpdateSchema = z
  .object({ code: frameworkCode, version, ...frameworkFields })
  .superRefine((input, ctx) => checkParent(input, ctx), whenValid("code", "parentCode"));

export type FrameworkCreateInput = z.infer<typeof frameworkCreateSchema>;
/** What a framework form edits (all but the code), and what a conflict shows as "theirs". */
export type FrameworkValues = Omit<FrameworkCreateInput, "code">;

// ---------------------------------------------------------------- partner states

/**
 * An ASEAN member has the date it joined, a non-member has none; the ADMM-Plus flag marks the Plus
 * countries, the dialogue partners outside ASEAN, so a member is not one.
 */
function checkMembership(input: { isAsean: boolean; aseanMemberSince: string | null; admmPlus: boolean }, ctx: z.core.$RefinementCtx) {
  if (input.isAsean && !input.aseanMemberSince) {
    ctx.addIssue({ code: "custom", path: ["aseanMemberSince"], message: referenceMsg("memberSinceRequired") });
  }
  if (!input.isAsean && input.aseanMemberSince) {
    ctx.addIssue({ code: "custom", path: ["aseanMemberSince"], message: referenceMsg("memberSinceForbidden") });
  }
  if (input.isAsean && input.admmPlus) ctx.addIssue({ code: "custom", path: ["admmPlus"], message: referenceMsg("memberNotPlus") });
}

export const partnerStateSchema = z
  .object({
    // The identity: never edited (its ISO alpha-3 code neither).
    code: stateCode,
    version,
    nameEn: required(REFERENCE_LIMITS.name),
    nameJa: required(REFERENCE_LIMITS.name),
    isAsean: flag,
    aseanMemberSince: calendarDate,
    admmPlus: flag,
  })
  .superRefine((input, ctx) => checkMembership(input, ctx), whenValid("isAsean", "aseanMemberSince", "admmPlus"));

export type PartnerStateInput = z.infer<typeof partnerStateSchema>;
/** What a state form edits, and what a conflict shows as "theirs". */
export type PartnerStateValues = Omit<PartnerStateInput, "code" | "version">;
