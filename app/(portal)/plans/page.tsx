import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Empty, PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { PlanFilterForm } from "@/components/plan-filters";
import { PlanList } from "@/components/plan-list";
import { requireActor } from "@/lib/auth/actor";
import { can, seesAllStates } from "@/lib/authz/policy";
import { countNewComments } from "@/lib/data/comments/reads";
import { getPlanFilterOptions, listPlans } from "@/lib/data/plans/reads";
import { PARTNER_PLAN_STATUSES, PLAN_STATUSES } from "@/lib/domain/plan";
import { parsePlanFilters } from "@/lib/validation/plan-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("plansList") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PlansPage({ searchParams }: Props) {
  const actor = await requireActor();
  const filters = parsePlanFilters(await searchParams);
  const [t, tp, plans, options] = await Promise.all([
    getTranslations("plans"),
    getTranslations("planEditor"),
    listPlans(actor, filters, filters.page),
    getPlanFilterOptions(actor, filters.program),
  ]);
  // A page past the end (an old bookmark, a hand-edited URL) goes to the last page there is.
  if (plans.page > plans.pageCount) redirect(`/plans${filtersQuery({ ...filters, page: plans.pageCount })}`);
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
      <PlanFilterForm filters={filters} options={options} statuses={seesAllStates(actor) ? PLAN_STATUSES : PARTNER_PLAN_STATUSES} />
      <p className="mb-2 text-sm text-slate-700">
        <span role="status" data-testid="plan-count">
          {t("results", { count: plans.total })}
        </span>
      </p>
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        {plans.rows.length ? <PlanList plans={plans.rows} newComments={newComments} /> : <Empty>{t("none")}</Empty>}
      </div>
      <Pagination page={plans.page} pageCount={plans.pageCount} hrefFor={(p) => `/plans${filtersQuery({ ...filters, page: p })}`} />
    </>
  );
}
