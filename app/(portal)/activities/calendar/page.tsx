import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActivityFilterForm } from "@/components/activity-filters";
import { ActivityViews } from "@/components/activity-views";
import { StatusBadge } from "@/components/badges";
import { DateRange } from "@/components/dates";
import { MonthCalendar } from "@/components/month-calendar";
import { Empty, PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { requireActor } from "@/lib/auth/actor";
import { addMonths, firstDayOfMonth, lastDayOfMonth, monthGrid, monthKey, monthOf, parseMonth, type YearMonth } from "@/lib/calendar";
import { CALENDAR_LIMIT, listActivitiesInRange } from "@/lib/data/activities/calendar";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { todayInJapan } from "@/lib/fiscal-year";
import { activityTitle, nameOf } from "@/lib/i18n/localized";
import { parseActivityFilters } from "@/lib/validation/activity-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("calendar"))("calendarTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Stored dates are UTC midnights: name months and weekdays in UTC so that no time zone shifts them.
const MONTH_NAME = { year: "numeric", month: "long", timeZone: "UTC" } as const;

export default async function ActivityCalendarPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const filters = parseActivityFilters(params);
  const today = todayInJapan();
  const month = parseMonth(params.month, today);
  const [t, format, locale, result, options] = await Promise.all([
    getTranslations("calendar"),
    getFormatter(),
    getLocale(),
    listActivitiesInRange(actor, filters, firstDayOfMonth(month), lastDayOfMonth(month)),
    getActivityFilterOptions(actor, filters.program),
  ]);
  const monthName = format.dateTime(firstDayOfMonth(month), MONTH_NAME);
  const monthHref = (target: YearMonth) => {
    const query = new URLSearchParams(filtersQuery({ ...filters, page: 1 }));
    query.set("month", monthKey(target));
    return `/activities/calendar?${query}`;
  };
  const navLink = "rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100";

  return (
    <>
      <PageHeader title={t("calendarTitle")} intro={t("calendarIntro")} />
      <ActivityViews current="calendar" filters={filters} />
      <ActivityFilterForm filters={filters} options={options} action="/activities/calendar" keep={{ month: monthKey(month) }} />

      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <nav aria-label={t("months")} className="flex flex-wrap gap-2">
          <Link href={monthHref(addMonths(month, -1))} className={navLink}>
            <span aria-hidden="true">← </span>
            {t("previousMonth")}
          </Link>
          <Link href={monthHref(monthOf(today))} className={navLink}>
            {t("thisMonth")}
          </Link>
          <Link href={monthHref(addMonths(month, 1))} className={navLink}>
            {t("nextMonth")}
            <span aria-hidden="true"> →</span>
          </Link>
        </nav>
        <p className="text-sm text-slate-700" role="status" data-testid="calendar-count">
          {t("monthCount", { count: result.rows.length, month: monthName })}
        </p>
      </div>
      {result.capped ? <p className="mb-3 text-sm text-amber-900">{t("capped", { count: CALENDAR_LIMIT })}</p> : null}

      {/* Wide enough to read on a desktop; narrow screens scroll it sideways or read the list below.
          "relative" on every scroll frame: it keeps absolutely positioned text (sr-only) inside the
          frame, which otherwise widens the whole page on a phone. */}
      <div className="relative mb-8 overflow-x-auto">
        <MonthCalendar weeks={monthGrid(month)} items={result.rows} today={today} caption={monthName} />
      </div>

      <Section title={t("monthList", { month: monthName })} id="month-list">
        {result.rows.length ? (
          <ul className="divide-y divide-slate-200">
            {result.rows.map((row) => (
              <li key={row.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 text-sm">
                <span className="whitespace-nowrap text-slate-700">
                  <DateRange start={row.startDate} end={row.endDate} />
                </span>
                <Link href={`/activities/${row.id}`} className="link font-medium">
                  {activityTitle(locale, row)}
                </Link>
                <Link href={`/programs/${row.program.id}`} className="link text-slate-700">
                  {nameOf(locale, row.program)}
                </Link>
                <StatusBadge kind="activityStatus" status={row.status} />
              </li>
            ))}
          </ul>
        ) : (
          <Empty>{t("noneInMonth", { month: monthName })}</Empty>
        )}
      </Section>
    </>
  );
}
