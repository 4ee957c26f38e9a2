import { describe, expect, it } from "vitest";
import { parseMonth, parseTimelineRange } from "@/lib/calendar";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { parseAuditFilters } from "@/lib/validation/audit-filters";
import { parseNeedFilters } from "@/lib/validation/need-filters";
import { isStorable, queryValue, queryValues } from "@/lib/validation/query";
import { parseReportFilters, parseReportFormat, parseReportKind, REPORTS } from "@/lib/validation/report-filters";

const NUL = "\u0000";
const HIGH = "\uD800";
const LOW = "\uDC00";

describe("isStorable", () => {
  it("refuses U+0000 and unpaired surrogates, anywhere in the text", () => {
    for (const text of [NUL, `a${NUL}b`, HIGH, LOW, `x${HIGH}`, `${LOW}x`, `${LOW}${HIGH}`])
      expect(isStorable(text), JSON.stringify(text)).toBe(false);
  });

  it("takes any other text: surrogate pairs, U+FFFD, control characters, the empty string", () => {
    for (const text of ["", "日本語", "𝕏", `${HIGH}${LOW}`, "\uFFFD", "\u0001\t\n", "%00", "'"])
      expect(isStorable(text), JSON.stringify(text)).toBe(true);
  });
});

describe("queryValue", () => {
  it("takes the first of repeated values and drops an unstorable one", () => {
    expect(queryValue("PH")).toBe("PH");
    expect(queryValue(["PH", "VN"])).toBe("PH");
    expect(queryValue([`P${NUL}H`, "VN"])).toBeUndefined();
    expect(queryValue(HIGH)).toBeUndefined();
    expect(queryValue([])).toBeUndefined();
    expect(queryValue(null)).toBeUndefined();
    expect(queryValue(undefined)).toBeUndefined();
    expect(queryValue("")).toBe("");
  });
});

describe("queryValues", () => {
  it("reads a page's search parameters and a route's URLSearchParams alike: first value, unstorable dropped", () => {
    const expected = { q: "ship", fy: undefined, state: "PH" };
    expect(queryValues({ q: "ship", fy: `2025${NUL}`, state: ["PH", "VN"] })).toEqual(expected);
    expect(queryValues(new URLSearchParams("q=ship&fy=2025%00&state=PH&state=VN"))).toEqual(expected);
  });

  it("keeps a parameter named like a prototype key as plain data", () => {
    const values = queryValues(new URLSearchParams("__proto__=x&constructor=y"));
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.keys(values).sort()).toEqual(["__proto__", "constructor"]);
  });
});

// Every reader of the query string ignores an unstorable value like one that does not parse, and
// keeps the other filters.
describe("the query-string parsers", () => {
  it("activity filters (the list, calendar, timeline, insights)", () => {
    expect(parseActivityFilters({ q: `ship${NUL}`, state: "ph", keyArea: [`K1${NUL}`, "K2"], page: HIGH })).toEqual({
      state: "PH",
      page: 1,
    });
    expect(parseActivityFilters(new URLSearchParams("q=%00&fy=2025&fy=2026"))).toEqual({ fy: 2025, page: 1 });
  });

  it("audit log filters", () => {
    expect(parseAuditFilters({ actor: NUL, entity: "User", action: `user.create${LOW}` })).toEqual({ entity: "User", page: 1 });
  });

  it("need filters", () => {
    expect(parseNeedFilters({ status: `SUBMITTED${NUL}`, state: "vn" })).toEqual({ state: "VN" });
  });

  it.each(REPORTS)("report filters of %s (what the export records in its audit event)", (report) => {
    // A route reads URLSearchParams (which turn a lone surrogate into U+FFFD); a page, decoded values.
    const fromRoute = parseReportFilters(report, new URLSearchParams("q=%00&fyFrom=2021&fyTo=%ED%A0%80&program=seed%00&state=PH"));
    const fromPage = parseReportFilters(report, { q: `ship${HIGH}`, fyFrom: "2021", program: ["seed", "other"], keyArea: `K1${NUL}` });
    expect(fromRoute).toEqual({ fyFrom: 2021, state: "PH" });
    expect(fromPage).toEqual({ fyFrom: 2021, program: "seed" });
  });

  it("report kind and format", () => {
    expect(parseReportKind(["plans", "needs"])).toBe("plans");
    expect(parseReportKind(`plans${NUL}`)).toBeUndefined();
    expect(parseReportFormat("csv")).toBe("csv");
    expect(parseReportFormat(`csv${NUL}`)).toBeUndefined();
    expect(parseReportFormat(null)).toBeUndefined();
  });

  it("the calendar's month and the timeline's range", () => {
    const today = new Date(Date.UTC(2026, 10, 28));
    expect(parseMonth(`2027-02${NUL}`, today)).toEqual({ year: 2026, month: 11 });
    expect(parseMonth([`2027-02${HIGH}`, "2027-03"], today)).toEqual({ year: 2026, month: 11 });
    expect(parseTimelineRange({ from: `2018${NUL}`, to: ["2026", "2020"] })).toEqual({ from: undefined, to: 2026 });
    expect(parseTimelineRange(new URLSearchParams("from=2018&from=2020"))).toEqual({ from: 2018, to: undefined });
  });
});
