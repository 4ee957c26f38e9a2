"use client";

// The plan editor: span, summary, sustainment, and per fiscal year its objectives, milestones and
// budget lines, plus the needs it answers and the consultations held. One save sends the whole plan
// with the version it was loaded at; the server refuses a stale one (see the conflict view).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button, buttonClass } from "@/components/ui/button";
import { usePlanConflictRows } from "@/components/plan-editor/plan-conflict";
import { PlanConsultations } from "@/components/plan-editor/plan-consultations";
import { toFormValues, type NeedOption, type Values } from "@/components/plan-editor/plan-fields";
import { PlanIndicators } from "@/components/plan-editor/plan-indicators";
import { PlanNeeds } from "@/components/plan-editor/plan-needs";
import { PlanOverviewFields } from "@/components/plan-editor/plan-overview-fields";
import { PlanYears } from "@/components/plan-editor/plan-years";
import { RuleList } from "@/components/rule-list";
import { SaveFeedback } from "@/components/save-feedback";
import { useVersionedEditor } from "@/components/use-versioned-editor";
import type { Action, RecordEdit } from "@/lib/actions/action";
import type { RuleView } from "@/lib/actions/result";
import type { PlanInput } from "@/lib/validation/plan";

export function PlanEditor({
  planId,
  initial,
  needOptions,
  saveAction,
}: {
  planId: string;
  /** The plan's values as loaded (numbers as numbers). */
  initial: PlanInput;
  needOptions: NeedOption[];
  /** The server action that saves the plan, from the page. */
  saveAction: Action<{ version: number }, RecordEdit>;
}) {
  const t = useTranslations("planEditor");
  const router = useRouter();
  const editor = useVersionedEditor<Values, { version: number }>({
    initial: toFormValues(initial),
    version: initial.version,
    fromConflict: (theirs) => toFormValues(theirs as PlanInput),
  });
  const { values, setValues, set, failure, saved, theirs, notice, pending, rulesAt } = editor;
  const errors = (path: string) => failure?.fieldErrors?.[path];
  /** Input errors at `path` and the messages of the rules naming `ruleField`, or nothing. */
  const errorsWithRules = (path: string, ruleField: string) => editor.errorsAt(path, [ruleField]);
  const rows = usePlanConflictRows(theirs, values, needOptions);

  function save(event: React.FormEvent) {
    editor.save(
      event,
      (current, version) => saveAction(null, { id: planId, values: { ...current, version } }),
      () => router.refresh(),
    );
  }

  return (
    <form onSubmit={save} noValidate aria-busy={pending} className="space-y-6">
      {saved ? <Saved version={saved.data.version} warnings={saved.warnings} /> : null}
      {failure ? (
        <SaveFeedback
          failure={failure}
          conflictRows={rows}
          onLoadTheirs={editor.loadTheirs}
          onKeepMine={editor.keepMine}
          fieldLabels={{
            title: t("title"),
            firstFiscalYear: t("firstFiscalYear"),
            lastFiscalYear: t("lastFiscalYear"),
            summary: t("summary"),
            sustainment: t("sustainment"),
          }}
        />
      ) : null}
      <p role="status" className="text-sm text-slate-800">
        {notice?.text}
      </p>
      <PlanOverviewFields values={values} setValues={setValues} errors={errors} errorsWithRules={errorsWithRules} />
      <PlanYears years={values.years} setValues={setValues} errors={errors} rulesAt={rulesAt} />
      {/* H1 names both the needs and the consultations: a need or a consultation answers it. */}
      <PlanNeeds
        needIds={values.needIds}
        onChange={(needIds) => set("needIds", needIds)}
        needOptions={needOptions}
        messages={errorsWithRules("needIds", "needs")}
      />
      <PlanConsultations
        rows={values.consultations}
        onChange={(consultations) => set("consultations", consultations)}
        errors={errors}
        messages={errorsWithRules("consultations", "consultations")}
      />
      {/* T6 names the indicators section. */}
      <PlanIndicators
        rows={values.indicators}
        onChange={(indicators) => set("indicators", indicators)}
        firstFiscalYear={values.firstFiscalYear}
        lastFiscalYear={values.lastFiscalYear}
        errors={errors}
        messages={errorsWithRules("indicators", "indicators")}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" primary disabled={pending} aria-busy={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
        <a href={`/plans/${planId}`} className={buttonClass}>
          {t("cancel")}
        </a>
      </div>
    </form>
  );
}

function Saved({ version, warnings }: { version: number; warnings?: RuleView[] }) {
  const t = useTranslations("planEditor");
  return (
    <div role="status" className="rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {t("saved", { version })}
      {warnings?.length ? <RuleList rules={warnings} /> : null}
    </div>
  );
}
