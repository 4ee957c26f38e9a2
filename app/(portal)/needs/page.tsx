import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NeedList } from "@/components/need-list";
import { Empty, PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { listNeeds } from "@/lib/data/needs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needs"))("title") };
}

export default async function NeedsPage() {
  const actor = await requireActor();
  const [t, needs] = await Promise.all([getTranslations("needs"), listNeeds(actor)]);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        {needs.length ? <NeedList needs={needs} /> : <Empty>{t("none")}</Empty>}
      </div>
    </>
  );
}
