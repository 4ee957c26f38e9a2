import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActivityTable } from "@/components/activity-table";
import { ActivityCounts } from "@/components/activity-counts";
import { KeyAreaChart } from "@/components/key-area-chart";
import { ShowAll } from "@/components/ui/show-all";
import { NeedAnswers } from "@/components/need-answers";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { PlanList } from "@/components/plan-list";
import { Stat } from "@/components/stat";
import { requireActor } from "@/lib/auth/actor";
import { getDashboard } from "@/lib/data/insights/dashboard";
import { listOverdueReports, OVERDUE_COUNT_CAP } from "@/lib/data/after-action/reads";
import { OverdueReports } from "@/components/after-action/overdue-reports";
import { countNewComments } from "@/lib/data/comments/reads";
import { getStateRef } from "@/lib/data/reference/states";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { nameOf } from "@/lib/i18n/localized";

export default async function DashboardPage() {
  const actor = await requireActor();
  const [t, format, locale, dashboard, overdue] = await Promise.all([
    getTranslations("dashboard"),
    getFormatter(),
    getLocale(),
    getDashboard(actor),
    // Planners and admins only (null for a liaison officer): rule T7.
    listOverdueReports(actor),
  ]);
  const [state, newComments] = await Promise.all([
    actor.stateCode ? getStateRef(actor, actor.stateCode) : null,
    countNewComments(
      actor,
      dashboard.plans.map((plan) => plan.id),
    ),
  ]);
  const title = state ? t("titleState", { state: nameOf(locale, state) }) : t("title");
  const n = (value: number) => format.number(value);
  // Long lists folded to their first rows, with a button for the rest.
  const fold = (count: number, list: React.ReactNode) => (
    <ShowAll count={count} showAll={t("showAll", { count })} showFewer={t("showFewer")}>
      {list}
    </ShowAll>
  );
  return (
    <>
      <PageHeader title={title} />
      <dl className="mb-8 grid grid-cols-2 gap-4 md:grid-cols-4">
        <Stat
          label={t("activitiesThisYear", { fy: fiscalYearLabel(dashboard.fiscalYear, locale) })}
          value={n(dashboard.activitiesThisYear)}
          href={`/activities?fy=${dashboard.fiscalYear}`}
        />
        <Stat label={t("activitiesTotal")} value={n(dashboard.activitiesTotal)} href="/activities" />
        {state ? (
          <Stat label={t("sharedPlans")} value={n(dashboard.openPlans)} />
        ) : (
          <Stat label={t("plansInReview")} value={n(dashboard.planStatusCounts.IN_REVIEW ?? 0)} />
        )}
        <Stat label={t("openNeeds")} value={n(dashboard.openNeeds)} href="/needs" />
      </dl>
      {overdue ? <OverdueReports overdue={overdue} cap={OVERDUE_COUNT_CAP} /> : null}
      <Section title={t("upcoming")} id="upcoming">
        {dashboard.upcoming.length ? (
          fold(dashboard.upcoming.length, <ActivityTable rows={dashboard.upcoming} caption={t("upcoming")} />)
        ) : (
          <Empty>{t("noUpcoming")}</Empty>
        )}
      </Section>
      <Section title={t("recent")} id="recent">
        {dashboard.recent.length ? (
          fold(dashboard.recent.length, <ActivityTable rows={dashboard.recent} caption={t("recent")} />)
        ) : (
          <Empty>{t("noRecent")}</Empty>
        )}
        <p className="mt-3 flex flex-wrap gap-4 text-sm">
          <Link href="/activities" className="link">
            {t("allActivities")}
          </Link>
          <Link href="/activities/calendar" className="link">
            {t("calendar")}
          </Link>
          <Link href="/activities/timeline" className="link">
            {t("timeline")}
          </Link>
        </p>
      </Section>
      <Section title={t("counts")} id="counts">
        <p className="mb-3 text-sm text-slate-700">{t("countsIntro")}</p>
        <KeyAreaChart years={dashboard.counts.years} rows={dashboard.counts.keyAreas} />
        <details className="group">
          <summary className="cursor-pointer text-sm font-medium text-brand-700 hover:underline">{t("showFigures")}</summary>
          <div className="mt-3 grid gap-6 lg:grid-cols-2">
            <ActivityCounts caption={t("byKeyArea")} years={dashboard.counts.years} rows={dashboard.counts.keyAreas} filter="keyArea" />
            <ActivityCounts caption={t("byMeans")} years={dashboard.counts.years} rows={dashboard.counts.means} filter="means" />
          </div>
        </details>
      </Section>
      <div className="grid gap-x-6 lg:grid-cols-2">
        <Section title={state ? t("sharedPlans") : t("plans")} id="plans">
          {dashboard.plans.length ? (
            fold(dashboard.plans.length, <PlanList plans={dashboard.plans} newComments={newComments} />)
          ) : (
            <Empty>{t("noPlans")}</Empty>
          )}
        </Section>
        <Section title={t("needs")} id="needs">
          {dashboard.needs.length ? fold(dashboard.needs.length, <NeedAnswers needs={dashboard.needs} />) : <Empty>{t("noNeeds")}</Empty>}
        </Section>
      </div>
    </>
  );
}
