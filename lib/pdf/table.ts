// A table drawn row by row with pdfkit: cells wrap, and the header row is repeated at the top of every
// page the table runs onto. Rows are drawn as they come, so a caller can feed it from an iterator.
import { FONT } from "@/lib/pdf/fonts";
import { COLOR } from "@/lib/pdf/layout";

export interface TableColumn {
  header: string;
  /** A relative weight: the columns share the table's width in proportion. */
  width: number;
}

/** Column widths in points; a weight that is not a positive number counts as 1. */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = safe.reduce((a, b) => a + b, 0);
  return safe.map((w) => (sum > 0 ? (total * w) / sum : 0));
}

export interface TableOptions {
  /** Called when the next row does not fit: finish the page (footer) and add a new one. */
  newPage: () => void;
  fontSize?: number;
}

const PADDING = 4;

export class TableWriter {
  private readonly widths: number[];
  private readonly fontSize: number;
  private stripe = false;

  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly columns: readonly TableColumn[],
    private readonly options: TableOptions,
  ) {
    this.fontSize = options.fontSize ?? 8.5;
    this.widths = columnWidths(
      columns.map((c) => c.width),
      doc.page.width - doc.page.margins.left - doc.page.margins.right,
    );
  }

  /** Draws the header, first moving to a new page when it and one short row would not fit. */
  begin(): void {
    if (this.doc.y + this.headerHeight() + this.fontSize * 2 + PADDING * 2 > this.bottom()) this.options.newPage();
    this.header();
  }

  row(cells: readonly string[]): void {
    const doc = this.doc;
    doc.font(FONT.regular).fontSize(this.fontSize);
    // A row taller than a page is cut (with an ellipsis) rather than split over pages.
    const tallest = this.bottom() - doc.page.margins.top - this.headerHeight();
    const height = Math.min(this.measure(cells), tallest);
    if (doc.y + height > this.bottom()) {
      this.options.newPage();
      this.header();
    }
    const y = doc.y;
    if (this.stripe) doc.rect(doc.page.margins.left, y, this.tableWidth(), height).fill(COLOR.stripe);
    this.stripe = !this.stripe;
    this.cells(cells, y, height, COLOR.text);
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
    this.cells(
      this.columns.map((c) => c.header),
      y,
      height,
      COLOR.text,
    );
    this.rule(y + height, COLOR.accent);
    doc.font(FONT.regular);
    doc.x = doc.page.margins.left;
    doc.y = y + height;
    this.stripe = false;
  }

  private headerHeight(): number {
    this.doc.font(FONT.bold).fontSize(this.fontSize);
    const height = this.measure(this.columns.map((c) => c.header));
    this.doc.font(FONT.regular);
    return height;
  }

  private measure(cells: readonly string[]): number {
    const heights = this.widths.map((width, i) => this.doc.heightOfString(cells[i] || " ", { width: width - PADDING * 2 }));
    return Math.ceil(Math.max(...heights)) + PADDING * 2;
  }

  private cells(cells: readonly string[], y: number, height: number, color: string): void {
    const doc = this.doc;
    let x = doc.page.margins.left;
    doc.fillColor(color);
    this.widths.forEach((width, i) => {
      const text = cells[i] ?? "";
      // The height bound also keeps pdfkit from breaking the page in the middle of a cell.
      if (text) doc.text(text, x + PADDING, y + PADDING, { width: width - PADDING * 2, height: height - PADDING * 2 + 1, ellipsis: true });
      x += width;
    });
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
