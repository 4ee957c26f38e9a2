import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { submitNeedAction } from "@/app/(portal)/needs/actions";
import { NeedForm } from "@/components/need-form";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getNeedFormOptions } from "@/lib/data/needs/reads";
import { nameOf } from "@/lib/i18n/localized";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("needEditor"))("newTitle") };
}

// Liaison officers speak for their state; JMOD staff triage needs but do not submit them.
export default async function NewNeedPage() {
  const actor = await requireActor();
  if (!can(actor, "need:submit")) notFound();
  const [options, t, locale] = await Promise.all([getNeedFormOptions(actor), getTranslations("needEditor"), getLocale()]);
  return (
    <ClientMessages namespaces={["needEditor", "enums"]}>
      <PageHeader title={t("newTitle")} intro={t("newIntro", { state: nameOf(locale, options.state) })} />
      <NeedForm keyAreas={options.keyAreas} submitAction={submitNeedAction} />
    </ClientMessages>
  );
}
