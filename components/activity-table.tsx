import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { IllustrativeBadge, StatusBadge } from "@/components/badges";
import { DateRange } from "@/components/dates";
import { FiscalYear } from "@/components/fiscal-year";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import type { ActivityRow } from "@/lib/data/selects";
import { activityTitle, nameOf } from "@/lib/i18n/localized";

export async function ActivityTable({ rows, caption }: { rows: ActivityRow[]; caption: string }) {
  const [t, te, locale] = await Promise.all([getTranslations("activities"), getTranslations("enums"), getLocale()]);
  return (
    <Table caption={caption} className="w-full min-w-[40rem] border-collapse text-sm">
      <HeadRow>
        <Th>{t("date")}</Th>
        <Th>{t("titleColumn")}</Th>
        <Th>{t("program")}</Th>
        <Th>{t("host")}</Th>
        <Th>{t("status")}</Th>
      </HeadRow>
      <tbody>
        {rows.map((row) => (
          <Row key={row.id}>
            <Td className="whitespace-nowrap">
              <DateRange start={row.startDate} end={row.endDate} />
              <div className="text-xs text-slate-600">
                <FiscalYear fy={row.fiscalYear} />
              </div>
            </Td>
            <Td>
              <Link href={`/activities/${row.id}`} className="link font-medium">
                {activityTitle(locale, row)}
              </Link>
              <div className="mt-0.5 flex flex-wrap gap-1 text-xs text-slate-600">
                <span>{te(`activityKind.${row.kind}`)}</span>
                {row.location ? <span>· {row.location}</span> : null}
                <IllustrativeBadge show={row.illustrative} />
              </div>
            </Td>
            <Td>
              <Link href={`/programs/${row.program.id}`} className="link">
                {nameOf(locale, row.program)}
              </Link>
            </Td>
            <Td>{row.hostState ? nameOf(locale, row.hostState) : "—"}</Td>
            <Td>
              <StatusBadge kind="activityStatus" status={row.status} />
            </Td>
          </Row>
        ))}
      </tbody>
    </Table>
  );
}
