import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { YearSeries } from "@/lib/data/insights/reads";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { titleOf } from "@/lib/i18n/localized";
import { groupCounts, niceScale, STATUS_GROUPS, YearBars } from "@/components/insights/year-bars";

/** The colours of the status groups. */
export async function StatusLegend() {
  const t = await getTranslations("insights.charts.status");
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700" data-testid="chart-legend">
      {STATUS_GROUPS.map(({ group, fill }) => (
        <li key={group} className="flex items-center gap-1.5">
          <svg aria-hidden="true" width="14" height="14" viewBox="0 0 14 14">
            <rect width="14" height="14" rx="2" fill={fill} />
          </svg>
          {t(group)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Small multiples for one dimension (means or key areas): a chart per series on a common scale, and
 * the figures as a compact table (closed by default) for screen readers, keyboard users and anyone
 * who wants the numbers.
 */
export async function YearCharts({
  group,
  series,
  years,
  activities,
}: {
  group: string;
  series: YearSeries[];
  years: number[];
  activities: number[];
}) {
  const [t, tg, format, locale] = await Promise.all([
    getTranslations("insights.charts"),
    getTranslations("insights.charts.status"),
    getFormatter(),
    getLocale(),
  ]);
  const { top, ticks } = niceScale(Math.max(0, ...series.flatMap((entry) => entry.totals)));
  const from = fiscalYearLabel(years[0] ?? 0, locale);
  const to = fiscalYearLabel(years.at(-1) ?? 0, locale);

  // "FY2024: 5 (Conducted 3, Planned or confirmed 2)", for the chart's description and tooltips.
  const yearFigures = (entry: YearSeries) => {
    const groups = groupCounts(entry);
    return years.map((fy, i) => {
      const count = entry.totals[i] ?? 0;
      const split = STATUS_GROUPS.filter(({ group: g }) => (groups[g][i] ?? 0) > 0)
        .map(({ group: g }) => t("splitPart", { group: tg(g), count: groups[g][i] ?? 0 }))
        .join(locale === "ja" ? "、" : ", ");
      return count
        ? t("yearFigureSplit", { fy: fiscalYearLabel(fy, locale), count, split })
        : t("yearFigure", { fy: fiscalYearLabel(fy, locale), count });
    });
  };

  return (
    <>
      {/* Rows of three (two on a tablet), a short last row centred: five means leave no empty sixth cell. */}
      <ul className="flex flex-wrap justify-center gap-4">
        {series.map((entry) => {
          const name = titleOf(locale, entry);
          const figures = yearFigures(entry);
          return (
            <li key={entry.code} className="w-full rounded border border-slate-200 p-3 sm:w-[calc(50%-0.5rem)] xl:w-[calc((100%-2rem)/3)]">
              <h3 className="mb-1 min-h-10 text-sm font-medium text-slate-900">{name}</h3>
              <YearBars
                series={entry}
                years={years}
                top={top}
                ticks={ticks}
                title={t("chartTitle", { name, from, to })}
                desc={t("chartDesc", { years: figures.join(locale === "ja" ? "、" : "; ") })}
                barTitles={figures}
              />
            </li>
          );
        })}
      </ul>
      <p className="mt-2 text-xs text-slate-600">{t("axisNote", { from, to })}</p>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("table")}</summary>
        <div className="mt-2 relative overflow-x-auto">
          <table className="w-full border-collapse text-xs" data-testid="chart-table">
            <caption className="mb-1 text-left text-sm text-slate-800">{t("tableCaption", { group })}</caption>
            <thead>
              <tr>
                <th scope="col" className="border border-slate-300 bg-slate-100 px-2 py-1 text-left font-medium">
                  {t("category")}
                </th>
                {years.map((fy) => (
                  <th
                    key={fy}
                    scope="col"
                    className="border border-slate-300 bg-slate-100 px-2 py-1 text-right font-medium whitespace-nowrap tabular-nums"
                  >
                    {fiscalYearLabel(fy, locale)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {series.map((entry) => (
                <tr key={entry.code}>
                  <th scope="row" className="border border-slate-300 px-2 py-1 text-left font-normal">
                    {titleOf(locale, entry)}
                  </th>
                  {entry.totals.map((count, i) => (
                    <td key={years[i]} className="border border-slate-300 px-2 py-1 text-right tabular-nums">
                      {format.number(count)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="bg-slate-50">
                <th scope="row" className="border border-slate-300 px-2 py-1 text-left font-medium">
                  {t("allActivities")}
                </th>
                {activities.map((count, i) => (
                  <td key={years[i]} className="border border-slate-300 px-2 py-1 text-right font-medium tabular-nums">
                    {format.number(count)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </details>
    </>
  );
}
