import { getLocale, getTranslations } from "next-intl/server";
import { FilterButtons, FilterForm, FilterSelect } from "@/components/ui/filter-form";
import { fiscalYearLabel } from "@/lib/fiscal-year";

// The span of fiscal years the review covers: a GET form, so a review is a shareable URL.
export async function ReviewSpanForm({ span, years }: { span: { fyFrom: number; fyTo: number }; years: number[] }) {
  const [t, locale] = await Promise.all([getTranslations("review"), getLocale()]);
  const all = [...new Set([...years, span.fyFrom, span.fyTo])].sort((a, b) => b - a);
  const options = all.map((fy) => ({ value: fy, label: fiscalYearLabel(fy, locale) }));
  return (
    <FilterForm action="/review" label={t("spanLabel")}>
      <div className="flex flex-wrap items-end gap-3">
        <FilterSelect id="review-from" name="fyFrom" label={t("fyFrom")} value={span.fyFrom} options={options} className="w-40" />
        <FilterSelect id="review-to" name="fyTo" label={t("fyTo")} value={span.fyTo} options={options} className="w-40" />
        <FilterButtons apply={t("apply")} clear={t("reset")} clearHref="/review" />
      </div>
    </FilterForm>
  );
}
