import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { niceScale, ValueGrid } from "@/components/insights/year-bars";
import type { PlanIndicatorView } from "@/lib/data/indicators/reads";
import { fiscalYearLabel } from "@/lib/fiscal-year";

// A results indicator's targets and actuals per fiscal year, drawn on the server as SVG like the
// insight charts: a pale bar per target, a dark bar per actual beside it, the baseline as a dashed
// line. An image to assistive technology, described by every figure; the table beside it holds them too.
const TARGET = "#94a3b8"; // slate-400: 3:1 against white
const ACTUAL = "#173f74";
const BASELINE = "#b45309";
const WIDTH = 360;
const HEIGHT = 150;
const M = { top: 8, right: 6, bottom: 22, left: 40 };
const PLOT_W = WIDTH - M.left - M.right;
const PLOT_H = HEIGHT - M.top - M.bottom;

export async function IndicatorChart({ indicator, title }: { indicator: PlanIndicatorView; title: string }) {
  const [t, locale, format] = await Promise.all([getTranslations("indicators.page"), getLocale(), getFormatter()]);
  const lang = locale === "ja" ? "ja" : "en";
  const actualOf = (fy: number) => indicator.actuals.find((a) => a.fiscalYear === fy)?.value ?? null;
  const values = [indicator.baselineValue ?? 0, ...indicator.years.map((y) => Math.max(y.target ?? 0, actualOf(y.fiscalYear) ?? 0))];
  const { top, ticks } = niceScale(Math.max(0, ...values));
  const y = (value: number) => M.top + PLOT_H - (Math.max(0, value) / top) * PLOT_H;
  const band = PLOT_W / Math.max(1, indicator.years.length);
  const bar = Math.max(2, band * 0.3);
  const number = (value: number | null) => (value === null ? "—" : format.number(value));
  const id = `indicator-chart-${indicator.id}`;
  const described = t("chartSummary", {
    baseline: number(indicator.baselineValue),
    years: indicator.years
      .map((year) =>
        t("chartYear", {
          fy: fiscalYearLabel(year.fiscalYear, lang),
          target: number(year.target),
          actual: number(actualOf(year.fiscalYear)),
        }),
      )
      .join(lang === "ja" ? "。" : "; "),
  });
  return (
    <figure className="max-w-md" data-testid="indicator-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        className="h-auto w-full"
      >
        <title id={`${id}-title`}>{t("chartTitle", { title })}</title>
        <desc id={`${id}-desc`}>{described}</desc>
        <ValueGrid ticks={ticks} y={y} left={M.left} right={WIDTH - M.right} fontSize={10} />
        {indicator.years.map((year, i) => {
          const x0 = M.left + i * band + band * 0.2;
          const actual = actualOf(year.fiscalYear);
          return (
            <g key={year.fiscalYear}>
              {year.target !== null ? (
                <rect x={x0} y={y(year.target)} width={bar} height={M.top + PLOT_H - y(year.target)} fill={TARGET} />
              ) : null}
              {actual !== null ? <rect x={x0 + bar} y={y(actual)} width={bar} height={M.top + PLOT_H - y(actual)} fill={ACTUAL} /> : null}
              <text x={M.left + i * band + band / 2} y={HEIGHT - M.bottom + 14} textAnchor="middle" fontSize={10} fill="#475569">
                {fiscalYearLabel(year.fiscalYear, lang)}
              </text>
            </g>
          );
        })}
        {indicator.baselineValue !== null ? (
          <line
            x1={M.left}
            x2={WIDTH - M.right}
            y1={y(indicator.baselineValue)}
            y2={y(indicator.baselineValue)}
            stroke={BASELINE}
            strokeWidth={1.5}
            strokeDasharray="4 3"
          />
        ) : null}
      </svg>
      <figcaption>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {[
            [TARGET, t("chartLegendTarget")],
            [ACTUAL, t("chartLegendActual")],
            [BASELINE, t("chartLegendBaseline")],
          ].map(([fill, label]) => (
            <li key={label} className="flex items-center gap-1.5">
              <svg aria-hidden="true" width="12" height="12" viewBox="0 0 12 12">
                <rect width="12" height="12" rx="2" fill={fill} />
              </svg>
              {label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
