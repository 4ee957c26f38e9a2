import type { Metadata } from "next";
import { cache } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { triageNeedAction } from "@/app/(portal)/needs/actions";
import { ActivityTable } from "@/components/activity-table";
import { IllustrativeBadge, StatusBadge } from "@/components/badges";
import { DateTimeText } from "@/components/dates";
import { NeedTriagePanel } from "@/components/need-triage";
import { Field, Fields } from "@/components/field-list";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { PlanList } from "@/components/plan-list";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getNeedTriage } from "@/lib/data/needs/reads";
import { getNeed, listNeedHistory } from "@/lib/data/needs/reads";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";
import { ClientMessages } from "@/components/client-messages";
import { MarkNotificationsRead } from "@/components/mark-notifications-read";
import { markSubjectNotificationsReadAction } from "@/app/(portal)/notifications/actions";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => orNotFound(getNeed(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).title };
}

export default async function NeedPage({ params }: Props) {
  const need = await load((await params).id);
  const actor = await requireActor();
  // Loaded after the scoped read above: out of scope has already answered 404.
  const [t, te, tn, locale, history, triage] = await Promise.all([
    getTranslations("needs"),
    getTranslations("enums"),
    getTranslations("needEditor"),
    getLocale(),
    listNeedHistory(actor, need.id),
    can(actor, "need:triage") ? getNeedTriage(actor, need.id) : null,
  ]);
  return (
    <>
      {/* Opened by any route, the need's notifications are read (no statement of this render). */}
      <MarkNotificationsRead subject={{ needId: need.id }} markReadAction={markSubjectNotificationsReadAction} />
      <PageHeader title={need.title}>
        <div className="flex gap-1">
          <StatusBadge kind="needStatus" status={need.status} />
          <IllustrativeBadge show={need.illustrative} />
        </div>
      </PageHeader>
      <Section title={t("description")} id="details">
        <Fields>
          <Field label={t("state")}>{nameOf(locale, need.state)}</Field>
          <Field label={t("keyArea")}>{titleOf(locale, need.keyArea)}</Field>
          <Field label={t("priority")}>{te(`priority.${need.priority}`)}</Field>
          <Field label={t("submitted")}>
            <DateTimeText value={need.createdAt} />
            {need.submittedBy ? ` · ${need.submittedBy.name}` : ""}
          </Field>
          <Field label={t("description")} wide>
            {need.description || "—"}
          </Field>
          {need.declineReason ? (
            <Field label={t("declineReason")} wide>
              {need.declineReason}
            </Field>
          ) : null}
        </Fields>
      </Section>
      <Section title={t("answeredBy")} id="answered-by">
        {need.plans.length ? <PlanList plans={need.plans} /> : null}
        {need.activities.length ? <ActivityTable rows={need.activities} caption={t("answeredBy")} /> : null}
        {!need.plans.length && !need.activities.length ? <Empty>—</Empty> : null}
      </Section>
      {triage ? (
        <Section title={tn("triage.title")} id="triage">
          <ClientMessages namespaces={["needEditor", "editor", "enums"]}>
            <NeedTriagePanel triage={triage} triageAction={triageNeedAction} />
          </ClientMessages>
        </Section>
      ) : null}
      <Section title={tn("history.title")} id="status-history">
        <ol className="space-y-1 text-sm">
          {history.map((entry, index) => (
            <li key={index} className="flex flex-wrap items-center gap-2">
              <DateTimeText value={entry.at} />
              <StatusBadge kind="needStatus" status={entry.status} />
              {/* The status says it all, except when it did not change or came back. */}
              {entry.action === "relink" || entry.action === "reopen" ? (
                <span className="text-slate-700">{tn(`history.${entry.action}`)}</span>
              ) : null}
            </li>
          ))}
        </ol>
      </Section>
    </>
  );
}
