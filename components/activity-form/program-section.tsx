"use client";

// Which program the activity belongs to, and the plan it carries out.
import { useLocale, useTranslations } from "next-intl";
import { fieldId, type SectionProps } from "@/components/activity-form/section-props";
import { Field, inputClass } from "@/components/ui/field";
import { FormSection } from "@/components/ui/section";
import { NameOptions } from "@/components/name-options";
import type { ActivityEditorOptions } from "@/lib/data/reference/editor-options";
import { fiscalYearLabel } from "@/lib/fiscal-year";

export function ProgramSection({
  values,
  set,
  errorsAt,
  programs,
  plans,
  onProgram,
}: SectionProps & {
  programs: ActivityEditorOptions["programs"];
  /** The plans of the chosen program. */
  plans: ActivityEditorOptions["plans"];
  onProgram: (programId: string) => void;
}) {
  const t = useTranslations("activityEditor");
  const tc = useTranslations("editor");
  const te = useTranslations("enums");
  const locale = useLocale();
  return (
    <FormSection legend={t("sectionProgram")}>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={fieldId("programId")} label={t("fields.programId")} errors={errorsAt("programId")}>
          {(props) => (
            <select {...props} required value={values.programId} onChange={(e) => onProgram(e.target.value)} className={inputClass}>
              <option value="">{tc("choose")}</option>
              <NameOptions rows={programs} valueOf={(p) => p.id} />
            </select>
          )}
        </Field>
        <Field id={fieldId("planId")} label={t("fields.planId")} hint={t("planHint")} errors={errorsAt("planId")}>
          {(props) => (
            <select {...props} value={values.planId} onChange={(e) => set("planId", e.target.value)} className={inputClass}>
              <option value="">{tc("none")}</option>
              {plans.map((plan) => (
                <option key={plan.id} value={plan.id}>
                  {plan.title} ({fiscalYearLabel(plan.firstFiscalYear, locale)}–{fiscalYearLabel(plan.lastFiscalYear, locale)},{" "}
                  {te(`planStatus.${plan.status}`)})
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </FormSection>
  );
}
