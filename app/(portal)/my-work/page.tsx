import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EntryList, type EntryView } from "@/components/entry-list";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import {
  getMyWork,
  MY_WORK_ACTIVITY_DAYS,
  MY_WORK_AHEAD_DAYS,
  MY_WORK_COUNT_CAP,
  MY_WORK_LIMIT,
  MY_WORK_RECENT_DAYS,
  type Section as WorkSection,
} from "@/lib/data/my-work/reads";
import { getStateNames } from "@/lib/data/reference/states";
import { activityTitle } from "@/lib/i18n/localized";
import type { Locale } from "@/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("myWork"))("title") };
}

// What waits for the signed-in user (lib/data/my-work/reads.ts says what each list holds and why).
export default async function MyWorkPage() {
  const actor = await requireActor();
  const [t, te, format, locale, work, names] = await Promise.all([
    getTranslations("myWork"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
    getMyWork(actor),
    getStateNames(actor),
  ]);
  const stateName = (code: string) => names[locale as Locale]?.[code] ?? code;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeZone: "UTC" });
  const moment = (date: Date) => format.dateTime(date, { dateStyle: "medium" });

  /** One list under its heading: its entries, how many there are beyond them, or that nothing waits. */
  const list = <Row,>(
    id: string,
    title: string,
    note: string | null,
    section: WorkSection<Row>,
    entry: (row: Row) => EntryView,
    all?: string,
  ) => (
    <Section id={id} title={title}>
      {note ? <p className="mb-3 text-sm text-slate-600">{note}</p> : null}
      {section.rows.length ? (
        <>
          <EntryList entries={section.rows.map(entry)} />
          {section.count > section.rows.length ? (
            <p className="mt-3 text-sm text-slate-600">
              {section.count > MY_WORK_COUNT_CAP
                ? t("moreCapped", { shown: section.rows.length, cap: MY_WORK_COUNT_CAP })
                : t("more", { shown: section.rows.length, count: section.count })}{" "}
              {all ? (
                <Link href={all} className="link">
                  {t("all")}
                </Link>
              ) : null}
            </p>
          ) : null}
        </>
      ) : (
        <Empty>{t("none")}</Empty>
      )}
    </Section>
  );

  if (work.role === "liaison") {
    return (
      <>
        <PageHeader title={t("title")} intro={t("introLiaison", { state: stateName(actor.stateCode ?? ""), limit: MY_WORK_LIMIT })} />
        {list("shared", t("shared"), t("sharedNote", { days: MY_WORK_RECENT_DAYS }), work.shared, (plan) => ({
          id: plan.id,
          href: `/plans/${plan.id}`,
          title: plan.title,
          detail: plan.at ? t("sharedOn", { date: moment(plan.at) }) : "",
          badges: [],
        }))}
        {list("needs", t("needs"), t("needsNote", { days: MY_WORK_RECENT_DAYS }), work.needs, (need) => ({
          id: need.id,
          href: `/needs/${need.id}`,
          title: need.title,
          detail: t("needChanged", { status: te(`needStatus.${need.status}` as never), date: moment(need.at) }),
          badges: [],
        }))}
        {list(
          "activities",
          t("activities", { days: MY_WORK_ACTIVITY_DAYS }),
          null,
          work.activities,
          (activity) => ({
            id: activity.id,
            href: `/activities/${activity.id}`,
            title: activityTitle(locale, activity),
            detail: t("activityDates", {
              start: day(activity.startDate),
              end: day(activity.endDate),
              status: te(`activityStatus.${activity.status}` as never),
            }),
            badges: [],
          }),
          "/activities/calendar",
        )}
      </>
    );
  }

  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { limit: MY_WORK_LIMIT })} />
      {work.toApprove
        ? list("to-approve", t("toApprove"), t("toApproveNote"), work.toApprove, (plan) => ({
            id: plan.id,
            href: `/plans/${plan.id}`,
            title: plan.title,
            detail: plan.at ? t("submittedOn", { date: moment(plan.at) }) : "",
            badges: [],
          }))
        : null}
      {work.toTriage
        ? list(
            "to-triage",
            t("toTriage"),
            null,
            work.toTriage,
            (need) => ({
              id: need.id,
              href: `/needs/${need.id}`,
              title: need.title,
              detail: t("submittedBy", { state: stateName(need.stateCode), date: moment(need.at) }),
              badges: [],
            }),
            "/needs?status=SUBMITTED",
          )
        : null}
      {list("milestones", t("milestones", { days: MY_WORK_AHEAD_DAYS }), t("milestonesNote"), work.milestones, (milestone) => ({
        id: `${milestone.planId}:${milestone.title}:${milestone.dueDate.toISOString()}`,
        href: `/plans/${milestone.planId}`,
        title: milestone.title,
        detail: t("milestoneDue", { plan: milestone.planTitle, date: day(milestone.dueDate) }),
        badges: milestone.late ? [{ label: t("late"), tone: "bad" }] : [],
      }))}
      {work.reports
        ? list(
            "reports",
            t("reports"),
            t(actor.role === "ADMIN" ? "reportsNoteAdmin" : "reportsNote", { days: MY_WORK_AHEAD_DAYS }),
            work.reports,
            (activity) => ({
              id: activity.id,
              href: `/activities/${activity.id}`,
              title: activityTitle(locale, activity),
              detail: t("reportDue", { end: day(activity.endDate), due: day(activity.dueOn) }),
              badges: activity.overdue ? [{ label: t("overdue"), tone: "bad" }] : [],
            }),
          )
        : null}
      {list("comments", t("comments"), t("commentsNote"), work.comments, (plan) => ({
        id: plan.id,
        href: `/plans/${plan.id}`,
        title: plan.title,
        detail: t("newComments", { count: plan.count }),
        badges: [],
      }))}
    </>
  );
}
