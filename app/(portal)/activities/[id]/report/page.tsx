import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { saveAfterActionReportAction } from "@/app/(portal)/activities/after-action-actions";
import { ReportForm } from "@/components/after-action/report-form";
import { ClientMessages } from "@/components/client-messages";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { getReportEditor } from "@/lib/data/after-action/reads";
import { activityTitle } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";

type Props = { params: Promise<{ id: string }> };

// Planners and admins (activity:edit); anyone else gets the 404 page, like a record that does not exist.
const load = cache(async (id: string) => orNotFound(getReportEditor(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { activity } = await load((await params).id);
  const t = await getTranslations("afterAction");
  return { title: t("editorTitle", { title: activityTitle(await getLocale(), activity) }) };
}

export default async function AfterActionReportPage({ params }: Props) {
  const { id } = await params;
  const editor = await load(id);
  const [t, te, locale] = await Promise.all([getTranslations("afterAction"), getTranslations("enums"), getLocale()]);
  const back = `/activities/${editor.activity.id}`;
  return (
    <>
      <PageHeader title={t("editorTitle", { title: activityTitle(locale, editor.activity) })} />
      {editor.conducted ? (
        <ClientMessages namespaces={["afterActionEditor", "editor"]}>
          <ReportForm
            activityId={editor.activity.id}
            version={editor.version}
            initial={editor.values}
            indicators={editor.indicators}
            hasPlan={editor.hasPlan}
            cancelHref={back}
            saveAction={saveAfterActionReportAction}
          />
        </ClientMessages>
      ) : (
        <div className="max-w-2xl space-y-3">
          <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("editorNotConducted", { status: te(`activityStatus.${editor.activity.status}`) })}
          </p>
          <Link href={back} className="link">
            {t("back")}
          </Link>
        </div>
      )}
    </>
  );
}
