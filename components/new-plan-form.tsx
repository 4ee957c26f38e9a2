"use client";

import { startTransition, useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { primaryButtonClass } from "@/components/ui/button";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { FieldErrorSummary } from "@/components/field-error-summary";
import { LaterRules, RuleList } from "@/components/rule-list";
import type { Action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";

// The rule fields (lib/rules) this form shows beside its inputs; other rules go to the top.
const CITE_RULE_FIELDS = ["needs", "consultations"];
const SHOWN_BESIDE = ["title", "firstFiscalYear", "lastFiscalYear", ...CITE_RULE_FIELDS];

export function NewPlanForm({
  programId,
  defaultFirst,
  needOptions,
  createAction,
}: {
  programId: string;
  defaultFirst: number;
  needOptions: { id: string; label: string }[];
  /** The server action that creates the plan, from the page. */
  createAction: Action<{ id: string }>;
}) {
  const t = useTranslations("planEditor");
  const [state, action, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(createAction, null);
  // Controlled fields: React resets uncontrolled ones after an action, and a refused form must keep
  // what the user typed.
  const [values, setValues] = useState({
    title: "",
    firstFiscalYear: String(defaultFirst),
    lastFiscalYear: String(defaultFirst + 2),
    needId: "",
    consultationOn: "",
    consultationWith: "",
  });
  const bind = (name: keyof typeof values) => ({
    name,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const failure = state && !state.ok ? state : null;
  const rulesAt = (fields: string[]) =>
    (failure?.rules ?? []).filter((rule) => rule.fields.some((field) => fields.includes(field))).map((rule) => rule.message);
  const errors = (field: string) => [...(failure?.fieldErrors?.[field] ?? []), ...rulesAt([field])];
  // H1 asks for a need or a consultation: its message is shown once for the group, and marks the
  // need and consultation fields, so that each of them leads to it.
  const citeErrors = rulesAt(CITE_RULE_FIELDS);
  const cited = <P extends { "aria-invalid"?: true; "aria-describedby"?: string }>(props: P): P =>
    citeErrors.length
      ? { ...props, "aria-invalid": true, "aria-describedby": [props["aria-describedby"], "cite-errors"].filter(Boolean).join(" ") }
      : props;
  // Submitted by hand rather than through `<form action>`: React resets a form after its action,
  // and a controlled <select> then shows its first option while its state keeps the user's choice.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  // Only the rules that refused the draft come back (lib/actions/result.ts): those of this form's
  // fields are shown beside them, any other (O1, on the program) here at the top.
  const otherRules = (failure?.rules ?? []).filter((rule) => !rule.fields.some((field) => SHOWN_BESIDE.includes(field)));
  // The top names each field to fix, its input errors and rules alike (H1 leads to the need).
  const labels = { title: t("title"), firstFiscalYear: t("firstFiscalYear"), lastFiscalYear: t("lastFiscalYear"), needId: t("citeNeed") };
  const toFix = {
    title: errors("title"),
    firstFiscalYear: errors("firstFiscalYear"),
    lastFiscalYear: errors("lastFiscalYear"),
    needId: [...errors("needId"), ...citeErrors],
  };
  return (
    <form onSubmit={submit} aria-busy={pending} className="max-w-2xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="programId" value={programId} />
      {failure ? (
        <div>
          <div role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
            {failure.error}
            <FieldErrorSummary title={t("fieldsToFix")} fieldErrors={toFix} labels={labels} />
            {otherRules.length ? <RuleList rules={otherRules} /> : null}
          </div>
          <LaterRules title={t("laterRules")} rules={failure.later} />
        </div>
      ) : null}
      <Field id="title" label={t("title")} errors={errors("title")}>
        {(props) => <input {...props} {...bind("title")} required maxLength={200} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="firstFiscalYear" label={t("firstFiscalYear")} errors={errors("firstFiscalYear")}>
          {(props) => <input {...props} {...bind("firstFiscalYear")} type="number" min={2000} max={2100} required className={inputClass} />}
        </Field>
        <Field id="lastFiscalYear" label={t("lastFiscalYear")} errors={errors("lastFiscalYear")}>
          {(props) => <input {...props} {...bind("lastFiscalYear")} type="number" min={2000} max={2100} required className={inputClass} />}
        </Field>
      </div>
      <fieldset className="space-y-3 rounded border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium">{t("citeNeed")}</legend>
        <p className="text-xs text-slate-600">{t("citeHint")}</p>
        <FieldErrors id="cite-errors" messages={citeErrors} />
        <Field id="needId" label={t("citeNeed")} errors={[...errors("needId"), ...errors("needIds")]}>
          {(props) => (
            <select {...cited(props)} {...bind("needId")} className={inputClass}>
              <option value="">{t("citeNone")}</option>
              {needOptions.map((need) => (
                <option key={need.id} value={need.id}>
                  {need.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="consultationOn" label={t("consultationOn")} errors={errors("consultationOn")}>
            {(props) => <input {...cited(props)} {...bind("consultationOn")} type="date" className={inputClass} />}
          </Field>
          <Field id="consultationWith" label={t("consultationWith")} errors={errors("consultationWith")}>
            {(props) => <input {...cited(props)} {...bind("consultationWith")} maxLength={300} className={inputClass} />}
          </Field>
        </div>
      </fieldset>
      <button type="submit" disabled={pending} aria-busy={pending} className={primaryButtonClass}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}
