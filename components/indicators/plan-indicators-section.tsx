import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/client-messages";
import { ActualForm } from "@/components/indicators/actual-form";
import { IndicatorChart } from "@/components/indicators/indicator-chart";
import { IndicatorStatusBadge } from "@/components/indicators/indicator-status";
import { Empty } from "@/components/page-header";
import { HeadRow, Row, Table, Td, Th } from "@/components/ui/table";
import type { Action } from "@/lib/actions/action";
import type { PlanIndicators } from "@/lib/data/indicators/reads";
import { isoDay } from "@/lib/dates";
import { hasStarted } from "@/lib/domain/indicators";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { CALENDAR_DATE } from "@/lib/i18n/format";

/**
 * A plan's results indicators on its page: each with its baseline, its targets and actuals per fiscal
 * year (a chart and the same figures in a table), its status per year and overall, and, for planners
 * while the plan takes them, the form that records an actual.
 */
export async function PlanIndicatorsSection({ data, recordAction }: { data: PlanIndicators; recordAction: Action<{ version: number }> }) {
  const [t, td, locale, format] = await Promise.all([
    getTranslations("indicators.page"),
    getTranslations("indicators.direction"),
    getLocale(),
    getFormatter(),
  ]);
  const lang = locale === "ja" ? "ja" : "en";
  if (data.indicators.length === 0) return <Empty>{t("none")}</Empty>;
  const number = (value: number | null) => (value === null ? "—" : format.number(value));
  const recordable = data.years
    .filter((fy) => hasStarted(fy, data.today))
    .map((fy) => ({ fiscalYear: fy, label: fiscalYearLabel(fy, lang) }));
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{t("statusRule")}</p>
      {data.planner && !data.canRecord ? <p className="text-sm text-slate-700">{t("notRecordable")}</p> : null}
      <ol className="space-y-6">
        {data.indicators.map((indicator) => {
          const title = (lang === "ja" && indicator.titleJa) || indicator.titleEn;
          const other = lang === "ja" ? indicator.titleEn : indicator.titleJa;
          return (
            <li
              key={indicator.id}
              className="rounded border border-slate-200 p-3"
              data-testid="indicator"
              data-indicator-status={indicator.status}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div>
                  <h3 className="text-base font-semibold">{title}</h3>
                  {other && other !== title ? (
                    <p className="text-sm text-slate-700" lang={lang === "ja" ? "en" : "ja"}>
                      {other}
                    </p>
                  ) : null}
                </div>
                <p className="flex items-center gap-2 text-sm">
                  <span>{t("overall")}:</span>
                  <IndicatorStatusBadge status={indicator.status} />
                </p>
              </div>
              <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
                <div>
                  <dt className="font-medium text-slate-800">{t("baseline")}</dt>
                  <dd>
                    {indicator.baselineValue === null
                      ? t("noBaseline")
                      : `${number(indicator.baselineValue)} ${indicator.unit}${indicator.baselineDate ? ` (${format.dateTime(indicator.baselineDate, CALENDAR_DATE)})` : ""}`}
                  </dd>
                </div>
                <div>
                  <dt className="font-medium text-slate-800">{t("direction")}</dt>
                  <dd>{td(indicator.direction)}</dd>
                </div>
                {indicator.verification ? (
                  <div>
                    <dt className="font-medium text-slate-800">{t("verification")}</dt>
                    <dd>{indicator.verification}</dd>
                  </div>
                ) : null}
              </dl>
              <div className="mt-3 grid gap-4 lg:grid-cols-[minmax(0,22rem)_1fr]">
                <IndicatorChart indicator={indicator} title={title} />
                <div className="overflow-x-auto">
                  <Table density="compact" className="w-full text-sm">
                    <caption className="sr-only">{t("chartTitle", { title })}</caption>
                    <HeadRow>
                      <Th>{t("year")}</Th>
                      <Th>
                        {t("target")} ({indicator.unit})
                      </Th>
                      <Th>
                        {t("actual")} ({indicator.unit})
                      </Th>
                      <Th>{t("yearStatus")}</Th>
                    </HeadRow>
                    <tbody>
                      {indicator.years.map((year) => {
                        const actual = indicator.actuals.find((a) => a.fiscalYear === year.fiscalYear);
                        return (
                          <Row key={year.fiscalYear} data-year={year.fiscalYear}>
                            <Th row>{fiscalYearLabel(year.fiscalYear, lang)}</Th>
                            <Td>{number(year.target)}</Td>
                            <Td>
                              {actual ? (
                                <>
                                  <span className="font-medium">{number(actual.value)}</span>
                                  <span className="block text-xs text-slate-700">
                                    {t("measuredOn", { date: format.dateTime(actual.measuredOn, CALENDAR_DATE) })}
                                    {actual.recordedBy ? ` · ${t("recordedBy", { name: actual.recordedBy })}` : ""}
                                  </span>
                                  {actual.evidence ? (
                                    <span className="block text-xs text-slate-700">
                                      {t("evidence")}: {actual.evidence}
                                    </span>
                                  ) : null}
                                </>
                              ) : (
                                "—"
                              )}
                            </Td>
                            <Td>{year.status ? <IndicatorStatusBadge status={year.status} /> : "—"}</Td>
                          </Row>
                        );
                      })}
                    </tbody>
                  </Table>
                </div>
              </div>
              {data.canRecord && recordable.length ? (
                <details className="mt-3 rounded border border-slate-200 bg-slate-50 px-3 py-2">
                  <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("recordSummary", { title })}</summary>
                  <div className="mt-2">
                    <ClientMessages namespaces={["indicators", "editor"]}>
                      <ActualForm
                        indicatorId={indicator.id}
                        unit={indicator.unit}
                        years={recordable}
                        recorded={indicator.actuals.map((actual) => ({
                          fiscalYear: actual.fiscalYear,
                          version: actual.version,
                          value: String(actual.value),
                          measuredOn: isoDay(actual.measuredOn),
                          evidence: actual.evidence,
                        }))}
                        recordAction={recordAction}
                      />
                    </ClientMessages>
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
