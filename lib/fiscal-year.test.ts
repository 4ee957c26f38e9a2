import { describe, expect, it } from "vitest";
import {
  fiscalYearEnd,
  fiscalYearLabel,
  fiscalYearSpanLabel,
  fiscalYearOf,
  fiscalYearRange,
  fiscalYearSpan,
  fiscalYearStart,
  currentFiscalYear,
  parseFiscalYear,
  todayInJapan,
} from "@/lib/fiscal-year";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("fiscalYearOf", () => {
  it("puts 31 March in the fiscal year that started the April before", () => {
    expect(fiscalYearOf(day("2027-03-31"))).toBe(2026);
  });
  it("starts a new fiscal year on 1 April", () => {
    expect(fiscalYearOf(day("2026-04-01"))).toBe(2026);
    expect(fiscalYearOf(day("2026-03-31"))).toBe(2025);
  });
  it("keeps January to March in the previous calendar year's fiscal year", () => {
    expect(fiscalYearOf(day("2018-02-26"))).toBe(2017);
    expect(fiscalYearOf(day("2019-01-28"))).toBe(2018);
  });
  it("handles December", () => {
    expect(fiscalYearOf(day("2026-12-31"))).toBe(2026);
  });
});

describe("fiscal year bounds", () => {
  it("FY2026 runs 2026-04-01 to 2027-03-31", () => {
    expect(fiscalYearStart(2026).toISOString().slice(0, 10)).toBe("2026-04-01");
    expect(fiscalYearEnd(2026).toISOString().slice(0, 10)).toBe("2027-03-31");
  });
  it("every day in the bounds maps back to the year", () => {
    expect(fiscalYearOf(fiscalYearStart(2030))).toBe(2030);
    expect(fiscalYearOf(fiscalYearEnd(2030))).toBe(2030);
  });
});

describe("labels and parsing", () => {
  it("labels as FY2026", () => {
    expect(fiscalYearLabel(2026)).toBe("FY2026");
    expect(fiscalYearLabel(2026, "en", "era")).toBe("FY2026");
    expect(fiscalYearLabel(2026, "ja")).toBe("2026年度");
  });

  it("names the era in formal Japanese: the first year of an era is 元, a fiscal year takes its April's era", () => {
    expect(fiscalYearLabel(2026, "ja", "era")).toBe("令和8年度");
    expect(fiscalYearLabel(2019, "ja", "era")).toBe("令和元年度");
    expect(fiscalYearLabel(2018, "ja", "era")).toBe("平成30年度");
    expect(fiscalYearLabel(2000, "ja", "era")).toBe("平成12年度");
    expect(fiscalYearSpanLabel(2026, 2028, "ja")).toBe("2026年度–2028年度");
  });
  it("parses labels and bare years, and refuses anything else", () => {
    expect(parseFiscalYear("FY2026")).toBe(2026);
    expect(parseFiscalYear("fy2017")).toBe(2017);
    expect(parseFiscalYear(" 2020 ")).toBe(2020);
    expect(parseFiscalYear("FY26")).toBeNull();
    expect(parseFiscalYear("1999")).toBeNull();
    expect(parseFiscalYear("2026-04")).toBeNull();
  });
});

describe("ranges", () => {
  it("lists every year of a span inclusive", () => {
    expect(fiscalYearRange(2026, 2028)).toEqual([2026, 2027, 2028]);
    expect(fiscalYearSpan(2026, 2028)).toBe(3);
  });
  it("gives nothing for a reversed span", () => {
    expect(fiscalYearRange(2028, 2026)).toEqual([]);
    expect(fiscalYearSpan(2028, 2026)).toBe(0);
  });
});

describe("today in Japan", () => {
  it("is already tomorrow in Tokyo from 15:00 UTC", () => {
    expect(todayInJapan(new Date("2026-11-28T14:59:59Z")).toISOString().slice(0, 10)).toBe("2026-11-28");
    expect(todayInJapan(new Date("2026-11-28T15:00:00Z")).toISOString().slice(0, 10)).toBe("2026-11-29");
  });
  it("starts the new fiscal year at midnight of 1 April, Japan time", () => {
    expect(currentFiscalYear(new Date("2027-03-31T14:59:59Z"))).toBe(2026);
    expect(currentFiscalYear(new Date("2027-03-31T15:00:00Z"))).toBe(2027);
  });
});
