// Runs an input schema in the user's language. Zod's own messages come translated from its locale
// packs; our refinements carry a message key ("msg:<key>") that the action runner translates.
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

export function parseInput<T extends z.ZodType>(schema: T, input: unknown, locale: string): z.infer<T> {
  const unstorable = unstorableFields(input);
  if (Object.keys(unstorable).length) throw new ValidationError(unstorable);
  const result = schema.safeParse(input, { error: localeErrors[locale === "ja" ? "ja" : "en"] });
  if (result.success) return result.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  throw new ValidationError(fieldErrors);
}

/** A refinement message that the UI translates (messages/*.json, "validation.<key>"). */
export const msg = (key: string) => `msg:${key}`;
