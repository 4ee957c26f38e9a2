"use client";

// How the activity stands and what came of it.
import { useTranslations } from "next-intl";
import { fieldId, type SectionProps } from "@/components/activity-form/section-props";
import { Field, inputClass } from "@/components/ui/field";
import { FormSection } from "@/components/ui/section";
import { ACTIVITY_STATUSES } from "@/lib/domain/activity";
import { LIMITS } from "@/lib/domain/limits";

export function OutcomesSection({ values, set, errorsAt }: SectionProps) {
  const t = useTranslations("activityEditor");
  const te = useTranslations("enums");
  return (
    <FormSection legend={t("sectionOutcomes")}>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={fieldId("status")} label={t("fields.status")} errors={errorsAt("status")}>
          {(props) => (
            <select {...props} value={values.status} onChange={(e) => set("status", e.target.value)} className={inputClass}>
              {ACTIVITY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {te(`activityStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId("outcomes")} label={t("fields.outcomes")} errors={errorsAt("outcomes")} className="md:col-span-2">
          {(props) => (
            <textarea
              {...props}
              rows={4}
              maxLength={LIMITS.outcomes}
              value={values.outcomes}
              onChange={(e) => set("outcomes", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
      </div>
    </FormSection>
  );
}
