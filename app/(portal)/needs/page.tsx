import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NeedFilterForm } from "@/components/need-filters";
import { NeedList } from "@/components/need-list";
import { Pagination } from "@/components/pagination";
import { SpanNote } from "@/components/span-note";
import { Empty, PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getNeedFilterOptions, listNeeds } from "@/lib/data/needs/reads";
import { parseNeedFilters } from "@/lib/validation/need-filters";
import { filtersQuery, parsePage } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needs"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NeedsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = await searchParams;
  const filters = parseNeedFilters(query);
  const page = parsePage(query.page);
  const [t, tn, needs, options] = await Promise.all([
    getTranslations("needs"),
    getTranslations("needEditor"),
    listNeeds(actor, filters, page),
    getNeedFilterOptions(actor),
  ]);
  // A page past the end (an old bookmark, a hand-edited URL) goes to the last page there is.
  if (needs.page > needs.pageCount) redirect(`/needs${filtersQuery({ ...filters, page: needs.pageCount })}`);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        {can(actor, "need:submit") ? (
          <Link href="/needs/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {tn("newLink")}
          </Link>
        ) : null}
      </PageHeader>
      <SpanNote path="/needs" filters={filters} />
      <NeedFilterForm filters={filters} options={options} />
      <p className="mb-2 text-sm text-slate-700" role="status" data-testid="need-count">
        {tn("filters.results", { count: needs.total })}
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        {needs.rows.length ? <NeedList needs={needs.rows} /> : <Empty>{t("none")}</Empty>}
      </div>
      <Pagination page={needs.page} pageCount={needs.pageCount} hrefFor={(p) => `/needs${filtersQuery({ ...filters, page: p })}`} />
    </>
  );
}
