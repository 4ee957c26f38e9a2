// Runs an input schema in the user's language. Zod's own messages come translated from its locale
// packs; our refinements carry a message key ("msg:<key>") that the action runner translates.
import { z } from "zod";
import { ValidationError } from "@/lib/errors";

const localeErrors = { en: z.locales.en().localeError, ja: z.locales.ja().localeError };

export function parseInput<T extends z.ZodType>(schema: T, input: unknown, locale: string): z.infer<T> {
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
