import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignLanes, laneCount, type Span } from "@/lib/lanes";

describe("assignLanes", () => {
  it("puts bars that do not overlap in one lane, and overlapping ones in the next", () => {
    const spans = [
      { start: 0, end: 2 },
      { start: 3, end: 6 },
      { start: 1, end: 4 },
      { start: 5, end: 5 },
    ];
    expect(assignLanes(spans)).toEqual([0, 0, 1, 1]);
    expect(laneCount(assignLanes(spans))).toBe(2);
  });

  it("treats touching ends as overlapping: both bars cover that day", () => {
    expect(
      assignLanes([
        { start: 0, end: 2 },
        { start: 2, end: 3 },
      ]),
    ).toEqual([0, 1]);
  });

  it("places the longer of two bars starting together first", () => {
    expect(
      assignLanes([
        { start: 0, end: 0 },
        { start: 0, end: 6 },
        { start: 1, end: 3 },
      ]),
    ).toEqual([1, 0, 1]);
  });

  it("gives -1 past the lane limit", () => {
    const lanes = assignLanes(
      [
        { start: 0, end: 3 },
        { start: 0, end: 3 },
        { start: 1, end: 1 },
        { start: 4, end: 4 },
      ],
      2,
    );
    expect(lanes).toEqual([0, 1, -1, 0]);
    expect(laneCount(lanes)).toBe(2);
    expect(laneCount([])).toBe(0);
  });

  it("never overlaps two bars in a lane, and opens a lane only when every open lane is busy", () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
      .map(([start, length]) => ({ start, end: start + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (spans: Span[], max) => {
        const lanes = assignLanes(spans, max);
        const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;
        for (let i = 0; i < spans.length; i++) {
          expect(lanes[i]).toBeLessThan(max);
          for (let j = i + 1; j < spans.length; j++)
            if (lanes[i]! >= 0 && lanes[i] === lanes[j]) expect(overlaps(spans[i]!, spans[j]!)).toBe(false);
          // Left out only when every lane is taken somewhere on its span.
          if (lanes[i] === -1)
            for (let lane = 0; lane < max; lane++)
              expect(spans.some((other, j) => lanes[j] === lane && overlaps(other, spans[i]!))).toBe(true);
        }
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});
