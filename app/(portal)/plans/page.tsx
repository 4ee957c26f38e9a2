import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Empty, PageHeader } from "@/components/page-header";
import { PlanList } from "@/components/plan-list";
import { requireActor } from "@/lib/auth/actor";
import { countNewComments } from "@/lib/data/comments/reads";
import { listPlans } from "@/lib/data/plans/reads";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("plans"))("plansList") };
}

export default async function PlansPage() {
  const actor = await requireActor();
  const [t, plans] = await Promise.all([getTranslations("plans"), listPlans(actor)]);
  const newComments = await countNewComments(
    actor,
    plans.map((plan) => plan.id),
  );
  return (
    <>
      <PageHeader title={t("plansList")} intro={t("listIntro")} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        {plans.length ? <PlanList plans={plans} newComments={newComments} /> : <Empty>{t("none")}</Empty>}
      </div>
    </>
  );
}
