import Link from "next/link";
import { getTranslations } from "next-intl/server";
import clsx from "clsx";

const PAGES = [
  { page: "coverage", href: "/insights" },
  { page: "charts", href: "/insights/charts" },
  { page: "map", href: "/insights/map" },
] as const;

export type InsightPage = (typeof PAGES)[number]["page"];

/** The three insight views: the coverage matrix, the charts over time and the map. */
export async function InsightsNav({ current }: { current: InsightPage }) {
  const t = await getTranslations("insights.nav");
  return (
    <nav aria-label={t("label")} className="mb-4">
      <ul className="inline-flex rounded border border-slate-400 bg-white text-sm">
        {PAGES.map(({ page, href }) => (
          <li key={page} className="border-l border-slate-400 first:border-l-0">
            <Link
              href={href}
              aria-current={page === current ? "page" : undefined}
              className={clsx(
                "block px-4 py-1.5",
                page === current ? "bg-brand-700 font-medium text-white" : "text-slate-800 hover:bg-slate-100",
              )}
            >
              {t(page)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
