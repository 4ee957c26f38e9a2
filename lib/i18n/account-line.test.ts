import { describe, expect, it } from "vitest";
import { accountLine } from "@/lib/i18n/account-line";

describe("the header's line on who is signed in", () => {
  it("names the role once: not after a name that already says it, whatever its case", () => {
    expect(accountLine("Philippines Liaison Officer", "Liaison officer", "PH")).toBe("Philippines Liaison Officer (PH)");
    expect(accountLine("Portal Administrator", "Administrator", null)).toBe("Portal Administrator");
  });

  it("adds the role and the state to a person's name", () => {
    expect(accountLine("Haruka Sato", "Planner", null)).toBe("Haruka Sato · Planner");
    expect(accountLine("Test Thai Liaison", "Liaison officer", "TH")).toBe("Test Thai Liaison · Liaison officer (TH)");
    expect(accountLine("Philippines Liaison Officer", "連絡官", "PH")).toBe("Philippines Liaison Officer · 連絡官 (PH)");
  });
});
