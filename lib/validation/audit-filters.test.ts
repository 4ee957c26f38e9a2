import { describe, expect, it } from "vitest";
import { parseAuditFilters, tokyoDayEnd, tokyoDayStart } from "@/lib/validation/audit-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

describe("parseAuditFilters", () => {
  it("keeps valid filters", () => {
    expect(
      parseAuditFilters({ actor: " admin ", entity: "User", action: "user.create", from: "2026-04-01", to: "2026-04-30", page: "2" }),
    ).toEqual({
      actor: "admin",
      entity: "User",
      action: "user.create",
      from: "2026-04-01",
      to: "2026-04-30",
      page: 2,
    });
  });

  it("drops what does not parse instead of failing", () => {
    // Days as typed in either language, kept as ISO days; no 31 February however written.
    expect(parseAuditFilters({ from: "2026/4/1", to: "2026年4月30日" })).toEqual({ from: "2026-04-01", to: "2026-04-30", page: 1 });
    expect(parseAuditFilters({ from: " 2026 / 04 / 01 ", to: "2026.4.3" })).toEqual({ from: "2026-04-01", to: "2026-04-03", page: 1 });
    expect(parseAuditFilters({ from: "2026/2/31", to: "04/01/2026" })).toEqual({ page: 1 });
    expect(parseAuditFilters({ entity: "User; DROP", from: "2026-02-31", to: "yesterday", page: "-1", actor: "" })).toEqual({ page: 1 });
  });

  it("takes the first of repeated parameters", () => {
    expect(parseAuditFilters({ entity: ["Activity", "User"] }).entity).toBe("Activity");
  });
});

describe("Japan-time day bounds", () => {
  it("start at 00:00 JST (15:00 UTC the day before) and end a day later", () => {
    expect(tokyoDayStart("2026-04-01").toISOString()).toBe("2026-03-31T15:00:00.000Z");
    expect(tokyoDayEnd("2026-04-01").toISOString()).toBe("2026-04-01T15:00:00.000Z");
  });
});

describe("filtersQuery", () => {
  it("keeps set filters and leaves page 1 implied", () => {
    expect(filtersQuery({ actor: "a@b", entity: undefined, page: 1 })).toBe("?actor=a%40b");
    expect(filtersQuery({ page: 3 })).toBe("?page=3");
  });
});
