"use client";

// The user administration forms: a new user, and per user their role and state, access (disable or
// enable), a password reset and signing out everywhere. Each submits through its server action and shows the refusal beside
// the fields; like need-form.tsx the action is dispatched by hand (onSubmit + startTransition), since
// React resets a <form action> after it runs and a refused form must keep what was entered.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { buttonClass, primaryButtonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { NameOptions } from "@/components/name-options";
import type { Action } from "@/lib/actions/action";
import { dispatch, fieldErrors, Outcome, type Result } from "@/components/ui/action-form";
import { ROLES } from "@/lib/domain/enums";
import { USER_LIMITS } from "@/lib/domain/limits";

type State = { code: string; nameEn: string; nameJa: string };

/** The server actions on one user's account, from the page. */
export interface UserAccountActions {
  updateRoleAction: Action<{ version: number }>;
  setDisabledAction: Action<{ version: number }>;
  resetPasswordAction: Action<{ version: number }>;
  signOutEverywhereAction: Action<{ version: number }>;
}

function RoleStateFields({
  idPrefix,
  role,
  stateCode,
  onChange,
  states,
  errors,
}: {
  idPrefix: string;
  role: string;
  stateCode: string;
  onChange: (values: { role?: string; stateCode?: string }) => void;
  states: State[];
  errors: (field: string) => string[] | undefined;
}) {
  const t = useTranslations("admin.users");
  const tr = useTranslations("roles");
  return (
    <>
      <Field id={`${idPrefix}-role`} label={t("fields.role")} errors={errors("role")}>
        {(props) => (
          <select
            {...props}
            name="role"
            value={role}
            onChange={(event) => onChange({ role: event.target.value })}
            required
            className={inputClass}
          >
            <option value="">{t("chooseRole")}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {tr(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={`${idPrefix}-stateCode`} label={t("fields.stateCode")} hint={t("stateHint")} errors={errors("stateCode")}>
        {(props) => (
          <select
            {...props}
            name="stateCode"
            value={stateCode}
            onChange={(event) => onChange({ stateCode: event.target.value })}
            className={inputClass}
          >
            <option value="">{t("chooseState")}</option>
            <NameOptions rows={states} valueOf={(state) => state.code} />
          </select>
        )}
      </Field>
    </>
  );
}

const EMPTY_USER = { name: "", email: "", role: "", stateCode: "", password: "" };

export function NewUserForm({ states, createAction }: { states: State[]; createAction: Action<{ id: string }> }) {
  const t = useTranslations("admin.users");
  const [state, action, pending] = useActionState<Result<{ id: string }>, FormData>(createAction, null);
  const [values, setValues] = useState(EMPTY_USER);
  // A created user empties the form (React's "adjust state when a prop changes" pattern, no effect).
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setValues(EMPTY_USER);
  }
  const errors = fieldErrors(state);
  const input = (name: "name" | "email" | "password", attributes: React.InputHTMLAttributes<HTMLInputElement>, hint?: string) => (
    <Field id={`new-user-${name}`} label={t(`fields.${name}`)} hint={hint} errors={errors(name)}>
      {(props) => (
        <input
          {...props}
          name={name}
          value={values[name]}
          onChange={(event) => setValues((current) => ({ ...current, [name]: event.target.value }))}
          required
          className={inputClass}
          {...attributes}
        />
      )}
    </Field>
  );
  const submit = dispatch(action);
  return (
    <form onSubmit={submit} aria-busy={pending} noValidate className="max-w-3xl space-y-4">
      <Outcome state={state} success={t("created")} />
      <div className="grid gap-4 sm:grid-cols-2">
        {input("name", { type: "text", maxLength: USER_LIMITS.name, autoComplete: "off" })}
        {input("email", { type: "email", maxLength: USER_LIMITS.email, autoComplete: "off" })}
        <RoleStateFields
          idPrefix="new-user"
          role={values.role}
          stateCode={values.stateCode}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          states={states}
          errors={errors}
        />
        {input(
          "password",
          { type: "password", minLength: USER_LIMITS.passwordMin, maxLength: USER_LIMITS.passwordMax, autoComplete: "new-password" },
          t("passwordHint"),
        )}
      </div>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("creating") : t("create")}
      </button>
    </form>
  );
}

export interface ManagedUser {
  id: string;
  name: string;
  role: string;
  stateCode: string | null;
  disabled: boolean;
  version: number;
}

type Saved = Result<{ version: number }>;

/**
 * One form on a user's account: its title, its outcome, the user and the version the page was rendered
 * with (a save refreshes the page, and with it this version), its fields and its button.
 */
function AccountForm({
  prefix,
  name,
  title,
  action,
  user,
  success,
  submitLabel,
  disabled = false,
  hint,
  children,
}: {
  prefix: string;
  name: string;
  title: string;
  action: Action<{ version: number }>;
  user: ManagedUser;
  success: string;
  submitLabel: string;
  disabled?: boolean;
  /** The id of the text that explains the button. */
  hint?: string;
  children: (state: Saved) => React.ReactNode;
}) {
  const t = useTranslations("admin.users");
  const [state, formAction, pending] = useActionState<Saved, FormData>(action, null);
  return (
    <form onSubmit={dispatch(formAction)} aria-busy={pending} noValidate className="space-y-3" aria-labelledby={`${prefix}-${name}-title`}>
      <h3 id={`${prefix}-${name}-title`} className="font-medium text-slate-900">
        {title}
      </h3>
      <Outcome state={state} success={success} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      {children(state)}
      <button type="submit" disabled={pending || disabled} aria-describedby={hint} className={buttonClass}>
        {pending ? t("saving") : submitLabel}
      </button>
    </form>
  );
}

/** The new password: one that was set is not left in the field; a refused one stays to be corrected. */
function NewPasswordField({ id, state }: { id: string; state: Saved }) {
  const t = useTranslations("admin.users");
  const [password, setPassword] = useState("");
  const [seen, setSeen] = useState(state);
  if (state !== seen) {
    setSeen(state);
    if (state?.ok) setPassword("");
  }
  return (
    <Field id={id} label={t("fields.newPassword")} hint={t("resetHint")} errors={fieldErrors(state)("password")}>
      {(props) => (
        <input
          {...props}
          name="password"
          type="password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          required
          minLength={USER_LIMITS.passwordMin}
          maxLength={USER_LIMITS.passwordMax}
          autoComplete="new-password"
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** Role and state, access, password, sessions: four small forms, each with its own result. */
export function UserActions({
  user,
  states,
  isSelf,
  actions,
}: {
  user: ManagedUser;
  states: State[];
  isSelf: boolean;
  actions: UserAccountActions;
}) {
  const t = useTranslations("admin.users");
  const [binding, setBinding] = useState({ role: user.role, stateCode: user.stateCode ?? "" });
  const prefix = `user-${user.id}`;
  const form = { prefix, user, success: t("saved") };
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
      <AccountForm {...form} name="role" title={t("roleTitle")} action={actions.updateRoleAction} submitLabel={t("saveRole")}>
        {(state) => (
          <RoleStateFields
            idPrefix={prefix}
            role={binding.role}
            stateCode={binding.stateCode}
            onChange={(change) => setBinding((current) => ({ ...current, ...change }))}
            states={states}
            errors={fieldErrors(state)}
          />
        )}
      </AccountForm>
      <AccountForm
        {...form}
        name="status"
        title={t("statusTitle")}
        action={actions.setDisabledAction}
        submitLabel={user.disabled ? t("enable") : t("disable")}
        disabled={isSelf && !user.disabled}
        hint={`${prefix}-status-hint`}
      >
        {(state) => (
          <>
            <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
            <p id={`${prefix}-status-hint`} className="text-sm text-slate-700">
              {t("disableHint")}
            </p>
            {state && !state.ok && state.fieldErrors?.disabled ? (
              <ul className="text-sm text-rose-800">
                {state.fieldErrors.disabled.map((message) => (
                  <li key={message}>{message}</li>
                ))}
              </ul>
            ) : null}
          </>
        )}
      </AccountForm>
      <AccountForm
        {...form}
        name="password"
        title={t("passwordTitle")}
        action={actions.resetPasswordAction}
        submitLabel={t("resetPassword")}
      >
        {(state) => <NewPasswordField id={`${prefix}-password`} state={state} />}
      </AccountForm>
      <AccountForm
        {...form}
        name="sessions"
        title={t("sessionsTitle")}
        action={actions.signOutEverywhereAction}
        success={t("signedOutEverywhere")}
        submitLabel={t("signOutEverywhere")}
        hint={`${prefix}-sessions-hint`}
      >
        {() => (
          <p id={`${prefix}-sessions-hint`} className="text-sm text-slate-700">
            {isSelf ? t("signOutEverywhereSelfHint") : t("signOutEverywhereHint")}
          </p>
        )}
      </AccountForm>
    </div>
  );
}
