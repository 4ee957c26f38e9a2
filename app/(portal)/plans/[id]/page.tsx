import type { Metadata } from "next";
import Link from "next/link";
import { cache } from "react";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { copyPlanAction, newRevisionAction, transitionPlanAction } from "@/app/(portal)/plans/actions";
import { PlanCopyForm } from "@/components/plan-copy-form";
import { recordIndicatorActualAction } from "@/app/(portal)/plans/indicator-actions";
import { PlanIndicatorsSection } from "@/components/indicators/plan-indicators-section";
import { getPlanIndicators } from "@/lib/data/indicators/reads";
import { addPlanCommentAction, markPlanCommentsSeenAction, setPlanFollowingAction } from "@/app/(portal)/plans/comment-actions";
import { ActivityTable } from "@/components/activity-table";
import { IllustrativeBadge, StatusBadge } from "@/components/badges";
import { Badge } from "@/components/ui/badge";
import { DateText, DateTimeText } from "@/components/dates";
import { Field, Fields } from "@/components/field-list";
import { FiscalYear, FiscalYearSpan } from "@/components/fiscal-year";
import { NeedList } from "@/components/need-list";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { HistoryList } from "@/components/history-list";
import { FollowButton } from "@/components/follow-button";
import { PlanBudget } from "@/components/plan-budget";
import { BudgetAgainstActual } from "@/components/budget-against-actual";
import { getBudgetAgainstActual } from "@/lib/data/spending/reads";
import { PlanComments } from "@/components/plan-comments";
import { PlanWorkflow } from "@/components/plan-workflow";
import { PrinciplesPanel } from "@/components/principles-panel";
import { requireActor } from "@/lib/auth/actor";
import { listHistory } from "@/lib/data/audit/history";
import { getPlanPage, getPlanPrinciples } from "@/lib/data/plans/reads";
import { can } from "@/lib/authz/policy";
import { isPlanEditable, planStepsFrom } from "@/lib/domain/plan";
import { CALENDAR_DATE } from "@/lib/i18n/format";
import { nameOf } from "@/lib/i18n/localized";
import { orNotFound } from "@/lib/not-found";
import { ClientMessages } from "@/components/client-messages";
import { MarkNotificationsRead } from "@/components/mark-notifications-read";
import { markSubjectNotificationsReadAction } from "@/app/(portal)/notifications/actions";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => orNotFound(getPlanPage(await requireActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const shown = await load((await params).id);
  return { title: shown.beingRevised ? (await getTranslations("plans"))("beingRevisedTitle") : shown.plan.title };
}

/** A plan shared with the reader's state and back in draft: nothing of it but that it is being revised. */
async function BeingRevised() {
  const t = await getTranslations("plans");
  return (
    <>
      <PageHeader title={t("beingRevisedTitle")} />
      <div className="mb-8 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="plan-being-revised">
        <p className="text-slate-800">{t("beingRevised")}</p>
        <p className="mt-3">
          <Link href="/plans" className="link">
            {t("backToPlans")}
          </Link>
        </p>
      </div>
    </>
  );
}

export default async function PlanPage({ params }: Props) {
  const id = (await params).id;
  const shown = await load(id);
  // Opened by any route, the plan's notifications are read (no statement of this render).
  const markRead = <MarkNotificationsRead subject={{ planId: id }} markReadAction={markSubjectNotificationsReadAction} />;
  if (shown.beingRevised) {
    return (
      <>
        {markRead}
        <BeingRevised />
      </>
    );
  }
  const { plan } = shown;
  const actor = await requireActor();
  const [t, tl, te, ti, locale, format, indicators] = await Promise.all([
    getTranslations("plans"),
    getTranslations("planLifecycle"),
    getTranslations("planEditor"),
    getTranslations("indicators"),
    getLocale(),
    getFormatter(),
    getPlanIndicators(actor, plan.id),
  ]);

  const editable = isPlanEditable(plan.status);
  // JMOD's own view: where the plan stands against the principles, and who changed what.
  const [principles, history] = plan.canEdit
    ? await Promise.all([getPlanPrinciples(actor, plan.id), listHistory(actor, "ProgramPlan", plan.id)])
    : [null, []];
  // Money: JMOD only (plan.internal is plan:readInternal); a liaison officer's page never reads it.
  const [spending, ts] = plan.internal
    ? await Promise.all([getBudgetAgainstActual(actor, plan.id), getTranslations("spending")])
    : [null, null];
  const historyLabels = {
    title: te("title"),
    firstFiscalYear: te("firstFiscalYear"),
    lastFiscalYear: te("lastFiscalYear"),
    summary: te("summary"),
    sustainment: te("sustainment"),
    years: te("years"),
    needIds: te("needs"),
    consultations: te("consultations"),
    indicators: ti("editor.title"),
    archiveReason: ti("archive.reason"),
    status: t("status"),
    sharedWith: t("sharedWith"),
    sharedAt: t("sharedAt"),
  };
  return (
    <>
      {markRead}
      <PageHeader title={plan.title}>
        <div className="flex gap-1">
          <StatusBadge kind="planStatus" status={plan.status} />
          <Badge>{t("revision", { revision: plan.revision })}</Badge>
          <IllustrativeBadge show={plan.illustrative} />
        </div>
      </PageHeader>
      {plan.canEdit ? (
        <Section title={tl("title")} id="workflow" print="hide">
          {plan.returnReason && plan.status === "DRAFT" ? (
            <p className="mb-2 text-sm text-amber-900">{tl("returnReason", { reason: plan.returnReason })}</p>
          ) : null}
          {plan.archiveReason && plan.status === "ARCHIVED" ? (
            <p className="mb-2 text-sm text-slate-800" data-testid="archive-reason">
              {ti("archive.recorded", { reason: plan.archiveReason })}
            </p>
          ) : null}
          {plan.supersedes ? (
            <p className="mb-2 text-sm text-slate-700">
              {tl("supersedes", { revision: plan.revision, previous: plan.supersedes.revision })}{" "}
              <Link href={`/plans/${plan.id}/compare`} className="link">
                {tl("compare")}
              </Link>
            </p>
          ) : null}
          {plan.supersededBy ? (
            <p className="mb-2 text-sm text-slate-700">
              <Link href={`/plans/${plan.supersededBy.id}`} className="link">
                {tl("laterVersion")}: {t("revision", { revision: plan.supersededBy.revision })}
              </Link>
            </p>
          ) : null}
          <ClientMessages namespaces={["planLifecycle", "indicators"]}>
            <PlanWorkflow
              planId={plan.id}
              version={plan.version}
              steps={planStepsFrom(plan.status)}
              isAuthor={plan.authorId === actor.id}
              editHref={editable ? `/plans/${plan.id}/edit` : undefined}
              actions={{ transitionAction: transitionPlanAction, newRevisionAction }}
            />
          </ClientMessages>
        </Section>
      ) : null}
      {plan.canEdit ? (
        <Section title={tl("copy.title")} id="copy" print="hide">
          <ClientMessages namespaces={["planLifecycle"]}>
            <PlanCopyForm planId={plan.id} defaultFirstYear={plan.lastFiscalYear + 1} copyPlanAction={copyPlanAction} />
          </ClientMessages>
        </Section>
      ) : null}
      <Section title={t("overview")} id="overview">
        <Fields>
          <Field label={t("program")}>
            <Link href={`/programs/${plan.program.id}`} className="link" data-print-href>
              {nameOf(locale, plan.program)}
            </Link>
          </Field>
          <Field label={t("span")}>
            <FiscalYearSpan first={plan.firstFiscalYear} last={plan.lastFiscalYear} />
          </Field>
          <Field label={t("author")}>{plan.author.name}</Field>
          {plan.approvedBy ? <Field label={t("approvedBy")}>{plan.approvedBy.name}</Field> : null}
          <Field label={t("sharedAt")}>{plan.sharedAt ? <DateTimeText value={plan.sharedAt} /> : t("notShared")}</Field>
          {plan.sharedWith.length ? (
            <Field label={t("sharedWith")}>{plan.sharedWith.map((s) => nameOf(locale, s)).join(", ")}</Field>
          ) : null}
          {plan.summary ? (
            <Field label={t("summary")} wide>
              {plan.summary}
            </Field>
          ) : null}
          <Field label={t("sustainment")} wide>
            {plan.sustainment || "—"}
          </Field>
        </Fields>
      </Section>
      <Section title={t("years")} id="years">
        <ol className="space-y-4">
          {plan.years.map((year) => (
            <li key={year.id} className="rounded border border-slate-200 p-3" data-print="break" data-testid="plan-year">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h3 className="text-lg font-semibold">
                  <FiscalYear fy={year.fiscalYear} />
                </h3>
                {plan.canEdit && plan.status !== "ARCHIVED" ? (
                  <Link
                    href={`/activities/new?program=${plan.program.id}&plan=${plan.id}&fy=${year.fiscalYear}`}
                    className="link text-sm"
                    data-print="hide"
                  >
                    {tl("addActivity", { fy: `FY${year.fiscalYear}` })}
                  </Link>
                ) : null}
              </div>
              <div className="mt-2 grid gap-4 md:grid-cols-2">
                <div>
                  <h4 className="font-medium text-slate-800">{t("objectives")}</h4>
                  {year.objectives.length ? (
                    <ul className="list-disc pl-5 text-sm">
                      {year.objectives.map((o) => (
                        <li key={o.id}>{o.text}</li>
                      ))}
                    </ul>
                  ) : (
                    <Empty>—</Empty>
                  )}
                </div>
                <div>
                  <h4 className="font-medium text-slate-800">{t("milestones")}</h4>
                  {year.milestones.length ? (
                    <ul className="space-y-1 text-sm">
                      {year.milestones.map((m) => (
                        <li key={m.id} className="flex flex-wrap items-center gap-2">
                          <span>{m.title}</span>
                          <span className="text-slate-600">{t("due", { date: format.dateTime(m.dueDate, CALENDAR_DATE) })}</span>
                          <StatusBadge kind="milestoneStatus" status={m.status} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <Empty>—</Empty>
                  )}
                </div>
              </div>
              {plan.internal ? <PlanBudget fiscalYear={year.fiscalYear} lines={year.budgetLines} /> : null}
            </li>
          ))}
        </ol>
      </Section>
      <Section title={ti("page.title")} id="indicators">
        <PlanIndicatorsSection data={indicators} recordAction={recordIndicatorActualAction} />
      </Section>
      {spending && ts ? (
        <Section title={ts("budgetVsActual")} id="spending">
          {plan.canEdit ? (
            <p className="mb-2 text-sm">
              <Link href={`/plans/${plan.id}/spending`} className="link">
                {ts("record")}
              </Link>
            </p>
          ) : null}
          <BudgetAgainstActual years={spending} />
        </Section>
      ) : null}
      {plan.internal && plan.consultations.length ? (
        <Section title={t("consultations")} id="consultations">
          <ul className="space-y-2 text-sm">
            {plan.consultations.map((c) => (
              <li key={c.id}>
                <DateText value={c.heldOn} /> · <span className="font-medium">{c.counterpart}</span>
                {c.summary ? <p className="text-slate-700">{c.summary}</p> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title={t("activities")} id="activities">
        {plan.activities.length ? <ActivityTable rows={plan.activities} caption={t("activities")} showProgram={false} /> : <Empty>—</Empty>}
      </Section>
      {plan.needs.length ? (
        <Section title={t("needs")} id="needs">
          <NeedList needs={plan.needs} />
        </Section>
      ) : null}
      <Section title={t("comments")} id="comments">
        <div className="mb-3">
          <ClientMessages namespaces={["planComments"]}>
            <FollowButton planId={plan.id} following={plan.watch.following} followAction={setPlanFollowingAction} />
          </ClientMessages>
        </div>
        <PlanComments
          plan={plan}
          viewerId={actor.id}
          seenAt={plan.watch.commentsSeenAt}
          canComment={can(actor, "plan:comment") && plan.status !== "ARCHIVED"}
          addCommentAction={addPlanCommentAction}
          markSeenAction={markPlanCommentsSeenAction}
        />
      </Section>
      {plan.canEdit ? (
        <>
          <Section title={t("principles")} id="principles">
            <PrinciplesPanel
              results={principles?.results ?? []}
              locale={locale}
              stateNames={principles?.stateNames[locale === "ja" ? "ja" : "en"]}
            />
          </Section>
          <Section title={t("history")} id="history">
            <HistoryList entries={history} fieldLabels={historyLabels} />
          </Section>
        </>
      ) : null}
    </>
  );
}
