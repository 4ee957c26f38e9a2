import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NeedFilterForm } from "@/components/need-filters";
import { NeedList } from "@/components/need-list";
import { Empty, PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { listNeeds, listNeedStates } from "@/lib/data/needs/reads";
import { parseNeedFilters } from "@/lib/validation/need-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needs"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NeedsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const filters = parseNeedFilters(await searchParams);
  const [t, tn, needs, states] = await Promise.all([
    getTranslations("needs"),
    getTranslations("needEditor"),
    listNeeds(actor, filters),
    listNeedStates(actor),
  ]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")}>
        {can(actor, "need:submit") ? (
          <Link href="/needs/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {tn("newLink")}
          </Link>
        ) : null}
      </PageHeader>
      <NeedFilterForm filters={filters} states={states} />
      <p className="mb-2 text-sm text-slate-700" role="status" data-testid="need-count">
        {tn("filters.results", { count: needs.length })}
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        {needs.length ? <NeedList needs={needs} /> : <Empty>{t("none")}</Empty>}
      </div>
    </>
  );
}
