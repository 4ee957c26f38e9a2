import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActivityTable } from "@/components/activity-table";
import { Empty } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import type { ActivityRow } from "@/lib/data/selects";
import type { ListPage } from "@/lib/validation/query-filters";

/** A record's page lists its activities twenty at a time: it has more to say than its activities. */
export const RECORD_PAGE_SIZE = 20;

/**
 * One page of a record's activities (a state's, a program's), in the list's default order, with its
 * pages' links (`hrefFor`) and a link to the whole list with the same filter (`listHref`).
 */
export async function ActivityPage({
  result,
  caption,
  empty,
  hrefFor,
  listHref,
  showProgram = true,
}: {
  result: ListPage<ActivityRow>;
  caption: string;
  empty: string;
  hrefFor: (page: number) => string;
  listHref: string;
  showProgram?: boolean;
}) {
  if (!result.rows.length) return <Empty>{empty}</Empty>;
  const t = await getTranslations("activities");
  return (
    <>
      <p className="mb-2 text-sm text-slate-700">
        {t("results", { count: result.total })} · {t("orderUpcoming")}
      </p>
      <ActivityTable rows={result.rows} caption={caption} showProgram={showProgram} />
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
      <p className="mt-3 text-sm">
        <Link href={listHref} className="link">
          {t("openInList")} →
        </Link>
      </p>
    </>
  );
}
