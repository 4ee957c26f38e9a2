// The sequential blue scales of the coverage matrix and the map. The matrix shades a count by its share
// of the largest count, in quarters (shadeLevel of lib/calendar). The map shades the ASEAN states by
// quantiles of their counts (equalScale put nearly every state in one band: counts bunch near the top).
// Text on the light shades is dark, on the dark ones white; every pair clears WCAG AA (4.5:1), checked
// in the test.
import { shadeLevel } from "@/lib/calendar";

export interface Shade {
  /** Background (matrix cell, map fill). */
  fill: string;
  /** Text on that background. */
  text: string;
  /** The same as Tailwind classes, written out so that Tailwind finds them. */
  className: string;
  /** Dark shades need a light focus ring. */
  dark: boolean;
}

export const SHADES: readonly [Shade, Shade, Shade, Shade, Shade] = [
  { fill: "#ffffff", text: "#475569", className: "bg-white text-slate-600", dark: false },
  { fill: "#dce8f7", text: "#0f172a", className: "bg-[#dce8f7] text-slate-900", dark: false },
  { fill: "#a9c6ea", text: "#0f172a", className: "bg-[#a9c6ea] text-slate-900", dark: false },
  { fill: "#3c6db0", text: "#ffffff", className: "bg-[#3c6db0] text-white", dark: true },
  { fill: "#173f74", text: "#ffffff", className: "bg-[#173f74] text-white", dark: true },
];

/** The map's ramp: blank, then five blues (SHADES' four with one between the light and the dark). */
export const MAP_SHADES: readonly Shade[] = [
  SHADES[0],
  SHADES[1],
  SHADES[2],
  { fill: "#7fa6d9", text: "#0f172a", className: "bg-[#7fa6d9] text-slate-900", dark: false },
  SHADES[3],
  SHADES[4],
];

export function shadeOf(count: number, max: number): Shade {
  return SHADES[shadeLevel(count, max)];
}

export interface ShadeRange {
  shade: Shade;
  from: number;
  to: number;
}

/**
 * The counts each shade stands for when the largest count is `max`, for the legend: level k holds
 * the counts above (k-1)/4 of max up to k/4 of it. Levels no whole number falls in are left out.
 */
export function shadeRanges(max: number): ShadeRange[] {
  const ranges: ShadeRange[] = [{ shade: SHADES[0], from: 0, to: 0 }];
  for (let level = 1; level <= 4; level++) {
    const from = Math.floor(((level - 1) * max) / 4) + 1;
    const to = Math.floor((level * max) / 4);
    if (from <= to) ranges.push({ shade: SHADES[level]!, from, to });
  }
  return ranges;
}

/** A shading of counts: the shade of each, and the legend's ranges (every count in exactly one). */
export interface ShadeScale {
  shadeOf(count: number): Shade;
  ranges: ShadeRange[];
  /** How the steps were cut, for the legend. */
  method: "equal" | "quantiles" | "counts";
}

/** The matrix's shading: quarters of the largest count. */
export function equalScale(max: number): ShadeScale {
  return { shadeOf: (count) => shadeOf(count, max), ranges: shadeRanges(max), method: "equal" };
}

/**
 * The map's shading: the states with activities cut into up to five classes of about as many states
 * each (quantiles of their counts), a blank for none. Each class ends on a count some state has, so
 * that no step is empty; fewer distinct counts than five give one class each.
 */
export function quantileScale(counts: readonly number[], classes = 5): ShadeScale {
  const sorted = counts.filter((count) => count > 0).sort((a, b) => a - b);
  const distinct = [...new Set(sorted)];
  // Quantiles of states bunched on a few counts (5, 6, 7 ×7, 8 ×2) would merge them into two
  // classes: with no more distinct counts than classes, each count is its own class.
  const uppers: number[] = distinct.length <= classes ? distinct : [];
  for (let k = 1; distinct.length > classes && k <= classes; k++) {
    const upper = sorted[Math.ceil((k * sorted.length) / classes) - 1];
    if (upper !== undefined && upper !== uppers.at(-1)) uppers.push(upper);
  }
  // The classes take the darker shades when they are few: the largest count is always the darkest.
  const shades = MAP_SHADES.slice(MAP_SHADES.length - uppers.length);
  const ranges: ShadeRange[] = [{ shade: MAP_SHADES[0]!, from: 0, to: 0 }];
  uppers.forEach((to, i) => ranges.push({ shade: shades[i]!, from: (uppers[i - 1] ?? 0) + 1, to }));
  return {
    shadeOf(count) {
      if (count <= 0) return MAP_SHADES[0]!;
      const i = uppers.findIndex((upper) => count <= upper);
      return shades[i === -1 ? uppers.length - 1 : i]!;
    },
    ranges,
    method: distinct.length <= classes ? "counts" : "quantiles",
  };
}
