import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/account/password-form";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { accountLine } from "@/lib/i18n/account-line";
import { changePasswordAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

// Every user's own account: who they are signed in as, and their password.
export default async function AccountPage() {
  const actor = await requireActor();
  const [t, tr] = await Promise.all([getTranslations("account"), getTranslations("roles")]);
  return (
    <>
      <PageHeader title={t("title")} />
      <dl className="mb-6 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("name")}</dt>
        <dd>{accountLine(actor.name, tr(actor.role), actor.stateCode)}</dd>
        <dt className="text-slate-600">{t("email")}</dt>
        <dd>{actor.email}</dd>
      </dl>
      <ClientMessages namespaces={["account"]}>
        <PasswordForm action={changePasswordAction} />
      </ClientMessages>
    </>
  );
}
