import { getLocale, getTranslations } from "next-intl/server";
import { niceScale, ValueGrid } from "@/components/insights/year-bars";
import type { CountRow } from "@/lib/data/insights/dashboard";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { titleOf } from "@/lib/i18n/localized";

// Bars side by side rather than stacked: an activity may serve several key areas, so the areas' counts
// do not add up to the year's activities. Colours apart for the common colour-vision deficiencies, each
// at 3:1 or more against white; a seventh key area would reuse the first colour (there are three).
const FILLS = ["#173f74", "#5b8fd6", "#b45309", "#0f766e", "#7c3aed", "#be123c"];
const fillOf = (i: number) => FILLS[i % FILLS.length]!;

const WIDTH = 640;
const HEIGHT = 200;
const M = { top: 10, right: 6, bottom: 24, left: 34 };
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;

/**
 * Activities per fiscal year by key area, drawn on the server as SVG like the insight charts. An image
 * to assistive technology, described by every figure; the figures are also in the table that follows.
 */
export async function KeyAreaChart({ years, rows }: { years: number[]; rows: CountRow[] }) {
  const [t, locale] = await Promise.all([getTranslations("dashboard"), getLocale()]);
  const { top, ticks } = niceScale(Math.max(0, ...rows.flatMap((row) => row.counts)));
  const band = PLOT_W / Math.max(1, years.length);
  const barWidth = Math.max(2, (band * 0.8) / Math.max(1, rows.length));
  const y = (value: number) => M.top + PLOT_H - (value / top) * PLOT_H;
  const separator = locale === "ja" ? "、" : "; ";
  const figures = rows.map((row) =>
    t("chartSeries", {
      area: titleOf(locale, row),
      figures: years.map((fy, i) => `${fiscalYearLabel(fy, locale)} ${row.counts[i] ?? 0}`).join(locale === "ja" ? "、" : ", "),
    }),
  );
  return (
    <figure className="mb-4 max-w-3xl" data-testid="key-area-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="key-area-chart-title"
        aria-describedby="key-area-chart-desc"
        className="h-auto w-full"
      >
        <title id="key-area-chart-title">{t("chartTitle")}</title>
        <desc id="key-area-chart-desc">{figures.join(separator)}</desc>
        <ValueGrid ticks={ticks} y={y} left={M.left} right={WIDTH - M.right} fontSize={11} />
        {years.map((fy, i) => {
          const x0 = M.left + i * band + band * 0.1;
          return (
            <g key={fy}>
              {rows.map((row, k) => {
                const value = row.counts[i] ?? 0;
                return value ? (
                  <rect key={row.code} x={x0 + k * barWidth} y={y(value)} width={barWidth} height={(value / top) * PLOT_H} fill={fillOf(k)}>
                    <title>{`${titleOf(locale, row)}, ${fiscalYearLabel(fy, locale)}: ${value}`}</title>
                  </rect>
                ) : null;
              })}
              <text x={M.left + i * band + band / 2} y={HEIGHT - M.bottom + 15} textAnchor="middle" fontSize={11} fill="#475569">
                {fiscalYearLabel(fy, locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700">
          {rows.map((row, k) => (
            <li key={row.code} className="flex items-center gap-1.5">
              <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
                <rect width="14" height="14" rx="2" fill={fillOf(k)} />
              </svg>
              {titleOf(locale, row)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
