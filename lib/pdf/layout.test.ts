import { describe, expect, it } from "vitest";
import { documentLanguage, japanTimestamp } from "@/lib/pdf/layout";

describe("japanTimestamp", () => {
  it("gives the time in Japan, which may be the next calendar day", () => {
    expect(japanTimestamp(new Date("2026-03-31T15:30:00Z"))).toBe("2026-04-01 00:30 JST");
  });
});

describe("documentLanguage", () => {
  it("recognises Japanese text by its scripts", () => {
    expect(documentLanguage("活動一覧")).toBe("ja");
    expect(documentLanguage("カバレッジ")).toBe("ja");
    expect(documentLanguage("Activities FY2025")).toBe("en");
  });
});
