"use client";

// The plan's lifecycle steps that the viewer may take now. The same layout in every status: the one
// next step as the primary button (with "Edit plan" beside it while the plan is editable), and the
// other steps (return to draft with its reason, archive) behind an "Other actions" disclosure. The
// server re-checks everything.
import Link from "next/link";
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { useAnnounce } from "@/components/announcer";
import { buttonClass, primaryButtonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { LaterRules, RuleList } from "@/components/rule-list";
import type { Action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import type { PlanStep, PlanTransition } from "@/lib/domain/plan";

/** The server actions of the lifecycle, from the page. */
export interface PlanWorkflowActions {
  transitionAction: Action<{ version: number }>;
  newRevisionAction: Action<{ id: string }>;
}

/** Steps that undo or end a plan's course: never the primary one. */
const SECONDARY: readonly PlanStep[] = ["archive", "returnToDraft"];

function Outcome({ state, editHref }: { state: ActionResult<unknown> | null; editHref?: string }) {
  const t = useTranslations("planLifecycle");
  if (!state) return null;
  if (state.ok) {
    return state.warnings?.length ? (
      <div className="mt-2 text-sm">
        <RuleList rules={state.warnings} />
      </div>
    ) : null;
  }
  const fieldMessages = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <div className="mt-2 max-w-prose">
      <div role="alert" className="rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
        {state.error}
        {state.rules?.length ? <RuleList rules={state.rules} /> : null}
        {fieldMessages.length ? (
          <RuleList rules={fieldMessages.map((message) => ({ code: "", severity: "error", message, fields: [] }))} />
        ) : null}
        {/* The rules name the plan's fields, which are filled in on the editor. */}
        {state.rules?.length && editHref ? (
          <p className="mt-2">
            <Link href={editHref} className="font-medium underline">
              {t("fixInEditor")}
            </Link>
          </p>
        ) : null}
      </div>
      <LaterRules title={t("laterRules")} rules={state.later} />
    </div>
  );
}

function StepForm({
  planId,
  version,
  step,
  primary,
  beside,
  editHref,
  transitionAction,
}: {
  planId: string;
  version: number;
  step: PlanTransition;
  primary?: boolean;
  /** Shown in the button's row (the primary step's "Edit plan"). */
  beside?: React.ReactNode;
  editHref?: string;
  transitionAction: PlanWorkflowActions["transitionAction"];
}) {
  const t = useTranslations("planLifecycle");
  const announce = useAnnounce();
  // Said above the page: this form is drawn anew for the plan's next version once the step is done.
  const [state, action, pending] = useActionState(async (previous: ActionResult<{ version: number }> | null, input: FormData) => {
    const result = await transitionAction(previous, input);
    if (result?.ok) announce(step);
    return result;
  }, null);
  const ta = useTranslations("indicators.archive");
  return (
    <form action={action} aria-busy={pending} data-step={step} className="flex flex-col gap-1">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="transition" value={step} />
      {step === "returnToDraft" ? <ReasonField id={`reason-${step}`} label={t("reason")} /> : null}
      {/* Archiving may record why ended years' indicators were not measured (rule T8). */}
      {step === "archive" ? <ReasonField id="reason-archive" label={ta("reason")} hint={ta("hint")} /> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primary ? primaryButtonClass : buttonClass}>
          {pending ? t("working") : t(step)}
        </button>
        {beside}
      </div>
      <Outcome state={state} editHref={editHref} />
    </form>
  );
}

/** The reason a step records (returning to draft; archiving with ended years unmeasured). */
function ReasonField({ id, label, hint }: { id: string; label: string; hint?: string }) {
  const [reason, setReason] = useState("");
  return (
    <Field id={id} label={label} {...(hint ? { hint } : {})}>
      {(props) => (
        <input
          {...props}
          name="reason"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={2000}
          className={inputClass}
        />
      )}
    </Field>
  );
}

function NewVersionForm({
  planId,
  version,
  beside,
  newRevisionAction,
}: {
  planId: string;
  version: number;
  beside?: React.ReactNode;
  newRevisionAction: PlanWorkflowActions["newRevisionAction"];
}) {
  const t = useTranslations("planLifecycle");
  const [state, action, pending] = useActionState(newRevisionAction, null);
  return (
    <form action={action} aria-busy={pending} data-step="newVersion" className="flex flex-col gap-1">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? t("working") : t("newVersion")}
        </button>
        {beside}
      </div>
      <Outcome state={state} />
    </form>
  );
}

export function PlanWorkflow({
  planId,
  version,
  steps,
  isAuthor,
  editHref,
  actions,
}: {
  planId: string;
  version: number;
  steps: PlanStep[];
  isAuthor: boolean;
  /** The editor, while the plan's content may change. */
  editHref?: string;
  actions: PlanWorkflowActions;
}) {
  const t = useTranslations("planLifecycle");
  const primary = steps.find((step) => !SECONDARY.includes(step));
  const others = steps.filter((step) => step !== primary);
  const edit = editHref ? (
    <Link href={editHref} className={buttonClass}>
      {t("edit")}
    </Link>
  ) : null;
  const form = (step: PlanStep, isPrimary: boolean) =>
    step === "newVersion" ? (
      <NewVersionForm
        key={step}
        planId={planId}
        version={version}
        beside={isPrimary ? edit : null}
        newRevisionAction={actions.newRevisionAction}
      />
    ) : (
      <StepForm
        key={step}
        planId={planId}
        version={version}
        step={step}
        primary={isPrimary}
        beside={isPrimary ? edit : null}
        editHref={editHref}
        transitionAction={actions.transitionAction}
      />
    );
  return (
    <div className="space-y-3" key={version} data-testid="plan-workflow">
      {isAuthor && steps.includes("approve") ? <p className="text-sm text-slate-700">{t("authorCannotApprove")}</p> : null}
      {primary ? (
        form(primary, true)
      ) : (
        <div className="flex flex-wrap items-center gap-3">{edit ?? <p className="text-sm text-slate-700">{t("noSteps")}</p>}</div>
      )}
      {others.length ? (
        <details className="group rounded border border-slate-200 bg-slate-50 px-3 py-2">
          <summary className="cursor-pointer text-sm font-medium text-slate-800">{t("otherActions")}</summary>
          <div className="mt-3 flex flex-col gap-4">{others.map((step) => form(step, false))}</div>
        </details>
      ) : null}
    </div>
  );
}
