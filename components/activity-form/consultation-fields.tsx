"use client";

// The consultations held with the partner about the activity, one row each (rule H1 counts them).
import { useTranslations } from "next-intl";
import { rowKey, type ActivityFormValues } from "@/components/activity-form-values";
import { Button } from "@/components/ui/button";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { listEdits } from "@/components/list-edits";
import { LIMITS } from "@/lib/domain/limits";

export function ConsultationFields({
  rows,
  onChange,
  errorsAt,
  sectionErrors,
}: {
  rows: ActivityFormValues["consultations"];
  onChange: (rows: ActivityFormValues["consultations"]) => void;
  errorsAt: (path: string) => string[] | undefined;
  sectionErrors?: string[];
}) {
  const t = useTranslations("activityEditor");
  const tc = useTranslations("editor");
  const { update, remove, add } = listEdits<ActivityFormValues["consultations"][number]>((edit) => onChange(edit(rows)));
  return (
    <fieldset className="mt-4" aria-describedby={sectionErrors?.length ? "activity-consultations-errors" : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("fields.consultations")}</legend>
      <FieldErrors id="activity-consultations-errors" messages={sectionErrors} />
      {rows.length ? (
        <ol className="mt-2 space-y-2">
          {rows.map((row, index) => {
            const base = `activity-consultations-${index}`;
            return (
              <li key={row.key}>
                <fieldset className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[10rem_1fr_2fr_auto] sm:items-start">
                  <legend className="sr-only">{t("consultation", { n: index + 1 })}</legend>
                  <Field id={`${base}-heldOn`} label={t("heldOn")} errors={errorsAt(`consultations.${index}.heldOn`)}>
                    {(props) => (
                      <input
                        {...props}
                        type="date"
                        value={row.heldOn}
                        onChange={(e) => update(index, { heldOn: e.target.value })}
                        className={inputClass}
                      />
                    )}
                  </Field>
                  <Field id={`${base}-counterpart`} label={t("counterpart")} errors={errorsAt(`consultations.${index}.counterpart`)}>
                    {(props) => (
                      <input
                        {...props}
                        type="text"
                        maxLength={LIMITS.counterpart}
                        value={row.counterpart}
                        onChange={(e) => update(index, { counterpart: e.target.value })}
                        className={inputClass}
                      />
                    )}
                  </Field>
                  <Field id={`${base}-summary`} label={t("consultationSummary")} errors={errorsAt(`consultations.${index}.summary`)}>
                    {(props) => (
                      <input
                        {...props}
                        type="text"
                        maxLength={LIMITS.summary}
                        value={row.summary}
                        onChange={(e) => update(index, { summary: e.target.value })}
                        className={inputClass}
                      />
                    )}
                  </Field>
                  <Button className="sm:mt-6" aria-label={t("removeConsultation", { n: index + 1 })} onClick={() => remove(index)}>
                    {tc("remove")}
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("noConsultations")}</p>
      )}
      <Button className="mt-2" onClick={() => add({ key: rowKey(), heldOn: "", counterpart: "", summary: "" })}>
        {t("addConsultation")}
      </Button>
    </fieldset>
  );
}
