import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Empty, PageHeader } from "@/components/page-header";
import { SearchGroupSection } from "@/components/search-results";
import type { Locale } from "@/i18n/locales";
import { requireActor } from "@/lib/auth/actor";
import { search } from "@/lib/data/search/reads";
import { SEARCH_LIMIT } from "@/lib/search";
import { parseSearchQuery } from "@/lib/validation/search";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SearchPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = parseSearchQuery(await searchParams);
  const [t, locale] = await Promise.all([getTranslations("search"), getLocale()]);
  const result = await search(actor, query, locale as Locale);
  const q = query.q ?? "";
  const href = (kind?: string) => `/search?${new URLSearchParams({ q, ...(kind ? { kind } : {}) })}`;
  const found = result.groups.filter((g) => g.total > 0);
  return (
    <>
      <PageHeader title={query.q ? `${t("title")}: ${query.q}` : t("title")} intro={t("intro")} />
      {result.tooShort ? <p className="mb-3 text-sm text-slate-700">{t("tooShort")}</p> : null}
      {!result.terms.length ? (
        <Empty>{t("prompt")}</Empty>
      ) : found.length ? (
        <>
          {query.kind ? (
            <p className="mb-3 text-sm">
              <Link href={href()} className="text-brand-700 underline">
                {t("all")}
              </Link>
            </p>
          ) : null}
          {found.map((group) => (
            <SearchGroupSection
              key={group.kind}
              group={group}
              {...(!query.kind && group.total > SEARCH_LIMIT ? { moreHref: href(group.kind) } : {})}
            />
          ))}
        </>
      ) : (
        <Empty>{t("none", { q })}</Empty>
      )}
    </>
  );
}
