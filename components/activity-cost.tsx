// What an activity cost: the spending lines that name it and their sum. Internal: the activity page
// shows it to JMOD only (lib/data/spending/reads.ts getActivityCost refuses anyone else).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DateText } from "@/components/dates";
import { Empty } from "@/components/page-header";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import type { SpendingCategory } from "@/lib/domain/spending";

export interface ActivityCostLine {
  id: string;
  spentOn: Date;
  category: SpendingCategory;
  amountJpy: number;
  description: string;
  plan: { id: string; title: string };
}

export async function ActivityCost({ totalJpy, lines }: { totalJpy: number; lines: ActivityCostLine[] }) {
  const [t, format] = await Promise.all([getTranslations("spending"), getFormatter()]);
  const yen = (amount: number) => format.number(amount, { style: "currency", currency: "JPY" });
  if (!lines.length) return <Empty>{t("activityCostNone")}</Empty>;
  return (
    <div data-testid="activity-cost">
      <p className="mb-2 font-medium">{t("activityCostTotal", { amount: yen(totalJpy) })}</p>
      <Table stack density="snug" caption={t("activityCostCaption")} className="w-full min-w-[32rem] text-sm">
        <HeadRow>
          <Th>{t("date")}</Th>
          <Th>{t("category")}</Th>
          <Th>{t("description")}</Th>
          <Th>{t("plan")}</Th>
          <Th numeric>{t("amount")}</Th>
        </HeadRow>
        <tbody>
          {lines.map((line) => (
            <Row key={line.id}>
              <Td>
                <DateText value={line.spentOn} />
              </Td>
              <Td data-label={t("category")}>{t(`categories.${line.category}`)}</Td>
              <Td data-label={t("description")}>{line.description || "—"}</Td>
              <Td data-label={t("plan")}>
                <Link href={`/plans/${line.plan.id}/spending`} className="link">
                  {line.plan.title}
                </Link>
              </Td>
              <Td numeric data-label={t("amount")}>
                {yen(line.amountJpy)}
              </Td>
            </Row>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
