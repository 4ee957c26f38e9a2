import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActivityRows, type ActivityRowView } from "@/components/activity-rows";
import { toneOf } from "@/components/badges";
import { HeadRow, Table, Th } from "@/components/ui/table";
import type { ActivityRow } from "@/lib/data/selects";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { calendarRange, isoDate } from "@/lib/i18n/format";
import { activityTitle, nameOf } from "@/lib/i18n/localized";
import type { ActivitySort, ActivitySortColumn } from "@/lib/validation/activity-filters";

/** Column sorting, for a list whose order the URL keeps: the current order and the link to another. */
export interface TableSorting {
  current: ActivitySort | undefined;
  hrefFor: (sort: ActivitySort) => string;
}

/**
 * Activities as a table: when, what (kind, place), program, host and status; on a phone, a card per
 * activity. `showProgram` false on a program's own pages, where every row would repeat its name.
 */
export async function ActivityTable({
  rows,
  caption,
  showProgram = true,
  sorting,
}: {
  rows: ActivityRow[];
  caption: string;
  showProgram?: boolean;
  sorting?: TableSorting;
}) {
  const [t, te, ta, format, locale] = await Promise.all([
    getTranslations("activities"),
    getTranslations("enums"),
    getTranslations("app"),
    getFormatter(),
    getLocale(),
  ]);
  const views = rows.map((row): ActivityRowView => ({
    id: row.id,
    start: isoDate(row.startDate),
    dates: calendarRange(format, locale, row.startDate, row.endDate),
    fiscalYear: fiscalYearLabel(row.fiscalYear, locale),
    title: activityTitle(locale, row),
    detail: [te(`activityKind.${row.kind}`), row.location].filter(Boolean).join(" · "),
    illustrative: row.illustrative,
    programId: row.program.id,
    host: row.hostState ? nameOf(locale, row.hostState) : "—",
    status: row.status,
  }));
  // Named once for all the rows: many rows share a program, and every row one of five statuses.
  const programs = Object.fromEntries(rows.map((row) => [row.program.id, nameOf(locale, row.program)]));
  const statuses = Object.fromEntries(
    rows.map((row) => [row.status, { label: te(`activityStatus.${row.status}`), tone: toneOf(row.status) }]),
  );
  const head = (column: ActivitySortColumn, label: string) => {
    if (!sorting) return <Th>{label}</Th>;
    const ascending = sorting.current === column;
    const descending = sorting.current === `-${column}`;
    // An arrow as a character, not an SVG icon: five headers of SVG cost about 3 KB of every list page.
    const arrow = ascending ? "↑" : descending ? "↓" : "↕";
    return (
      <Th aria-sort={ascending ? "ascending" : descending ? "descending" : undefined}>
        <Link href={sorting.hrefFor(ascending ? `-${column}` : column)} className="inline-flex items-center gap-1 hover:underline">
          {label}
          <span aria-hidden className="text-slate-500">
            {arrow}
          </span>
          <span className="sr-only">{t(ascending ? "sortDescending" : "sortAscending")}</span>
        </Link>
      </Th>
    );
  };
  return (
    <Table
      caption={caption}
      stackLabels={[null, null, ...(showProgram ? [t("program")] : []), t("host"), t("status")]}
      {...(sorting ? { "data-sortable": "" } : {})}
      className="w-full min-w-[40rem] text-sm"
    >
      <HeadRow>
        {head("date", t("date"))}
        {head("title", t("titleColumn"))}
        {showProgram ? head("program", t("program")) : null}
        {head("host", t("host"))}
        {head("status", t("status"))}
      </HeadRow>
      <ActivityRows
        rows={views}
        programs={showProgram ? programs : null}
        statuses={statuses}
        illustrative={{ label: ta("illustrative") }}
      />
    </Table>
  );
}
