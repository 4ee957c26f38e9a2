import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { IllustrativeBadge, StatusBadge } from "@/components/badges";
import { Badge } from "@/components/ui/badge";
import { DateRange } from "@/components/dates";
import { Field, Fields } from "@/components/field-list";
import { FiscalYear } from "@/components/fiscal-year";
import { HistoryList } from "@/components/history-list";
import { NeedList } from "@/components/need-list";
import { PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import { PrinciplesPanel } from "@/components/principles-panel";
import { ActivityCost } from "@/components/activity-cost";
import { getActivityCost } from "@/lib/data/spending/reads";
import { can } from "@/lib/authz/policy";
import { Tags } from "@/components/tags";
import { requireActor } from "@/lib/auth/actor";
import { getActivity } from "@/lib/data/activities/reads";
import { getActivityPrinciples } from "@/lib/data/activities/rules";
import { getAfterActionSection } from "@/lib/data/after-action/reads";
import { AfterActionReportSection, PartnerFeedbackSection } from "@/components/after-action/after-action-sections";
import { saveFeedbackAction, setFollowUpClosedAction } from "@/app/(portal)/activities/after-action-actions";
import { todayInJapan } from "@/lib/fiscal-year";
import { listHistory } from "@/lib/data/audit/history";
import { activityTitle, nameOf, titleOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => orNotFound(getActivity(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: activityTitle(await getLocale(), await load((await params).id)) };
}

export default async function ActivityPage({ params }: Props) {
  const activity = await load((await params).id);
  const actor = await requireActor();
  const today = todayInJapan();
  const [t, tp, te, ta, locale, format, tae, tpp, th, tr, principles, history, afterAction] = await Promise.all([
    getTranslations("activities"),
    getTranslations("programs"),
    getTranslations("enums"),
    getTranslations("app"),
    getLocale(),
    getFormatter(),
    getTranslations("activityEditor"),
    getTranslations("principlesPanel"),
    getTranslations("history"),
    getTranslations("afterAction"),
    // JMOD only (null, [] for a liaison officer): both show internal notes.
    getActivityPrinciples(actor, activity.id),
    listHistory(actor, "Activity", activity.id),
    // The report for everyone who sees the activity; the feedback each may read (an officer: their own state's).
    getAfterActionSection(actor, activity.id, today),
  ]);
  // Money: JMOD only (plan:readInternal); a liaison officer's page never reads it.
  const [cost, ts] = can(actor, "plan:readInternal")
    ? await Promise.all([getActivityCost(actor, activity.id), getTranslations("spending")])
    : [null, null];
  return (
    <>
      <PageHeader title={activityTitle(locale, activity)}>
        <div className="flex gap-1">
          <Badge>{te(`activityKind.${activity.kind}`)}</Badge>
          <StatusBadge kind="activityStatus" status={activity.status} />
          <IllustrativeBadge show={activity.illustrative} />
          {activity.canEdit ? (
            <Link
              href={`/activities/${activity.id}/edit`}
              className="ml-2 rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
            >
              {tae("editLink")}
            </Link>
          ) : null}
        </div>
      </PageHeader>
      <Section title={t("details")} id="details">
        <Fields>
          <Field label={t("date")}>
            <DateRange start={activity.startDate} end={activity.endDate} /> (<FiscalYear fy={activity.fiscalYear} />)
          </Field>
          <Field label={t("program")}>
            <Link href={`/programs/${activity.program.id}`} className="link">
              {nameOf(locale, activity.program)}
            </Link>
          </Field>
          <Field label={t("location")}>{activity.location || "—"}</Field>
          <Field label={t("host")}>{activity.hostState ? nameOf(locale, activity.hostState) : "—"}</Field>
          <Field label={t("framework")}>{activity.framework ? nameOf(locale, activity.framework) : "—"}</Field>
          <Field label={t("plan")}>
            {activity.plan ? (
              <Link href={`/plans/${activity.plan.id}`} className="link">
                {activity.plan.title}
              </Link>
            ) : (
              "—"
            )}
          </Field>
          <Tags label={tp("keyAreas")} items={activity.keyAreas.map((k) => ({ key: k.code, text: `${k.code} ${titleOf(locale, k)}` }))} />
          <Tags label={tp("means")} items={activity.means.map((m) => ({ key: m.code, text: `${m.code} ${titleOf(locale, m)}` }))} />
          {activity.description ? (
            <Field label={t("description")} wide>
              {activity.description}
            </Field>
          ) : null}
          {activity.outcomes ? (
            <Field label={t("outcomes")} wide>
              {activity.outcomes}
            </Field>
          ) : null}
          {activity.source ? (
            <Field label={t("source")} wide>
              {activity.source}
            </Field>
          ) : null}
        </Fields>
      </Section>
      <Section title={t("participants")} id="participants">
        <Table density="snug" caption={t("participants")} className="w-full min-w-[24rem] text-sm">
          <HeadRow>
            <Th>{t("state")}</Th>
            <Th>{t("role")}</Th>
            <Th numeric>{t("count")}</Th>
          </HeadRow>
          <tbody>
            {activity.participants.map((p) => (
              <Row key={p.state.code}>
                <Td>
                  <Link href={`/states/${p.state.code.toLowerCase()}`} className="link">
                    {nameOf(locale, p.state)}
                  </Link>
                </Td>
                <Td>{te(`participantRole.${p.role}`)}</Td>
                <Td numeric>{p.participantCount === null ? ta("notRecorded") : format.number(p.participantCount)}</Td>
              </Row>
            ))}
          </tbody>
        </Table>
        {activity.nonInvitations.length ? (
          <>
            <h3 className="mb-1 mt-4 font-semibold">{t("nonInvited")}</h3>
            <ul className="list-disc pl-5 text-sm">
              {activity.nonInvitations.map((n) => (
                <li key={n.state.code}>
                  {nameOf(locale, n.state)}: {n.reason}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </Section>
      {activity.needs.length ? (
        <Section title={t("needs")} id="needs">
          <NeedList needs={activity.needs} />
        </Section>
      ) : null}
      <AfterActionReportSection
        section={afterAction}
        participants={activity.participants}
        today={today}
        toggleAction={setFollowUpClosedAction}
      />
      <PartnerFeedbackSection section={afterAction} saveAction={saveFeedbackAction} />
      {cost && ts ? (
        <Section title={ts("activityCost")} id="cost">
          <ActivityCost totalJpy={cost.totalJpy} lines={cost.lines} />
        </Section>
      ) : null}
      {principles ? (
        <Section title={tpp("title")} id="principles">
          <p className="mb-2 text-sm text-slate-700">{tpp("intro")}</p>
          <PrinciplesPanel results={principles.results} locale={locale} stateNames={principles.stateNames[locale === "ja" ? "ja" : "en"]} />
        </Section>
      ) : null}
      {activity.canEdit ? (
        <Section title={th("title")} id="history">
          <HistoryList
            entries={history}
            fieldLabels={{
              ...(tae.raw("fields") as Record<string, string>),
              // The report's, its follow-ups' and the feedback's fields, whose events join the trail.
              doneVsPlanned: tr("doneVsPlanned"),
              results: tr("results"),
              lessons: tr("lessons"),
              followUps: tr("followUps"),
              indicators: tr("indicators"),
              action: tr("action"),
              closedOn: tr("status"),
              usefulness: tr("usefulness"),
              fit: tr("fit"),
              comment: tr("comment"),
              stateCode: tr("state"),
            }}
          />
        </Section>
      ) : null}
    </>
  );
}
