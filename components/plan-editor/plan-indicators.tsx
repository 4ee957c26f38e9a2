"use client";

// The plan's results indicators: title in English and Japanese, unit, direction, baseline, a target
// per fiscal year of the span and the means of verification. Each keeps its id, so the server saves it
// in place and its recorded actuals survive the edit. Rule T6 points here.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { listEdits } from "@/components/list-edits";
import { groupErrors, type ErrorsAt, type IndicatorDraft } from "@/components/plan-editor/plan-fields";
import { INDICATOR_DIRECTIONS } from "@/lib/domain/indicators";
import { fiscalYearLabel, fiscalYearRange } from "@/lib/fiscal-year";
import { useLocale } from "next-intl";

export function PlanIndicators({
  rows,
  onChange,
  firstFiscalYear,
  lastFiscalYear,
  errors,
  messages,
}: {
  rows: IndicatorDraft[];
  onChange: (rows: IndicatorDraft[]) => void;
  firstFiscalYear: number;
  lastFiscalYear: number;
  errors: ErrorsAt;
  /** The messages of the section as a whole (T6). */
  messages: string[] | undefined;
}) {
  const t = useTranslations("indicators.editor");
  const td = useTranslations("indicators.direction");
  const locale = useLocale() === "ja" ? "ja" : "en";
  const edits = listEdits<IndicatorDraft>((edit) => onChange(edit(rows)));
  const span = fiscalYearRange(firstFiscalYear, lastFiscalYear);
  return (
    <fieldset
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      data-testid="plan-indicators"
      {...groupErrors("indicators", messages)}
    >
      <legend className="px-1 text-lg font-semibold">{t("title")}</legend>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <FieldErrors id="indicators-errors" messages={messages} />
      {rows.length === 0 ? <p className="mt-2 text-sm text-slate-700">{t("none")}</p> : null}
      <ol className="mt-2 space-y-4">
        {rows.map((indicator, i) => {
          const base = `indicator-${i}`;
          const path = `indicators.${i}`;
          const name = t("indicator", { n: i + 1 });
          // The span's years, then any target left outside it (after the span changed): shown to be cleared.
          const years = [...span, ...indicator.targets.map((target) => target.fiscalYear).filter((fy) => !span.includes(fy))];
          const setTarget = (fiscalYear: number, value: string) => {
            const others = indicator.targets.filter((target) => target.fiscalYear !== fiscalYear);
            const targets = value.trim() === "" ? others : [...others, { fiscalYear, value }].sort((a, b) => a.fiscalYear - b.fiscalYear);
            edits.update(i, { targets });
          };
          return (
            <li key={indicator.id ?? `new-${i}`} className="rounded border border-slate-200 p-3" data-indicator={i}>
              <h3 className="font-medium">{name}</h3>
              <FieldErrors id={`${base}-errors`} messages={errors(path)} />
              <div className="mt-2 grid gap-2 md:grid-cols-2">
                <Field id={`${base}-titleEn`} label={`${name}: ${t("titleEn")}`} errors={errors(`${path}.titleEn`)}>
                  {(props) => (
                    <input
                      {...props}
                      value={indicator.titleEn}
                      maxLength={300}
                      onChange={(e) => edits.update(i, { titleEn: e.target.value })}
                      className={inputClass}
                    />
                  )}
                </Field>
                <Field id={`${base}-titleJa`} label={`${name}: ${t("titleJa")}`} errors={errors(`${path}.titleJa`)}>
                  {(props) => (
                    <input
                      {...props}
                      lang="ja"
                      value={indicator.titleJa}
                      maxLength={300}
                      onChange={(e) => edits.update(i, { titleJa: e.target.value })}
                      className={inputClass}
                    />
                  )}
                </Field>
                <Field id={`${base}-unit`} label={`${name}: ${t("unit")}`} errors={errors(`${path}.unit`)}>
                  {(props) => (
                    <input
                      {...props}
                      value={indicator.unit}
                      maxLength={50}
                      onChange={(e) => edits.update(i, { unit: e.target.value })}
                      className={inputClass}
                    />
                  )}
                </Field>
                <Field id={`${base}-direction`} label={`${name}: ${t("direction")}`} errors={errors(`${path}.direction`)}>
                  {(props) => (
                    <select
                      {...props}
                      value={indicator.direction}
                      onChange={(e) => edits.update(i, { direction: e.target.value as IndicatorDraft["direction"] })}
                      className={inputClass}
                    >
                      {INDICATOR_DIRECTIONS.map((direction) => (
                        <option key={direction} value={direction}>
                          {td(direction)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id={`${base}-baselineValue`} label={`${name}: ${t("baselineValue")}`} errors={errors(`${path}.baselineValue`)}>
                  {(props) => (
                    <input
                      {...props}
                      inputMode="decimal"
                      value={indicator.baselineValue}
                      onChange={(e) => edits.update(i, { baselineValue: e.target.value })}
                      className={inputClass}
                    />
                  )}
                </Field>
                <Field id={`${base}-baselineDate`} label={`${name}: ${t("baselineDate")}`} errors={errors(`${path}.baselineDate`)}>
                  {(props) => (
                    <input
                      {...props}
                      type="date"
                      value={indicator.baselineDate}
                      onChange={(e) => edits.update(i, { baselineDate: e.target.value })}
                      className={inputClass}
                    />
                  )}
                </Field>
              </div>
              <fieldset className="mt-3">
                <legend className="text-sm font-medium">{t("targets")}</legend>
                <FieldErrors id={`${base}-targets-errors`} messages={errors(`${path}.targets`)} />
                <div className="grid gap-2 sm:grid-cols-3">
                  {years.map((fy) => {
                    const j = indicator.targets.findIndex((target) => target.fiscalYear === fy);
                    const label = span.includes(fy) ? fiscalYearLabel(fy, locale) : t("outsideSpan", { fy: fiscalYearLabel(fy, locale) });
                    const fieldErrors =
                      j < 0
                        ? undefined
                        : [...(errors(`${path}.targets.${j}.value`) ?? []), ...(errors(`${path}.targets.${j}.fiscalYear`) ?? [])];
                    return (
                      <Field
                        key={fy}
                        id={`${base}-target-${fy}`}
                        label={`${name}: ${t("target", { fy: label })}`}
                        errors={fieldErrors?.length ? fieldErrors : undefined}
                      >
                        {(props) => (
                          <input
                            {...props}
                            inputMode="decimal"
                            value={j < 0 ? "" : indicator.targets[j]!.value}
                            onChange={(e) => setTarget(fy, e.target.value)}
                            className={inputClass}
                          />
                        )}
                      </Field>
                    );
                  })}
                </div>
              </fieldset>
              <Field
                id={`${base}-verification`}
                label={`${name}: ${t("verification")}`}
                errors={errors(`${path}.verification`)}
                className="mt-2"
              >
                {(props) => (
                  <input
                    {...props}
                    value={indicator.verification}
                    maxLength={1000}
                    onChange={(e) => edits.update(i, { verification: e.target.value })}
                    className={inputClass}
                  />
                )}
              </Field>
              <div className="mt-2 flex flex-wrap items-center gap-3">
                <Button onClick={() => edits.remove(i)}>{t("remove", { n: i + 1 })}</Button>
                {indicator.id ? <p className="text-xs text-slate-600">{t("keepsActuals")}</p> : null}
              </div>
            </li>
          );
        })}
      </ol>
      <Button
        className="mt-2"
        onClick={() =>
          edits.add({
            titleEn: "",
            titleJa: "",
            unit: "",
            direction: "HIGHER_IS_BETTER",
            baselineValue: "",
            baselineDate: "",
            verification: "",
            targets: [],
          })
        }
      >
        {t("add")}
      </Button>
    </fieldset>
  );
}
