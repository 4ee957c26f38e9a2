import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { IllustrativeBadge, StatusBadge } from "@/components/badges";
import { DateRange } from "@/components/dates";
import { FiscalYear } from "@/components/fiscal-year";
import type { ActivityRow } from "@/lib/data/selects";
import { activityTitle, nameOf } from "@/lib/i18n/localized";

export async function ActivityTable({ rows, caption }: { rows: ActivityRow[]; caption: string }) {
  const [t, te, locale] = await Promise.all([getTranslations("activities"), getTranslations("enums"), getLocale()]);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-slate-700">
            <th scope="col" className="py-2 pr-3 font-medium">{t("date")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("titleColumn")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("program")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("host")}</th>
            <th scope="col" className="py-2 pr-3 font-medium">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 whitespace-nowrap">
                <DateRange start={row.startDate} end={row.endDate} />
                <div className="text-xs text-slate-600">
                  <FiscalYear fy={row.fiscalYear} />
                </div>
              </td>
              <td className="py-2 pr-3">
                <Link href={`/activities/${row.id}`} className="link font-medium">
                  {activityTitle(locale, row)}
                </Link>
                <div className="mt-0.5 flex flex-wrap gap-1 text-xs text-slate-600">
                  <span>{te(`activityKind.${row.kind}`)}</span>
                  {row.location ? <span>· {row.location}</span> : null}
                  <IllustrativeBadge show={row.illustrative} />
                </div>
              </td>
              <td className="py-2 pr-3">
                <Link href={`/programs/${row.program.id}`} className="link">
                  {nameOf(locale, row.program)}
                </Link>
              </td>
              <td className="py-2 pr-3">{row.hostState ? nameOf(locale, row.hostState) : "—"}</td>
              <td className="py-2 pr-3">
                <StatusBadge kind="activityStatus" status={row.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
