import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("activities");
  const item = "rounded border border-slate-400 px-3 py-1.5 text-sm";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-3">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={`${item} hover:bg-slate-100`}>
          {t("previous")}
        </Link>
      ) : null}
      <span className="text-sm text-slate-700" aria-current="page">
        {t("page", { page, count: pageCount })}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={`${item} hover:bg-slate-100`}>
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
