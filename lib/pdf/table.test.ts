import { describe, expect, it } from "vitest";
import { columnWidths } from "@/lib/pdf/table";

describe("columnWidths", () => {
  it("shares the width in proportion to the weights", () => {
    expect(columnWidths([1, 3], 400)).toEqual([100, 300]);
  });

  it("counts a weight that is not a positive number as 1", () => {
    expect(columnWidths([2, 0, Number.NaN, -1], 500)).toEqual([200, 100, 100, 100]);
  });
});
