import { useId } from "react";
import type { ActivityStatus } from "@/lib/domain/activity";
import type { YearSeries } from "@/lib/data/insights/reads";

/**
 * How the bars are stacked: three groups of statuses rather than five, so that the colours stay few
 * and distinct (dark blue, light blue, amber: apart for the common colour-vision deficiencies too),
 * each at 3:1 or more against the white background.
 */
export const STATUS_GROUPS = [
  { group: "held", statuses: ["CONDUCTED"], fill: "#173f74" },
  { group: "upcoming", statuses: ["PLANNED", "CONFIRMED"], fill: "#5b8fd6" },
  { group: "notHeld", statuses: ["POSTPONED", "CANCELLED"], fill: "#b45309" },
] as const satisfies readonly { group: string; statuses: readonly ActivityStatus[]; fill: string }[];

export type StatusGroup = (typeof STATUS_GROUPS)[number]["group"];

/** A series' activities per status group and fiscal year: counts[group][yearIndex]. */
export function groupCounts(series: YearSeries): Record<StatusGroup, number[]> {
  const sum = (statuses: readonly ActivityStatus[], i: number) =>
    statuses.reduce((total, status) => total + (series.byStatus[status][i] ?? 0), 0);
  return Object.fromEntries(STATUS_GROUPS.map(({ group, statuses }) => [group, series.totals.map((_, i) => sum(statuses, i))])) as Record<
    StatusGroup,
    number[]
  >;
}

/** A round top for the value axis and its ticks: steps of 1, 2 or 5 times a power of ten, four at most. */
export function niceScale(max: number): { top: number; ticks: number[] } {
  let step = 1;
  for (let power = 1; Math.ceil(max / step) > 4; power *= 10) {
    step = [1, 2, 5].map((m) => m * power).find((candidate) => Math.ceil(max / candidate) <= 4) ?? 10 * power;
  }
  const top = Math.max(step, step * Math.ceil(max / step));
  const ticks: number[] = [];
  for (let tick = 0; tick <= top; tick += step) ticks.push(tick);
  return { top, ticks };
}

/** A chart's value axis: a line per tick across the plot, its value on the left, the zero line darker. */
export function ValueGrid({
  ticks,
  y,
  left,
  right,
  fontSize,
}: {
  ticks: number[];
  y: (value: number) => number;
  left: number;
  right: number;
  fontSize: number;
}) {
  return ticks.map((tick) => (
    <g key={tick}>
      <line x1={left} x2={right} y1={y(tick)} y2={y(tick)} stroke={tick === 0 ? "#64748b" : "#e2e8f0"} strokeWidth={1} />
      <text x={left - 4} y={y(tick)} dy="0.32em" textAnchor="end" fontSize={fontSize} fill="#475569">
        {tick}
      </text>
    </g>
  ));
}

const WIDTH = 320;
const HEIGHT = 170;
const M = { top: 10, right: 6, bottom: 24, left: 30 };
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;

/**
 * One small multiple: a series' activities per fiscal year, stacked by status, on a scale shared by
 * the whole group (`top`). An image to assistive technology, named and described by its title and
 * desc (every year's figures); the same numbers are in the table below the charts.
 */
export function YearBars({
  series,
  years,
  top,
  ticks,
  title,
  desc,
  barTitles,
}: {
  series: YearSeries;
  years: number[];
  top: number;
  ticks: number[];
  title: string;
  desc: string;
  /** A tooltip per bar (the year's figures), for mouse users. */
  barTitles: string[];
}) {
  const id = useId();
  const groups = groupCounts(series);
  const band = PLOT_W / Math.max(1, years.length);
  const barWidth = Math.max(2, band * 0.7);
  const y = (value: number) => M.top + PLOT_H - (value / top) * PLOT_H;
  // Every year's label while they fit, else every second or third.
  const labelEvery = Math.ceil(years.length / 12);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      className="h-auto w-full"
      data-testid={`chart-${series.code}`}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{desc}</desc>
      <ValueGrid ticks={ticks} y={y} left={M.left} right={WIDTH - M.right} fontSize={10} />
      {years.map((fy, i) => {
        const x = M.left + i * band + (band - barWidth) / 2;
        let stacked = 0;
        return (
          <g key={fy}>
            <title>{barTitles[i]}</title>
            {STATUS_GROUPS.map(({ group, fill }) => {
              const value = groups[group][i] ?? 0;
              if (!value) return null;
              const rect = (
                <rect
                  key={group}
                  x={x}
                  y={y(stacked + value)}
                  width={barWidth}
                  height={(value / top) * PLOT_H}
                  fill={fill}
                  stroke="#ffffff"
                  strokeWidth={0.75}
                />
              );
              stacked += value;
              return rect;
            })}
            {i % labelEvery === 0 ? (
              <text x={x + barWidth / 2} y={HEIGHT - M.bottom + 14} textAnchor="middle" fontSize={10} fill="#475569">
                {String(fy).slice(2)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
