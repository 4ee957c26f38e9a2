"use client";

// The plan's lifecycle steps that the viewer may take now: share, submit, approve, archive, return
// to draft (with a reason), start a new version. The server re-checks everything.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { useAnnounce } from "@/components/announcer";
import { buttonClass, primaryButtonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RuleList } from "@/components/rule-list";
import type { Action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import type { PlanTransition } from "@/lib/domain/plan";

type Step = PlanTransition | "newVersion";

/** The server actions of the lifecycle, from the page. */
export interface PlanWorkflowActions {
  transitionAction: Action<{ version: number }>;
  newRevisionAction: Action<{ id: string }>;
}

function Outcome({ state }: { state: ActionResult<unknown> | null }) {
  const t = useTranslations("planLifecycle");
  if (!state) return null;
  if (state.ok) {
    return (
      <div role="status" className="mt-2 text-sm text-emerald-900">
        {t("done")}
        {state.warnings?.length ? <RuleList rules={state.warnings} /> : null}
      </div>
    );
  }
  return (
    <div role="alert" className="mt-2 rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
      {state.error}
      {state.rules?.length ? <RuleList rules={state.rules} /> : null}
      {state.fieldErrors ? (
        <RuleList
          rules={Object.values(state.fieldErrors)
            .flat()
            .map((message) => ({ code: "", severity: "error", message, fields: [] }))}
        />
      ) : null}
    </div>
  );
}

function StepForm({
  planId,
  version,
  step,
  primary,
  transitionAction,
}: {
  planId: string;
  version: number;
  step: PlanTransition;
  primary?: boolean;
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
  const [reason, setReason] = useState("");
  return (
    <form action={action} aria-busy={pending} className="flex flex-col gap-1">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="transition" value={step} />
      {step === "returnToDraft" ? (
        <Field id={`reason-${step}`} label={t("reason")}>
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
      ) : null}
      <div>
        <button type="submit" disabled={pending} className={primary ? primaryButtonClass : buttonClass}>
          {pending ? t("working") : t(step)}
        </button>
      </div>
      <Outcome state={state} />
    </form>
  );
}

function NewVersionForm({
  planId,
  version,
  newRevisionAction,
}: {
  planId: string;
  version: number;
  newRevisionAction: PlanWorkflowActions["newRevisionAction"];
}) {
  const t = useTranslations("planLifecycle");
  const [state, action, pending] = useActionState(newRevisionAction, null);
  return (
    <form action={action} aria-busy={pending}>
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? t("working") : t("newVersion")}
      </button>
      <Outcome state={state} />
    </form>
  );
}

export function PlanWorkflow({
  planId,
  version,
  steps,
  isAuthor,
  actions,
}: {
  planId: string;
  version: number;
  steps: Step[];
  isAuthor: boolean;
  actions: PlanWorkflowActions;
}) {
  const t = useTranslations("planLifecycle");
  return (
    <div className="space-y-3" key={version}>
      {isAuthor && steps.includes("approve") ? <p className="text-sm text-slate-700">{t("authorCannotApprove")}</p> : null}
      <div className="flex flex-wrap items-start gap-4">
        {steps.map((step) =>
          step === "newVersion" ? (
            <NewVersionForm key={step} planId={planId} version={version} newRevisionAction={actions.newRevisionAction} />
          ) : (
            <StepForm
              key={step}
              planId={planId}
              version={version}
              step={step}
              primary={step !== "returnToDraft" && step !== "archive"}
              transitionAction={actions.transitionAction}
            />
          ),
        )}
      </div>
    </div>
  );
}
