import { createTranslator } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { getActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/authz/policy";
import { reviewOfEfforts } from "@/lib/data/review/reads";
import { exportWaitSeconds, recordExport } from "@/lib/data/reports/writes";
import { NotFoundError } from "@/lib/errors";
import { plainText as text } from "@/lib/exports/plain-text";
import { reviewColumns, reviewRows } from "@/lib/exports/review-table";
import { xlsxStream } from "@/lib/exports/xlsx";
import { currentFiscalYear } from "@/lib/fiscal-year";
import { log } from "@/lib/log";
import { renderReviewReport } from "@/lib/pdf/review-report";
import { exportLimit, exportLimitMessageValues } from "@/lib/security/export-limit";
import { parseReviewQuery } from "@/lib/validation/review-filters";
import type enReview from "@/messages/en.review.json";

// GET /api/reports/review?fyFrom=2024&fyTo=2026&format=xlsx|pdf&lang=en|ja&era=1 : the review of
// efforts as a spreadsheet or a PDF report, for whoever may read the review: planners and admins with
// money, a liaison officer their own state's review without it (the same scoped figures as the page).
// A download is audited and counts towards the export limit like the other reports.

export function GET(request: Request): Promise<Response> {
  return answer(request, "GET");
}

export function HEAD(request: Request): Promise<Response> {
  return answer(request, "HEAD");
}

async function answer(request: Request, method: "GET" | "HEAD"): Promise<Response> {
  const [actor, t] = await Promise.all([getActor(), getTranslations("reports.errors")]);
  if (!actor) return text(401, t("signIn"));
  const limit = exportLimit();
  const limited = (seconds: number) =>
    text(429, t("tooManyExports", exportLimitMessageValues(seconds, limit)), { "Retry-After": String(seconds) });
  try {
    assertCan(actor, "review:read");
    const params = new URL(request.url).searchParams;
    const query = parseReviewQuery(params, currentFiscalYear());
    const format = params.get("format") === "pdf" ? "pdf" : "xlsx";
    const locale: Locale = query.lang ?? (await readerLocale());
    const wait = await exportWaitSeconds(actor, limit);
    if (wait > 0) return limited(wait);
    const file = `review-FY${query.fyFrom}-FY${query.fyTo}-${locale}.${format}`;
    const headers = {
      "Content-Type": format === "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${file}"`,
      "Cache-Control": "no-store",
    };
    if (method === "HEAD") return new Response(null, { headers });
    const review = await reviewOfEfforts(actor, query);
    const style = query.era ? "era" : "plain";
    const recorded = await recordExport(
      actor,
      { report: "review", format, details: { fyFrom: query.fyFrom, fyTo: query.fyTo, locale, era: query.era } },
      limit,
    );
    if (!recorded.recorded) return limited(recorded.retryAfterSeconds);
    if (format === "pdf") {
      const pdf = await renderReviewReport(review, { locale, style });
      return new Response(new Uint8Array(pdf), { headers: { ...headers, "Content-Length": String(pdf.length) } });
    }
    const messages = (await loadMessages(locale)) as typeof enReview;
    const tr = createTranslator({ locale, messages, namespace: "review" });
    const columns = reviewColumns(review);
    const rows = reviewRows(review, { state: tr("groups.state"), keyArea: tr("groups.keyArea"), total: tr("total") }, (row) =>
      locale === "ja" ? row.nameJa : row.nameEn,
    );
    async function* each() {
      yield* rows;
    }
    return new Response(
      xlsxStream(
        tr("sheet"),
        columns.map((column) => tr(`xlsx.${column}`)),
        each(),
      ),
      { headers },
    );
  } catch (error) {
    if (error instanceof NotFoundError) return text(404, t("notFound"));
    await log.error("review report failed", { action: "report.review", outcome: "error", actorId: actor.id, error });
    return text(500, t("failed"));
  }
}

async function readerLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "en";
}
