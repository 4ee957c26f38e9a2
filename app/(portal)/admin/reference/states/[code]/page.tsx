import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { updatePartnerStateAction } from "@/app/(portal)/admin/reference/actions";
import { PageHeader } from "@/components/page-header";
import { ReferenceStateForm } from "@/components/reference-state-form";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getStateForEdit } from "@/lib/data/reference/admin-reads";
import { nameOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";
import { ClientMessages } from "@/components/client-messages";

type Props = { params: Promise<{ code: string }> };

// Administrators only: anyone else gets the 404 page, like a state that does not exist.
const load = cache(async (code: string) => {
  const actor = await requireActor();
  if (!can(actor, "reference:edit")) notFound();
  return orNotFound(getStateForEdit(actor, code));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const state = await load((await params).code);
  return { title: (await getTranslations("reference"))("states.editTitle", { name: nameOf(await getLocale(), state.values) }) };
}

export default async function EditPartnerStatePage({ params }: Props) {
  const [state, t, locale] = await Promise.all([load((await params).code), getTranslations("reference"), getLocale()]);
  return (
    <ClientMessages namespaces={["reference", "editor"]}>
      <PageHeader
        title={t("states.editTitle", { name: nameOf(locale, state.values) })}
        intro={t("states.editIntro", { code: state.code, iso3: state.iso3 })}
      />
      <ReferenceStateForm code={state.code} version={state.version} initial={state.values} updateAction={updatePartnerStateAction} />
    </ClientMessages>
  );
}
