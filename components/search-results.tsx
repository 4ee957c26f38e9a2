import Link from "next/link";
import { useTranslations } from "next-intl";
import { DateText } from "@/components/dates";
import type { SearchGroup } from "@/lib/data/search/reads";
import type { SearchKind, Segment } from "@/lib/search";

/** Text with its matches marked: plain segments, never markup. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.match ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

// The enum that names each kind's status (a program's kind).
const STATUS_ENUM: Record<SearchKind, string> = {
  programs: "programKind",
  plans: "planStatus",
  activities: "activityStatus",
  needs: "needStatus",
  comments: "",
};

/** One kind's results: a heading with the count, the hits, and a link to more of the kind. */
export function SearchGroupSection({ group, moreHref }: { group: SearchGroup; moreHref?: string }) {
  const t = useTranslations("search");
  const te = useTranslations("enums");
  const heading = `search-${group.kind}`;
  return (
    <section aria-labelledby={heading} className="mb-6" data-testid={`search-${group.kind}`}>
      <h2 id={heading} className="mb-2 text-lg font-semibold text-slate-900">
        {t(`kinds.${group.kind}`)} <span className="text-sm font-normal text-slate-600">({t("found", { count: group.total })})</span>
      </h2>
      <ol className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        {group.hits.map((hit) => (
          <li key={hit.id}>
            <Link href={hit.href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
              <Highlighted segments={hit.title} />
            </Link>
            {hit.alt ? (
              <span className="ml-2 text-sm text-slate-600">
                <Highlighted segments={hit.alt} />
              </span>
            ) : null}
            <p className="meta">
              {hit.status && STATUS_ENUM[group.kind] ? te(`${STATUS_ENUM[group.kind]}.${hit.status}`) : null}
              {hit.note ? <> {group.kind === "comments" ? t("commentBy", { author: hit.note }) : hit.note}</> : null}
              {hit.date ? (
                <>
                  {" "}
                  <DateText value={hit.date} />
                </>
              ) : null}
            </p>
            {hit.excerpt ? (
              <p className="text-sm text-slate-700">
                <Highlighted segments={hit.excerpt} />
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {moreHref ? (
        <p className="mt-2 text-sm">
          <Link href={moreHref} className="text-brand-700 underline">
            {t("more")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
