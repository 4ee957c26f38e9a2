// What every PDF of the portal shares: colours (AA contrast on white), the footer line, and the
// document language.
import { FONT } from "@/lib/pdf/fonts";

export const COLOR = {
  text: "#1a1a1a",
  muted: "#4a4a4a",
  rule: "#c9d1dc",
  headerFill: "#e3e9f1",
  stripe: "#f5f7fa",
  accent: "#1f4e79",
  noticeFill: "#fff4d6",
  noticeRule: "#c89b2c",
} as const;

/**
 * Writes one line in the bottom margin. pdfkit starts a new page when text goes below the bottom
 * margin, so the margin is lifted while the footer is written.
 */
export function drawFooter(doc: PDFKit.PDFDocument, left: string, right: string): void {
  const { margins } = doc.page;
  const bottom = margins.bottom;
  margins.bottom = 0;
  const y = doc.page.height - bottom / 2 - 4;
  const width = doc.page.width - margins.left - margins.right;
  doc.font(FONT.regular).fontSize(8).fillColor(COLOR.muted);
  doc.text(left, margins.left, y, { width, lineBreak: false });
  doc.text(right, margins.left, y, { width, align: "right", lineBreak: false });
  margins.bottom = bottom;
  doc.fillColor(COLOR.text);
}

/** "en" or "ja" for the PDF's Lang entry (screen readers), from the text itself when no locale is given. */
export function documentLanguage(sample: string): "en" | "ja" {
  return /[\u3040-\u30ff\u3400-\u9fff]/.test(sample) ? "ja" : "en";
}

/** A moment as "2026-11-28 21:56 JST": the ministry's clock, readable in either language. */
export function japanTimestamp(moment: Date): string {
  const japan = new Date(moment.getTime() + 9 * 60 * 60 * 1000);
  return `${japan.toISOString().slice(0, 16).replace("T", " ")} JST`;
}

/** The whole file of a document built in memory, once it is ended (the annual and review reports). */
export function documentBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  doc.on("data", (chunk: Uint8Array) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}
