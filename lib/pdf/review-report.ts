// The review of efforts as a PDF (landscape A4): the title and span, then the table per partner state
// and the table per key area, each with its total, and the notes on what is counted. Japanese text in
// the embedded Noto Sans JP; formal Japanese reports may name the era (令和8年度). Small: built in memory.
import { createTranslator } from "next-intl";
import PDFDocument from "pdfkit";
import { loadMessages } from "@/i18n/messages";
import type { Locale } from "@/i18n/locales";
import type { Review, ReviewFigures, ReviewRow } from "@/lib/data/review/reads";
import { fiscalYearSpanLabel, type FiscalYearStyle } from "@/lib/fiscal-year";
import type enReview from "@/messages/en.review.json";
import { FONT, registerFonts } from "@/lib/pdf/fonts";
import { COLOR, documentBytes, drawFooter, japanTimestamp } from "@/lib/pdf/layout";
import { TableWriter, type TableColumn } from "@/lib/pdf/table";

const MARGINS = { top: 40, bottom: 44, left: 36, right: 36 };

export interface ReviewPdfOptions {
  locale: Locale;
  style: FiscalYearStyle;
  generatedAt?: Date;
}

export async function renderReviewReport(review: Review, { locale, style, generatedAt = new Date() }: ReviewPdfOptions): Promise<Buffer> {
  const messages = (await loadMessages(locale)) as typeof enReview;
  const t = createTranslator({ locale, messages, namespace: "review" });
  const span = fiscalYearSpanLabel(review.fyFrom, review.fyTo, locale, style);
  const title = `${t("title")} · ${span}`;
  const number = new Intl.NumberFormat(locale);
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const yen = new Intl.NumberFormat(locale, { style: "currency", currency: "JPY" });

  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margins: MARGINS,
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: { Title: title, Author: t("pdf.ministry"), CreationDate: generatedAt },
  });
  const done = documentBytes(doc);
  registerFonts(doc);
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const newPage = () => {
    doc.addPage();
  };
  const heading = (text: string, size: number) => {
    doc.font(FONT.bold).fontSize(size).fillColor(COLOR.text).text(text, MARGINS.left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const paragraph = (text: string) => {
    doc.font(FONT.regular).fontSize(8.5).fillColor(COLOR.muted).text(text, MARGINS.left, doc.y, { width });
    doc.moveDown(0.4);
  };

  doc.font(FONT.bold).fontSize(10).fillColor(COLOR.accent).text(t("pdf.ministry"), MARGINS.left, doc.y, { width });
  doc.moveDown(0.3);
  heading(title, 18);
  paragraph(t("pdf.generated", { date: japanTimestamp(generatedAt) }));
  paragraph(t(review.money ? "intro" : "introState"));

  const columns: TableColumn[] = [
    { header: "", width: 2.6 },
    { header: t("columns.planned"), width: 1 },
    { header: t("columns.conducted"), width: 1 },
    { header: t("columns.participants"), width: 1 },
    { header: `${t("columns.needsSubmitted")} / ${t("columns.needsAnswered")}`, width: 1.3 },
    { header: `${t("columns.indicators")} (${t("columns.indicatorsParts")})`, width: 1.5 },
    { header: t("columns.followUpsOpen"), width: 1 },
    { header: `${t("columns.feedback")} (${t("columns.feedbackParts")})`, width: 1.5 },
    ...(review.money
      ? [
          { header: t("columns.budget"), width: 1.4 },
          { header: t("columns.actual"), width: 1.4 },
          { header: t("columns.variance"), width: 1.4 },
        ]
      : []),
  ];
  const cells = (name: string, figures: ReviewFigures): string[] => {
    const { indicators: i } = figures;
    const feedback = figures.feedbackCount
      ? `${number.format(figures.feedbackCount)}: ${one.format(figures.usefulness ?? 0)} · ${one.format(figures.fit ?? 0)}`
      : "—";
    const money = figures.money
      ? [
          yen.format(figures.money.budgetJpy),
          yen.format(figures.money.actualJpy),
          yen.format(figures.money.actualJpy - figures.money.budgetJpy),
        ]
      : [];
    return [
      name,
      number.format(figures.activitiesPlanned),
      number.format(figures.activitiesConducted),
      number.format(figures.participants),
      `${number.format(figures.needsSubmitted)} / ${number.format(figures.needsAnswered)}`,
      `${i.achieved} / ${i.onTrack} / ${i.behind}`,
      number.format(figures.followUpsOpen),
      feedback,
      ...money,
    ];
  };
  const nameOf = (row: ReviewRow) => (locale === "ja" ? row.nameJa : row.nameEn);
  for (const [key, rows] of [
    ["byState", review.states],
    ["byKeyArea", review.keyAreas],
  ] as const) {
    doc.moveDown(0.6);
    doc.outline.addItem(t(key, { span }));
    heading(t(key, { span }), 12.5);
    const body = [...rows.map((row) => cells(nameOf(row), row)), cells(t("total"), review.total)];
    const table = new TableWriter(
      doc,
      columns.map((column, index) =>
        index === 0 ? { ...column, header: t(key === "byState" ? "columns.state" : "columns.keyArea") } : column,
      ),
      { newPage, sample: body, fontSize: 7.5 },
    );
    table.begin();
    for (const row of body) table.row(row);
  }
  doc.moveDown(0.8);
  paragraph(t("notes.counting"));
  paragraph(t("notes.indicators", { today: review.today }));
  if (review.money) paragraph(t("notes.money"));

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    drawFooter(doc, title, t("pdf.page", { page: i + 1, pages: count }));
  }
  doc.end();
  return done;
}
