// A table drawn row by row with pdfkit: cells wrap between words, and the header row is repeated at
// the top of every page the table runs onto. Rows are drawn as they come, so a caller can feed it
// from an iterator; the column widths follow the header and a sample of the first rows (column-fit.ts).
import { fitColumns, type ColumnFit } from "@/lib/pdf/column-fit";
import { FONT } from "@/lib/pdf/fonts";
import { COLOR } from "@/lib/pdf/layout";

export interface TableColumn {
  header: string;
  /** A relative weight: how the columns share the width left once each holds its longest word. */
  width: number;
}

export interface TableOptions {
  /** Called when the next row does not fit: finish the page (footer) and add a new one. */
  newPage: () => void;
  fontSize?: number;
  /** The first rows (or all): the columns are sized to hold their words. */
  sample?: readonly (readonly string[])[];
  /**
   * At most this many lines a cell: longer text ends with an ellipsis. A dense report keeps many
   * rows to a page this way; its CSV and XLSX hold the full text.
   */
  maxLines?: number;
}

const PADDING_X = 4;
const PADDING_Y = 2;
// Noto Sans JP's own leading is 1.45 em, loose for a dense table: this much less per line (in em)
// keeps about 1.2 em.
const TIGHTEN = 0.25;

/** How the columns of a table fit on a page of `total` points' width, at `fontSize`. */
export function fitTable(
  doc: PDFKit.PDFDocument,
  columns: readonly TableColumn[],
  sample: readonly (readonly string[])[],
  total: number,
  fontSize: number,
): ColumnFit {
  doc.fontSize(fontSize);
  const fit = fitColumns({
    headers: columns.map((c) => c.header),
    sample,
    weights: columns.map((c) => c.width),
    total,
    padding: PADDING_X,
    measure: (text, bold) => doc.font(bold ? FONT.bold : FONT.regular).widthOfString(text),
  });
  doc.font(FONT.regular);
  return fit;
}

export class TableWriter {
  private readonly widths: number[];
  private readonly fontSize: number;
  private readonly lineGap: number;
  private stripe = false;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly columns: readonly TableColumn[],
    private readonly options: TableOptions,
  ) {
    this.fontSize = options.fontSize ?? 8.5;
    this.lineGap = -TIGHTEN * this.fontSize;
    this.widths = fitTable(doc, columns, options.sample ?? [], this.tableWidth(), this.fontSize).widths;
  }
  /** Draws the header, first moving to a new page when it and one short row would not fit. */
  begin(): void {
    if (this.doc.y + this.headerHeight() + this.rowHeight(2) > this.bottom()) this.options.newPage();
    this.header();
  }

  row(cells: readonly string[]): void {
    const doc = this.doc;
    doc.font(FONT.regular).fontSize(this.fontSize);
    // A row taller than a page is cut (with an ellipsis) rather than split over pages.
    const pageLines = Math.floor((this.bottom() - doc.page.margins.top - this.headerHeight() - this.chrome()) / this.pitch());
    const lines = Math.min(this.lines(cells), pageLines, this.options.maxLines ?? Infinity);
    const height = this.rowHeight(lines);
    if (doc.y + height > this.bottom()) {
      this.options.newPage();
      this.header();
    }
    const y = doc.y;
    if (this.stripe) doc.rect(doc.page.margins.left, y, this.tableWidth(), height).fill(COLOR.stripe);
    this.stripe = !this.stripe;
    this.cells(cells, y, lines, COLOR.text);
    this.rule(y + height, COLOR.rule);
    doc.x = doc.page.margins.left;
    doc.y = y + height;
  }

  private header(): void {
    const doc = this.doc;
    const y = doc.y;
    const height = this.headerHeight();
    doc.rect(doc.page.margins.left, y, this.tableWidth(), height).fill(COLOR.headerFill);
    doc.font(FONT.bold).fontSize(this.fontSize);
    const headers = this.columns.map((c) => c.header);
    this.cells(headers, y, this.lines(headers), COLOR.text);
    this.rule(y + height, COLOR.accent);
    doc.font(FONT.regular);
    doc.x = doc.page.margins.left;
    doc.y = y + height;
    this.stripe = false;
  }

  private headerHeight(): number {
    this.doc.font(FONT.bold).fontSize(this.fontSize);
    const height = this.rowHeight(this.lines(this.columns.map((c) => c.header)));
    this.doc.font(FONT.regular);
    return height;
  }

  /** Distance from one line to the next. */
  private pitch(): number {
    return this.doc.currentLineHeight(true) + this.lineGap;
  }

  /** What a row adds to its lines: the padding, and the last line's glyphs below its pitch. */
  private chrome(): number {
    return PADDING_Y * 2 - this.lineGap;
  }

  private rowHeight(lines: number): number {
    return Math.ceil(lines * this.pitch() + this.chrome());
  }

  /** The lines the tallest cell of a row takes, in the current font. */
  private lines(cells: readonly string[]): number {
    const heights = this.widths.map((width, i) =>
      this.doc.heightOfString(cells[i] || " ", { width: width - PADDING_X * 2, lineGap: this.lineGap }),
    );
    return Math.max(1, Math.round(Math.max(...heights) / this.pitch()));
  }

  private cells(cells: readonly string[], y: number, lines: number, color: string): void {
    const doc = this.doc;
    // pdfkit stops a text after the line from which one more untightened line height would pass the
    // height bound: half a line height below the top of line `lines` plus one stops it there. The
    // bound also keeps pdfkit from breaking the page in the middle of a cell.
    const bound = (lines - 1) * this.pitch() + 1.5 * doc.currentLineHeight(true);
    let x = doc.page.margins.left;
    doc.fillColor(color);
    this.widths.forEach((width, i) => {
      const text = this.clip(cells[i] ?? "", width - PADDING_X * 2, lines);
      if (text) doc.text(text, x + PADDING_X, y + PADDING_Y, { width: width - PADDING_X * 2, height: bound, lineGap: this.lineGap });
      x += width;
    });
  }

  /**
   * The text, or as many of its words as fit in `lines` lines followed by an ellipsis: cut between
   * words, so that no date or name is left in pieces (pdfkit's own ellipsis cuts inside a word).
   */
  private clip(text: string, width: number, lines: number): string {
    const fits = (candidate: string) => this.doc.heightOfString(candidate, { width, lineGap: this.lineGap }) <= lines * this.pitch() + 0.5;
    if (!text || fits(text)) return text;
    const words = text.split(/(?<=\s)/);
    let [low, high] = [0, words.length - 1];
    // The most words w such that the first w and an ellipsis fit (at least none).
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(`${words.slice(0, mid).join("").trimEnd()} …`)) low = mid;
      else high = mid - 1;
    }
    return `${words.slice(0, low).join("").trimEnd()} …`.trimStart();
  }

  private rule(y: number, color: string): void {
    const left = this.doc.page.margins.left;
    this.doc
      .moveTo(left, y)
      .lineTo(left + this.tableWidth(), y)
      .lineWidth(0.5)
      .strokeColor(color)
      .stroke();
  }

  private tableWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }
}
