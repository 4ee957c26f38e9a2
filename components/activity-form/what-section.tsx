"use client";

// What the activity is and when: its titles, kind, dates (with the fiscal year they fall in) and description.
import { useLocale, useTranslations } from "next-intl";
import { fieldId, type SectionProps } from "@/components/activity-form/section-props";
import { Field, inputClass } from "@/components/ui/field";
import { FormSection } from "@/components/ui/section";
import { fiscalYearLabel, fiscalYearOf } from "@/lib/fiscal-year";
import { ACTIVITY_KINDS } from "@/lib/domain/activity";
import { LIMITS } from "@/lib/domain/limits";

const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

export function WhatSection({ values, set, errorsAt }: SectionProps) {
  const t = useTranslations("activityEditor");
  const te = useTranslations("enums");
  const locale = useLocale();
  const fy = isDay(values.startDate) ? fiscalYearLabel(fiscalYearOf(new Date(`${values.startDate}T00:00:00Z`)), locale) : null;
  return (
    <FormSection legend={t("sectionWhat")}>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={fieldId("title")} label={t("fields.title")} errors={errorsAt("title")}>
          {(props) => (
            <input
              {...props}
              type="text"
              required
              maxLength={LIMITS.title}
              value={values.title}
              onChange={(e) => set("title", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={fieldId("titleJa")} label={t("fields.titleJa")} errors={errorsAt("titleJa")}>
          {(props) => (
            <input
              {...props}
              type="text"
              lang="ja"
              maxLength={LIMITS.title}
              value={values.titleJa}
              onChange={(e) => set("titleJa", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={fieldId("kind")} label={t("fields.kind")} errors={errorsAt("kind")}>
          {(props) => (
            <select {...props} value={values.kind} onChange={(e) => set("kind", e.target.value)} className={inputClass}>
              {ACTIVITY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {te(`activityKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field
            id={fieldId("startDate")}
            label={t("fields.startDate")}
            errors={errorsAt("startDate")}
            hint={fy ? t("fiscalYear", { fy }) : undefined}
          >
            {(props) => (
              <input
                {...props}
                type="date"
                required
                value={values.startDate}
                onChange={(e) => set("startDate", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field id={fieldId("endDate")} label={t("fields.endDate")} errors={errorsAt("endDate")}>
            {(props) => (
              <input
                {...props}
                type="date"
                required
                value={values.endDate}
                onChange={(e) => set("endDate", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
        </div>
        <Field id={fieldId("description")} label={t("fields.description")} errors={errorsAt("description")} className="md:col-span-2">
          {(props) => (
            <textarea
              {...props}
              rows={4}
              maxLength={LIMITS.description}
              value={values.description}
              onChange={(e) => set("description", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
      </div>
    </FormSection>
  );
}
