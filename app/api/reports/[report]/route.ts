import { getLocale, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { exportWaitSeconds, recordExport } from "@/lib/data/reports/writes";
import { openReport, reportCsv } from "@/lib/data/reports/reads";
import type { ReportContext } from "@/lib/data/reports/types";
import { NotFoundError } from "@/lib/errors";
import { reportFileName } from "@/lib/exports/filename";
import { log } from "@/lib/log";
import { plainText as text } from "@/lib/exports/plain-text";
import { pdfReportStream, PDF_MAX_ROWS } from "@/lib/exports/report-pdf";
import { exceedsExcelRows, xlsxStream } from "@/lib/exports/xlsx";
import { exportLimit, exportLimitMessageValues } from "@/lib/security/export-limit";
import { parseReportFilters, parseReportFormat, parseReportKind } from "@/lib/validation/report-filters";

// GET /api/reports/<activities|plans|needs|coverage>?format=csv|xlsx|pdf&fyFrom=&fyTo=&state=...
// A report in the caller's scope, streamed from the database: CSV as PostgreSQL writes it (COPY), XLSX
// and PDF in batches. X-Row-Count tells the
// browser how many rows to expect, for its progress bar. Refusals are plain text in the user's
// language; nothing internal is ever sent.
//
// Each download is on the audit trail and counts towards the user's export limit (429 with
// Retry-After past it, lib/security/export-limit.ts). HEAD answers the same headers, row count
// included, without the file: no audit event, nothing counted.

const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
} as const;

type Params = { params: Promise<{ report: string }> };

export function GET(request: Request, { params }: Params): Promise<Response> {
  return answer(request, params, "GET");
}

export function HEAD(request: Request, { params }: Params): Promise<Response> {
  return answer(request, params, "HEAD");
}

async function answer(request: Request, params: Params["params"], method: "GET" | "HEAD"): Promise<Response> {
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
  const limit = exportLimit();
  const limited = (seconds: number) =>
    text(429, t("errors.tooManyExports", exportLimitMessageValues(seconds, limit)), { "Retry-After": String(seconds) });
  try {
    // Before the work: a user past the limit costs one indexed read.
    const wait = await exportWaitSeconds(actor, limit);
    if (wait > 0) return limited(wait);
    const source = openReport(kind, context);
    const count = await source.count();
    if (format === "xlsx" && exceedsExcelRows(count)) return text(413, t("errors.excelRows", { count }));
    const rows = format === "pdf" ? Math.min(count, PDF_MAX_ROWS) : count;
    const headers = {
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${reportFileName(kind, context.filters, format, new Date())}"`,
      "Cache-Control": "no-store",
      "X-Row-Count": String(rows),
    };
    if (method === "HEAD") return new Response(null, { headers });
    const recorded = await recordExport(actor, { report: kind, format, rows, details: { filters: context.filters } }, limit);
    if (!recorded.recorded) return limited(recorded.retryAfterSeconds);
    const header = source.columns.map((column) => t(`columns.${kind}.${column}` as never));
    const title = t(`kinds.${kind}.title` as never);
    const body =
      format === "csv"
        ? reportCsv(source, header)
        : format === "xlsx"
          ? xlsxStream(title, header, source.rows())
          : pdfReportStream({ kind, title, columns: source.columns, header, rows: source.rows(), count, t: t as never });
    return new Response(body, { headers });
  } catch (error) {
    if (error instanceof NotFoundError) return text(404, t("errors.notFound"));
    await log.error("report failed", { action: "report.export", outcome: "error", actorId: actor.id, report: kind, format, error });
    return text(500, t("errors.failed"));
  }
}
