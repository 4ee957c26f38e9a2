"use client";

// "Copy as a new plan": the first fiscal year of the copy (its span keeps the plan's length). The
// server checks everything again; a refusal shows beside the field and nothing is written.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { primaryButtonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { RuleList } from "@/components/rule-list";
import type { Action } from "@/lib/actions/action";

export function PlanCopyForm({
  planId,
  defaultFirstYear,
  copyPlanAction,
}: {
  planId: string;
  defaultFirstYear: number;
  copyPlanAction: Action<{ id: string }>;
}) {
  const t = useTranslations("planLifecycle");
  const [state, action, pending] = useActionState(copyPlanAction, null);
  const failed = state && !state.ok ? state : null;
  const fieldErrors = failed?.fieldErrors?.firstFiscalYear;
  return (
    <form action={action} aria-busy={pending} className="flex flex-col gap-2" data-testid="plan-copy-form">
      <input type="hidden" name="planId" value={planId} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id="copy-first-year" label={t("copy.firstYear")} errors={fieldErrors} className="w-56">
          {(field) => (
            <input
              {...field}
              name="firstFiscalYear"
              type="number"
              inputMode="numeric"
              defaultValue={defaultFirstYear}
              className={inputClass}
            />
          )}
        </Field>
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? t("working") : t("copy.submit")}
        </button>
      </div>
      <p className="text-xs text-slate-600">{t("copy.hint")}</p>
      {failed && !fieldErrors ? (
        <div role="alert" className="max-w-prose rounded border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
          {failed.error}
          {failed.rules?.length ? <RuleList rules={failed.rules} /> : null}
        </div>
      ) : null}
    </form>
  );
}
