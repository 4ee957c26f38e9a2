import Link from "next/link";
import { getLocale } from "next-intl/server";
import { FiscalYear } from "@/components/fiscal-year";
import type { CountRow } from "@/lib/data/insights/dashboard";
import { titleOf } from "@/lib/i18n/localized";
import { filtersQuery } from "@/lib/validation/query-filters";

/**
 * Activities per key area (or means) and fiscal year; each count links to the activity list with
 * those filters, so the figure can be checked against the records behind it.
 */
export async function ActivityCounts({
  caption,
  years,
  rows,
  filter,
}: {
  caption: string;
  years: number[];
  rows: CountRow[];
  filter: "keyArea" | "means";
}) {
  const locale = await getLocale();
  return (
    <div className="relative overflow-x-auto">
      <table className="counts w-full text-sm" data-testid={`counts-${filter}`}>
        <caption className="mb-1 text-left font-medium text-slate-800">{caption}</caption>
        <thead>
          <tr>
            <td />
            {years.map((fy) => (
              <th key={fy} scope="col">
                <FiscalYear fy={fy} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{titleOf(locale, row)}</th>
              {row.counts.map((count, i) => (
                <td key={years[i]}>
                  <Link href={`/activities${filtersQuery({ fy: years[i], [filter]: row.code })}`} className="link">
                    {count}
                  </Link>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
