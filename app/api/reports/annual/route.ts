import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { isLocale, type Locale } from "@/i18n/locales";
import { getActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/authz/policy";
import { annualReport } from "@/lib/data/reports/annual-report";
import { exportWaitSeconds, recordExport } from "@/lib/data/reports/writes";
import { NotFoundError } from "@/lib/errors";
import { plainText as text } from "@/lib/exports/plain-text";
import { FIRST_SUPPORTED_FY, LAST_SUPPORTED_FY } from "@/lib/fiscal-year";
import { log } from "@/lib/log";
import { renderAnnualReport } from "@/lib/pdf/annual-report";
import { exportLimit, exportLimitMessageValues } from "@/lib/security/export-limit";
import { queryValue } from "@/lib/validation/query";

// GET /api/reports/annual?fy=2025&lang=en|ja[&era=1] : the annual report of one fiscal year as a PDF, for
// planners and admins. The language defaults to the reader's; an unknown `lang` is ignored rather than
// refused, like the other report parameters. A download is audited and counts towards the user's
// export limit, like the other reports; HEAD answers the headers only and records nothing.

// Four digits only: z.coerce alone would also take "", "0x7e9" or "2.025e3".
const fiscalYear = z
  .string()
  .trim()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(FIRST_SUPPORTED_FY).max(LAST_SUPPORTED_FY));

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
    // Before the parameters are read: to anyone else the report does not exist, however it is asked for.
    assertCan(actor, "export:all");
    const params = new URL(request.url).searchParams;
    const fy = fiscalYear.safeParse(queryValue(params.get("fy")) ?? "");
    if (!fy.success) return text(400, t("fiscalYear", { first: FIRST_SUPPORTED_FY, last: LAST_SUPPORTED_FY }));
    const lang = queryValue(params.get("lang"));
    const locale: Locale = isLocale(lang) ? lang : await readerLocale();
    // Before the rendering: a user past the limit costs one indexed read.
    const wait = await exportWaitSeconds(actor, limit);
    if (wait > 0) return limited(wait);
    const headers = {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="annual-report-FY${fy.data}-${locale}.pdf"`,
      "Cache-Control": "no-store",
    };
    // HEAD: the headers only, without rendering the PDF (so without its length) or auditing anything.
    if (method === "HEAD") return new Response(null, { headers });
    // A formal Japanese report may name the era (令和7年度) rather than the year (2025年度).
    const style = queryValue(params.get("era")) === "1" ? "era" : "plain";
    const pdf = await renderAnnualReport(await annualReport(actor, fy.data, locale, style));
    const recorded = await recordExport(actor, { report: "annual", format: "pdf", details: { fiscalYear: fy.data, locale } }, limit);
    if (!recorded.recorded) return limited(recorded.retryAfterSeconds);
    return new Response(new Uint8Array(pdf), { headers: { ...headers, "Content-Length": String(pdf.length) } });
  } catch (error) {
    if (error instanceof NotFoundError) return text(404, t("notFound"));
    await log.error("annual report failed", { action: "report.annual", outcome: "error", actorId: actor.id, error });
    return text(500, t("failed"));
  }
}

async function readerLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : "en";
}
