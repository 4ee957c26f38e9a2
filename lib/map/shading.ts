// The sequential blue scale shared by the coverage matrix and the map: level 0 for none, then the
// count's share of the largest count in quarters (shadeLevel of lib/calendar). Text on the two light
// shades is dark, on the two dark ones white; every pair clears WCAG AA (4.5:1), checked in the test.
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
