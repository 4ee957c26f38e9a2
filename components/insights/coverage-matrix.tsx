import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import clsx from "clsx";
import type { CoverageMatrix } from "@/lib/data/insights/reads";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { shadeOf } from "@/lib/map/shading";
import { filtersQuery } from "@/lib/validation/query-filters";

const headClass = "border border-slate-300 bg-slate-100 px-3 py-2 font-medium text-slate-800";
// The first column stays in view while the key areas scroll sideways on a narrow screen.
const stickyClass = "sticky left-0 z-10";

/**
 * ASEAN member states x key areas. Each count of a single fiscal year opens the activity list with
 * exactly those filters, so the list's total is the cell's number. Cells are shaded on the scale of
 * lib/map/shading; the focus ring is drawn inside the cell (and white on dark shades), where it
 * keeps its contrast whatever the neighbouring cells' shade.
 */
export async function CoverageMatrixTable({
  matrix,
  linkFilters,
}: {
  matrix: CoverageMatrix;
  linkFilters: { program?: string; means?: string };
}) {
  const [t, format, locale] = await Promise.all([getTranslations("insights.coverage"), getFormatter(), getLocale()]);
  const single = matrix.fyFrom === matrix.fyTo;
  const fy = single
    ? fiscalYearLabel(matrix.fyFrom, locale)
    : `${fiscalYearLabel(matrix.fyFrom, locale)}–${fiscalYearLabel(matrix.fyTo, locale)}`;
  const captionId = "coverage-caption";
  return (
    // Focusable so that keyboard users can scroll it sideways even where a row has no link.
    <div
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className="w-full min-w-[40rem] border-collapse text-sm" data-testid="coverage-matrix">
        <caption id={captionId} className="px-3 py-2 text-left text-base font-semibold text-slate-900">
          {t("caption", { fy })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className={clsx(headClass, stickyClass, "text-left")}>
              {t("stateColumn")}
            </th>
            {matrix.keyAreas.map((area) => (
              <th key={area.code} scope="col" className={clsx(headClass, "min-w-[9rem] text-center")}>
                {titleOf(locale, area)}
              </th>
            ))}
            <th scope="col" className={clsx(headClass, "text-center")}>
              {t("total")}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.states.map((state, i) => (
            <tr key={state.code}>
              <th
                scope="row"
                className={clsx(stickyClass, "border border-slate-300 bg-white px-3 py-2 text-left font-normal whitespace-nowrap")}
              >
                {nameOf(locale, state)}
              </th>
              {matrix.keyAreas.map((area, j) => {
                const count = matrix.counts[i]?.[j] ?? 0;
                const shade = shadeOf(count, matrix.max);
                const label = { state: nameOf(locale, state), keyArea: titleOf(locale, area), fy };
                return (
                  <td
                    key={area.code}
                    data-testid={`cell-${state.code}-${area.code}`}
                    className={clsx("border border-slate-300 p-0 text-center tabular-nums", shade.className)}
                  >
                    {count === 0 ? (
                      // Nothing to open behind a zero; the dash is quieter than "0" in a sparse table.
                      <span className="block px-3 py-2">
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">{format.number(0)}</span>
                      </span>
                    ) : single ? (
                      <Link
                        href={`/activities${filtersQuery({ fy: matrix.fyFrom, state: state.code, keyArea: area.code, ...linkFilters })}`}
                        prefetch={false}
                        aria-label={t("cellLabel", { ...label, count })}
                        className={clsx(
                          "block px-3 py-2 font-semibold underline decoration-1 underline-offset-2 hover:decoration-2 focus-visible:outline-offset-[-5px]!",
                          shade.dark && "focus-visible:outline-white!",
                        )}
                      >
                        {format.number(count)}
                      </Link>
                    ) : (
                      // A span of years has no single list to open: the number stands alone.
                      <span className="block px-3 py-2 font-semibold">{format.number(count)}</span>
                    )}
                  </td>
                );
              })}
              <td
                className="border border-slate-300 bg-slate-50 px-3 py-2 text-center font-semibold tabular-nums"
                data-testid={`total-${state.code}`}
              >
                {format.number(matrix.rowTotals[i] ?? 0)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className={clsx(headClass, stickyClass, "text-left")}>
              {t("total")}
            </th>
            {matrix.columnTotals.map((total, j) => (
              <td
                key={matrix.keyAreas[j]?.code ?? j}
                className="border border-slate-300 bg-slate-100 px-3 py-2 text-center font-semibold tabular-nums"
              >
                {format.number(total)}
              </td>
            ))}
            <td
              className="border border-slate-300 bg-slate-100 px-3 py-2 text-center font-semibold tabular-nums"
              data-testid="coverage-total"
            >
              {format.number(matrix.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
