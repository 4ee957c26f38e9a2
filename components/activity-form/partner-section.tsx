"use client";

// The partner's voice: the needs the activity answers and the consultations held with the partner.
import { useTranslations } from "next-intl";
import { ConsultationFields } from "@/components/activity-form/consultation-fields";
import { fieldId, type SectionProps } from "@/components/activity-form/section-props";
import { CheckboxGroup } from "@/components/checkbox-group";
import { FormSection } from "@/components/ui/section";
import type { ActivityEditorOptions } from "@/lib/data/reference/editor-options";

export function PartnerSection({
  values,
  set,
  errorsAt,
  needs,
  programChosen,
  stateName,
}: SectionProps & {
  /** The needs of the chosen program's partner states. */
  needs: ActivityEditorOptions["needs"];
  programChosen: boolean;
  stateName: (code: string) => string;
}) {
  const t = useTranslations("activityEditor");
  const te = useTranslations("enums");
  return (
    <FormSection legend={t("sectionPartner")}>
      <CheckboxGroup
        id={fieldId("needIds")}
        legend={t("fields.needIds")}
        hint={programChosen ? t("needsHint") : undefined}
        options={needs.map((need) => ({
          value: need.id,
          label: `${stateName(need.stateCode)}: ${need.title} ${t("needStatus", { status: te(`needStatus.${need.status}`) })}`,
        }))}
        selected={values.needIds}
        onChange={(needIds) => set("needIds", needIds)}
        errors={errorsAt("needIds")}
        empty={programChosen ? t("noNeeds") : t("chooseProgramFirst")}
      />
      <ConsultationFields
        rows={values.consultations}
        onChange={(consultations) => set("consultations", consultations)}
        errorsAt={errorsAt}
        sectionErrors={errorsAt("consultations")}
      />
    </FormSection>
  );
}
