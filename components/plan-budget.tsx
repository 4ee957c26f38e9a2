// The budget lines of one fiscal year of a plan and their total, in yen. Internal: the plan page shows
// it to JMOD only (a liaison officer's plan carries no budget lines).
import { getFormatter, getTranslations } from "next-intl/server";
import { FiscalYear } from "@/components/fiscal-year";
import { Empty } from "@/components/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function PlanBudget({ fiscalYear, lines }: { fiscalYear: number; lines: { id: string; label: string; amountJpy: bigint }[] }) {
  const [t, format] = await Promise.all([getTranslations("plans"), getFormatter()]);
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
              <Th numeric>{t("budgetAmount")}</Th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id}>
                <Td>{line.label}</Td>
                <Td numeric>{yen(line.amountJpy)}</Td>
              </tr>
            ))}
            <tr className="border-t border-slate-300 font-medium">
              <Th row>{t("budgetTotal")}</Th>
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
