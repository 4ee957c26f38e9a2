import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { fiscalYearSpanLabel } from "@/lib/fiscal-year";
import { filtersQuery } from "@/lib/validation/query-filters";

// A list narrowed to a span of fiscal years (opened from a figure of the review of efforts): says so,
// and offers the list without the span. The list's filter form keeps the span as hidden fields.
export async function SpanNote({
  path,
  filters,
}: {
  path: string;
  filters: Record<string, string | number | undefined> & { fyFrom?: number; fyTo?: number };
}) {
  if (filters.fyFrom === undefined && filters.fyTo === undefined) return null;
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale()]);
  const span = fiscalYearSpanLabel(filters.fyFrom ?? filters.fyTo!, filters.fyTo ?? filters.fyFrom!, locale);
  return (
    <p className="mb-2 text-sm text-slate-700" data-testid="span-note">
      {t("spanNote", { span })}{" "}
      <Link href={`${path}${filtersQuery({ ...filters, fyFrom: undefined, fyTo: undefined, page: 1 })}`} className="link">
        {t("spanClear")}
      </Link>
    </p>
  );
}
