import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NeedList } from "@/components/need-list";
import { Empty, PageHeader, Section } from "@/components/page-header";
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
      <Section title={t("title")} id="needs">
        {needs.length ? <NeedList needs={needs} /> : <Empty>{t("none")}</Empty>}
      </Section>
    </>
  );
}
