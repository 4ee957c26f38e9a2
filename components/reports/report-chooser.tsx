import Link from "next/link";
import { getTranslations } from "next-intl/server";
import clsx from "clsx";
import { REPORTS, type ReportFilters, type ReportKind } from "@/lib/validation/report-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

// The four reports as links that keep the filters (the status filter is each report's own, so it
// is dropped when switching).
export async function ReportChooser({ current, filters }: { current: ReportKind; filters: ReportFilters }) {
  const t = await getTranslations("reports");
  const kept = { ...filters, status: undefined };
  return (
    <nav aria-label={t("chooseLabel")} className="mb-4">
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
        {REPORTS.map((kind) => (
          <li key={kind}>
            <Link
              href={`/reports${filtersQuery({ report: kind, ...kept })}`}
              aria-current={kind === current ? "page" : undefined}
              className={clsx(
                "block h-full rounded-lg border p-3 text-sm shadow-sm",
                kind === current
                  ? "border-brand-700 bg-brand-50 ring-1 ring-brand-700"
                  : "border-slate-200 bg-white hover:border-brand-600",
              )}
            >
              <span className="block font-semibold text-slate-900">{t(`kinds.${kind}.title`)}</span>
              <span className="mt-1 block text-slate-700">{t(`kinds.${kind}.description`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
