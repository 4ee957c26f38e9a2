"use client";

// The plan year by year: for each fiscal year of its span, the principle rules it fails (T2), its
// objectives, milestones and budget lines.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { FieldErrors } from "@/components/ui/field";
import type { ErrorsAt, Values, Year } from "@/components/plan-editor/plan-fields";
import { YearBudgetLines } from "@/components/plan-editor/year-budget-lines";
import { YearMilestones } from "@/components/plan-editor/year-milestones";
import { YearObjectives } from "@/components/plan-editor/year-objectives";
import type { RuleView } from "@/lib/actions/result";
import { fiscalYearLabel } from "@/lib/fiscal-year";

export function PlanYears({
  years,
  setValues,
  errors,
  rulesAt,
}: {
  years: Year[];
  setValues: (change: (current: Values) => Values) => void;
  errors: ErrorsAt;
  /** The blocking rules naming a field or a part of it. */
  rulesAt: (field: string) => RuleView[];
}) {
  const t = useTranslations("planEditor");
  const locale = useLocale();
  const yearIndex = useMemo(() => new Map(years.map((year, index) => [year.fiscalYear, index])), [years]);
  const changeYear = (fy: number) => (change: (year: Year) => Year) =>
    setValues((current) => ({ ...current, years: current.years.map((year) => (year.fiscalYear === fy ? change(year) : year)) }));
  return (
    <section aria-labelledby="years-heading">
      <h2 id="years-heading" className="mb-2 text-lg font-semibold">
        {t("years")}
      </h2>
      <FieldErrors id="years-errors" messages={errors("years")} />
      <ol className="space-y-4">
        {years.map((year) => {
          const yearRules = rulesAt(`years.${year.fiscalYear}`);
          // T2 names the year's objectives or milestones; each list leads to the year's message.
          const yearRulesId = `fy-${year.fiscalYear}-rules`;
          const ruleOn = (part: string) =>
            yearRules.some((rule) => rule.fields.includes(`years.${year.fiscalYear}.${part}`))
              ? { "aria-describedby": yearRulesId, "aria-invalid": true as const }
              : {};
          const list = {
            year,
            path: `years.${yearIndex.get(year.fiscalYear) ?? 0}`,
            label: fiscalYearLabel(year.fiscalYear, locale),
            errors,
            changeYear: changeYear(year.fiscalYear),
          };
          return (
            <li
              key={year.fiscalYear}
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              aria-labelledby={`fy-${year.fiscalYear}`}
            >
              <h3 id={`fy-${year.fiscalYear}`} className="text-lg font-semibold">
                {list.label}
              </h3>
              <FieldErrors id={yearRulesId} messages={yearRules.map((rule) => rule.message)} />
              <YearObjectives {...list} invalid={ruleOn("objectives")} />
              <YearMilestones {...list} invalid={ruleOn("milestones")} />
              <YearBudgetLines {...list} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
