import { getTranslations } from "next-intl/server";

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-sm font-medium text-slate-800";

// The review as a file: a plain GET form (the browser downloads and shows its own progress) to
// /api/reports/review with the page's span. Formal Japanese reports may name the era (令和8年度).
export async function ReviewDownloads({ span, locale }: { span: { fyFrom: number; fyTo: number }; locale: string }) {
  const t = await getTranslations("review.download");
  return (
    <form method="get" action="/api/reports/review" aria-label={t("label")} className="mb-6 flex flex-wrap items-end gap-3 text-sm">
      <input type="hidden" name="fyFrom" value={span.fyFrom} />
      <input type="hidden" name="fyTo" value={span.fyTo} />
      <div>
        <label htmlFor="review-format" className={labelClass}>
          {t("format")}
        </label>
        <select id="review-format" name="format" defaultValue="xlsx" className={fieldClass}>
          <option value="xlsx">{t("xlsx")}</option>
          <option value="pdf">{t("pdf")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="review-lang" className={labelClass}>
          {t("language")}
        </label>
        <select id="review-lang" name="lang" defaultValue={locale} className={fieldClass}>
          <option value="en">{t("en")}</option>
          <option value="ja">{t("ja")}</option>
        </select>
      </div>
      <label className="flex items-center gap-2 pb-1.5">
        <input type="checkbox" name="era" value="1" />
        {t("era")}
      </label>
      <button type="submit" className="rounded border border-slate-400 bg-white px-4 py-1.5 font-medium hover:bg-slate-100">
        {t("submit")}
      </button>
    </form>
  );
}
