"use client";

// The plan as a whole: its title, its span of fiscal years, summary and sustainment (rule T3).
import { useTranslations } from "next-intl";
import type { ErrorsAt, Values, Year } from "@/components/plan-editor/plan-fields";
import { Field, inputClass } from "@/components/ui/field";
import { LIMITS } from "@/lib/domain/limits";
import { fiscalYearRange } from "@/lib/fiscal-year";

const emptyYear = (fiscalYear: number): Year => ({ fiscalYear, objectives: [], milestones: [], budgetLines: [] });

/** The years of a span, keeping what was typed for years still inside it. */
function yearsForSpan(years: Year[], first: number, last: number): Year[] {
  if (!Number.isInteger(first) || !Number.isInteger(last) || last < first || last - first >= 20) return years;
  const byYear = new Map(years.map((year) => [year.fiscalYear, year]));
  return fiscalYearRange(first, last).map((fy) => byYear.get(fy) ?? emptyYear(fy));
}

export function PlanOverviewFields({
  values,
  setValues,
  errors,
  errorsWithRules,
}: {
  values: Values;
  setValues: (change: (current: Values) => Values) => void;
  errors: ErrorsAt;
  /** Input errors at a path and the messages of the rules naming a field. */
  errorsWithRules: (path: string, ruleField: string) => string[] | undefined;
}) {
  const t = useTranslations("planEditor");
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((current) => ({ ...current, [key]: value }));
  const setSpan = (first: number, last: number) =>
    setValues((current) => ({ ...current, firstFiscalYear: first, lastFiscalYear: last, years: yearsForSpan(current.years, first, last) }));
  return (
    <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm md:grid-cols-4">
      <Field id="title" label={t("title")} errors={errors("title")} className="md:col-span-2">
        {(props) => (
          <input
            {...props}
            value={values.title}
            maxLength={LIMITS.planTitle}
            onChange={(e) => set("title", e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="firstFiscalYear" label={t("firstFiscalYear")} errors={errors("firstFiscalYear")}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={2000}
            max={2100}
            value={values.firstFiscalYear}
            onChange={(e) => setSpan(Number(e.target.value), values.lastFiscalYear)}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="lastFiscalYear" label={t("lastFiscalYear")} errors={errorsWithRules("lastFiscalYear", "lastFiscalYear")}>
        {(props) => (
          <input
            {...props}
            type="number"
            min={2000}
            max={2100}
            value={values.lastFiscalYear}
            onChange={(e) => setSpan(values.firstFiscalYear, Number(e.target.value))}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="summary" label={t("summary")} errors={errors("summary")} className="md:col-span-4">
        {(props) => (
          <textarea
            {...props}
            rows={3}
            maxLength={5000}
            value={values.summary}
            onChange={(e) => set("summary", e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <Field
        id="sustainment"
        label={t("sustainment")}
        hint={t("sustainmentHint")}
        className="md:col-span-4"
        errors={errorsWithRules("sustainment", "sustainment")}
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            maxLength={5000}
            value={values.sustainment}
            onChange={(e) => set("sustainment", e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
    </div>
  );
}
