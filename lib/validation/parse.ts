// Runs an input schema. The data layer takes no language: a refusal carries zod's own messages in
// English and, for the action wrapper, in any language from zod's locale packs; our refinements carry
// a message key ("msg:<key>") that the action wrapper translates.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";
import { isStorable } from "@/lib/validation/query";

const localeErrors = { en: z.locales.en().localeError, ja: z.locales.ja().localeError };

// A value PostgreSQL cannot store (U+0000, an unpaired surrogate) would fail at the write (or at its
// audit event) instead of being refused beside its field.
function unstorableFields(input: unknown, path: string[] = [], found: Record<string, string[]> = {}, depth = 0): Record<string, string[]> {
  if (depth > 20) return found;
  if (typeof input === "string" || input instanceof String) {
    if (!isStorable(String(input))) found[path.join(".") || "_form"] = [msg("invalidCharacters")];
  } else if (input instanceof FormData) {
    for (const [key, value] of input.entries()) unstorableFields(value, [...path, key], found, depth + 1);
  } else if (Array.isArray(input)) {
    input.forEach((value, index) => unstorableFields(value, [...path, String(index)], found, depth + 1));
  } else if (input && typeof input === "object" && Object.getPrototypeOf(input) === Object.prototype) {
    for (const [key, value] of Object.entries(input)) unstorableFields(value, [...path, key], found, depth + 1);
  }
  return found;
}

// Marks the issues that carry zod's own message (not one of ours), to be worded in the reader's language.
const ZOD_MESSAGE = "\u0000zod";

export function parseInput<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const unstorable = unstorableFields(input);
  if (Object.keys(unstorable).length) throw new ValidationError(unstorable);
  // reportInput: zod's messages name what was received ("expected string, received number").
  const result = schema.safeParse(input, { error: () => ZOD_MESSAGE, reportInput: true });
  if (result.success) return result.data;
  const issues = result.error.issues;
  return fail(issues);
}

function fail(issues: readonly z.core.$ZodIssue[]): never {
  const inLanguage = (locale: string) => {
    const localeError = localeErrors[locale === "ja" ? "ja" : "en"];
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of issues) {
      const key = issue.path.map(String).join(".") || "_form";
      const worded = issue.message === ZOD_MESSAGE ? localeError(issue as never) : issue.message;
      (fieldErrors[key] ??= []).push((typeof worded === "string" ? worded : worded?.message) ?? "Invalid input");
    }
    return fieldErrors;
  };
  throw new ValidationError(inLanguage("en"), inLanguage);
}

/** A refinement message that the UI translates (messages/*.json, "validation.<key>"). */
export const msg = (key: string) => `msg:${key}`;
