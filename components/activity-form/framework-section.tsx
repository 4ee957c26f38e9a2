"use client";

// Where the activity sits in Vientiane Vision 2.0: its key areas and means, and the ASEAN-led
// framework it takes place under.
import { useLocale, useTranslations } from "next-intl";
import { fieldId, type SectionProps } from "@/components/activity-form/section-props";
import { CheckboxGroup } from "@/components/checkbox-group";
import { Field, inputClass } from "@/components/ui/field";
import { FormSection } from "@/components/ui/section";
import { NameOptions } from "@/components/name-options";
import type { ActivityEditorOptions } from "@/lib/data/reference/editor-options";
import { titleOf } from "@/lib/i18n/localized";

export function FrameworkSection({
  values,
  set,
  errorsAt,
  options,
}: SectionProps & { options: Pick<ActivityEditorOptions, "keyAreas" | "means" | "frameworks"> }) {
  const t = useTranslations("activityEditor");
  const tc = useTranslations("editor");
  const locale = useLocale();
  return (
    <FormSection legend={t("sectionFramework")}>
      <div className="grid gap-4 md:grid-cols-3">
        <CheckboxGroup
          id={fieldId("keyAreas")}
          legend={t("fields.keyAreas")}
          options={options.keyAreas.map((k) => ({ value: k.code, label: `${k.code} ${titleOf(locale, k)}` }))}
          selected={values.keyAreas}
          onChange={(keyAreas) => set("keyAreas", keyAreas)}
          errors={errorsAt("keyAreas")}
        />
        <CheckboxGroup
          id={fieldId("means")}
          legend={t("fields.means")}
          options={options.means.map((m) => ({ value: m.code, label: `${m.code} ${titleOf(locale, m)}` }))}
          selected={values.means}
          onChange={(means) => set("means", means)}
          errors={errorsAt("means")}
        />
        <Field id={fieldId("frameworkCode")} label={t("fields.frameworkCode")} errors={errorsAt("frameworkCode")}>
          {(props) => (
            <select {...props} value={values.frameworkCode} onChange={(e) => set("frameworkCode", e.target.value)} className={inputClass}>
              <option value="">{tc("none")}</option>
              <NameOptions rows={options.frameworks} valueOf={(f) => f.code} />
            </select>
          )}
        </Field>
      </div>
    </FormSection>
  );
}
