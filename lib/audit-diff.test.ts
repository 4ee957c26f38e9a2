import { describe, expect, it } from "vitest";
import { auditDiff, formatAuditValue, WHOLE_VALUE } from "@/lib/audit-diff";

describe("auditDiff", () => {
  it("marks the top-level keys whose values changed", () => {
    const rows = auditDiff({ role: "PLANNER", stateCode: null, name: "A" }, { role: "LIAISON", stateCode: "VN", name: "A" });
    expect(rows.map((row) => [row.key, row.changed])).toEqual([
      ["role", true],
      ["stateCode", true],
      ["name", false],
    ]);
  });

  it("compares nested values by content, not by key order", () => {
    const [row] = auditDiff({ years: [{ fy: 2026, budget: 1 }] }, { years: [{ budget: 1, fy: 2026 }] });
    expect(row!.changed).toBe(false);
    const [changed] = auditDiff({ years: [{ fy: 2026 }] }, { years: [{ fy: 2027 }] });
    expect(changed!.changed).toBe(true);
  });

  it("shows a created record's keys as added, and a key present on one side only as changed", () => {
    expect(auditDiff(null, { a: 1 })).toEqual([{ key: "a", hasBefore: false, hasAfter: true, before: undefined, after: 1, changed: true }]);
    const [row] = auditDiff({ a: null }, {});
    expect(row).toMatchObject({ key: "a", hasBefore: true, hasAfter: false, changed: true });
  });

  it("puts a side that is not an object under one key", () => {
    expect(auditDiff([1, 2], [1, 2, 3])).toEqual([
      { key: WHOLE_VALUE, hasBefore: true, hasAfter: true, before: [1, 2], after: [1, 2, 3], changed: true },
    ]);
  });

  it("gives nothing for an event without before and after", () => {
    expect(auditDiff(undefined, null)).toEqual([]);
  });
});

describe("formatAuditValue", () => {
  it("shows text as is and other values as pretty JSON", () => {
    expect(formatAuditValue("VN")).toBe("VN");
    expect(formatAuditValue(null)).toBe("null");
    expect(formatAuditValue({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});
