// Input schemas of user administration (admins only): a new user, a change of role and state, disabling
// or enabling, and a password reset. Whether a state code is an ASEAN member, whether an email is free
// and whether the admin is acting on themselves depend on the database and the actor: lib/data/users/admin.ts.
import { z } from "zod";
import { recordId, whenValid } from "@/lib/validation/fields";
import { ROLES } from "@/lib/domain/enums";
import { USER_LIMITS } from "@/lib/domain/limits";
import { msg } from "@/lib/validation/parse";

export { ROLES, USER_LIMITS };

/** A message of this area's own texts (messages/*.admin.json, "admin.validation.<key>"). */
export const adminMsg = (key: string) => msg(`admin.validation.${key}`);

// A missing field reads as an empty one, so that it gets our "required" message, not zod's type error.
const blank = (value: unknown) => value ?? "";

const name = z.preprocess(blank, z.string().trim().min(1, msg("required")).max(USER_LIMITS.name));
// Stored lower-case: sign-in lower-cases what is typed (lib/auth/config.ts).
const email = z.preprocess(
  blank,
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { message: msg("required"), abort: true })
    .max(USER_LIMITS.email)
    .pipe(z.email(adminMsg("email"))),
);
const role = z.preprocess((value) => (value === "" ? undefined : value), z.enum(ROLES, adminMsg("role")));
/** "" (the select's "none") is no state. */
const stateCode = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, adminMsg("stateUnknown"))
    .nullable(),
);
// Never trimmed: spaces are part of a password.
const password = z.preprocess(
  blank,
  z
    .string()
    .min(1, { message: msg("required"), abort: true })
    .min(USER_LIMITS.passwordMin, adminMsg("passwordTooShort"))
    .max(USER_LIMITS.passwordMax),
);

const target = {
  userId: recordId,
  // The version the page was loaded with (optimistic locking); forms send it as text.
  version: z.coerce.number().int().min(1),
};

/** A liaison officer is bound to exactly one state; planners and admins to none (the DB checks it too). */
function checkBinding(input: { role: (typeof ROLES)[number]; stateCode: string | null }, ctx: z.core.$RefinementCtx) {
  if (input.role === "LIAISON" && !input.stateCode)
    ctx.addIssue({ code: "custom", path: ["stateCode"], message: adminMsg("stateRequired") });
  if (input.role !== "LIAISON" && input.stateCode)
    ctx.addIssue({ code: "custom", path: ["stateCode"], message: adminMsg("stateForbidden") });
}

export const userCreateSchema = z
  .object({ name, email, role, stateCode, password })
  .superRefine((input, ctx) => checkBinding(input, ctx), whenValid("role", "stateCode"));

export const userRoleSchema = z
  .object({ ...target, role, stateCode })
  .superRefine((input, ctx) => checkBinding(input, ctx), whenValid("role", "stateCode"));

export const userStatusSchema = z.object({ ...target, disabled: z.enum(["true", "false"]).transform((value) => value === "true") });

export const userPasswordSchema = z.object({ ...target, password });
