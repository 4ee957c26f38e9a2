"use client";

// The user administration forms: a new user, and per user their role and state, access (disable or
// enable), a password reset and signing out everywhere. Each submits through its server action and shows the refusal beside
// the fields; like need-form.tsx the action is dispatched by hand (onSubmit + startTransition), since
// React resets a <form action> after it runs and a refused form must keep what was entered.
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { buttonClass, primaryButtonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { NameOptions } from "@/components/name-options";
import type { Action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { ROLES } from "@/lib/domain/enums";
import { USER_LIMITS } from "@/lib/domain/limits";

type State = { code: string; nameEn: string; nameJa: string };
type Result<T> = ActionResult<T> | null;

/** The server actions on one user's account, from the page. */
export interface UserAccountActions {
  updateRoleAction: Action<{ version: number }>;
  setDisabledAction: Action<{ version: number }>;
  resetPasswordAction: Action<{ version: number }>;
  signOutEverywhereAction: Action<{ version: number }>;
}

function dispatch(action: (data: FormData) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
}

function Outcome<T>({ state, success }: { state: Result<T>; success: string }) {
  if (!state) return null;
  if (state.ok) {
    return (
      <p role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {success}
      </p>
    );
  }
  return (
    <div role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
      {state.error}
    </div>
  );
}

const fieldErrors =
  <T,>(state: Result<T>) =>
  (field: string) =>
    state && !state.ok ? state.fieldErrors?.[field] : undefined;

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
  const text = (name: "name" | "email" | "password") => ({
    name,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues((current) => ({ ...current, [name]: event.target.value })),
  });
  const submit = dispatch(action);
  return (
    <form onSubmit={submit} aria-busy={pending} noValidate className="max-w-3xl space-y-4">
      <Outcome state={state} success={t("created")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="new-user-name" label={t("fields.name")} errors={errors("name")}>
          {(props) => (
            <input
              {...props}
              {...text("name")}
              type="text"
              required
              maxLength={USER_LIMITS.name}
              autoComplete="off"
              className={inputClass}
            />
          )}
        </Field>
        <Field id="new-user-email" label={t("fields.email")} errors={errors("email")}>
          {(props) => (
            <input
              {...props}
              {...text("email")}
              type="email"
              required
              maxLength={USER_LIMITS.email}
              autoComplete="off"
              className={inputClass}
            />
          )}
        </Field>
        <RoleStateFields
          idPrefix="new-user"
          role={values.role}
          stateCode={values.stateCode}
          onChange={(change) => setValues((current) => ({ ...current, ...change }))}
          states={states}
          errors={errors}
        />
        <Field id="new-user-password" label={t("fields.password")} hint={t("passwordHint")} errors={errors("password")}>
          {(props) => (
            <input
              {...props}
              {...text("password")}
              type="password"
              required
              minLength={USER_LIMITS.passwordMin}
              maxLength={USER_LIMITS.passwordMax}
              autoComplete="new-password"
              className={inputClass}
            />
          )}
        </Field>
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
  const [roleState, roleAction, rolePending] = useActionState<Result<{ version: number }>, FormData>(actions.updateRoleAction, null);
  const [statusState, statusAction, statusPending] = useActionState<Result<{ version: number }>, FormData>(actions.setDisabledAction, null);
  const [passwordState, passwordAction, passwordPending] = useActionState<Result<{ version: number }>, FormData>(
    actions.resetPasswordAction,
    null,
  );
  const [sessionsState, sessionsAction, sessionsPending] = useActionState<Result<{ version: number }>, FormData>(
    actions.signOutEverywhereAction,
    null,
  );
  const [binding, setBinding] = useState({ role: user.role, stateCode: user.stateCode ?? "" });
  const [password, setPassword] = useState("");
  // A password that was set is not left in the field; a refused one stays to be corrected.
  const [seenPassword, setSeenPassword] = useState(passwordState);
  if (passwordState !== seenPassword) {
    setSeenPassword(passwordState);
    if (passwordState?.ok) setPassword("");
  }
  const prefix = `user-${user.id}`;
  // The version the page was rendered with: a save refreshes the page, and with it this version.
  const target = (
    <>
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
    </>
  );
  return (
    <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
      <form
        onSubmit={dispatch(roleAction)}
        aria-busy={rolePending}
        noValidate
        className="space-y-3"
        aria-labelledby={`${prefix}-role-title`}
      >
        <h3 id={`${prefix}-role-title`} className="font-medium text-slate-900">
          {t("roleTitle")}
        </h3>
        <Outcome state={roleState} success={t("saved")} />
        {target}
        <RoleStateFields
          idPrefix={prefix}
          role={binding.role}
          stateCode={binding.stateCode}
          onChange={(change) => setBinding((current) => ({ ...current, ...change }))}
          states={states}
          errors={fieldErrors(roleState)}
        />
        <button type="submit" disabled={rolePending} className={buttonClass}>
          {rolePending ? t("saving") : t("saveRole")}
        </button>
      </form>
      <form
        onSubmit={dispatch(statusAction)}
        aria-busy={statusPending}
        noValidate
        className="space-y-3"
        aria-labelledby={`${prefix}-status-title`}
      >
        <h3 id={`${prefix}-status-title`} className="font-medium text-slate-900">
          {t("statusTitle")}
        </h3>
        <Outcome state={statusState} success={t("saved")} />
        {target}
        <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
        <p id={`${prefix}-status-hint`} className="text-sm text-slate-700">
          {t("disableHint")}
        </p>
        {statusState && !statusState.ok && statusState.fieldErrors?.disabled ? (
          <ul className="text-sm text-rose-800">
            {statusState.fieldErrors.disabled.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        ) : null}
        <button
          type="submit"
          disabled={statusPending || (isSelf && !user.disabled)}
          aria-describedby={`${prefix}-status-hint`}
          className={buttonClass}
        >
          {statusPending ? t("saving") : user.disabled ? t("enable") : t("disable")}
        </button>
      </form>
      <form
        onSubmit={dispatch(passwordAction)}
        aria-busy={passwordPending}
        noValidate
        className="space-y-3"
        aria-labelledby={`${prefix}-password-title`}
      >
        <h3 id={`${prefix}-password-title`} className="font-medium text-slate-900">
          {t("passwordTitle")}
        </h3>
        <Outcome state={passwordState} success={t("saved")} />
        {target}
        <Field
          id={`${prefix}-password`}
          label={t("fields.newPassword")}
          hint={t("resetHint")}
          errors={fieldErrors(passwordState)("password")}
        >
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
        <button type="submit" disabled={passwordPending} className={buttonClass}>
          {passwordPending ? t("saving") : t("resetPassword")}
        </button>
      </form>
      <form
        onSubmit={dispatch(sessionsAction)}
        aria-busy={sessionsPending}
        noValidate
        className="space-y-3"
        aria-labelledby={`${prefix}-sessions-title`}
      >
        <h3 id={`${prefix}-sessions-title`} className="font-medium text-slate-900">
          {t("sessionsTitle")}
        </h3>
        <Outcome state={sessionsState} success={t("signedOutEverywhere")} />
        {target}
        <p id={`${prefix}-sessions-hint`} className="text-sm text-slate-700">
          {isSelf ? t("signOutEverywhereSelfHint") : t("signOutEverywhereHint")}
        </p>
        <button type="submit" disabled={sessionsPending} aria-describedby={`${prefix}-sessions-hint`} className={buttonClass}>
          {sessionsPending ? t("saving") : t("signOutEverywhere")}
        </button>
      </form>
    </div>
  );
}
