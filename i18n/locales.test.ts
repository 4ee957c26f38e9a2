import { describe, expect, it } from "vitest";
import { pickLocale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";

const en = await loadMessages("en");
const ja = await loadMessages("ja");

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("messages", () => {
  it("have the same keys in English and Japanese", () => {
    expect(keys(ja).sort()).toEqual(keys(en).sort());
  });
  it("have no empty text", () => {
    for (const messages of [en, ja]) {
      for (const key of keys(messages)) {
        const text = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        expect(String(text).trim(), key).not.toBe("");
      }
    }
  });
});

describe("pickLocale", () => {
  it("prefers the cookie", () => {
    expect(pickLocale("ja", "en-US")).toBe("ja");
    expect(pickLocale("en", "ja-JP")).toBe("en");
  });
  it("falls back to the browser's first language, then English", () => {
    expect(pickLocale(undefined, "ja-JP,ja;q=0.9")).toBe("ja");
    expect(pickLocale("xx", "fr-FR")).toBe("en");
    expect(pickLocale(undefined, null)).toBe("en");
  });
});
