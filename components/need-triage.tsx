"use client";

// A planner's triage of one need: the steps its status allows (acknowledge, decline with a reason,
// answer it with plans and activities, reopen). Each step is a small form sent with the version the
// page was loaded at; the server re-checks everything, and a stale version comes back as a conflict
// showing the need as it is now.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { buttonClass, primaryButtonClass } from "@/components/ui/button";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { SaveFeedback, conflictRows, type Failure } from "@/components/save-feedback";
import type { Action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import type { NeedTriage, TriageValues } from "@/lib/data/needs/reads";
import { fiscalYearLabel } from "@/lib/fiscal-year";
import { activityTitle, nameOf } from "@/lib/i18n/localized";
import { NEED_LIMITS } from "@/lib/domain/limits";
import { TRIAGE_STEPS, stepsFrom, type TriageStep } from "@/lib/domain/need";

type Result = ActionResult<{ version: number; status: string }> | null;
/** The server action that takes a triage step, from the page. */
type TriageAction = Action<{ version: number; status: string }>;

const COMPARED: (keyof TriageValues)[] = ["status", "declineReason", "planIds", "activityIds"];

/**
 * One step's form. A refusal is shown while the page is still at the version the step was sent
 * from: any saved step (this one or another) moves the page to a new version and clears them all.
 */
function useStep(triageAction: TriageAction, version: number, onDone: () => void) {
  const [sent, action, pending] = useActionState<{ result: Result; version: number } | null, FormData>(async (_previous, formData) => {
    const result = await triageAction(null, formData);
    // In the action's transition: the message shows with the refreshed page, not before it.
    if (result.ok) startTransition(onDone);
    return { result, version: Number(formData.get("version")) };
  }, null);
  const failure: Failure | null = sent && sent.result && !sent.result.ok && sent.version === version ? sent.result : null;
  // Dispatched by hand, not through <form action>: React resets a form after its action, which
  // unticks controlled checkboxes on screen while the state keeps them ticked, and the next save
  // would then send what the screen shows.
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => action(data));
  };
  return { submit, pending, failure };
}

/** The need as the step would leave it: "yours" in a conflict table. */
function after(triage: NeedTriage, step: TriageStep, change: Partial<TriageValues> = {}): TriageValues {
  return {
    status: TRIAGE_STEPS[step].to,
    declineReason: triage.declineReason,
    planIds: triage.planIds,
    activityIds: triage.activityIds,
    ...change,
  };
}

/** What every step sends besides its own fields: which need, from which version. */
function Target({ triage, step }: { triage: NeedTriage; step: TriageStep }) {
  return (
    <>
      <input type="hidden" name="needId" value={triage.id} />
      <input type="hidden" name="version" value={triage.version} />
      <input type="hidden" name="step" value={step} />
    </>
  );
}

/** The refusal of a step; on a conflict, the need as it is now beside what the step would make it. */
function Refusal({
  triage,
  failure,
  yours,
  notify,
  onLoadTheirs,
}: {
  triage: NeedTriage;
  failure: Failure;
  yours: TriageValues;
  notify: (message: string) => void;
  onLoadTheirs?: (theirs: TriageValues) => void;
}) {
  const t = useTranslations("needEditor.triage");
  const tc = useTranslations("editor");
  const te = useTranslations("enums");
  const locale = useLocale();
  const router = useRouter();
  const describe = (field: keyof TriageValues, value: unknown): string => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return "—";
    if (field === "status") return te(`needStatus.${String(value)}` as never);
    if (field === "planIds") return (value as string[]).map((id) => triage.plans.find((p) => p.id === id)?.title ?? id).join("\n");
    if (field === "activityIds") {
      return (value as string[])
        .map((id) => {
          const found = triage.activities.find((a) => a.id === id);
          return found ? activityTitle(locale, found) : id;
        })
        .join("\n");
    }
    return String(value);
  };
  const theirs = failure.conflict?.values as TriageValues | undefined;
  const rows = theirs ? conflictRows(theirs, yours, COMPARED, (field) => t(`fields.${field}`), describe) : [];
  return (
    <SaveFeedback
      failure={failure}
      conflictRows={rows}
      // Either way the page reloads the need's version, status and choices as they are now, which
      // also clears this refusal; "load" also replaces the user's ticks with the saved ones.
      onLoadTheirs={() => {
        if (theirs) onLoadTheirs?.(theirs);
        router.refresh();
      }}
      onKeepMine={() => {
        notify(tc("conflictReady"));
        router.refresh();
      }}
    />
  );
}

/** A step without fields: acknowledge, reopen. */
function SimpleStep({
  triage,
  action,
  step,
  onDone,
}: {
  triage: NeedTriage;
  action: TriageAction;
  step: "acknowledge" | "reopen";
  onDone: (message: string) => void;
}) {
  const t = useTranslations("needEditor.triage");
  const { submit, pending, failure } = useStep(action, triage.version, () => onDone(t(`done.${step}`)));
  const yours = after(triage, step, step === "reopen" ? { declineReason: null } : {});
  return (
    <form onSubmit={submit} aria-busy={pending} className="max-w-2xl">
      <Target triage={triage} step={step} />
      {failure ? <Refusal triage={triage} failure={failure} yours={yours} notify={onDone} /> : null}
      <button type="submit" disabled={pending} aria-describedby={`triage-${step}-hint`} className={primaryButtonClass}>
        {pending ? t("working") : t(step)}
      </button>
      <p id={`triage-${step}-hint`} className="mt-1 text-sm text-slate-700">
        {t(`${step}Hint`)}
      </p>
    </form>
  );
}

function DeclineStep({ triage, action, onDone }: { triage: NeedTriage; action: TriageAction; onDone: (message: string) => void }) {
  const t = useTranslations("needEditor.triage");
  const { submit, pending, failure } = useStep(action, triage.version, () => onDone(t("done.decline")));
  const [reason, setReason] = useState("");
  return (
    <form onSubmit={submit} aria-busy={pending} noValidate className="max-w-2xl space-y-2 border-t border-slate-200 pt-4">
      <Target triage={triage} step="decline" />
      {failure ? (
        <Refusal triage={triage} failure={failure} yours={after(triage, "decline", { declineReason: reason.trim() })} notify={onDone} />
      ) : null}
      <Field id="triage-reason" label={t("reason")} hint={t("reasonHint")} errors={failure?.fieldErrors?.reason}>
        {(props) => (
          <textarea
            {...props}
            name="reason"
            rows={3}
            required
            maxLength={NEED_LIMITS.reason}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            className={inputClass}
          />
        )}
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("working") : t("decline")}
      </button>
    </form>
  );
}

export function NeedTriagePanel({ triage, triageAction }: { triage: NeedTriage; triageAction: TriageAction }) {
  const t = useTranslations("needEditor.triage");
  // Kept here, not in the step's form: a step that changes the status disappears with its form.
  const [done, setDone] = useState("");
  const steps = stepsFrom(triage.status);
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <p role="status" className="text-sm font-medium text-emerald-900 empty:hidden">
        {done}
      </p>
      {steps.includes("acknowledge") ? <SimpleStep triage={triage} action={triageAction} step="acknowledge" onDone={setDone} /> : null}
      {steps.includes("reopen") ? <SimpleStep triage={triage} action={triageAction} step="reopen" onDone={setDone} /> : null}
      {steps.includes("address") ? <AddressStep triage={triage} action={triageAction} onDone={setDone} /> : null}
      {steps.includes("decline") ? <DeclineStep triage={triage} action={triageAction} onDone={setDone} /> : null}
    </div>
  );
}

/** A box of records to link (plans or activities): how many are ticked, and the server's refusal. */
function LinkFieldset({
  name,
  legend,
  selected,
  errors,
  children,
}: {
  name: "plans" | "activities";
  legend: string;
  selected: string;
  errors?: string[];
  children: React.ReactNode;
}) {
  return (
    <fieldset aria-describedby={errors ? `triage-${name}-errors` : undefined} className="rounded border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium text-slate-800">
        {legend} <span className="font-normal text-slate-600">({selected})</span>
      </legend>
      <FieldErrors id={`triage-${name}-errors`} messages={errors} />
      {children}
    </fieldset>
  );
}

/** One record to link, ticked or not; a hidden one stays in the form. */
function LinkChoice({
  id,
  name,
  value,
  hidden,
  checked,
  onChange,
  children,
}: {
  id: string;
  name: string;
  value: string;
  hidden?: boolean;
  checked: boolean;
  onChange: (checked: boolean) => void;
  children: React.ReactNode;
}) {
  return (
    <li hidden={hidden} className="flex items-start gap-2 text-sm">
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        className="mt-0.5 h-4 w-4"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{children}</label>
    </li>
  );
}

function AddressStep({ triage, action, onDone }: { triage: NeedTriage; action: TriageAction; onDone: (message: string) => void }) {
  const t = useTranslations("needEditor.triage");
  const te = useTranslations("enums");
  const locale = useLocale();
  const relink = triage.status === "ADDRESSED";
  const { submit, pending, failure } = useStep(action, triage.version, () => onDone(t(relink ? "done.relink" : "done.address")));
  const [planIds, setPlanIds] = useState(triage.planIds);
  const [activityIds, setActivityIds] = useState(triage.activityIds);
  const [filter, setFilter] = useState("");
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list.filter((v) => v !== id), id] : list.filter((v) => v !== id));
  const needle = filter.trim().toLocaleLowerCase();
  const shown = (title: string, id: string) => !needle || activityIds.includes(id) || title.toLocaleLowerCase().includes(needle);
  const activities = triage.activities.map((a) => ({ ...a, label: activityTitle(locale, a) }));
  const matches = activities.filter((a) => shown(a.label, a.id)).length;
  const linkErrors = failure?.fieldErrors?.links;

  return (
    <form onSubmit={submit} aria-busy={pending} noValidate className="space-y-3 border-t border-slate-200 pt-4">
      <Target triage={triage} step="address" />
      {failure ? (
        <Refusal
          triage={triage}
          failure={failure}
          yours={after(triage, "address", { planIds: [...planIds].sort(), activityIds: [...activityIds].sort() })}
          notify={onDone}

          onLoadTheirs={(theirs) => {
            setPlanIds(theirs.planIds);
            setActivityIds(theirs.activityIds);
          }}
        />
      ) : null}
      <h3 className="font-semibold text-slate-900">{t("addressTitle")}</h3>
      <p id="triage-links-hint" className="text-sm text-slate-700">
        {t("addressHint")}
      </p>
      <FieldErrors id="triage-links-errors" messages={linkErrors} />
      <div className="grid gap-4 lg:grid-cols-2">
        <LinkFieldset
          name="plans"
          legend={t("plans")}
          selected={t("selected", { count: planIds.length })}
          errors={failure?.fieldErrors?.planIds}
        >
          {triage.plans.length ? (
            <ul className="max-h-72 space-y-1 overflow-y-auto">
              {triage.plans.map((plan) => (
                <LinkChoice
                  key={plan.id}
                  id={`triage-plan-${plan.id}`}
                  name="planIds"
                  value={plan.id}
                  checked={planIds.includes(plan.id)}
                  onChange={(checked) => setPlanIds(toggle(planIds, plan.id, checked))}
                >
                  {plan.title} · {nameOf(locale, plan.program)} · {fiscalYearLabel(plan.firstFiscalYear, locale)}–
                  {fiscalYearLabel(plan.lastFiscalYear, locale)} ({te(`planStatus.${plan.status}`)})
                </LinkChoice>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-600">{t("noPlans")}</p>
          )}
        </LinkFieldset>
        <LinkFieldset
          name="activities"
          legend={t("activities")}
          selected={t("selected", { count: activityIds.length })}
          errors={failure?.fieldErrors?.activityIds}
        >
          {triage.activities.length ? (
            <>
              <label htmlFor="triage-activity-filter" className="block text-sm text-slate-800">
                {t("filter")}
              </label>
              <input
                id="triage-activity-filter"
                type="search"
                value={filter}
                onChange={(e) => setFilter(e.target.value)}
                // Enter here filters; it must not send the form.
                onKeyDown={(e) => e.key === "Enter" && e.preventDefault()}
                className={`${inputClass} mb-2`}
              />
              {triage.moreActivities ? <p className="mb-2 text-xs text-slate-600">{t("olderActivities")}</p> : null}
              {/* Rows that do not match are hidden, not removed: a ticked box must stay in the form. */}
              <ul className="max-h-72 space-y-1 overflow-y-auto">
                {activities.map((activity) => (
                  <LinkChoice
                    key={activity.id}
                    id={`triage-activity-${activity.id}`}
                    name="activityIds"
                    value={activity.id}
                    hidden={!shown(activity.label, activity.id)}
                    checked={activityIds.includes(activity.id)}
                    onChange={(checked) => setActivityIds(toggle(activityIds, activity.id, checked))}
                  >
                    <time dateTime={activity.startDate}>{activity.startDate}</time> · {activity.label} (
                    {te(`activityStatus.${activity.status}`)})
                  </LinkChoice>
                ))}
              </ul>
              {matches ? null : <p className="text-sm text-slate-600">{t("noMatch")}</p>}
            </>
          ) : (
            <p className="text-sm text-slate-600">{t("noActivities")}</p>
          )}
        </LinkFieldset>
      </div>
      <button type="submit" disabled={pending} aria-describedby="triage-links-hint" className={primaryButtonClass}>
        {pending ? t("working") : relink ? t("saveAnswers") : t("address")}
      </button>
    </form>
  );
}
