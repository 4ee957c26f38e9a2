// The PDF of a tabular report (activities, plans, needs, coverage): a title, then one table over as
// many A4 pages as it takes, portrait when the table fits it on one line a cell, else landscape. Rows
// are pulled from the caller's iterator as pages are written, and each finished page leaves memory
// as bytes of the stream, so memory does not grow with the number of rows; the columns are sized by
// the first SAMPLE_ROWS of them (column-fit.ts).
import PDFDocument from "pdfkit";
import { FONT, registerFonts } from "@/lib/pdf/fonts";
import { COLOR, documentLanguage, drawFooter, japanTimestamp } from "@/lib/pdf/layout";
import { fitTable, TableWriter } from "@/lib/pdf/table";

export interface PdfTable {
  title: string; // e.g. "Activities"
  subtitle?: string; // e.g. the filters in words
  columns: { header: string; width: number }[]; // width: relative weight
  rows: AsyncIterable<string[]>; // cells already localised strings
  generatedAt: Date;
  footer: (page: number) => string; // e.g. "Page 3" in the user's language
  notice?: string; // e.g. "Only the first 5,000 rows are included; use CSV or XLSX for all."
}

const MARGINS = { top: 32, bottom: 34, left: 30, right: 30 };
const A4 = { short: 595.28, long: 841.89 };
// Small but readable on paper, and at most three lines a cell: about 16 rows a landscape page.
const FONT_SIZE = 7;
const MAX_LINES = 3;
const SAMPLE_ROWS = 50;

export function tablePdfStream(table: PdfTable): ReadableStream<Uint8Array> {
  let doc: PDFKit.PDFDocument;
  let writer: TableWriter;
  let rows: AsyncIterator<string[]>;
  // The rows read ahead to size the columns, drawn first.
  const sample: string[][] = [];
  let page = 1;
  // pdfkit emits bytes after the stream may have been cancelled or errored; enqueueing then throws.
  let open = true;
  // Set once the document is ended: its last bytes arrive later, and pull may be called meanwhile.
  let ended = false;

  const finishPage = () => drawFooter(doc, table.footer(page), `${table.title} · ${japanTimestamp(table.generatedAt)}`);

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      rows = table.rows[Symbol.asyncIterator]();
      while (sample.length < SAMPLE_ROWS) {
        const next = await rows.next();
        if (next.done) break;
        sample.push(next.value);
      }
      doc = new PDFDocument({
        size: "A4",
        autoFirstPage: false,
        margins: MARGINS,
        lang: documentLanguage(`${table.title} ${table.subtitle ?? ""}`),
        displayTitle: true,
        info: { Title: table.title, CreationDate: table.generatedAt },
      });
      // pdfkit writes a PDF in hundreds of tiny pieces (one per object line); they are gathered and
      // handed on as one chunk per burst of writing, roughly a page.
      let pending: Uint8Array[] = [];
      const flush = () => {
        if (open && pending.length > 0) controller.enqueue(concat(pending));
        pending = [];
      };
      doc.on("data", (chunk: Uint8Array) => {
        if (pending.length === 0) queueMicrotask(flush);
        pending.push(chunk);
      });
      doc.on("end", () => {
        flush();
        if (!open) return;
        open = false;
        controller.close();
      });
      registerFonts(doc);
      const portrait = fitTable(doc, table.columns, sample, A4.short - MARGINS.left - MARGINS.right, FONT_SIZE).linesFit;
      const layout = portrait ? "portrait" : "landscape";
      doc.addPage({ size: "A4", layout, margins: MARGINS });
      heading(doc, table);
      writer = new TableWriter(doc, table.columns, {
        fontSize: FONT_SIZE,
        maxLines: MAX_LINES,
        sample,
        newPage: () => {
          finishPage();
          doc.addPage({ size: "A4", layout, margins: MARGINS });
          page++;
        },
      });
      writer.begin();
    },

    // One page per pull: the stream asks for more only when its reader has taken what it had.
    async pull(controller) {
      if (ended) return;
      const startPage = page;
      try {
        for (const row of sample.splice(0)) writer.row(row);
        while (page === startPage) {
          const next = await rows.next();
          if (!open) return;
          if (next.done) {
            ended = true;
            finishPage();
            doc.end();
            return;
          }
          writer.row(next.value);
        }
      } catch (error) {
        if (!open) return;
        open = false;
        controller.error(error);
      }
    },

    async cancel() {
      open = false;
      await rows.return?.();
    },
  });
}

function heading(doc: PDFKit.PDFDocument, table: PdfTable): void {
  const width = doc.page.width - MARGINS.left - MARGINS.right;
  doc.font(FONT.bold).fontSize(14).fillColor(COLOR.text).text(table.title, MARGINS.left, MARGINS.top, { width });
  if (table.subtitle) doc.moveDown(0.1).font(FONT.regular).fontSize(9).fillColor(COLOR.muted).text(table.subtitle, { width });
  if (table.notice) {
    doc.moveDown(0.5).font(FONT.regular).fontSize(9);
    const padding = 6;
    const height = doc.heightOfString(table.notice, { width: width - padding * 2 }) + padding * 2;
    const y = doc.y;
    doc.rect(MARGINS.left, y, width, height).fillAndStroke(COLOR.noticeFill, COLOR.noticeRule);
    doc.fillColor(COLOR.text).text(table.notice, MARGINS.left + padding, y + padding, { width: width - padding * 2 });
    doc.y = y + height;
  }
  doc.fillColor(COLOR.text).moveDown(0.6);
  doc.x = MARGINS.left;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
