import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { isLocale, type Locale } from "@/i18n/locales";
import { getActor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/authz/policy";
import { annualReport } from "@/lib/data/annual-report";
import { recordExport } from "@/lib/data/reports";
import { NotFoundError } from "@/lib/errors";
import { plainText as text } from "@/lib/exports/plain-text";
import { FIRST_SUPPORTED_FY, LAST_SUPPORTED_FY } from "@/lib/fiscal-year";
import { log } from "@/lib/log";
import { renderAnnualReport } from "@/lib/pdf/annual-report";

// GET /api/reports/annual?fy=2025&lang=en|ja : the annual report of one fiscal year as a PDF, for
// planners and admins. The language defaults to the reader's; an unknown `lang` is ignored rather than
// refused, like the other report parameters.

// Four digits only: z.coerce alone would also take "", "0x7e9" or "2.025e3".
const fiscalYear = z
  .string()
  .trim()
  .regex(/^\d{4}$/)
  .transform(Number)
  .pipe(z.number().int().min(FIRST_SUPPORTED_FY).max(LAST_SUPPORTED_FY));

export async function GET(request: Request): Promise<Response> {
  const [actor, t] = await Promise.all([getActor(), getTranslations("reports.errors")]);
  if (!actor) return text(401, t("signIn"));
  try {
    // Before the parameters are read: to anyone else the report does not exist, however it is asked for.
    assertCan(actor, "export:all");
    const params = new URL(request.url).searchParams;
    const fy = fiscalYear.safeParse(params.get("fy") ?? "");
    if (!fy.success) return text(400, t("fiscalYear", { first: FIRST_SUPPORTED_FY, last: LAST_SUPPORTED_FY }));
    const lang = params.get("lang");
    const locale: Locale = isLocale(lang) ? lang : await readerLocale();
    const pdf = await renderAnnualReport(await annualReport(actor, fy.data, locale));
    await recordExport(actor, { report: "annual", format: "pdf", details: { fiscalYear: fy.data, locale } });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="annual-report-FY${fy.data}-${locale}.pdf"`,
        "Content-Length": String(pdf.length),
        "Cache-Control": "no-store",
      },
    });
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
