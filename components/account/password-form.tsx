"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { dispatch, fieldErrors, Outcome, type Result } from "@/components/ui/action-form";
import { primaryButtonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { Action } from "@/lib/actions/action";
import { USER_LIMITS } from "@/lib/domain/limits";

type Saved = Result<{ otherSessionsEnded: number }>;

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

/** The caller's own password: the current one, the new one twice. A changed password is not left in the fields. */
export function PasswordForm({ action }: { action: Action<{ otherSessionsEnded: number }> }) {
  const t = useTranslations("account");
  const [state, formAction, pending] = useActionState<Saved, FormData>(action, null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setValues({});
  }
  const errors = fieldErrors(state);
  return (
    <form onSubmit={dispatch(formAction)} aria-busy={pending} noValidate className="max-w-md space-y-3" aria-labelledby="password-title">
      <h2 id="password-title" className="text-lg font-semibold text-slate-900">
        {t("passwordTitle")}
      </h2>
      <p className="text-sm text-slate-700">{t("passwordIntro")}</p>
      <Outcome state={state} success={state?.ok ? t("passwordChanged", { count: state.data.otherSessionsEnded }) : ""} />
      {FIELDS.map((field) => (
        <Field
          key={field.name}
          id={`account-${field.name}`}
          label={t(`fields.${field.name}`)}
          errors={errors(field.name)}
          {...(field.name === "newPassword" ? { hint: t("newPasswordHint", { min: USER_LIMITS.passwordMin }) } : {})}
        >
          {(props) => (
            <input
              {...props}
              name={field.name}
              type="password"
              value={values[field.name] ?? ""}
              onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
              required
              maxLength={USER_LIMITS.passwordMax}
              autoComplete={field.autoComplete}
              className={inputClass}
            />
          )}
        </Field>
      ))}
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("saving") : t("changePassword")}
      </button>
    </form>
  );
}
