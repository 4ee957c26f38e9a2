import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CoverageMatrixTable } from "@/components/insights/coverage-matrix";
import { InsightFilterForm } from "@/components/insights/insight-filters";
import { InsightsNav } from "@/components/insights/insights-nav";
import { ShadeLegend } from "@/components/insights/shade-legend";
import { equalScale } from "@/lib/map/shading";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { coverageMatrix } from "@/lib/data/insights/reads";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { currentFiscalYear, fiscalYearLabel, fiscalYearRange } from "@/lib/fiscal-year";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("insights.coverage"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// JMOD only (insight:read): a liaison officer gets the 404 page, as if there were no such page.
// One fiscal year at a time, so that every cell links to exactly the activities it counts.
export default async function CoveragePage({ searchParams }: Props) {
  const actor = await requireActor();
  if (!can(actor, "insight:read")) notFound();
  const { fy: requested, program, means } = parseActivityFilters(await searchParams);
  const fy = requested ?? currentFiscalYear();
  const [t, locale, matrix, options] = await Promise.all([
    getTranslations("insights.coverage"),
    getLocale(),
    coverageMatrix(actor, { fyFrom: fy, fyTo: fy, program, means }),
    getActivityFilterOptions(actor, program),
  ]);
  const years = fiscalYearRange(Math.min(fy, ...options.fiscalYears), Math.max(fy, ...options.fiscalYears)).reverse();
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <InsightsNav current="coverage" />
      <InsightFilterForm
        action="/insights"
        fields={["fy", "program", "means"]}
        values={{ fy, program, means }}
        options={options}
        years={years}
      />
      {matrix.total === 0 ? <p className="mb-3 text-slate-700">{t("empty", { fy: fiscalYearLabel(fy, locale) })}</p> : null}
      <CoverageMatrixTable matrix={matrix} linkFilters={{ program, means }} />
      <div className="mt-3 space-y-2">
        <ShadeLegend scale={equalScale(matrix.max)} />
        <p className="text-sm text-slate-600">{t("note")}</p>
        <Link href={`/reports${filtersQuery({ report: "coverage", fyFrom: fy, fyTo: fy, program, means })}`} className="link text-sm">
          {t("download")}
        </Link>
      </div>
    </>
  );
}
