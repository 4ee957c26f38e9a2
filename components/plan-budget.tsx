// The budget lines of one fiscal year of a plan and their total, in yen. Internal: the plan page shows
// it to JMOD only (a liaison officer's plan carries no budget lines).
import { getFormatter, getTranslations } from "next-intl/server";
import { FiscalYear } from "@/components/fiscal-year";
import { Empty } from "@/components/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import type { SpendingCategory } from "@/lib/domain/spending";

export async function PlanBudget({
  fiscalYear,
  lines,
}: {
  fiscalYear: number;
  lines: { id: string; label: string; category: SpendingCategory; amountJpy: bigint }[];
}) {
  const [t, tc, format] = await Promise.all([getTranslations("plans"), getTranslations("spending"), getFormatter()]);
  const yen = (amount: bigint) => format.number(Number(amount), { style: "currency", currency: "JPY" });
  return (
    <div className="mt-3">
      <h4 className="font-medium text-slate-800">{t("budget")}</h4>
      {lines.length ? (
        <Table
          density="inline"
          caption={
            <>
              {t("budget")} <FiscalYear fy={fiscalYear} />
            </>
          }
          className="mt-1 text-sm"
        >
          <thead>
            <tr className="text-slate-700">
              <Th>{t("budgetItem")}</Th>
              <Th>{tc("category")}</Th>
              <Th numeric>{t("budgetAmount")}</Th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <Td>{line.label}</Td>
                <Td>{tc(`categories.${line.category}`)}</Td>
                <Td numeric>{yen(line.amountJpy)}</Td>
              </tr>
            ))}
            <tr className="border-t border-slate-300 font-medium">
              <Th row colSpan={2}>
                {t("budgetTotal")}
              </Th>
              <Td numeric>{yen(lines.reduce((sum, line) => sum + line.amountJpy, BigInt(0)))}</Td>
            </tr>
          </tbody>
        </Table>
      ) : (
        <Empty>—</Empty>
      )}
    </div>
  );
}
