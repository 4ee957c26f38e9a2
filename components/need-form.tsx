"use client";

// A liaison officer's form for a new partner need. The state is not asked: the server files the need
// under the officer's own state. On success the action opens the new need's page; a refusal comes
// back with errors beside the fields, and the fields keep what was typed.
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { FormActions } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { Action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { titleOf } from "@/lib/i18n/localized";
import { NEED_LIMITS } from "@/lib/domain/limits";
import { PRIORITIES } from "@/lib/domain/need";

export function NeedForm({
  keyAreas,
  submitAction,
}: {
  keyAreas: { code: string; titleEn: string; titleJa: string }[];
  /** The server action that submits the need, from the page. */
  submitAction: Action<{ id: string }>;
}) {
  const t = useTranslations("needEditor");
  const te = useTranslations("enums");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(submitAction, null);
  // Controlled fields, and the action dispatched by hand rather than through <form action>: React
  // resets a form after its action, which puts selects back to their first option while the state
  // keeps the user's choice; a refused form must keep (and show) what the user entered.
  const [values, setValues] = useState({ title: "", description: "", keyAreaCode: "", priority: "MEDIUM" });
  const bind = (name: keyof typeof values) => ({
    name,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const failure = state && !state.ok ? state : null;
  const errors = (field: string) => failure?.fieldErrors?.[field];
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return (
    <form
      onSubmit={submit}
      aria-busy={pending}
      noValidate
      className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      {failure ? (
        <div role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
          {failure.error}
        </div>
      ) : null}
      <Field id="need-title" label={t("fields.title")} hint={t("titleHint")} errors={errors("title")}>
        {(props) => (
          <input
            {...props}
            {...bind("title")}
            type="text"
            required
            minLength={NEED_LIMITS.titleMin}
            maxLength={NEED_LIMITS.title}
            className={inputClass}
          />
        )}
      </Field>
      <Field id="need-description" label={t("fields.description")} hint={t("descriptionHint")} errors={errors("description")}>
        {(props) => <textarea {...props} {...bind("description")} rows={6} maxLength={NEED_LIMITS.description} className={inputClass} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="need-keyAreaCode" label={t("fields.keyAreaCode")} errors={errors("keyAreaCode")}>
          {(props) => (
            <select {...props} {...bind("keyAreaCode")} required className={inputClass}>
              <option value="">{t("chooseKeyArea")}</option>
              {keyAreas.map((area) => (
                <option key={area.code} value={area.code}>
                  {titleOf(locale, area)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="need-priority" label={t("fields.priority")} errors={errors("priority")}>
          {(props) => (
            <select {...props} {...bind("priority")} className={inputClass}>
              {PRIORITIES.map((priority) => (
                <option key={priority} value={priority}>
                  {te(`priority.${priority}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <FormActions pending={pending} label={t("submit")} pendingLabel={t("submitting")} cancelHref="/needs" cancelLabel={t("cancel")} />
    </form>
  );
}
