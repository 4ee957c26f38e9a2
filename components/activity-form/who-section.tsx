"use client";

// Where the activity takes place and who takes part: the host, the participating states, and for a
// multilateral program the ASEAN members left out with a reason each.
import { useLocale, useTranslations } from "next-intl";
import { fieldId, type SectionProps } from "@/components/activity-form/section-props";
import { NonInvitationFields, ParticipantsFields } from "@/components/activity-participants-fields";
import { Field, inputClass } from "@/components/ui/field";
import { FormSection } from "@/components/ui/section";
import { NameOptions } from "@/components/name-options";
import type { ActivityEditorOptions } from "@/lib/data/reference/editor-options";
import { nameOf } from "@/lib/i18n/localized";
import { LIMITS } from "@/lib/domain/limits";

export function WhoSection({
  values,
  set,
  errorsAt,
  states,
  aseanMembers,
  omitted,
  stateName,
  nonInvitationErrors,
}: SectionProps & {
  states: ActivityEditorOptions["states"];
  aseanMembers: string[];
  /** The ASEAN members a multilateral activity leaves out; null for a bilateral one. */
  omitted: string[] | null;
  stateName: (code: string) => string;
  nonInvitationErrors: (code: string) => string[] | undefined;
}) {
  const t = useTranslations("activityEditor");
  const tc = useTranslations("editor");
  const locale = useLocale();
  return (
    <FormSection legend={t("sectionWho")}>
      <div className="grid gap-4 md:grid-cols-2">
        <Field id={fieldId("location")} label={t("fields.location")} errors={errorsAt("location")}>
          {(props) => (
            <input
              {...props}
              type="text"
              maxLength={LIMITS.location}
              value={values.location}
              onChange={(e) => set("location", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={fieldId("hostStateCode")} label={t("fields.hostStateCode")} errors={errorsAt("hostStateCode")}>
          {(props) => (
            <select {...props} value={values.hostStateCode} onChange={(e) => set("hostStateCode", e.target.value)} className={inputClass}>
              <option value="">{tc("none")}</option>
              <NameOptions rows={states} valueOf={(state) => state.code} />
            </select>
          )}
        </Field>
      </div>
      <div className="mt-4">
        <ParticipantsFields
          rows={values.participants}
          states={states.map((state) => ({ code: state.code, name: nameOf(locale, state) }))}
          aseanMembers={aseanMembers}
          onChange={(participants) => set("participants", participants)}
          errorsAt={errorsAt}
          sectionErrors={errorsAt("participants")}
        />
      </div>
      {omitted ? (
        <div className="mt-4">
          <NonInvitationFields
            omitted={omitted}
            stateName={stateName}
            reasons={values.reasons}
            onChange={(reasons) => set("reasons", reasons)}
            errorsFor={nonInvitationErrors}
            sectionErrors={errorsAt("nonInvitations")}
          />
        </div>
      ) : null}
    </FormSection>
  );
}
