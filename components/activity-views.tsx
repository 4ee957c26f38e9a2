import Link from "next/link";
import { getTranslations } from "next-intl/server";
import clsx from "clsx";
import { type ActivityFilters } from "@/lib/validation/activity-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

const VIEWS = [
  { view: "list", href: "/activities" },
  { view: "calendar", href: "/activities/calendar" },
  { view: "timeline", href: "/activities/timeline" },
] as const;

export type ActivityView = (typeof VIEWS)[number]["view"];

/** The list, calendar and timeline of the same filtered activities: switching view keeps the filters. */
export async function ActivityViews({ current, filters }: { current: ActivityView; filters: ActivityFilters }) {
  const t = await getTranslations("calendar");
  const query = filtersQuery({ ...filters, page: 1 });
  return (
    <nav aria-label={t("views")} className="mb-4">
      <ul className="inline-flex rounded border border-slate-400 bg-white text-sm">
        {VIEWS.map(({ view, href }) => (
          <li key={view} className="border-l border-slate-400 first:border-l-0">
            <Link
              href={`${href}${query}`}
              aria-current={view === current ? "page" : undefined}
              className={clsx(
                "block px-4 py-1.5",
                view === current ? "bg-brand-700 font-medium text-white" : "text-slate-800 hover:bg-slate-100",
              )}
            >
              {t(view)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
