// A plan's budget against actual per fiscal year and category, with the variance (amount and %), a
// total per year; on a phone each row a card. Internal: the plan and spending pages show it to JMOD
// only (lib/data/spending/reads.ts refuses anyone else).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import clsx from "clsx";
import { FiscalYear } from "@/components/fiscal-year";
import { Empty } from "@/components/page-header";
import { Row, Table, Td, Th } from "@/components/ui/table";
import type { Variance, YearAgainstBudget } from "@/lib/domain/spending";
import { fiscalYearLabel } from "@/lib/fiscal-year";

export async function BudgetAgainstActual({ years }: { years: YearAgainstBudget[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("spending"), getFormatter(), getLocale()]);
  const yen = (amount: number) => format.number(amount, { style: "currency", currency: "JPY" });
  const signed = (amount: number) => (amount > 0 ? `+${yen(amount)}` : yen(amount));
  const percent = (value: number | null) =>
    value === null ? t("noBudget") : `${value > 0 ? "+" : ""}${format.number(value, { maximumFractionDigits: 1 })}%`;
  const cells = (v: Variance) => (
    <>
      <Td numeric data-label={t("budget")}>
        {yen(v.budgetJpy)}
      </Td>
      <Td numeric data-label={t("actual")}>
        {yen(v.actualJpy)}
      </Td>
      <Td numeric data-label={t("variance")} className={clsx(v.varianceJpy > 0 && "text-rose-800")}>
        {signed(v.varianceJpy)}
      </Td>
      <Td numeric data-label={t("variancePercent")} className={clsx(v.varianceJpy > 0 && "text-rose-800")}>
        {percent(v.variancePercent)}
      </Td>
    </>
  );
  return (
    <div className="space-y-4" data-testid="budget-against-actual">
      <p className="text-sm text-slate-700">{t("budgetVsActualIntro")}</p>
      {years.map((year) => (
        <div key={year.fiscalYear} data-fiscal-year={year.fiscalYear}>
          <h3 className="font-semibold">
            <FiscalYear fy={year.fiscalYear} />
          </h3>
          {year.categories.length ? (
            <Table
              stack
              density="snug"
              caption={t("yearCaption", { fy: fiscalYearLabel(year.fiscalYear, locale === "ja" ? "ja" : "en") })}
              className="mt-1 w-full min-w-[36rem] text-sm"
            >
              <thead>
                <tr>
                  <Th>{t("category")}</Th>
                  <Th numeric>{t("budget")}</Th>
                  <Th numeric>{t("actual")}</Th>
                  <Th numeric>{t("variance")}</Th>
                  <Th numeric>{t("variancePercent")}</Th>
                </tr>
              </thead>
              <tbody>
                {year.categories.map((row) => (
                  <Row key={row.category} data-category={row.category}>
                    <Th row>{t(`categories.${row.category}`)}</Th>
                    {cells(row)}
                  </Row>
                ))}
                <Row className="border-t border-slate-300 font-medium" data-category="total">
                  <Th row>{t("total")}</Th>
                  {cells(year.total)}
                </Row>
              </tbody>
            </Table>
          ) : (
            <Empty>{t("nothingYet")}</Empty>
          )}
        </div>
      ))}
    </div>
  );
}
