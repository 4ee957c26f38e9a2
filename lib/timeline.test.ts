import { describe, expect, it } from "vitest";
import { axisBars, axisShare, columnOf, moreByColumn, parseZoom, timelineAxis } from "@/lib/timeline";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const item = (id: string, start: string, end: string) => ({ id, start: day(start), end: day(end) });
const dates = (i: ReturnType<typeof item>) => i;

describe("parseZoom", () => {
  it("reads year or month, else year", () => {
    expect(parseZoom("month")).toBe("month");
    expect(parseZoom(["month", "year"])).toBe("month");
    for (const bad of [undefined, "", "week", "MONTH"]) expect(parseZoom(bad)).toBe("year");
  });
});

describe("timelineAxis", () => {
  it("has a column per fiscal year, April to March", () => {
    const axis = timelineAxis([2025, 2026], "year");
    expect(axis.columns.map((c) => c.key)).toEqual(["2025", "2026"]);
    expect(axis.start).toEqual(day("2025-04-01"));
    expect(axis.end).toEqual(day("2027-04-01"));
    expect(axis.days).toBe(365 + 365);
  });

  it("has a column per month in the month view, for the latest three fiscal years at most", () => {
    const axis = timelineAxis([2022, 2023, 2024, 2025, 2026], "month");
    expect(axis.years).toEqual([2024, 2025, 2026]);
    expect(axis.columns).toHaveLength(36);
    expect(axis.columns[0]).toMatchObject({ key: "2024-04", fiscalYear: 2024, start: day("2024-04-01"), end: day("2024-05-01") });
    expect(axis.columns[11]).toMatchObject({ key: "2025-03", fiscalYear: 2024 });
    expect(axis.columns.at(-1)).toMatchObject({ key: "2027-03", end: day("2027-04-01") });
  });

  it("places dates as shares of its width, and in columns", () => {
    const axis = timelineAxis([2026, 2027], "year");
    expect(axisShare(axis, day("2026-04-01"))).toBe(0);
    expect(axisShare(axis, day("2027-04-01"))).toBeCloseTo(365 / axis.days);
    expect(axisShare(axis, day("2030-01-01"))).toBe(1);
    expect(axisShare(axis, day("2020-01-01"))).toBe(0);
    expect(columnOf(axis, day("2027-03-31"))).toBe(0);
    expect(columnOf(axis, day("2027-04-01"))).toBe(1);
    expect(columnOf(axis, day("2028-04-01"))).toBe(-1);
  });
});

describe("axisBars", () => {
  const axis = timelineAxis([2026, 2027], "year"); // 731 days: 2028 is a leap year

  it("draws a bar from the first day to the end of the last, as shares of the axis", () => {
    const { bars, lanes } = axisBars(axis, [item("plan", "2026-04-01", "2027-03-31")], dates);
    expect(lanes).toBe(1);
    expect(bars[0]).toMatchObject({ left: 0, lane: 0, clippedStart: false, clippedEnd: false });
    expect(bars[0]!.width).toBeCloseTo(365 / axis.days);
  });

  it("cuts bars at the axis's ends, says so, and leaves out what lies outside", () => {
    const { bars } = axisBars(
      axis,
      [item("before", "2025-04-01", "2026-06-30"), item("after", "2028-01-01", "2028-06-30"), item("out", "2024-01-01", "2024-02-01")],
      dates,
    );
    expect(bars.map((bar) => bar.item.id)).toEqual(["before", "after"]);
    expect(bars[0]).toMatchObject({ left: 0, clippedStart: true, clippedEnd: false });
    expect(bars[1]).toMatchObject({ clippedStart: false, clippedEnd: true });
    expect(bars[1]!.left + bars[1]!.width).toBeCloseTo(1);
  });

  it("draws a one-day activity wide enough to see, and lanes by the drawn width", () => {
    const { bars, lanes } = axisBars(axis, [item("a", "2026-05-01", "2026-05-01"), item("b", "2026-05-05", "2026-05-05")], dates);
    // At least a quarter of a fiscal year: 24 px of a 6 rem column.
    expect(bars[0]!.width * axis.days).toBeGreaterThanOrEqual(90);
    // Four days apart, but drawn that wide they would overlap in one lane.
    expect(lanes).toBe(2);
  });

  it("keeps a short bar at the axis's end inside it", () => {
    const { bars } = axisBars(axis, [item("last", "2028-03-31", "2028-03-31")], dates);
    expect(bars[0]!.left + bars[0]!.width).toBeCloseTo(1);
  });

  it("returns the bars past the lane limit as overflow", () => {
    const items = [item("a", "2026-05-01", "2026-08-01"), item("b", "2026-06-01", "2026-07-01"), item("c", "2026-06-15", "2026-06-20")];
    const { bars, lanes, overflow } = axisBars(axis, items, dates, 2);
    expect(lanes).toBe(2);
    expect(bars.map((bar) => bar.item.id)).toEqual(["a", "b"]);
    expect(overflow.map((i) => i.id)).toEqual(["c"]);
  });
});

describe("moreByColumn", () => {
  it("counts per column what the column holds and the bars do not show", () => {
    const axis = timelineAxis([2025, 2026, 2027], "year");
    const drawn = [item("a", "2025-05-01", "2025-05-03"), item("b", "2026-06-01", "2026-06-01"), item("c", "2026-07-01", "2026-07-02")];
    expect(moreByColumn(axis, { "2025": 1, "2026": 5, "2027": 0 }, drawn, (i) => i.start)).toEqual([0, 3, 0]);
  });
});
