"use client";

// The activity editor, for a new activity and for an existing one. The whole activity is sent at
// once (with the version it was loaded at, when editing); the server answers with errors per field,
// the principle rules that refuse it, or a conflict, and the form keeps what the user typed.
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { useActivityConflictRows } from "@/components/activity-form/activity-conflict";
import { FrameworkSection } from "@/components/activity-form/framework-section";
import { OutcomesSection } from "@/components/activity-form/outcomes-section";
import { PartnerSection } from "@/components/activity-form/partner-section";
import { ProgramSection } from "@/components/activity-form/program-section";
import type { SectionProps } from "@/components/activity-form/section-props";
import { WhatSection } from "@/components/activity-form/what-section";
import { WhoSection } from "@/components/activity-form/who-section";
import {
  aseanMembersOnDay,
  fromActivityInput,
  toActivityPayload,
  withProgramDefaults,
  type ActivityFormValues,
  type ActivityPayload,
} from "@/components/activity-form-values";
import { FormActions } from "@/components/ui/button";
import { SaveFeedback } from "@/components/save-feedback";
import { sendRecord, useVersionedEditor, type RecordEditorProps } from "@/components/use-versioned-editor";
import type { ActivityEditorOptions } from "@/lib/data/reference/editor-options";
import { nameOf } from "@/lib/i18n/localized";
import type { ActivityInput } from "@/lib/validation/activity";

// Which rule fields (lib/rules) belong to which form field.
const RULE_FIELDS: Record<string, string[]> = {
  programId: ["program"],
  needIds: ["needs"],
  consultations: ["consultations"],
  keyAreas: ["keyAreas"],
  startDate: ["startDate"],
  endDate: ["endDate"],
  frameworkCode: ["frameworkCode"],
  participants: ["participants"],
  nonInvitations: ["nonInvitations"],
};

export function ActivityForm({
  activityId,
  version,
  initial,
  options,
  cancelHref,
  ...actions
}: RecordEditorProps<ActivityFormValues, ActivityEditorOptions, ActivityPayload> & {
  /** Absent for a new activity. */
  activityId?: string;
}) {
  const t = useTranslations("activityEditor");
  const tc = useTranslations("editor");
  const locale = useLocale();
  const editor = useVersionedEditor({ initial, version, fromConflict: (theirs) => fromActivityInput(theirs as ActivityInput) });
  const { values, setValues, failure, conflict, notice, pending } = editor;
  const [sent, setSent] = useState<ActivityPayload | null>(null);

  const stateName = useMemo(() => {
    const names = new Map(options.states.map((state) => [state.code, nameOf(locale, state)]));
    return (code: string) => names.get(code) ?? code;
  }, [options.states, locale]);
  const program = options.programs.find((p) => p.id === values.programId);
  // Timor-Leste is a member from 26 October 2025: earlier activities need not invite it.
  const aseanMembers = aseanMembersOnDay(options.states, values.startDate);
  const taking = new Set([...values.participants.map((p) => p.stateCode), values.hostStateCode]);
  const omitted = program?.kind === "MULTILATERAL" ? aseanMembers.filter((code) => !taking.has(code)) : [];
  const rows = useActivityConflictRows(conflict?.values, conflict && sent ? toActivityPayload(values, omitted) : null, options, stateName);

  /** The server's messages for a field: its input errors and the blocking rules that name it. */
  const errorsAt = (path: string) => editor.errorsAt(path, RULE_FIELDS[path]);
  // Non-invitation errors come back by position in what was sent; the rules name the state.
  const nonInvitationErrors = (code: string) => {
    const index = sent?.nonInvitations.findIndex((n) => n.stateCode === code) ?? -1;
    const messages =
      index >= 0
        ? [
            ...(failure?.fieldErrors?.[`nonInvitations.${index}.reason`] ?? []),
            ...(failure?.fieldErrors?.[`nonInvitations.${index}.stateCode`] ?? []),
          ]
        : [];
    const named = failure?.rules?.some((rule) => rule.fields.includes(`nonInvitations.${code}`));
    return messages.length || named ? messages : undefined;
  };

  function chooseProgram(programId: string) {
    setValues((current) => {
      const chosen = options.programs.find((p) => p.id === programId);
      const next = { ...current, programId };
      if (!options.plans.some((plan) => plan.id === current.planId && plan.programId === programId)) next.planId = "";
      next.needIds = current.needIds.filter((id) =>
        options.needs.some((need) => need.id === id && chosen?.partnerStates.includes(need.stateCode)),
      );
      // A new activity starts from its program's links and partners; an edited one keeps its own.
      return !activityId && chosen ? withProgramDefaults(next, chosen, aseanMembers) : next;
    });
  }

  function save(event: React.FormEvent) {
    const payload = toActivityPayload(values, omitted);
    setSent(payload);
    editor.save(event, sendRecord(activityId, payload, actions));
  }

  const section: SectionProps = { values, set: editor.set, errorsAt };
  return (
    <form onSubmit={save} aria-busy={pending} noValidate>
      {failure ? (
        <SaveFeedback failure={failure} conflictRows={rows} onLoadTheirs={editor.loadTheirs} onKeepMine={editor.keepMine} />
      ) : null}
      <p role="status" className="mb-2 text-sm text-slate-800">
        {notice?.text}
      </p>
      <ProgramSection
        {...section}
        programs={options.programs}
        plans={options.plans.filter((plan) => plan.programId === values.programId)}
        onProgram={chooseProgram}
      />
      <WhatSection {...section} />
      <WhoSection
        {...section}
        states={options.states}
        aseanMembers={aseanMembers}
        omitted={program?.kind === "MULTILATERAL" ? omitted : null}
        stateName={stateName}
        nonInvitationErrors={nonInvitationErrors}
      />
      <FrameworkSection {...section} options={options} />
      <PartnerSection
        {...section}
        needs={program ? options.needs.filter((need) => program.partnerStates.includes(need.stateCode)) : []}
        programChosen={Boolean(program)}
        stateName={stateName}
      />
      <OutcomesSection {...section} />
      <FormActions
        pending={pending}
        label={activityId ? t("save") : t("create")}
        pendingLabel={tc("saving")}
        cancelHref={cancelHref}
        cancelLabel={tc("cancel")}
      />
    </form>
  );
}
