import { describe, expect, it } from "vitest";
import { shadeLevel } from "@/lib/calendar";
import { MAP_SHADES, quantileScale, SHADES, shadeOf, shadeRanges } from "@/lib/map/shading";

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("the shading scale", () => {
  it("keeps its text at WCAG AA on every shade, and gets darker level by level", () => {
    for (const ramp of [SHADES, MAP_SHADES]) {
      for (const shade of ramp) expect(contrast(shade.fill, shade.text), shade.fill).toBeGreaterThanOrEqual(4.5);
      const white = ramp.map((shade) => contrast(shade.fill, "#ffffff"));
      expect([...white].sort((a, b) => a - b)).toEqual(white);
      expect(new Set(white).size).toBe(ramp.length);
      // The focus ring (brand-600 on light shades, white on dark ones) stays visible: 3:1 at least.
      for (const shade of ramp) expect(contrast(shade.fill, shade.dark ? "#ffffff" : "#1d4f91"), shade.fill).toBeGreaterThanOrEqual(3);
    }
  });

  it("gives zero the blank shade and the largest count the darkest", () => {
    expect(shadeOf(0, 9)).toBe(SHADES[0]);
    expect(shadeOf(9, 9)).toBe(SHADES[4]);
    expect(shadeOf(1, 9)).toBe(SHADES[1]);
  });

  it("describes, in its legend ranges, exactly the counts each shade is given", () => {
    for (const max of [0, 1, 2, 3, 4, 5, 7, 12, 40]) {
      const ranges = shadeRanges(max);
      expect(ranges[0]).toMatchObject({ from: 0, to: 0 });
      for (let count = 0; count <= max; count++) {
        const holding = ranges.filter((range) => range.from <= count && count <= range.to);
        expect(holding, `${count} of ${max}`).toHaveLength(1);
        expect(holding[0]!.shade, `${count} of ${max}`).toBe(SHADES[shadeLevel(count, max)]);
      }
    }
  });
});

describe("the map's quantile shading", () => {
  it("separates counts bunched near the top into five steps of about as many states", () => {
    // What the map showed: nearly every state between 5 and 8, in the top two quarters of the largest.
    const counts = [5, 6, 6, 7, 7, 7, 8, 8, 8, 2];
    const scale = quantileScale(counts);
    expect(scale.ranges.map(({ from, to }) => [from, to])).toEqual([
      [0, 0],
      [1, 2],
      [3, 5],
      [6, 6],
      [7, 7],
      [8, 8],
    ]);
    expect(new Set(counts.map((count) => scale.shadeOf(count))).size).toBe(5);
    // The demo's FY2026: eleven states on four counts, seven of them on 7. Quintiles would cut at 7 and 8
    // only (two steps); each count gets its own.
    const fy2026 = quantileScale([7, 7, 7, 7, 7, 5, 8, 7, 6, 7, 8]);
    expect(fy2026.ranges.map(({ from, to }) => [from, to])).toEqual([
      [0, 0],
      [1, 5],
      [6, 6],
      [7, 7],
      [8, 8],
    ]);
    expect(new Set(counts.map((count) => shadeOf(count, 8))).size).toBe(3); // the quarters: 2, 5-6 and 7-8
    expect(fy2026.method).toBe("counts");
    const spread = quantileScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(spread.method).toBe("quantiles");
    expect(spread.ranges).toHaveLength(6);
    expect(new Set(spread.ranges.map((range) => range.shade)).size).toBe(6);
  });

  it("puts every count in exactly one legend range, of its own shade, the largest the darkest", () => {
    for (const counts of [[], [0, 0], [3], [1, 1, 9], [4, 4, 4, 4], [0, 1, 2, 3, 50, 51, 52, 90], [5, 6, 6, 7, 7, 7, 8, 8, 8, 2]]) {
      const scale = quantileScale(counts);
      const max = Math.max(0, ...counts);
      expect(scale.ranges[0]).toMatchObject({ from: 0, to: 0, shade: MAP_SHADES[0] });
      for (let count = 0; count <= max; count++) {
        const holding = scale.ranges.filter((range) => range.from <= count && count <= range.to);
        expect(holding, `${count} in ${counts.join(",")}`).toHaveLength(1);
        expect(holding[0]!.shade).toBe(scale.shadeOf(count));
      }
      if (max > 0) expect(scale.shadeOf(max)).toBe(MAP_SHADES.at(-1));
    }
  });
});
