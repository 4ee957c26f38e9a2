import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { updateActivityAction } from "@/app/(portal)/activities/actions";
import { ActivityForm } from "@/components/activity-form/activity-form";
import { fromActivityInput } from "@/components/activity-form-values";
import { PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { getActivityForEdit } from "@/lib/data/activities/reads";
import { getActivityEditorOptions } from "@/lib/data/reference/editor-options";
import { activityTitle } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";
import { ClientMessages } from "@/components/client-messages";

type Props = { params: Promise<{ id: string }> };

// A liaison officer (or anyone who may not edit) gets the 404 page, like a record that does not exist.
const load = cache(async (id: string) => orNotFound(getActivityForEdit(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { values } = await load((await params).id);
  const t = await getTranslations("activityEditor");
  return { title: t("editTitleOf", { title: activityTitle(await getLocale(), values) }) };
}

export default async function EditActivityPage({ params }: Props) {
  const { id } = await params;
  const activity = await load(id);
  const [options, t, locale] = await Promise.all([
    orNotFound(getActivityEditorOptions(await requireActor())),
    getTranslations("activityEditor"),
    getLocale(),
  ]);
  return (
    <ClientMessages namespaces={["activityEditor", "editor", "enums"]}>
      <PageHeader title={t("editTitleOf", { title: activityTitle(locale, activity.values) })} />
      <ActivityForm
        activityId={activity.id}
        version={activity.version}
        initial={fromActivityInput(activity.values)}
        options={options}
        cancelHref={`/activities/${activity.id}`}
        updateAction={updateActivityAction}
      />
    </ClientMessages>
  );
}
