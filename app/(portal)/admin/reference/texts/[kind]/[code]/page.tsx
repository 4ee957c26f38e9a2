import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { updateReferenceTextAction } from "@/app/(portal)/admin/reference/actions";
import { PageHeader } from "@/components/page-header";
import { ReferenceTextForm } from "@/components/reference-text-form";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getReferenceTextForEdit } from "@/lib/data/reference/admin-reads";
import { orNotFound } from "@/lib/not-found";
import { ClientMessages } from "@/components/client-messages";

type Props = { params: Promise<{ kind: string; code: string }> };

// Administrators only: anyone else gets the 404 page, like a text that does not exist.
const load = cache(async (kind: string, code: string) => {
  const actor = await requireActor();
  if (!can(actor, "reference:edit")) notFound();
  return orNotFound(getReferenceTextForEdit(actor, kind, code));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kind, code } = await params;
  const text = await load(kind, code);
  const t = await getTranslations("reference");
  return { title: t("texts.editTitle", { kind: t(`textKind.${text.kind}`), code: text.code }) };
}

export default async function EditReferenceTextPage({ params }: Props) {
  const { kind, code } = await params;
  const [text, t] = await Promise.all([load(kind, code), getTranslations("reference")]);
  return (
    <ClientMessages namespaces={["reference", "editor"]}>
      <PageHeader title={t("texts.editTitle", { kind: t(`textKind.${text.kind}`), code: text.code })} intro={t("texts.editIntro")} />
      <ReferenceTextForm
        kind={text.kind}
        code={text.code}
        version={text.version}
        initial={text.values}
        updateAction={updateReferenceTextAction}
      />
    </ClientMessages>
  );
}
