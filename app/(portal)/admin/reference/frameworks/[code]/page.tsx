import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { updateFrameworkAction } from "@/app/(portal)/admin/reference/actions";
import { PageHeader } from "@/components/page-header";
import { ReferenceFrameworkForm } from "@/components/reference-framework-form";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getFrameworkForEdit, listFrameworkParents } from "@/lib/data/reference/admin-reads";
import { nameOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";
import { ClientMessages } from "@/components/client-messages";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Administrators only: anyone else gets the 404 page, like a framework that does not exist.
const load = cache(async (code: string) => {
  const actor = await requireActor();
  if (!can(actor, "reference:edit")) notFound();
  const [framework, parents] = await Promise.all([orNotFound(getFrameworkForEdit(actor, code)), listFrameworkParents(actor)]);
  return { framework, parents };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework } = await load((await params).code);
  return { title: (await getTranslations("reference"))("frameworks.editTitle", { name: nameOf(await getLocale(), framework.values) }) };
}

export default async function EditFrameworkPage({ params, searchParams }: Props) {
  const [{ framework, parents }, query, t, locale] = await Promise.all([
    load((await params).code),
    searchParams,
    getTranslations("reference"),
    getLocale(),
  ]);
  return (
    <ClientMessages namespaces={["reference", "editor"]}>
      <PageHeader
        title={t("frameworks.editTitle", { name: nameOf(locale, framework.values) })}
        intro={t("frameworks.editIntro", { code: framework.code })}
      />
      <ReferenceFrameworkForm
        code={framework.code}
        version={framework.version}
        initial={framework.values}
        parents={parents}
        hasChildren={framework.hasChildren}
        created={query.created === "1"}
        updateAction={updateFrameworkAction}
      />
    </ClientMessages>
  );
}
