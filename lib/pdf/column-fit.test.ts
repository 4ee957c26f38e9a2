import { describe, expect, it } from "vitest";
import { fitColumns, unbreakable, type FitInput } from "@/lib/pdf/column-fit";

// One point per character, two for a bold one: enough to reason about the sums by hand.
const measure = (text: string, bold: boolean) => text.length * (bold ? 2 : 1);
const fit = (input: Partial<FitInput> & Pick<FitInput, "headers" | "sample">) =>
  fitColumns({ weights: input.headers.map(() => 1), total: 200, padding: 0, measure, ...input });

describe("unbreakable", () => {
  it("keeps dates, spans and words whole, and splits Japanese by character", () => {
    expect(unbreakable("Seminar (2027-02-08, Pending); FY2024–FY2026")).toEqual(["Seminar", "(2027-02-08,", "Pending);", "FY2024–FY2026"]);
    expect(unbreakable("海上安全 seminar")).toEqual(["海", "上", "安", "全", "seminar"]);
    expect(unbreakable("  ")).toEqual([]);
  });
});

describe("fitColumns", () => {
  it("gives every column at least its longest word, the header's in bold", () => {
    const { widths, wordsFit } = fit({
      headers: ["Revision", "Objectives"],
      sample: [["2", "a long list of objectives that will have to wrap over several lines ".repeat(4)]],
    });
    expect(wordsFit).toBe(true);
    expect(widths[0]).toBeGreaterThanOrEqual(16 + 1); // "Revision" in bold, whole
    expect(widths[0]).toBeLessThan(20); // and no more: the rest goes where text wraps
    expect(widths[0]! + widths[1]!).toBeCloseTo(200);
  });

  it("keeps a date whole even in a column of short text", () => {
    const { widths } = fit({ headers: ["Due"], sample: [["2027-02-08"], ["x"]], total: 100 });
    expect(widths[0]).toBeGreaterThanOrEqual(10);
  });

  it("shares what is left by weight among the columns that wrap, after giving the others one line", () => {
    const long = "word ".repeat(60).trim(); // 299 points on one line
    const { widths, linesFit } = fit({
      headers: ["A", "B", "C"],
      sample: [["short text", long, long]],
      weights: [1, 1, 3],
      total: 300,
    });
    expect(linesFit).toBe(false);
    expect(widths[0]).toBe(Math.ceil(10 + 0.5)); // its one line, no more
    const rest = 300 - widths[0]!;
    expect(widths[1]! + widths[2]!).toBeCloseTo(rest);
    // B and C start from their longest word (4) and share the rest 1:3.
    expect((widths[2]! - 5) / (widths[1]! - 5)).toBeCloseTo(3);
  });

  it("spans the table when everything fits on one line, and says so", () => {
    const { widths, linesFit } = fit({ headers: ["A", "B"], sample: [["x", "y"]], weights: [1, 3], total: 100 });
    expect(linesFit).toBe(true);
    expect(widths[0]! + widths[1]!).toBeCloseTo(100);
    expect(widths[1]).toBeGreaterThan(widths[0]!);
  });

  it("shrinks alike when not even the words fit, and says so", () => {
    const { widths, wordsFit } = fit({ headers: ["Aaaaaaaa", "Bbbbbbbb", "Cccccccc", "Dddddddd"], sample: [], total: 60 });
    expect(wordsFit).toBe(false);
    expect(widths).toEqual([15, 15, 15, 15]);
  });

  it("lets one huge word break rather than squeeze every other column", () => {
    const { widths, wordsFit } = fit({
      headers: ["Location", "Title", "Host"],
      sample: [["x".repeat(500), "Seminar", "Philippines"]],
      weights: [1, 1, 1],
      total: 160,
    });
    expect(wordsFit).toBe(true);
    // Title and Host keep their words whole; the huge word takes what is left and breaks.
    expect(widths[1]).toBeGreaterThanOrEqual(10);
    expect(widths[2]).toBeGreaterThanOrEqual(11);
    expect(widths[0]! + widths[1]! + widths[2]!).toBeCloseTo(160);
  });
});
