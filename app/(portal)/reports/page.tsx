import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { Section } from "@/components/ui/section";
import { AnnualReportForm } from "@/components/reports/annual-report-form";
import { ReportChooser } from "@/components/reports/report-chooser";
import { ReportFilterForm } from "@/components/reports/report-filter-form";
import { ReportPreview } from "@/components/reports/report-preview";
import { ReportDownload } from "@/components/reports/report-download";
import { requireActor } from "@/lib/auth/actor";
import { can } from "@/lib/authz/policy";
import { getActivityFilterOptions } from "@/lib/data/reference/reads";
import { firstRows, openReport } from "@/lib/data/reports/reads";
import { exceedsExcelRows } from "@/lib/exports/xlsx";
import { PDF_MAX_ROWS } from "@/lib/exports/report-pdf";
import { nameOf } from "@/lib/i18n/localized";
import { FORMATS, parseReportFilters, parseReportKind } from "@/lib/validation/report-filters";
import { filtersQuery } from "@/lib/validation/query-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const PREVIEW_ROWS = 5;
// Past this many rows a file is left to the browser's download manager (see ReportDownload).
const BROWSER_HELD_ROWS = 200_000;

// Every role has reports; what they hold is the reader's scope (openReport and the sources decide).
export default async function ReportsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const params = await searchParams;
  const kind = parseReportKind(params.report) ?? "activities";
  const filters = parseReportFilters(kind, params);
  const [t, te, locale, options] = await Promise.all([
    getTranslations("reports"),
    getTranslations("enums"),
    getLocale(),
    getActivityFilterOptions(actor, filters.program),
  ]);
  const source = openReport(kind, { actor, filters, ja: locale === "ja", enumLabel: (key) => te(key as never), yes: t("yes") });
  const [count, preview] = await Promise.all([source.count(), firstRows(source, PREVIEW_ROWS)]);
  const header = source.columns.map((column) => t(`columns.${kind}.${column}` as never));
  // The preview leads with what a reader knows a record by; the files keep each record's id, first.
  const named = source.columns.flatMap((column, i) => (column === "id" ? [] : [i]));
  const title = t(`kinds.${kind}.title` as never);
  const ownState = actor.stateCode ? options.states.find((state) => state.code === actor.stateCode) : undefined;
  const tooManyForExcel = exceedsExcelRows(count);
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro")} />
      {ownState ? (
        <p className="mb-4 rounded border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-800">
          {t("scopeLiaison", { state: nameOf(locale, ownState) })}
        </p>
      ) : null}
      <ReportChooser current={kind} filters={filters} />
      <ReportFilterForm kind={kind} filters={filters} options={options} showState={can(actor, "export:all")} />
      <Section title={title}>
        <p className="mb-3 text-sm text-slate-700" role="status" data-testid="report-count">
          {t("matches", { count })}
        </p>
        {count > 0 ? (
          <>
            <div className="mb-4 flex flex-wrap gap-4" role="group" aria-label={t("download.legend")}>
              {FORMATS.filter((format) => format !== "xlsx" || !tooManyForExcel).map((format) => (
                <ReportDownload
                  key={format}
                  href={`/api/reports/${kind}${filtersQuery({ ...filters, format })}`}
                  label={t(`download.${format}`)}
                  accessibleLabel={t(`download.${format}Label`, { report: title })}
                  fileLabel={`${title} (${format.toUpperCase()})`}
                  locale={locale}
                  native={count > BROWSER_HELD_ROWS}
                />
              ))}
            </div>
            {tooManyForExcel ? <p className="mb-2 text-sm text-amber-900">{t("excelLimit", { count })}</p> : null}
            {count > PDF_MAX_ROWS ? <p className="mb-2 text-sm text-slate-700">{t("pdfLimit", { max: PDF_MAX_ROWS, count })}</p> : null}
            <ReportPreview
              header={named.map((i) => header[i]!)}
              rows={preview.map((row) => named.map((i) => row[i]!))}
              caption={t("previewCaption", { count: preview.length })}
              title={t("preview")}
              note={named.length < header.length ? t("previewIdNote") : undefined}
            />
          </>
        ) : null}
      </Section>
      {can(actor, "export:all") ? <AnnualReportForm fiscalYears={options.fiscalYears} locale={locale} /> : null}
    </>
  );
}
