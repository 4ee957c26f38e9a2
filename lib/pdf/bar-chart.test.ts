import { describe, expect, it } from "vitest";
import { barLengths } from "@/lib/pdf/bar-chart";

describe("barLengths", () => {
  it("gives the largest count the full length and the others their share", () => {
    expect(barLengths([10, 5, 0, 2.5], 200)).toEqual([200, 100, 0, 50]);
  });

  it("keeps a small non-zero count visible", () => {
    const [, small] = barLengths([1000, 1], 100, 2);
    expect(small).toBe(2);
  });

  it("draws no bar when every count is zero or there is no room", () => {
    expect(barLengths([0, 0], 100)).toEqual([0, 0]);
    expect(barLengths([3, 1], 0)).toEqual([0, 0]);
    expect(barLengths([], 100)).toEqual([]);
  });
});
