import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import type { ReviewFigures, ReviewRow } from "@/lib/data/review/reads";
import { nameOf } from "@/lib/i18n/localized";
import { filtersQuery } from "@/lib/validation/query-filters";

// One table of the review of efforts: a row per state (or key area) and the total, every figure a
// link to the records it counts. Money columns only when the review carries money (JMOD).

export interface ReviewTableProps {
  /** "state": rows are partner states; "keyArea": key areas. */
  dimension: "state" | "keyArea";
  rows: ReviewRow[];
  total: ReviewFigures;
  span: { fyFrom: number; fyTo: number };
  money: boolean;
  caption: string;
}

export async function ReviewTable({ dimension, rows, total, span, money, caption }: ReviewTableProps) {
  const [t, format, locale] = await Promise.all([getTranslations("review"), getFormatter(), getLocale()]);
  const number = (value: number) => format.number(value);
  const rating = (value: number | null) =>
    value === null ? "—" : format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const yen = (value: number) => format.number(value, { style: "currency", currency: "JPY" });

  /** The figures of one row; each link is named by its row and column, then its value, for screen readers. */
  function cells(figures: ReviewFigures, code: string | undefined, rowName: string) {
    const row = code === undefined ? {} : { [dimension]: code };
    const activities = (extra: Record<string, string> = {}) =>
      `/activities${filtersQuery({ fyFrom: span.fyFrom, fyTo: span.fyTo, ...row, ...extra })}`;
    const needs = (extra: Record<string, string> = {}) =>
      `/needs${filtersQuery({ fyFrom: span.fyFrom, fyTo: span.fyTo, ...row, ...extra })}`;
    const records = (kind: string) => `/review/${kind}${filtersQuery({ fyFrom: span.fyFrom, fyTo: span.fyTo, ...row })}`;
    // Named by row and column, then the figure as shown (a screen reader's name holds the visible text).
    const link = (href: string, text: string, label: string) => (
      <Link href={href} className="link" aria-label={`${rowName}, ${label}: ${text}`}>
        {text}
      </Link>
    );
    const variance = figures.money ? figures.money.actualJpy - figures.money.budgetJpy : 0;
    return (
      <>
        <Td numeric data-label={t("columns.planned")}>
          {link(activities(), number(figures.activitiesPlanned), t("columns.planned"))}
        </Td>
        <Td numeric data-label={t("columns.conducted")}>
          {link(activities({ status: "CONDUCTED" }), number(figures.activitiesConducted), t("columns.conducted"))}
        </Td>
        <Td numeric data-label={t("columns.participants")}>
          {link(activities({ status: "CONDUCTED" }), number(figures.participants), t("columns.participants"))}
        </Td>
        <Td numeric data-label={t("columns.needsSubmitted")}>
          {link(needs(), number(figures.needsSubmitted), t("columns.needsSubmitted"))}
        </Td>
        <Td numeric data-label={t("columns.needsAnswered")}>
          {link(needs({ status: "ADDRESSED" }), number(figures.needsAnswered), t("columns.needsAnswered"))}
        </Td>
        <Td numeric data-label={t("columns.indicators")}>
          {link(
            records("indicators"),
            `${number(figures.indicators.achieved)} / ${number(figures.indicators.onTrack)} / ${number(figures.indicators.behind)}`,
            `${t("columns.indicators")} (${t("columns.indicatorsParts")})`,
          )}
        </Td>
        <Td numeric data-label={t("columns.followUpsOpen")}>
          {link(records("follow-ups"), number(figures.followUpsOpen), t("columns.followUpsOpen"))}
        </Td>
        <Td numeric data-label={t("columns.feedback")}>
          {link(
            records("feedback"),
            figures.feedbackCount ? `${rating(figures.usefulness)} · ${rating(figures.fit)}` : "—",
            `${t("columns.feedback")} (${t("columns.feedbackParts")})`,
          )}
        </Td>
        {money && figures.money ? (
          <>
            <Td numeric className="whitespace-nowrap" data-label={t("columns.budget")}>
              {link(records("spending"), yen(figures.money.budgetJpy), t("columns.budget"))}
            </Td>
            <Td numeric className="whitespace-nowrap" data-label={t("columns.actual")}>
              {link(records("spending"), yen(figures.money.actualJpy), t("columns.actual"))}
            </Td>
            <Td numeric className="whitespace-nowrap" data-label={t("columns.variance")}>
              {figures.money.budgetJpy || figures.money.actualJpy ? `${variance > 0 ? "+" : ""}${yen(variance)}` : "—"}
            </Td>
          </>
        ) : null}
      </>
    );
  }

  return (
    <Table caption={caption} stack density="snug" className="min-w-[64rem] text-sm">
      <HeadRow>
        <Th>{t(dimension === "state" ? "columns.state" : "columns.keyArea")}</Th>
        <Th numeric>{t("columns.planned")}</Th>
        <Th numeric>{t("columns.conducted")}</Th>
        <Th numeric>{t("columns.participants")}</Th>
        <Th numeric>{t("columns.needsSubmitted")}</Th>
        <Th numeric>{t("columns.needsAnswered")}</Th>
        <Th numeric>
          {t("columns.indicators")}
          <span className="block text-xs font-normal">{t("columns.indicatorsParts")}</span>
        </Th>
        <Th numeric>{t("columns.followUpsOpen")}</Th>
        <Th numeric>
          {t("columns.feedback")}
          <span className="block text-xs font-normal">{t("columns.feedbackParts")}</span>
        </Th>
        {money ? (
          <>
            <Th numeric>{t("columns.budget")}</Th>
            <Th numeric>{t("columns.actual")}</Th>
            <Th numeric>{t("columns.variance")}</Th>
          </>
        ) : null}
      </HeadRow>
      <tbody>
        {rows.map((row) => (
          <Row key={row.code}>
            <Th row>{nameOf(locale, row)}</Th>
            {cells(row, row.code, nameOf(locale, row))}
          </Row>
        ))}
        <Row className="font-semibold">
          <Th row>{t("total")}</Th>
          {cells(total, undefined, t("total"))}
        </Row>
      </tbody>
    </Table>
  );
}
