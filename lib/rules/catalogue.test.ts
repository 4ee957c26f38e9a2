import { describe, expect, it } from "vitest";
import { CATALOGUE, RULE_CODES, ruleDefinition, rulesFor } from "@/lib/rules/catalogue";

describe("the rule catalogue", () => {
  it("lists exactly the codes of DESIGN.md, in order", () => {
    expect(CATALOGUE.map((rule) => rule.code)).toEqual([
      "H1",
      "H2",
      "H3",
      "T1",
      "T2",
      "T3",
      "T4",
      "T5",
      "T6",
      "T7",
      "T8",
      "T9",
      "O1",
      "O2",
      "O3",
    ]);
    expect([...RULE_CODES]).toEqual(CATALOGUE.map((rule) => rule.code));
  });

  it("matches DESIGN.md's table: principle, severity, records, step", () => {
    const table = CATALOGUE.map((r) => `${r.code} ${r.principle} ${r.severity} ${r.appliesTo.join("+")} ${r.step}`);
    expect(table).toEqual([
      "H1 H error plan+activity save",
      "H2 H error activity save",
      "H3 H warning activity save",
      "T1 T error plan save",
      "T2 T error plan share",
      "T3 T error plan submit",
      "T4 T error plan approve",
      "T5 T warning plan+activity save",
      "T6 T error plan submit",
      "T7 T warning plan+activity save",
      "T8 T error plan archive",
      "T9 T warning plan save",
      "O1 O error program+plan+activity save",
      "O2 O error activity save",
      "O3 O warning activity save",
    ]);
  });

  it("names each rule's principle by its code's first letter", () => {
    for (const rule of CATALOGUE) expect(rule.code.charAt(0)).toBe(rule.principle);
  });

  it("only warns from rules of every save", () => {
    for (const rule of CATALOGUE.filter((r) => r.severity === "warning")) expect(rule.step).toBe("save");
  });

  it("looks rules up by code and by record kind", () => {
    expect(ruleDefinition("T4").step).toBe("approve");
    expect(rulesFor("program").map((r) => r.code)).toEqual(["O1"]);
    expect(rulesFor("plan").map((r) => r.code)).toEqual(["H1", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "O1"]);
    expect(rulesFor("activity").map((r) => r.code)).toEqual(["H1", "H2", "H3", "T5", "T7", "O1", "O2", "O3"]);
  });
});
