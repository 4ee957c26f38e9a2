// Input of a user's own account page (/account): changing their own password. Whether the current
// password is right depends on the database: lib/data/users/account.ts.
import { z } from "zod";
import { USER_LIMITS } from "@/lib/domain/limits";
import { msg } from "@/lib/validation/parse";

/** A message of this area's own texts (messages/*.json, "account.validation.<key>"). */
export const accountMsg = (key: string) => msg(`account.validation.${key}`);

const blank = (value: unknown) => value ?? "";

// Never trimmed: spaces are part of a password.
const current = z.preprocess(blank, z.string().min(1, msg("required")).max(USER_LIMITS.passwordMax));
const next = z.preprocess(
  blank,
  z
    .string()
    .min(1, { message: msg("required"), abort: true })
    .min(USER_LIMITS.passwordMin, accountMsg("passwordTooShort"))
    .max(USER_LIMITS.passwordMax),
);

export const passwordChangeSchema = z
  .object({ currentPassword: current, newPassword: next, confirmPassword: z.preprocess(blank, z.string()) })
  .superRefine((input, ctx) => {
    if (input.confirmPassword !== input.newPassword)
      ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: accountMsg("confirmMismatch") });
    if (input.newPassword === input.currentPassword)
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: accountMsg("samePassword") });
  });

export type PasswordChangeInput = z.infer<typeof passwordChangeSchema>;
