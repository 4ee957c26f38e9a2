"use client";

// Recording an indicator's actual value for a fiscal year: the value, the date measured and a short
// evidence note. Each indicator-year has its own version: a second planner recording the same one
// from the same version is shown the value that was saved first beside theirs (the conflict view).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { conflictRows, SaveFeedback } from "@/components/save-feedback";
import { useVersionedEditor } from "@/components/use-versioned-editor";
import type { Action } from "@/lib/actions/action";

interface ActualValues {
  value: string;
  measuredOn: string;
  evidence: string;
}

export interface RecordedActual extends ActualValues {
  fiscalYear: number;
  version: number;
}

function ActualEditor({
  indicatorId,
  fiscalYear,
  unit,
  recorded,
  recordAction,
}: {
  indicatorId: string;
  fiscalYear: number;
  unit: string;
  recorded: RecordedActual | undefined;
  recordAction: Action<{ version: number }>;
}) {
  const t = useTranslations("indicators.record");
  const router = useRouter();
  const editor = useVersionedEditor<ActualValues, { version: number }>({
    initial: { value: recorded?.value ?? "", measuredOn: recorded?.measuredOn ?? "", evidence: recorded?.evidence ?? "" },
    version: recorded?.version ?? 0,
    fromConflict: (theirs) => theirs as ActualValues,
  });
  const { values, set, failure, saved, theirs, pending, notice } = editor;
  const base = `actual-${indicatorId}-${fiscalYear}`;
  const errors = (field: string) => failure?.fieldErrors?.[field];
  const labels = { value: t("value", { unit }), measuredOn: t("measuredOn"), evidence: t("evidence"), fiscalYear: t("fiscalYear") };
  const rows = theirs
    ? conflictRows(
        { ...theirs },
        { ...values },
        ["value", "measuredOn", "evidence"],
        (field) => labels[field],
        (_, value) => String(value ?? "") || "—",
      )
    : [];

  function submit(event: React.FormEvent) {
    editor.save(
      event,
      (current, version) => {
        const form = new FormData();
        form.set("indicatorId", indicatorId);
        form.set("fiscalYear", String(fiscalYear));
        form.set("version", String(version ?? 0));
        form.set("value", current.value);
        form.set("measuredOn", current.measuredOn);
        form.set("evidence", current.evidence);
        return recordAction(null, form);
      },
      () => router.refresh(),
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="space-y-2" data-testid="actual-form">
      {failure ? (
        <SaveFeedback
          failure={failure}
          conflictRows={rows}
          onLoadTheirs={editor.loadTheirs}
          onKeepMine={editor.keepMine}
          fieldLabels={labels}
        />
      ) : null}
      <p role="status" className="text-sm text-slate-800">
        {saved ? t("saved") : notice?.text}
      </p>
      <div className="grid items-end gap-2 sm:grid-cols-[10rem_10rem_1fr]">
        <Field id={`${base}-value`} label={t("value", { unit })} errors={errors("value")}>
          {(props) => (
            <input
              {...props}
              inputMode="decimal"
              value={values.value}
              onChange={(e) => set("value", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={`${base}-measuredOn`} label={t("measuredOn")} errors={errors("measuredOn")}>
          {(props) => (
            <input
              {...props}
              type="date"
              value={values.measuredOn}
              onChange={(e) => set("measuredOn", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={`${base}-evidence`} label={t("evidence")} errors={errors("evidence")}>
          {(props) => (
            <input
              {...props}
              value={values.evidence}
              maxLength={1000}
              onChange={(e) => set("evidence", e.target.value)}
              className={inputClass}
            />
          )}
        </Field>
      </div>
      {errors("fiscalYear")?.map((message) => (
        <p key={message} className="text-sm text-rose-800">
          {message}
        </p>
      ))}
      <Button type="submit" primary disabled={pending} aria-busy={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

/** The year to record, then its form (drawn anew for each year, from that year's recorded actual). */
export function ActualForm({
  indicatorId,
  unit,
  years,
  recorded,
  recordAction,
}: {
  indicatorId: string;
  unit: string;
  /** The fiscal years that may take an actual (started, within the plan's span), with their labels. */
  years: { fiscalYear: number; label: string }[];
  recorded: RecordedActual[];
  recordAction: Action<{ version: number }>;
}) {
  const t = useTranslations("indicators.record");
  const [fiscalYear, setFiscalYear] = useState(years.at(-1)?.fiscalYear ?? 0);
  const selectId = `actual-${indicatorId}-year`;
  return (
    <div className="space-y-2">
      <Field id={selectId} label={t("fiscalYear")} className="max-w-[12rem]">
        {(props) => (
          <select {...props} value={fiscalYear} onChange={(e) => setFiscalYear(Number(e.target.value))} className={inputClass}>
            {years.map((year) => (
              <option key={year.fiscalYear} value={year.fiscalYear}>
                {year.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <ActualEditor
        key={fiscalYear}
        indicatorId={indicatorId}
        fiscalYear={fiscalYear}
        unit={unit}
        recorded={recorded.find((actual) => actual.fiscalYear === fiscalYear)}
        recordAction={recordAction}
      />
    </div>
  );
}
