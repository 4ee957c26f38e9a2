import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { savePlanAction } from "@/app/(portal)/plans/actions";
import { PageHeader } from "@/components/page-header";
import { PlanEditor } from "@/components/plan-editor/plan-editor";
import { requireActor } from "@/lib/auth/actor";
import { getPlanForEditing } from "@/lib/data/plans/reads";
import { nameOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";
import { ClientMessages } from "@/components/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("planEditor"))("editTitle") };
}

export default async function EditPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const editing = await orNotFound(getPlanForEditing(actor, id));
  const [t, te, locale] = await Promise.all([getTranslations("planEditor"), getTranslations("enums"), getLocale()]);
  return (
    <ClientMessages namespaces={["planEditor", "editor", "enums", "spending.categories", "indicators"]}>
      <PageHeader title={`${t("editTitle")}: ${editing.plan.title}`} intro={nameOf(locale, editing.program)} />
      {editing.editable ? (
        <PlanEditor
          planId={editing.plan.id}
          initial={editing.values}
          saveAction={savePlanAction}
          needOptions={editing.needs.map((need) => ({
            id: need.id,
            label: `${nameOf(locale, need.state)}: ${need.title} (${te(`needStatus.${need.status}`)})`,
          }))}
        />
      ) : (
        <p role="status" className="rounded border border-amber-300 bg-amber-50 px-3 py-2">
          {t("readOnly", { status: te(`planStatus.${editing.plan.status}`) })}
        </p>
      )}
    </ClientMessages>
  );
}
