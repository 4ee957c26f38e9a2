import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ActivityFilterForm } from "@/components/activity-filters";
import { ActivityTable } from "@/components/activity-table";
import { ActivityViews } from "@/components/activity-views";
import { SpanNote } from "@/components/span-note";
import { PageHeader } from "@/components/page-header";
import { ReportDownload } from "@/components/reports/report-download";
import { Pagination } from "@/components/pagination";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { listActivities } from "@/lib/data/activities/reads";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { parseActivityFilters, type ActivityFilters } from "@/lib/validation/activity-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What the filter form keeps as hidden fields: the order, and a span of fiscal years from the review of efforts. */
function keptBeside(filters: ActivityFilters): Record<string, string> {
  const keep: Record<string, string> = {};
  if (filters.sort) keep.sort = filters.sort;
  if (filters.fyFrom !== undefined) keep.fyFrom = String(filters.fyFrom);
  if (filters.fyTo !== undefined) keep.fyTo = String(filters.fyTo);
  return keep;
}

export default async function ActivitiesPage({ searchParams }: Props) {
  const actor = await requireActor();
  const filters = parseActivityFilters(await searchParams);
  const [t, tae, tx, locale, result, options] = await Promise.all([
    getTranslations("activities"),
    getTranslations("activityEditor"),
    getTranslations("exports"),
    getLocale(),
    listActivities(actor, filters, { ja: (await getLocale()) === "ja" }),
    getActivityFilterOptions(actor, filters.program),
  ]);
  // A page past the end (an old bookmark, a hand-edited URL) goes to the last page there is.
  if (result.page > result.pageCount) redirect(`/activities${filtersQuery({ ...filters, page: result.pageCount })}`);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        {can(actor, "activity:edit") ? (
          <Link href="/activities/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {tae("newLink")}
          </Link>
        ) : null}
      </PageHeader>
      <ActivityViews current="list" filters={filters} />
      <SpanNote path="/activities" filters={filters} />
      <ActivityFilterForm filters={filters} options={options} keep={keptBeside(filters)} />
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-700">
          <span role="status" data-testid="activity-count">
            {t("results", { count: result.total })}
          </span>
          {" · "}
          <span data-testid="activity-order">{filters.sort ? t("orderSorted") : t("orderUpcoming")}</span>{" "}
          {filters.sort ? (
            <Link href={`/activities${filtersQuery({ ...filters, sort: undefined, page: 1 })}`} className="link">
              {t("resetOrder")}
            </Link>
          ) : null}
        </p>
        {/* The activities report with the list's filters (one fiscal year = a range of one). */}
        <ReportDownload
          href={`/api/reports/activities${filtersQuery({ format: "csv", fyFrom: filters.fy ?? filters.fyFrom, fyTo: filters.fy ?? filters.fyTo, state: filters.state, program: filters.program, keyArea: filters.keyArea, means: filters.means, status: filters.status, q: filters.q })}`}
          label={tx("download")}
          accessibleLabel={tx("download")}
          fileLabel={tx("fileLabel")}
          locale={locale}
        />
      </div>
      {result.rows.length ? (
        <ActivityTable
          rows={result.rows}
          caption={t("title")}
          sorting={{ current: filters.sort, hrefFor: (sort) => `/activities${filtersQuery({ ...filters, sort, page: 1 })}` }}
        />
      ) : null}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(p) => `/activities${filtersQuery({ ...filters, page: p })}`} />
    </>
  );
}
