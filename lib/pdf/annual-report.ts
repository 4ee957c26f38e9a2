// The annual report as a PDF (portrait A4): a cover, the year's figures and charts, one section per
// program with its activities, the partner needs addressed, the year's results (indicators,
// after-action reports, partner feedback) and its spending against budget. Headings are real text and PDF
// bookmarks, so the file can be searched and navigated. A few hundred pages at most: it is built in
// memory (pages are kept until the end to number them "Page n of N").
import { createTranslator } from "next-intl";
import PDFDocument from "pdfkit";
import { loadMessages } from "@/i18n/messages";
import type { AnnualActivity, AnnualNeed, AnnualReport } from "@/lib/data/reports/annual-report";
import type enMessages from "@/messages/en.json";
import type enAnnual from "@/messages/en.annual.json";
import type enReview from "@/messages/en.review.json";
import type enSpending from "@/messages/en.spending.json";
import { barChartHeight, drawBarChart } from "@/lib/pdf/bar-chart";
import { FONT, registerFonts } from "@/lib/pdf/fonts";
import { COLOR, documentBytes, drawFooter } from "@/lib/pdf/layout";
import { TableWriter } from "@/lib/pdf/table";
import { fiscalYearEnd, fiscalYearLabel, fiscalYearStart } from "@/lib/fiscal-year";

const MARGINS = { top: 56, bottom: 56, left: 50, right: 50 };

type Doc = PDFKit.PDFDocument;
// The texts this file uses, typed from the English files so that a missing key fails the type check.
type ReportMessages = typeof enAnnual & Pick<typeof enMessages, "enums"> & typeof enSpending & Pick<typeof enReview, "review">;

export async function renderAnnualReport(report: AnnualReport, generatedAt: Date = new Date()): Promise<Buffer> {
  const { locale } = report;
  const messages = (await loadMessages(locale)) as ReportMessages;
  const t = createTranslator({ locale, messages, namespace: "annualReport" });
  const te = createTranslator({ locale, messages, namespace: "enums" });
  const tr = createTranslator({ locale, messages, namespace: "review.status" });
  const tc = createTranslator({ locale, messages, namespace: "spending.categories" });
  // Fiscal years are names ("FY2025", "2025年度", "令和7年度"), not quantities: no digit grouping.
  const title = t("title", { fy: report.fiscalYearLabel });
  const number = new Intl.NumberFormat(locale);

  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    lang: locale,
    displayTitle: true,
    info: { Title: title, Author: t("ministry"), Subject: t("subject"), CreationDate: generatedAt },
  });
  const done = documentBytes(doc);
  registerFonts(doc);
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const newPage = () => {
    doc.addPage();
  };
  /** Moves to a new page unless `height` points remain on this one. */
  const keepTogether = (height: number) => {
    if (doc.y + height > doc.page.height - MARGINS.bottom) newPage();
  };
  const heading = (text: string, size: number, color: string = COLOR.text) => {
    doc.font(FONT.bold).fontSize(size).fillColor(color).text(text, MARGINS.left, doc.y, { width });
    doc.moveDown(0.3);
  };
  const paragraph = (text: string, color: string = COLOR.muted) => {
    doc.font(FONT.regular).fontSize(9.5).fillColor(color).text(text, MARGINS.left, doc.y, { width });
    doc.moveDown(0.6);
  };

  // ---- cover
  doc.rect(0, 0, doc.page.width, 14).fill(COLOR.accent);
  doc.y = 210;
  doc.font(FONT.bold).fontSize(12).fillColor(COLOR.accent).text(t("ministry"), MARGINS.left, doc.y, { width });
  doc.moveDown(0.8);
  heading(title, 26);
  doc.font(FONT.regular).fontSize(13).fillColor(COLOR.text).text(t("coverTagline"), { width });
  doc.moveDown(1.2);
  const calendarDate = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  paragraph(
    t("period", {
      from: calendarDate.format(fiscalYearStart(report.fiscalYear)),
      to: calendarDate.format(fiscalYearEnd(report.fiscalYear)),
    }),
    COLOR.text,
  );
  const moment = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Tokyo" });
  paragraph(t("generated", { date: moment.format(generatedAt) }));
  if (report.includesIllustrative) notice(doc, t("illustrativeNote"), doc.page.height - MARGINS.bottom - 60, width);

  // ---- summary and charts
  newPage();
  doc.outline.addItem(t("summary"));
  heading(t("summary"), 18);
  paragraph(t("summaryIntro"));
  const s = report.summary;
  figures(doc, [
    [t("figures.activities"), number.format(s.activities)],
    [t("figures.conducted"), number.format(s.conducted)],
    [t("figures.programs"), number.format(s.programs)],
    [t("figures.states"), number.format(s.states)],
    [t("figures.participants"), s.participants === null ? t("notRecorded") : number.format(s.participants)],
    [t("figures.needsAddressed"), number.format(s.needsAddressed)],
  ]);
  paragraph(t("charts.note"));
  for (const [key, bars] of [
    ["keyArea", report.byKeyArea],
    ["means", report.byMeans],
    ["state", report.byState],
  ] as const) {
    // A chart (with its heading) stays on one page when it fits on one.
    keepTogether(Math.min(40 + barChartHeight(doc, bars), doc.page.height - MARGINS.top - MARGINS.bottom));
    doc.outline.addItem(t(`charts.${key}`));
    heading(t(`charts.${key}`), 13);
    if (s.activities === 0) paragraph(t("charts.empty"));
    else drawBarChart(doc, bars, newPage);
    doc.moveDown(0.8);
  }

  // ---- one section per program
  newPage();
  const programsOutline = doc.outline.addItem(t("programs"), { expanded: true });
  heading(t("programs"), 18);
  if (report.programs.length === 0) paragraph(t("noActivities"));
  const columns = [
    { header: t("columns.dates"), width: 1.45 },
    { header: t("columns.title"), width: 3.2 },
    { header: t("columns.status"), width: 1.1 },
    { header: t("columns.host"), width: 1.3 },
    { header: t("columns.states"), width: 3 },
  ];
  const activityRow = (activity: AnnualActivity) => [
    activity.startDate === activity.endDate ? activity.startDate : `${activity.startDate} – ${activity.endDate}`,
    activity.title,
    te(`activityStatus.${activity.status}`),
    activity.host,
    statesText(activity, report.aseanMembers, t),
  ];
  // Every program's table has the same columns, sized by all their rows.
  const activitySample = report.programs.flatMap((program) => program.activities.map(activityRow));
  for (const program of report.programs) {
    // The heading, the table header and a first row together, never a heading alone at a page foot.
    keepTogether(110);
    doc.moveDown(0.6);
    programsOutline.addItem(program.name);
    heading(program.name, 12.5, COLOR.accent);
    paragraph(t("programLine", { kind: te(`programKind.${program.kind}`), count: program.activities.length }));
    const table = new TableWriter(doc, columns, { newPage, sample: activitySample });
    table.begin();
    for (const activity of program.activities) table.row(activityRow(activity));
  }

  // ---- partner needs addressed
  newPage();
  doc.outline.addItem(t("needs"));
  heading(t("needs"), 18);
  paragraph(t("needsIntro"));
  if (report.needs.length === 0) paragraph(t("noNeeds"), COLOR.text);
  else {
    const needRows = report.needs.map((need) => [
      need.state,
      need.title,
      need.keyArea,
      te(`priority.${need.priority}`),
      [
        ...need.plans.map((plan) => planText(plan, t, locale)),
        ...need.activities.map((activity) => t("activityLine", { date: activity.startDate, title: activity.title })),
      ].join("\n"),
    ]);
    const table = new TableWriter(
      doc,
      [
        { header: t("needColumns.state"), width: 1.4 },
        { header: t("needColumns.need"), width: 2.4 },
        { header: t("needColumns.keyArea"), width: 2.2 },
        { header: t("needColumns.priority"), width: 0.85 },
        { header: t("needColumns.answeredBy"), width: 3.8 },
      ],
      { newPage, sample: needRows },
    );
    table.begin();
    for (const row of needRows) table.row(row);
  }

  // ---- results: indicators, after-action reports, partner feedback
  newPage();
  doc.outline.addItem(t("results.title"));
  heading(t("results.title"), 18);
  paragraph(t("results.intro"));
  const results = report.results;
  const one = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  figures(doc, [
    [t("results.achieved"), number.format(results.indicators.achieved)],
    [t("results.onTrack"), number.format(results.indicators.onTrack)],
    [t("results.behind"), number.format(results.indicators.behind)],
    [t("results.reported"), t("results.reportedValue", { reported: results.reported, conducted: results.conducted })],
    [t("results.followUpsOpen"), number.format(results.followUpsOpen)],
    [
      t("results.feedback", { count: results.feedback.count }),
      results.feedback.count
        ? `${one.format(results.feedback.usefulness ?? 0)} · ${one.format(results.feedback.fit ?? 0)}`
        : t("notRecorded"),
    ],
  ]);
  if (results.indicatorYears.length === 0) paragraph(t("results.noIndicators"), COLOR.text);
  else {
    const value = (n: number | null, unit: string) => (n === null ? "—" : `${number.format(n)} ${unit}`);
    const indicatorRows = results.indicatorYears.map((row) => [
      row.title,
      row.plan,
      value(row.target, row.unit),
      value(row.actual, row.unit),
      tr(row.status),
    ]);
    const table = new TableWriter(
      doc,
      [
        { header: t("results.columns.indicator"), width: 3 },
        { header: t("results.columns.plan"), width: 3 },
        { header: t("results.columns.target"), width: 1.2 },
        { header: t("results.columns.actual"), width: 1.2 },
        { header: t("results.columns.status"), width: 1 },
      ],
      { newPage, sample: indicatorRows },
    );
    table.begin();
    for (const row of indicatorRows) table.row(row);
  }

  // ---- spending against budget (the report is JMOD's: planners and admins only)
  newPage();
  doc.outline.addItem(t("spending.title"));
  heading(t("spending.title"), 18);
  paragraph(t("spending.intro"));
  if (report.spending.length === 0) paragraph(t("spending.none"), COLOR.text);
  else {
    const yen = new Intl.NumberFormat(locale, { style: "currency", currency: "JPY" });
    const line = (label: string, budget: number, actual: number) => [
      label,
      yen.format(budget),
      yen.format(actual),
      yen.format(actual - budget),
    ];
    const sum = (pick: (row: (typeof report.spending)[number]) => number) => report.spending.reduce((total, row) => total + pick(row), 0);
    const moneyRows = [
      ...report.spending.map((row) => line(tc(row.category), row.budgetJpy, row.actualJpy)),
      line(
        t("spending.total"),
        sum((row) => row.budgetJpy),
        sum((row) => row.actualJpy),
      ),
    ];
    const table = new TableWriter(
      doc,
      [
        { header: t("spending.columns.category"), width: 2.4 },
        { header: t("spending.columns.budget"), width: 1.4 },
        { header: t("spending.columns.actual"), width: 1.4 },
        { header: t("spending.columns.variance"), width: 1.4 },
      ],
      { newPage, sample: moneyRows },
    );
    table.begin();
    for (const row of moneyRows) table.row(row);
  }

  // ---- footers, now that the number of pages is known (none on the cover)
  const { start, count } = doc.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    doc.switchToPage(i);
    drawFooter(doc, title, t("page", { page: i + 1, pages: count }));
  }
  doc.end();
  return done;
}

/** The figures of the year as a grid of labelled numbers, three to a row. */
function figures(doc: Doc, items: [label: string, value: string][]): void {
  const perRow = 3;
  const gap = 10;
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  const boxWidth = (width - gap * (perRow - 1)) / perRow;
  const boxHeight = 68;
  const top = doc.y;
  items.forEach(([label, value], i) => {
    const x = MARGINS.left + (i % perRow) * (boxWidth + gap);
    const y = top + Math.floor(i / perRow) * (boxHeight + gap);
    doc.rect(x, y, boxWidth, boxHeight).fillAndStroke(COLOR.stripe, COLOR.rule);
    // Label first, then value: the order a screen reader or text extraction reads them in.
    doc
      .font(FONT.regular)
      .fontSize(9)
      .fillColor(COLOR.muted)
      .text(label, x + 10, y + 7, { width: boxWidth - 20, height: 30, ellipsis: true });
    // "Not recorded" in place of a number is set smaller, to fit the box.
    const size = /^[\d.,\s]+$/.test(value) ? 20 : 13;
    doc
      .font(FONT.bold)
      .fontSize(size)
      .fillColor(COLOR.text)
      .text(value, x + 10, y + 35 + (20 - size) / 2, { width: boxWidth - 20, lineBreak: false });
  });
  doc.x = MARGINS.left;
  doc.y = top + Math.ceil(items.length / perRow) * (boxHeight + gap) + 6;
}

function notice(doc: Doc, text: string, bottom: number, width: number): void {
  const padding = 8;
  doc.font(FONT.regular).fontSize(9.5);
  const height = doc.heightOfString(text, { width: width - padding * 2 }) + padding * 2;
  const y = bottom - height;
  doc.rect(MARGINS.left, y, width, height).fillAndStroke(COLOR.noticeFill, COLOR.noticeRule);
  doc.fillColor(COLOR.text).text(text, MARGINS.left + padding, y + padding, { width: width - padding * 2 });
}

/**
 * The participating states of an activity: "All ASEAN member states" when every state that was a
 * member on the activity's first day took part (the usual multilateral case, which would otherwise
 * fill the cell with ten names), then the others; observers are marked.
 */
function statesText(
  activity: AnnualActivity,
  aseanMembers: AnnualReport["aseanMembers"],
  t: (key: "allAsean" | "observer" | "listSeparator", values?: { name: string }) => string,
): string {
  const members = aseanMembers.filter((m) => m.since === null || m.since <= activity.startDate).map((m) => m.code);
  const full = new Set(activity.states.filter((s) => s.role !== "OBSERVER").map((s) => s.code));
  const allAsean = members.length > 1 && members.every((code) => full.has(code));
  const named = activity.states
    .filter((s) => !(allAsean && members.includes(s.code) && s.role !== "OBSERVER"))
    .map((s) => (s.role === "OBSERVER" ? t("observer", { name: s.name }) : s.name));
  return [...(allAsean ? [t("allAsean")] : []), ...named].join(t("listSeparator"));
}

/** A plan by its title, with its fiscal years unless the title already names them (seeded ones do). */
function planText(
  plan: AnnualNeed["plans"][number],
  t: (key: "planLine" | "planLineWithYears", values: Record<string, string>) => string,
  locale: string,
): string {
  if (plan.title.includes(String(plan.firstFiscalYear))) return t("planLine", { title: plan.title });
  const [first, last] = [fiscalYearLabel(plan.firstFiscalYear, locale), fiscalYearLabel(plan.lastFiscalYear, locale)];
  return t("planLineWithYears", { title: plan.title, first, last });
}
