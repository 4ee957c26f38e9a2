"use client";

// The consultations held with the partner about the plan (rule H1: a need or a consultation answers it).
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { listEdits } from "@/components/list-edits";
import { groupErrors, type ErrorsAt, type Values } from "@/components/plan-editor/plan-fields";

type Consultation = Values["consultations"][number];

export function PlanConsultations({
  rows,
  onChange,
  errors,
  messages,
}: {
  rows: Consultation[];
  onChange: (rows: Consultation[]) => void;
  errors: ErrorsAt;
  /** The messages of the list as a whole. */
  messages: string[] | undefined;
}) {
  const t = useTranslations("planEditor");
  const edits = listEdits<Consultation>((edit) => onChange(edit(rows)));
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" {...groupErrors("consultations", messages)}>
      <legend className="px-1 text-lg font-semibold">{t("consultations")}</legend>
      <FieldErrors id="consultations-errors" messages={messages} />
      <ol className="space-y-2">
        {rows.map((c, i) => (
          <li key={i} className="grid items-end gap-2 md:grid-cols-[10rem_1fr_2fr_auto]">
            <Field id={`consultation-${i}-date`} label={t("heldOn")} errors={errors(`consultations.${i}.heldOn`)}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={c.heldOn}
                  onChange={(e) => edits.update(i, { heldOn: e.target.value })}
                  className={inputClass}
                />
              )}
            </Field>
            <Field id={`consultation-${i}-counterpart`} label={t("counterpart")} errors={errors(`consultations.${i}.counterpart`)}>
              {(props) => (
                <input
                  {...props}
                  value={c.counterpart}
                  maxLength={300}
                  onChange={(e) => edits.update(i, { counterpart: e.target.value })}
                  className={inputClass}
                />
              )}
            </Field>
            <Field id={`consultation-${i}-summary`} label={t("consultationSummary")} errors={errors(`consultations.${i}.summary`)}>
              {(props) => (
                <input
                  {...props}
                  value={c.summary}
                  maxLength={2000}
                  onChange={(e) => edits.update(i, { summary: e.target.value })}
                  className={inputClass}
                />
              )}
            </Field>
            <Button aria-label={`${t("remove")}: ${t("consultations")} ${i + 1}`} onClick={() => edits.remove(i)}>
              {t("remove")}
            </Button>
          </li>
        ))}
      </ol>
      <Button className="mt-2" onClick={() => edits.add({ heldOn: "", counterpart: "", summary: "" })}>
        {t("addConsultation")}
      </Button>
    </fieldset>
  );
}
