// Horizontal bar charts drawn with pdfkit's vector primitives (no chart library draws on the
// server): a name, a bar and the count for each row, so the chart reads without an axis.
import { FONT } from "@/lib/pdf/fonts";
import { COLOR } from "@/lib/pdf/layout";

export interface Bar {
  label: string;
  count: number;
}

/**
 * Bar lengths in points: the largest count fills `maxLength`, the others in proportion. A count
 * above zero always gets at least `minLength`, so a small but real number never looks like none.
 */
export function barLengths(counts: readonly number[], maxLength: number, minLength = 2): number[] {
  const largest = Math.max(0, ...counts);
  if (largest === 0 || maxLength <= 0) return counts.map(() => 0);
  return counts.map((count) => (count > 0 ? Math.max(minLength, (count / largest) * maxLength) : 0));
}

const BAR_HEIGHT = 11;
const ROW_GAP = 6;
const FONT_SIZE = 9;
const COUNT_WIDTH = 40;

function geometry(doc: PDFKit.PDFDocument) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const labelWidth = Math.round(width * 0.38);
  return { left, labelWidth, barLeft: left + labelWidth + 8, maxLength: width - labelWidth - 8 - COUNT_WIDTH };
}

// Long names (key areas) wrap onto a second line rather than being cut.
function labelHeight(doc: PDFKit.PDFDocument, label: string, width: number): number {
  return doc.font(FONT.regular).fontSize(FONT_SIZE).heightOfString(label, { width });
}

/** The height drawBarChart will take, to keep a chart on one page when it fits. */
export function barChartHeight(doc: PDFKit.PDFDocument, bars: readonly Bar[]): number {
  const { labelWidth } = geometry(doc);
  return bars.reduce((sum, bar) => sum + Math.max(BAR_HEIGHT, labelHeight(doc, bar.label, labelWidth)) + ROW_GAP, 0);
}

/**
 * Draws the chart from doc.y down, starting a new page (through `newPage`) when a row would not fit.
 * Leaves doc.y below the chart.
 */
export function drawBarChart(doc: PDFKit.PDFDocument, bars: readonly Bar[], newPage: () => void): void {
  const { left, labelWidth, barLeft, maxLength } = geometry(doc);
  const lengths = barLengths(
    bars.map((bar) => bar.count),
    maxLength,
  );
  bars.forEach((bar, i) => {
    const textHeight = labelHeight(doc, bar.label, labelWidth);
    const rowHeight = Math.max(BAR_HEIGHT, textHeight);
    if (doc.y + rowHeight > doc.page.height - doc.page.margins.bottom) newPage();
    const y = doc.y;
    const barY = y + (rowHeight - BAR_HEIGHT) / 2;
    doc.fillColor(COLOR.text).text(bar.label, left, y + Math.max(0, (BAR_HEIGHT - textHeight) / 2), { width: labelWidth, align: "right" });
    const length = lengths[i] ?? 0;
    // The baseline the bars grow from, drawn row by row so that it follows a chart over a page break.
    doc
      .moveTo(barLeft, y - ROW_GAP / 2)
      .lineTo(barLeft, y + rowHeight + ROW_GAP / 2)
      .lineWidth(0.5)
      .strokeColor(COLOR.muted)
      .stroke();
    if (length > 0) doc.rect(barLeft, barY, length, BAR_HEIGHT).fill(COLOR.accent);
    doc.fillColor(COLOR.text).text(String(bar.count), barLeft + length + 4, barY + (BAR_HEIGHT - doc.currentLineHeight()) / 2, {
      width: COUNT_WIDTH,
      lineBreak: false,
    });
    doc.y = y + rowHeight + ROW_GAP;
  });
  doc.x = left;
}
