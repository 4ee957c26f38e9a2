import { describe, expect, it } from "vitest";
import {
  addMonths,
  weekBars,
  lastDayOfMonth,
  monthGrid,
  monthKey,
  parseMonth,
  parseTimelineRange,
  shadeLevel,
  timelineYears,
} from "@/lib/calendar";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day("2026-11-28");

describe("parseMonth", () => {
  it("reads YYYY-MM", () => {
    expect(parseMonth("2027-02", today)).toEqual({ year: 2027, month: 2 });
    expect(parseMonth(["2026-12", "2020-01"], today)).toEqual({ year: 2026, month: 12 });
  });
  it("falls back to today's month on anything else", () => {
    for (const bad of [undefined, "", "2026-13", "2026-00", "2026-1", "26-11", "2026-11-01", "1999-12", "2101-01", "abc"]) {
      expect(parseMonth(bad, today), String(bad)).toEqual({ year: 2026, month: 11 });
    }
  });
});

describe("monthKey and addMonths", () => {
  it("pads the month", () => expect(monthKey({ year: 2026, month: 4 })).toBe("2026-04"));
  it("crosses year ends both ways", () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(addMonths({ year: 2026, month: 11 }, -23)).toEqual({ year: 2024, month: 12 });
  });
});

describe("lastDayOfMonth", () => {
  it("knows leap years", () => {
    expect(lastDayOfMonth({ year: 2028, month: 2 })).toEqual(day("2028-02-29"));
    expect(lastDayOfMonth({ year: 2027, month: 2 })).toEqual(day("2027-02-28"));
    expect(lastDayOfMonth({ year: 2100, month: 2 })).toEqual(day("2100-02-28"));
    expect(lastDayOfMonth({ year: 2000, month: 2 })).toEqual(day("2000-02-29"));
  });
});

describe("monthGrid", () => {
  const dates = (grid: ReturnType<typeof monthGrid>) => grid.flat().map((cell) => cell.date.toISOString().slice(0, 10));

  it("lays November 2026 out in Monday-first weeks covering the whole month", () => {
    const grid = monthGrid({ year: 2026, month: 11 });
    // 1 November 2026 is a Sunday: the first row starts on Monday 26 October.
    expect(grid).toHaveLength(6);
    expect(grid.every((week) => week.length === 7)).toBe(true);
    expect(dates(grid)[0]).toBe("2026-10-26");
    expect(dates(grid).at(-1)).toBe("2026-12-06");
    expect(grid[0]?.[6]).toEqual({ date: day("2026-11-01"), inMonth: true });
    expect(grid.flat().filter((cell) => cell.inMonth)).toHaveLength(30);
  });

  it("starts every row on a Monday and runs day by day", () => {
    for (const month of [
      { year: 2026, month: 2 },
      { year: 2028, month: 2 },
      { year: 2027, month: 3 },
      { year: 2026, month: 6 },
    ]) {
      const cells = monthGrid(month).flat();
      cells.forEach((cell, i) => {
        if (i % 7 === 0) expect(cell.date.getUTCDay()).toBe(1);
        if (i > 0) expect(cell.date.getTime() - (cells[i - 1]?.date.getTime() ?? 0)).toBe(86_400_000);
      });
      expect(cells.at(-1)?.date.getUTCDay()).toBe(0);
    }
  });

  it("needs only four rows for a February that starts on a Monday", () => {
    // 1 February 2027 is a Monday and 2027 is not a leap year.
    const grid = monthGrid({ year: 2027, month: 2 });
    expect(grid).toHaveLength(4);
    expect(grid.flat().every((cell) => cell.inMonth)).toBe(true);
  });

  it("includes 29 February in a leap year", () => {
    const inMonth = monthGrid({ year: 2028, month: 2 })
      .flat()
      .filter((cell) => cell.inMonth);
    expect(inMonth).toHaveLength(29);
    expect(inMonth.at(-1)?.date).toEqual(day("2028-02-29"));
  });
});

describe("parseTimelineRange", () => {
  it("reads fiscal years and drops the rest", () => {
    expect(parseTimelineRange({ from: "2018", to: "2026" })).toEqual({ from: 2018, to: 2026 });
    expect(parseTimelineRange({ from: "", to: "FY2026" })).toEqual({ from: undefined, to: undefined });
    expect(parseTimelineRange({ from: "1999", to: "2026.5" })).toEqual({ from: undefined, to: undefined });
    expect(parseTimelineRange({})).toEqual({ from: undefined, to: undefined });
  });
});

describe("timelineYears", () => {
  const present = [2016, 2017, 2020, 2027];
  it("shows the last ten fiscal years up to the latest present by default", () => {
    expect(timelineYears(present, {}, 2026)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(timelineYears([2024, 2026], {}, 2026)).toEqual([2024, 2025, 2026]);
  });
  it("shows this fiscal year when nothing is present", () => {
    expect(timelineYears([], {}, 2026)).toEqual([2026]);
  });
  it("follows an explicit range, swapped if reversed", () => {
    expect(timelineYears(present, { from: 2016, to: 2018 }, 2026)).toEqual([2016, 2017, 2018]);
    expect(timelineYears(present, { from: 2018, to: 2016 }, 2026)).toEqual([2016, 2017, 2018]);
    expect(timelineYears(present, { from: 2025 }, 2026)).toEqual([2025, 2026, 2027]);
    expect(timelineYears(present, { to: 2016 }, 2026)).toEqual([2016]);
  });
  it("never returns more than twenty years, keeping the latest", () => {
    const years = timelineYears(present, { from: 2000, to: 2030 }, 2026);
    expect(years).toHaveLength(20);
    expect(years[0]).toBe(2011);
    expect(years.at(-1)).toBe(2030);
  });
});

describe("shadeLevel", () => {
  it("is 0 for nothing and at least 1 for anything", () => {
    expect(shadeLevel(0, 10)).toBe(0);
    expect(shadeLevel(1, 100)).toBe(1);
  });
  it("grows in quarters of the largest count", () => {
    expect([2, 3, 5, 6, 8, 10].map((n) => shadeLevel(n, 8))).toEqual([1, 2, 3, 3, 4, 4]);
  });
});

describe("weekBars", () => {
  const item = (id: string, start: string, end: string) => ({ id, startDate: day(start), endDate: day(end) });
  // November 2026: rows start on Mondays 26 Oct, 2, 9, 16, 23 and 30 Nov.
  const grid = monthGrid({ year: 2026, month: 11 });
  const bars = (week: number, items: ReturnType<typeof item>[], lanes?: number) => weekBars(grid[week]!, items, lanes);

  it("draws a multi-day activity once per week row, spanning its days in each", () => {
    const course = item("course", "2026-11-05", "2026-11-18"); // Thursday 5 to Wednesday 18
    const rows = grid.map((_, week) => bars(week, [course]).bars);
    expect(rows.map((row) => row.length)).toEqual([0, 1, 1, 1, 0, 0]);
    expect(rows[1]![0]).toMatchObject({ column: 3, span: 4, lane: 0, continuesBefore: false, continuesAfter: true });
    expect(rows[2]![0]).toMatchObject({ column: 0, span: 7, continuesBefore: true, continuesAfter: true });
    expect(rows[3]![0]).toMatchObject({ column: 0, span: 3, continuesBefore: true, continuesAfter: false });
  });

  it("cuts bars at the month's edges, where the neighbouring months' blank days begin", () => {
    // Sunday 1 November is the only day of the first row in the month.
    const first = bars(0, [item("a", "2026-10-28", "2026-11-03")]).bars;
    expect(first).toEqual([expect.objectContaining({ column: 6, span: 1, continuesBefore: true, continuesAfter: true })]);
    const last = bars(5, [item("b", "2026-11-30", "2026-12-04")]).bars;
    expect(last).toEqual([expect.objectContaining({ column: 0, span: 1, continuesBefore: false, continuesAfter: true })]);
    expect(bars(5, [item("c", "2026-12-01", "2026-12-04")]).bars).toEqual([]);
  });

  it("stacks overlapping activities in lanes and counts the overflow per day", () => {
    const items = [
      item("a", "2026-11-09", "2026-11-11"),
      item("b", "2026-11-10", "2026-11-10"),
      item("c", "2026-11-12", "2026-11-13"),
      item("d", "2026-11-10", "2026-11-12"),
    ];
    const layout = bars(2, items, 2);
    expect(layout.lanes).toBe(2);
    const lanes = Object.fromEntries(layout.bars.map((bar) => [bar.item.id, bar.lane]));
    // d (Tue 10 to Thu 12) goes before b (Tue 10 alone): the longer first keeps lanes few.
    expect(lanes).toEqual({ a: 0, d: 1, c: 0 });
    // b found no lane: it is "+1 more" on its day.
    expect(layout.more).toEqual([0, 1, 0, 0, 0, 0, 0]);
    // In day order, for reading and Tab.
    expect(layout.bars.map((bar) => bar.item.id)).toEqual(["a", "d", "c"]);
  });
});
