import { useFormatter, useTranslations } from "next-intl";
import clsx from "clsx";
import { ActivityBar } from "@/components/activity-bar";
import { isoDate, weekBars } from "@/lib/calendar";

type CalendarItem = { id: string; title: string; titleJa: string | null; startDate: Date; endDate: Date };

// One week row: the days' cells fill every grid row behind; bars sit on lane rows 2..n+1 above them.
// A lane is 28 px: a 24 px bar (the smallest target WCAG 2.5.8 allows) and its margins.
const LANE_HEIGHT = "1.75rem";
// The first grid row is the day numbers' (inside the day cells, which span every row: they size no row).
const DAY_NUMBER_HEIGHT = "2rem";

/**
 * A month as week rows (Monday first) with each activity drawn as one bar per week row across the
 * days it covers, continuing into the next row; overlapping bars take lanes. The bars' links come
 * in day order; a bar's full title is its link text (cut with an ellipsis on screen, whole as a
 * tooltip and to screen readers).
 */
export function MonthCalendar({
  weeks,
  items,
  today,
  caption,
}: {
  weeks: { date: Date; inMonth: boolean }[][];
  items: readonly CalendarItem[];
  today: Date;
  caption: string;
}) {
  const [t, format] = [useTranslations("calendar"), useFormatter()];
  return (
    <section aria-labelledby="calendar-caption" className="min-w-[48rem] text-sm" data-testid="month-calendar">
      <h2 id="calendar-caption" className="mb-2 text-lg font-semibold text-slate-900">
        {caption}
      </h2>
      <div aria-hidden="true" className="grid grid-cols-7 border-t border-l border-slate-300 bg-slate-100">
        {weeks[0]?.map(({ date }) => (
          <div key={isoDate(date)} className="border-r border-b border-slate-300 px-2 py-1.5 text-center font-medium text-slate-800">
            {format.dateTime(date, { weekday: "short", timeZone: "UTC" })}
          </div>
        ))}
      </div>
      <ol className="border-l border-slate-300">
        {weeks.map((week) => {
          const layout = weekBars(week, items);
          const anyMore = layout.more.some((n) => n > 0);
          const rows = [DAY_NUMBER_HEIGHT, ...Array<string>(layout.lanes).fill(LANE_HEIGHT), ...(anyMore ? ["auto"] : []), "1fr"].join(" ");
          return (
            <li
              key={isoDate(week[0]!.date)}
              aria-label={t("weekOf", { date: format.dateTime(week[0]!.date, { dateStyle: "medium", timeZone: "UTC" }) })}
              className="grid min-h-24 grid-cols-7"
              style={{ gridTemplateRows: rows }}
              data-testid="calendar-week"
            >
              {week.map(({ date, inMonth }, column) => {
                const isToday = date.getTime() === today.getTime();
                return (
                  <div
                    key={isoDate(date)}
                    aria-current={isToday ? "date" : undefined}
                    style={{ gridColumn: column + 1, gridRow: "1 / -1" }}
                    className={clsx(
                      "border-r border-b border-slate-300 p-1.5",
                      !inMonth && "bg-slate-50",
                      isToday && "bg-brand-50 outline-2 -outline-offset-2 outline-brand-700",
                    )}
                  >
                    {/* Days of the neighbouring months only fill the rows: no number, no activities. */}
                    {inMonth ? (
                      <div className="flex items-center justify-between gap-1">
                        <time
                          dateTime={isoDate(date)}
                          className={clsx("tabular-nums", isToday ? "font-bold text-brand-800" : "text-slate-700")}
                        >
                          {date.getUTCDate()}
                        </time>
                        {isToday ? <span className="text-xs font-medium text-brand-800">{t("today")}</span> : null}
                      </div>
                    ) : null}
                  </div>
                );
              })}
              {layout.bars.map(({ item, column, span, lane, continuesBefore, continuesAfter }) => (
                <ActivityBar
                  key={item.id}
                  item={item}
                  data-activity={item.id}
                  data-span={span}
                  style={{ gridColumn: `${column + 1} / span ${span}`, gridRow: lane + 2 }}
                  className={clsx(
                    "relative z-10 mx-1 my-0.5 flex min-w-0 items-center gap-1 border border-brand-600 bg-brand-100 px-1.5 text-xs text-slate-900 hover:bg-brand-50",
                    continuesBefore ? "-ml-px rounded-l-none border-l-0" : "rounded-l",
                    continuesAfter ? "-mr-px rounded-r-none border-r-0" : "rounded-r",
                  )}
                  before={continuesBefore ? <span aria-hidden="true">◂</span> : null}
                  after={continuesAfter ? <span aria-hidden="true">▸</span> : null}
                />
              ))}
              {layout.more.map((count, column) =>
                count > 0 ? (
                  <a
                    key={`more-${column}`}
                    href="#month-list"
                    style={{ gridColumn: column + 1, gridRow: layout.lanes + 2 }}
                    className="link relative z-10 mx-1 text-xs leading-6"
                  >
                    {t("more", { count })}
                  </a>
                ) : null,
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
