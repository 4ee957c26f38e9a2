import { describe, expect, it } from "vitest";
import { namesByCode } from "@/lib/i18n/localized";

describe("namesByCode", () => {
  it("keys each row's English and Japanese name by its code", () => {
    const names = namesByCode([
      { code: "PH", nameEn: "Philippines", nameJa: "フィリピン" },
      { code: "VN", nameEn: "Viet Nam", nameJa: "ベトナム" },
    ]);
    expect(names).toEqual({ en: { PH: "Philippines", VN: "Viet Nam" }, ja: { PH: "フィリピン", VN: "ベトナム" } });
  });
});
