import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { InsightFilterForm } from "@/components/insights/insight-filters";
import { InsightsNav } from "@/components/insights/insights-nav";
import { RegionMapSvg } from "@/components/insights/region-map";
import { ShadeLegend } from "@/components/insights/shade-legend";
import { quantileScale } from "@/lib/map/shading";
import { StateCountsTable } from "@/components/insights/state-counts-table";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { MAX_TIMELINE_YEARS, timelineYears } from "@/lib/calendar";
import { activitiesPerState, type YearRange } from "@/lib/data/insights/reads";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { currentFiscalYear, fiscalYearLabel, fiscalYearRange } from "@/lib/fiscal-year";
import { filtersQuery } from "@/lib/validation/query-filters";
import { parseReportFilters } from "@/lib/validation/report-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insights.map"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type LinkFilters = { program?: string; keyArea?: string; means?: string };

/**
 * Where a state's count leads: the activity list for one fiscal year (it filters by a single year),
 * the activity timeline for a span (it takes from/to). Either shows the same total as the map.
 */
function stateActivitiesHref(range: YearRange, filters: LinkFilters, state: string): string {
  if (range.fyFrom === range.fyTo) return `/activities${filtersQuery({ fy: range.fyFrom, state, ...filters })}`;
  const query = new URLSearchParams(filtersQuery({ state, ...filters }).slice(1));
  query.set("from", String(range.fyFrom));
  query.set("to", String(range.fyTo));
  return `/activities/timeline?${query}`;
}

// JMOD only (insight:read). By default the current fiscal year.
export default async function InsightMapPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "insight:read")) notFound();
  const { fyFrom, fyTo, program, keyArea, means } = parseReportFilters("coverage", await searchParams);
  const options = await getActivityFilterOptions(actor, program);
  const current = currentFiscalYear();
  const shown =
    fyFrom === undefined && fyTo === undefined ? [current] : timelineYears(options.fiscalYears, { from: fyFrom, to: fyTo }, current);
  const range = { fyFrom: shown[0]!, fyTo: shown.at(-1)! };
  const filters: LinkFilters = { program, keyArea, means };
  const [t, locale, result] = await Promise.all([
    getTranslations("insights.map"),
    getLocale(),
    activitiesPerState(actor, { ...range, ...filters }),
  ]);
  const single = range.fyFrom === range.fyTo;
  const label = single
    ? fiscalYearLabel(range.fyFrom, locale)
    : `${fiscalYearLabel(range.fyFrom, locale)}–${fiscalYearLabel(range.fyTo, locale)}`;
  const hrefFor = (state: string) => stateActivitiesHref(range, filters, state);
  const scale = quantileScale(result.states.map((state) => state.count));
  const years = fiscalYearRange(Math.min(range.fyFrom, ...options.fiscalYears), Math.max(range.fyTo, ...options.fiscalYears)).reverse();
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <InsightsNav current="map" />
      <InsightFilterForm
        action="/insights/map"
        fields={["fyFrom", "fyTo", "program", "keyArea", "means"]}
        values={{ ...range, ...filters }}
        options={options}
        years={years}
        rangeLimit={MAX_TIMELINE_YEARS}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
        <figure className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
          <RegionMapSvg states={result.states} scale={scale} range={label} hrefFor={hrefFor} />
          <figcaption className="mt-3 space-y-2 text-sm text-slate-600">
            <p className="font-medium text-slate-900">{t("caption", { range: label })}</p>
            <ShadeLegend scale={scale} />
            <p>{t("markerNote")}</p>
            {single ? null : <p>{t("rangeNote")}</p>}
          </figcaption>
        </figure>
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <StateCountsTable states={result.states} scale={scale} range={label} hrefFor={hrefFor} />
        </div>
      </div>
    </>
  );
}
