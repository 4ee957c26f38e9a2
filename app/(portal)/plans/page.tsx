import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Empty, PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { PlanList } from "@/components/plan-list";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { countNewComments } from "@/lib/data/comments/reads";
import { listPlans } from "@/lib/data/plans/reads";
import { filtersQuery, parsePage } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("plansList") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlansPage({ searchParams }: Props) {
  const actor = await requireActor();
  const page = parsePage((await searchParams).page);
  const [t, tp, plans] = await Promise.all([getTranslations("plans"), getTranslations("planEditor"), listPlans(actor, page)]);
  // A page past the end (an old bookmark, a hand-edited URL) goes to the last page there is.
  if (plans.page > plans.pageCount) redirect(`/plans${filtersQuery({ page: plans.pageCount })}`);
  const newComments = await countNewComments(
    actor,
    plans.rows.map((plan) => plan.id),
  );
  return (
    <>
      <PageHeader title={t("plansList")} intro={t("listIntro")}>
        {can(actor, "plan:edit") ? (
          <Link href="/plans/new" className="rounded bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
            {tp("newPlan")}
          </Link>
        ) : null}
      </PageHeader>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        {plans.rows.length ? <PlanList plans={plans.rows} newComments={newComments} /> : <Empty>{t("none")}</Empty>}
      </div>
      <Pagination page={plans.page} pageCount={plans.pageCount} hrefFor={(p) => `/plans${filtersQuery({ page: p })}`} />
    </>
  );
}
