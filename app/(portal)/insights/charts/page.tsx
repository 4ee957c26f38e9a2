import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InsightFilterForm } from "@/components/insights/insight-filters";
import { InsightsNav } from "@/components/insights/insights-nav";
import { StatusLegend, YearCharts } from "@/components/insights/year-charts";
import { PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { MAX_TIMELINE_YEARS, timelineYears } from "@/lib/calendar";
import { activitiesPerYear } from "@/lib/data/insights/reads";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { currentFiscalYear, fiscalYearRange } from "@/lib/fiscal-year";
import { parseReportFilters } from "@/lib/validation/report-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insights.charts"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// JMOD only (insight:read). By default the last ten fiscal years up to the latest with activities,
// like the activity timeline; never more than twenty.
export default async function InsightChartsPage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "insight:read")) notFound();
  const { fyFrom, fyTo, state, program } = parseReportFilters("coverage", await searchParams);
  const options = await getActivityFilterOptions(actor, program);
  const shown = timelineYears(options.fiscalYears, { from: fyFrom, to: fyTo }, currentFiscalYear());
  const range = { fyFrom: shown[0]!, fyTo: shown.at(-1)! };
  const [t, chart] = await Promise.all([getTranslations("insights.charts"), activitiesPerYear(actor, { ...range, state, program })]);
  const years = fiscalYearRange(Math.min(range.fyFrom, ...options.fiscalYears), Math.max(range.fyTo, ...options.fiscalYears)).reverse();
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <InsightsNav current="charts" />
      <InsightFilterForm
        action="/insights/charts"
        fields={["fyFrom", "fyTo", "state", "program"]}
        values={{ ...range, state, program }}
        options={options}
        years={years}
        rangeLimit={MAX_TIMELINE_YEARS}
      />
      {chart.activities.every((count) => count === 0) ? <p className="mb-4 text-slate-700">{t("empty")}</p> : null}
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <StatusLegend />
        <p className="max-w-3xl text-sm text-slate-600">{t("note")}</p>
      </div>
      <Section title={t("byMeans")} id="by-means">
        <YearCharts group={t("byMeans")} series={chart.means} years={chart.years} activities={chart.activities} />
      </Section>
      <Section title={t("byKeyArea")} id="by-key-area">
        <YearCharts group={t("byKeyArea")} series={chart.keyAreas} years={chart.years} activities={chart.activities} />
      </Section>
    </>
  );
}
