import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ActivityRows, type ActivityRowView } from "@/components/activity-rows";
import { toneOf } from "@/components/badges";
import { HeadRow, Table, Th } from "@/components/ui/table";
import type { ActivityRow } from "@/lib/data/selects";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { calendarRange, isoDate } from "@/lib/i18n/format";
import { activityTitle, nameOf } from "@/lib/i18n/localized";

/** Activities as a table: when, what (kind, place), program, host and status. */
export async function ActivityTable({ rows, caption }: { rows: ActivityRow[]; caption: string }) {
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
    fiscalYear: fiscalYearLabel(row.fiscalYear),
    title: activityTitle(locale, row),
    detail: [te(`activityKind.${row.kind}`), row.location].filter(Boolean).join(" · "),
    illustrative: row.illustrative,
    programId: row.program.id,
    program: nameOf(locale, row.program),
    host: row.hostState ? nameOf(locale, row.hostState) : "—",
    status: te(`activityStatus.${row.status}`),
    tone: toneOf(row.status),
  }));
  return (
    <Table caption={caption} className="w-full min-w-[40rem] text-sm">
      <HeadRow>
        <Th>{t("date")}</Th>
        <Th>{t("titleColumn")}</Th>
        <Th>{t("program")}</Th>
        <Th>{t("host")}</Th>
        <Th>{t("status")}</Th>
      </HeadRow>
      <ActivityRows rows={views} illustrative={{ label: ta("illustrative"), hint: ta("illustrativeHint") }} />
    </Table>
  );
}
