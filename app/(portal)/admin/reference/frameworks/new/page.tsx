import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { createFrameworkAction } from "@/app/(portal)/admin/reference/actions";
import { PageHeader } from "@/components/page-header";
import { ReferenceFrameworkForm } from "@/components/reference-framework-form";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getNewFrameworkDefaults, listFrameworkParents } from "@/lib/data/reference/admin-reads";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reference"))("frameworks.newTitle") };
}

// Administrators only: anyone else gets the 404 page, as if there were no such page.
export default async function NewFrameworkPage() {
  const actor = await requireActor();
  if (!can(actor, "reference:edit")) notFound();
  const [parents, defaults, t] = await Promise.all([
    listFrameworkParents(actor),
    getNewFrameworkDefaults(actor),
    getTranslations("reference"),
  ]);
  return (
    <ClientMessages namespaces={["reference", "editor"]}>
      <PageHeader title={t("frameworks.newTitle")} intro={t("frameworks.newIntro")} />
      <ReferenceFrameworkForm initial={{ sortOrder: defaults.sortOrder }} parents={parents} createAction={createFrameworkAction} />
    </ClientMessages>
  );
}
