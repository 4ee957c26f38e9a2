import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { currentFiscalYear, fiscalYearLabel } from "@/lib/fiscal-year";

const fieldClass = "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";
const labelClass = "block text-sm font-medium text-slate-800";

// A plain GET form: the browser downloads the PDF and shows its own progress.
export async function AnnualReportForm({ fiscalYears, locale }: { fiscalYears: number[]; locale: string }) {
  const t = await getTranslations("reports.annual");
  const thisYear = currentFiscalYear();
  const defaultYear = fiscalYears.includes(thisYear - 1) ? thisYear - 1 : fiscalYears[0];
  return (
    <Section title={t("title")}>
      <p className="mb-3 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <form method="get" action="/api/reports/annual" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="annual-fy" className={labelClass}>
            {t("fiscalYear")}
          </label>
          <select id="annual-fy" name="fy" defaultValue={defaultYear} className={fieldClass}>
            {fiscalYears.map((fy) => (
              <option key={fy} value={fy}>
                {fiscalYearLabel(fy, locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="annual-lang" className={labelClass}>
            {t("language")}
          </label>
          <select id="annual-lang" name="lang" defaultValue={locale} className={fieldClass}>
            <option value="en">{t("en")}</option>
            <option value="ja">{t("ja")}</option>
          </select>
        </div>
        <label className="flex items-center gap-2 pb-1.5 text-sm">
          <input type="checkbox" name="era" value="1" />
          {t("era")}
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-brand-800">
          {t("submit")}
        </button>
      </form>
    </Section>
  );
}
