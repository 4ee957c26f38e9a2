import "server-only";
import type { ReportCell } from "@/lib/exports/cell";
import { tablePdfStream } from "@/lib/pdf/table-pdf";
import type { ReportKind } from "@/lib/validation/report-filters";

// A report as a printable table. A PDF is read, not processed: past a few thousand rows nobody reads
// it, so it holds the first PDF_MAX_ROWS and says so on its first page (CSV and XLSX hold them all).

export const PDF_MAX_ROWS = 5000;

// Relative column widths on a landscape page; unlisted columns get 1.
const WIDTHS: Record<ReportKind, Record<string, number>> = {
  activities: { id: 0, title: 3, program: 2, location: 1.5, keyAreas: 2, means: 2, participants: 2.5 },
  plans: { plan: 2.5, program: 2, objectives: 4, milestones: 4, sharedWith: 2 },
  needs: { id: 0, title: 3, declineReason: 2, plans: 2.5, activities: 2.5 },
  coverage: { state: 2, keyArea: 3 },
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function pdfReportStream(report: {
  kind: ReportKind;
  title: string;
  columns: readonly string[];
  header: string[];
  rows: AsyncGenerator<ReportCell[]>;
  count: number;
  t: Translate;
}): ReadableStream<Uint8Array> {
  const widths = WIDTHS[report.kind];
  // Internal ids help a spreadsheet join files; on paper they are noise.
  const shown = report.columns.map((column, index) => ({ index, width: widths[column] ?? 1 })).filter((c) => c.width > 0);
  async function* limited() {
    let taken = 0;
    for await (const row of report.rows) {
      if (taken++ >= PDF_MAX_ROWS) return; // leaving the loop closes the database reader
      yield shown.map(({ index }) => String(row[index] ?? ""));
    }
  }
  return tablePdfStream({
    title: report.title,
    subtitle: report.t("pdf.rows", { count: report.count }),
    columns: shown.map(({ index, width }) => ({ header: report.header[index]!, width })),
    rows: limited(),
    generatedAt: new Date(),
    footer: (page) => report.t("pdf.page", { page }),
    notice: report.count > PDF_MAX_ROWS ? report.t("pdf.truncated", { max: PDF_MAX_ROWS, count: report.count }) : undefined,
  });
}
