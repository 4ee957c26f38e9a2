import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { openReport, recordExport } from "@/lib/data/reports";
import type { ReportContext } from "@/lib/data/reports/types";
import { NotFoundError } from "@/lib/errors";
import { csvStream } from "@/lib/exports/csv-stream";
import { reportFileName } from "@/lib/exports/filename";
import { log } from "@/lib/log";
import { plainText as text } from "@/lib/exports/plain-text";
import { pdfReportStream, PDF_MAX_ROWS } from "@/lib/exports/report-pdf";
import { exceedsExcelRows, xlsxStream } from "@/lib/exports/xlsx";
import { parseReportFilters, parseReportFormat, parseReportKind } from "@/lib/validation/report-filters";

// GET /api/reports/<activities|plans|needs|coverage>?format=csv|xlsx|pdf&fyFrom=&fyTo=&state=...
// A report in the caller's scope, streamed from the database in batches. X-Row-Count tells the
// browser how many rows to expect, for its progress bar. Refusals are plain text in the user's
// language; nothing internal is ever sent.

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

export async function GET(request: Request, { params }: { params: Promise<{ report: string }> }): Promise<Response> {
  const [actor, locale, t, te] = await Promise.all([getActor(), getLocale(), getTranslations("reports"), getTranslations("enums")]);
  if (!actor) return text(401, t("errors.signIn"));
  const kind = parseReportKind((await params).report);
  if (!kind || !can(actor, "export:own")) return text(404, t("errors.notFound"));
  const url = new URL(request.url);
  const format = parseReportFormat(url.searchParams.get("format") ?? "csv");
  if (!format) return text(400, t("errors.format"));
  const context: ReportContext = {
    actor,
    filters: parseReportFilters(kind, url.searchParams),
    ja: locale === "ja",
    enumLabel: (key) => te(key as never),
    yes: t("yes"),
  };
  try {
    const source = openReport(kind, context);
    const count = await source.count();
    if (format === "xlsx" && exceedsExcelRows(count)) return text(413, t("errors.excelRows", { count }));
    const rows = format === "pdf" ? Math.min(count, PDF_MAX_ROWS) : count;
    await recordExport(actor, { report: kind, format, rows, details: { filters: context.filters } });
    const header = source.columns.map((column) => t(`columns.${kind}.${column}` as never));
    const title = t(`kinds.${kind}.title` as never);
    const body =
      format === "csv"
        ? csvStream(header, source.rows())
        : format === "xlsx"
          ? xlsxStream(title, header, source.rows())
          : pdfReportStream({ kind, title, columns: source.columns, header, rows: source.rows(), count, t: t as never });
    return new Response(body, {
      headers: {
        "Content-Type": CONTENT_TYPES[format],
        "Content-Disposition": `attachment; filename="${reportFileName(kind, context.filters, format, new Date())}"`,
        "Cache-Control": "no-store",
        "X-Row-Count": String(rows),
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return text(404, t("errors.notFound"));
    await log.error("report failed", { action: "report.export", outcome: "error", actorId: actor.id, report: kind, format, error });
    return text(500, t("errors.failed"));
  }
}
