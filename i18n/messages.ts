// The UI texts of a language: one file per area of the product, merged by top-level namespace.
import type { Locale } from "@/i18n/locales";

export const MESSAGE_FILES = [
  "",
  "plans",
  "activities",
  "needs",
  "calendar",
  "notifications",
  "admin",
  "reports",
  "insights",
  "reference",
  "annual",
  "review",
  "spending",
  "indicators",
  "afterAction",
  "search",
  "myWork",
] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    MESSAGE_FILES.map(
      async (area) => (await import(`../messages/${locale}${area ? `.${area}` : ""}.json`)).default as Record<string, unknown>,
    ),
  );
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [namespace, texts] of Object.entries(part)) {
      if (namespace in merged) throw new Error(`messages: namespace "${namespace}" is defined twice`);
      merged[namespace] = texts;
    }
  }
  return merged;
}
