import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import type { FeedbackRecord, FollowUpRecord, IndicatorYearRecord, PlanMoneyRecord } from "@/lib/data/review/records";
import { fiscalYearLabel } from "@/lib/fiscal-year";

// The records behind a figure of the review: one table per kind of record, each linking to its plan
// or activity.

export type RecordListView =
  | { kind: "indicators"; rows: IndicatorYearRecord[] }
  | { kind: "follow-ups"; rows: FollowUpRecord[] }
  | { kind: "feedback"; rows: FeedbackRecord[] }
  | { kind: "spending"; rows: PlanMoneyRecord[] };

type Formatter = { number(value: number, options?: Intl.NumberFormatOptions): string };

export async function ReviewRecordTable({ list, locale, format }: { list: RecordListView; locale: string; format: Formatter }) {
  const t = await getTranslations("review.records");
  const ts = await getTranslations("review.status");
  const ja = locale === "ja";
  const activityTitle = (row: { activityTitle: string; activityTitleJa: string | null }) =>
    (ja && row.activityTitleJa) || row.activityTitle;
  const value = (n: number | null, unit = "") => (n === null ? "—" : `${format.number(n)}${unit ? ` ${unit}` : ""}`);
  const yen = (n: number) => format.number(n, { style: "currency", currency: "JPY" });
  if (list.kind === "indicators")
    return (
      <Table caption={t("indicators.title")} stack density="snug">
        <HeadRow>
          <Th>{t("indicators.indicator")}</Th>
          <Th>{t("plan")}</Th>
          <Th>{t("fiscalYear")}</Th>
          <Th numeric>{t("indicators.target")}</Th>
          <Th numeric>{t("indicators.actual")}</Th>
          <Th>{t("indicators.status")}</Th>
        </HeadRow>
        <tbody>
          {list.rows.map((row) => (
            <Row key={`${row.planId}-${row.titleEn}-${row.fiscalYear}`}>
              <Td data-label={t("indicators.indicator")}>{(ja && row.titleJa) || row.titleEn}</Td>
              <Td data-label={t("plan")}>
                <Link href={`/plans/${row.planId}`} className="link">
                  {row.planTitle}
                </Link>
              </Td>
              <Td data-label={t("fiscalYear")}>{fiscalYearLabel(row.fiscalYear, locale)}</Td>
              <Td numeric data-label={t("indicators.target")}>
                {value(row.target, row.unit)}
              </Td>
              <Td numeric data-label={t("indicators.actual")}>
                {value(row.actual, row.unit)}
              </Td>
              <Td data-label={t("indicators.status")}>{ts(row.status)}</Td>
            </Row>
          ))}
        </tbody>
      </Table>
    );
  if (list.kind === "follow-ups")
    return (
      <Table caption={t("follow-ups.title")} stack density="snug">
        <HeadRow>
          <Th>{t("follow-ups.action")}</Th>
          <Th>{t("follow-ups.owner")}</Th>
          <Th>{t("follow-ups.due")}</Th>
          <Th>{t("activity")}</Th>
        </HeadRow>
        <tbody>
          {list.rows.map((row, i) => (
            <Row key={`${row.activityId}-${i}`}>
              <Td data-label={t("follow-ups.action")}>{row.action}</Td>
              <Td data-label={t("follow-ups.owner")}>{row.owner}</Td>
              <Td data-label={t("follow-ups.due")}>{row.dueDate}</Td>
              <Td data-label={t("activity")}>
                <Link href={`/activities/${row.activityId}`} className="link">
                  {activityTitle(row)}
                </Link>
              </Td>
            </Row>
          ))}
        </tbody>
      </Table>
    );
  if (list.kind === "feedback")
    return (
      <Table caption={t("feedback.title")} stack density="snug">
        <HeadRow>
          <Th>{t("activity")}</Th>
          <Th>{t("feedback.state")}</Th>
          <Th numeric>{t("feedback.usefulness")}</Th>
          <Th numeric>{t("feedback.fit")}</Th>
          <Th>{t("feedback.comment")}</Th>
        </HeadRow>
        <tbody>
          {list.rows.map((row) => (
            <Row key={`${row.activityId}-${row.stateCode}`}>
              <Td data-label={t("activity")}>
                <Link href={`/activities/${row.activityId}`} className="link">
                  {activityTitle(row)}
                </Link>
              </Td>
              <Td data-label={t("feedback.state")}>{row.stateCode}</Td>
              <Td numeric data-label={t("feedback.usefulness")}>
                {row.usefulness}
              </Td>
              <Td numeric data-label={t("feedback.fit")}>
                {row.fit}
              </Td>
              <Td data-label={t("feedback.comment")}>{row.comment || "—"}</Td>
            </Row>
          ))}
        </tbody>
      </Table>
    );
  return (
    <Table caption={t("spending.title")} stack density="snug">
      <HeadRow>
        <Th>{t("plan")}</Th>
        <Th numeric>{t("spending.budget")}</Th>
        <Th numeric>{t("spending.actual")}</Th>
        <Th numeric>{t("spending.variance")}</Th>
      </HeadRow>
      <tbody>
        {list.rows.map((row) => (
          <Row key={row.planId}>
            <Td data-label={t("plan")}>
              <Link href={`/plans/${row.planId}`} className="link">
                {row.planTitle}
              </Link>
              {row.inForce ? null : <span className="ml-1 text-xs text-slate-700">({t("spending.notInForce")})</span>}
            </Td>
            <Td numeric data-label={t("spending.budget")}>
              {yen(row.budgetJpy)}
            </Td>
            <Td numeric data-label={t("spending.actual")}>
              {yen(row.actualJpy)}
            </Td>
            <Td numeric data-label={t("spending.variance")}>
              {`${row.actualJpy > row.budgetJpy ? "+" : ""}${yen(row.actualJpy - row.budgetJpy)}`}
            </Td>
          </Row>
        ))}
      </tbody>
    </Table>
  );
}
