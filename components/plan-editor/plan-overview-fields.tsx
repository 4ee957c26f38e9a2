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
  const year = (field: "firstFiscalYear" | "lastFiscalYear", fieldErrors: string[] | undefined, onChange: (fy: number) => void) => (
    <Field id={field} label={t(field)} errors={fieldErrors}>
      {(props) => (
        <input
          {...props}
          type="number"
          min={2000}
          max={2100}
          value={values[field]}
          onChange={(e) => onChange(Number(e.target.value))}
          className={inputClass}
        />
      )}
    </Field>
  );
  const longText = (field: "summary" | "sustainment", fieldErrors: string[] | undefined, hint?: string) => (
    <Field id={field} label={t(field)} hint={hint} className="md:col-span-4" errors={fieldErrors}>
      {(props) => (
        <textarea
          {...props}
          rows={3}
          maxLength={5000}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
          className={inputClass}
        />
      )}
    </Field>
  );
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
      {year("firstFiscalYear", errors("firstFiscalYear"), (fy) => setSpan(fy, values.lastFiscalYear))}
      {year("lastFiscalYear", errorsWithRules("lastFiscalYear", "lastFiscalYear"), (fy) => setSpan(values.firstFiscalYear, fy))}
      {longText("summary", errors("summary"))}
      {longText("sustainment", errorsWithRules("sustainment", "sustainment"), t("sustainmentHint"))}
    </div>
  );
}
