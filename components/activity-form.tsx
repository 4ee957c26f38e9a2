"use client";

// The activity editor, for a new activity and for an existing one. The whole activity is sent at
// once (with the version it was loaded at, when editing); the server answers with errors per field,
// the principle rules that refuse it, or a conflict, and the form keeps what the user typed.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { createActivityAction, updateActivityAction } from "@/app/(portal)/activities/actions";
import { NonInvitationFields, ParticipantsFields } from "@/components/activity-participants-fields";
import {
  activityInputAsPayload,
  aseanMembersOnDay,
  comparableActivity,
  fromActivityInput,
  rowKey,
  toActivityPayload,
  type ActivityFormValues,
  type ActivityPayload,
  withProgramDefaults,
} from "@/components/activity-form-values";
import { CheckboxGroup } from "@/components/checkbox-group";
import { buttonClass, Field, FieldErrors, inputClass, primaryButtonClass } from "@/components/form-parts";
import { SaveFeedback, conflictRows } from "@/components/save-feedback";
import { useVersionedEditor } from "@/components/use-versioned-editor";
import type { ActivityEditorOptions } from "@/lib/data/editor-options";
import { fiscalYearLabel, fiscalYearOf } from "@/lib/fiscal-year";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from "@/lib/domain/activity";
import { LIMITS } from "@/lib/domain/limits";
import type { ActivityInput } from "@/lib/validation/activity";

const sectionClass = "mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5";
const legendClass = "px-1 text-lg font-semibold text-slate-900";
const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));

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

const COMPARED: (keyof ActivityPayload)[] = [
  "programId", "planId", "kind", "title", "titleJa", "description", "startDate", "endDate", "location", "hostStateCode",
  "participants", "nonInvitations", "status", "outcomes", "frameworkCode", "means", "keyAreas", "needIds", "consultations",
];

export function ActivityForm({
  activityId,
  version: loadedVersion,
  initial,
  options,
  cancelHref,
}: {
  /** Absent for a new activity. */
  activityId?: string;
  version?: number;
  initial: ActivityFormValues;
  options: ActivityEditorOptions;
  cancelHref: string;
}) {
  const t = useTranslations("activityEditor");
  const tc = useTranslations("editor");
  const te = useTranslations("enums");
  const locale = useLocale();
  const editor = useVersionedEditor({ initial, version: loadedVersion, fromConflict: (theirs) => fromActivityInput(theirs as ActivityInput) });
  const { values, setValues, set, failure, conflict, notice, pending } = editor;
  const [sent, setSent] = useState<ActivityPayload | null>(null);

  const stateName = useMemo(() => {
    const names = new Map(options.states.map((state) => [state.code, nameOf(locale, state)]));
    return (code: string) => names.get(code) ?? code;
  }, [options.states, locale]);
  const program = options.programs.find((p) => p.id === values.programId);
  const plans = options.plans.filter((plan) => plan.programId === values.programId);
  const needs = program ? options.needs.filter((need) => program.partnerStates.includes(need.stateCode)) : [];
  // Timor-Leste is a member from 26 October 2025: earlier activities need not invite it.
  const aseanMembers = aseanMembersOnDay(options.states, values.startDate);
  const taking = new Set([...values.participants.map((p) => p.stateCode), values.hostStateCode]);
  const omitted = program?.kind === "MULTILATERAL" ? aseanMembers.filter((code) => !taking.has(code)) : [];

  /** The server's messages for a field: its input errors and the blocking rules that name it. */
  const errorsAt = (path: string) => editor.errorsAt(path, RULE_FIELDS[path]);
  // Non-invitation errors come back by position in what was sent; the rules name the state.
  const nonInvitationErrors = (code: string) => {
    const index = sent?.nonInvitations.findIndex((n) => n.stateCode === code) ?? -1;
    const messages = index >= 0 ? [...(failure?.fieldErrors?.[`nonInvitations.${index}.reason`] ?? []), ...(failure?.fieldErrors?.[`nonInvitations.${index}.stateCode`] ?? [])] : [];
    const named = failure?.rules?.some((rule) => rule.fields.includes(`nonInvitations.${code}`));
    return messages.length || named ? messages : undefined;
  };

  function chooseProgram(programId: string) {
    setValues((current) => {
      const chosen = options.programs.find((p) => p.id === programId);
      const next = { ...current, programId };
      if (!options.plans.some((plan) => plan.id === current.planId && plan.programId === programId)) next.planId = "";
      next.needIds = current.needIds.filter((id) => options.needs.some((need) => need.id === id && chosen?.partnerStates.includes(need.stateCode)));
      // A new activity starts from its program's links and partners; an edited one keeps its own.
      return !activityId && chosen ? withProgramDefaults(next, chosen, aseanMembers) : next;
    });
  }

  function save(event: React.FormEvent) {
    const payload = toActivityPayload(values, omitted);
    setSent(payload);
    // On success the action redirects to the activity; only a refusal comes back.
    editor.save(event, (_, version) => (activityId ? updateActivityAction(activityId, { ...payload, version }) : createActivityAction(payload)));
  }

  const theirs = conflict ? comparableActivity(activityInputAsPayload(conflict.values as ActivityInput)) : null;
  const describe = (field: keyof ActivityPayload, value: unknown): string => {
    const empty = tc("none");
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return empty;
    switch (field) {
      case "programId": {
        const found = options.programs.find((p) => p.id === value);
        return found ? nameOf(locale, found) : String(value);
      }
      case "planId":
        return options.plans.find((p) => p.id === value)?.title ?? String(value);
      case "hostStateCode":
        return stateName(String(value));
      case "participants":
        return (value as ActivityPayload["participants"])
          .map((p) => `${stateName(p.stateCode)} (${te(`participantRole.${p.role}`)}${p.participantCount === null ? "" : `, ${p.participantCount}`})`)
          .join("\n");
      case "nonInvitations":
        return (value as ActivityPayload["nonInvitations"]).map((n) => `${stateName(n.stateCode)}: ${n.reason}`).join("\n");
      case "needIds":
        return (value as string[]).map((id) => options.needs.find((n) => n.id === id)?.title ?? id).join("\n");
      case "consultations":
        return (value as ActivityPayload["consultations"]).map((c) => `${c.heldOn} ${c.counterpart}`).join("\n");
      case "kind":
        return te(`activityKind.${String(value)}`);
      case "status":
        return te(`activityStatus.${String(value)}`);
      default:
        return Array.isArray(value) ? value.join(", ") : String(value);
    }
  };
  const rows =
    theirs && sent
      ? conflictRows(theirs, comparableActivity(toActivityPayload(values, omitted)), COMPARED, (field) => t(`fields.${field}`), describe)
      : [];

  const id = (field: string) => `activity-${field}`;
  const fy = isDay(values.startDate) ? fiscalYearLabel(fiscalYearOf(new Date(`${values.startDate}T00:00:00Z`))) : null;

  return (
    <form onSubmit={save} aria-busy={pending} noValidate>
      {failure ? <SaveFeedback failure={failure} conflictRows={rows} onLoadTheirs={editor.loadTheirs} onKeepMine={editor.keepMine} /> : null}
      <p role="status" className="mb-2 text-sm text-slate-800">
        {notice?.text}
      </p>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionProgram")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id={id("programId")} label={t("fields.programId")} errors={errorsAt("programId")}>
            {(props) => (
              <select {...props} required value={values.programId} onChange={(e) => chooseProgram(e.target.value)} className={inputClass}>
                <option value="">{tc("choose")}</option>
                {options.programs.map((p) => (
                  <option key={p.id} value={p.id}>
                    {nameOf(locale, p)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id("planId")} label={t("fields.planId")} hint={t("planHint")} errors={errorsAt("planId")}>
            {(props) => (
              <select {...props} value={values.planId} onChange={(e) => set("planId", e.target.value)} className={inputClass}>
                <option value="">{tc("none")}</option>
                {plans.map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    {plan.title} ({fiscalYearLabel(plan.firstFiscalYear)}–{fiscalYearLabel(plan.lastFiscalYear)}, {te(`planStatus.${plan.status}`)})
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionWhat")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id={id("title")} label={t("fields.title")} errors={errorsAt("title")}>
            {(props) => <input {...props} type="text" required maxLength={LIMITS.title} value={values.title} onChange={(e) => set("title", e.target.value)} className={inputClass} />}
          </Field>
          <Field id={id("titleJa")} label={t("fields.titleJa")} errors={errorsAt("titleJa")}>
            {(props) => <input {...props} type="text" lang="ja" maxLength={LIMITS.title} value={values.titleJa} onChange={(e) => set("titleJa", e.target.value)} className={inputClass} />}
          </Field>
          <Field id={id("kind")} label={t("fields.kind")} errors={errorsAt("kind")}>
            {(props) => (
              <select {...props} value={values.kind} onChange={(e) => set("kind", e.target.value)} className={inputClass}>
                {ACTIVITY_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {te(`activityKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field id={id("startDate")} label={t("fields.startDate")} errors={errorsAt("startDate")} hint={fy ? t("fiscalYear", { fy }) : undefined}>
              {(props) => <input {...props} type="date" required value={values.startDate} onChange={(e) => set("startDate", e.target.value)} className={inputClass} />}
            </Field>
            <Field id={id("endDate")} label={t("fields.endDate")} errors={errorsAt("endDate")}>
              {(props) => <input {...props} type="date" required value={values.endDate} onChange={(e) => set("endDate", e.target.value)} className={inputClass} />}
            </Field>
          </div>
          <Field id={id("description")} label={t("fields.description")} errors={errorsAt("description")} className="md:col-span-2">
            {(props) => <textarea {...props} rows={4} maxLength={LIMITS.description} value={values.description} onChange={(e) => set("description", e.target.value)} className={inputClass} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionWho")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id={id("location")} label={t("fields.location")} errors={errorsAt("location")}>
            {(props) => <input {...props} type="text" maxLength={LIMITS.location} value={values.location} onChange={(e) => set("location", e.target.value)} className={inputClass} />}
          </Field>
          <Field id={id("hostStateCode")} label={t("fields.hostStateCode")} errors={errorsAt("hostStateCode")}>
            {(props) => (
              <select {...props} value={values.hostStateCode} onChange={(e) => set("hostStateCode", e.target.value)} className={inputClass}>
                <option value="">{tc("none")}</option>
                {options.states.map((state) => (
                  <option key={state.code} value={state.code}>
                    {nameOf(locale, state)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="mt-4">
          <ParticipantsFields
            rows={values.participants}
            states={options.states.map((state) => ({ code: state.code, name: nameOf(locale, state) }))}
            aseanMembers={aseanMembers}
            onChange={(participants) => set("participants", participants)}
            errorsAt={(path) => failure?.fieldErrors?.[path]}
            sectionErrors={errorsAt("participants")}
          />
        </div>
        {program?.kind === "MULTILATERAL" ? (
          <div className="mt-4">
            <NonInvitationFields
              omitted={omitted}
              stateName={stateName}
              reasons={values.reasons}
              onChange={(reasons) => set("reasons", reasons)}
              errorsFor={nonInvitationErrors}
              sectionErrors={errorsAt("nonInvitations")}
            />
          </div>
        ) : null}
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionFramework")}</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <CheckboxGroup
            id={id("keyAreas")}
            legend={t("fields.keyAreas")}
            options={options.keyAreas.map((k) => ({ value: k.code, label: `${k.code} ${titleOf(locale, k)}` }))}
            selected={values.keyAreas}
            onChange={(keyAreas) => set("keyAreas", keyAreas)}
            errors={errorsAt("keyAreas")}
          />
          <CheckboxGroup
            id={id("means")}
            legend={t("fields.means")}
            options={options.means.map((m) => ({ value: m.code, label: `${m.code} ${titleOf(locale, m)}` }))}
            selected={values.means}
            onChange={(means) => set("means", means)}
            errors={errorsAt("means")}
          />
          <Field id={id("frameworkCode")} label={t("fields.frameworkCode")} errors={errorsAt("frameworkCode")}>
            {(props) => (
              <select {...props} value={values.frameworkCode} onChange={(e) => set("frameworkCode", e.target.value)} className={inputClass}>
                <option value="">{tc("none")}</option>
                {options.frameworks.map((f) => (
                  <option key={f.code} value={f.code}>
                    {nameOf(locale, f)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionPartner")}</legend>
        <CheckboxGroup
          id={id("needIds")}
          legend={t("fields.needIds")}
          hint={program ? t("needsHint") : undefined}
          options={needs.map((need) => ({
            value: need.id,
            label: `${stateName(need.stateCode)}: ${need.title} ${t("needStatus", { status: te(`needStatus.${need.status}`) })}`,
          }))}
          selected={values.needIds}
          onChange={(needIds) => set("needIds", needIds)}
          errors={errorsAt("needIds")}
          empty={program ? t("noNeeds") : t("chooseProgramFirst")}
        />
        <ConsultationFields
          rows={values.consultations}
          onChange={(consultations) => set("consultations", consultations)}
          errorsAt={(path) => failure?.fieldErrors?.[path]}
          sectionErrors={errorsAt("consultations")}
        />
      </fieldset>

      <fieldset className={sectionClass}>
        <legend className={legendClass}>{t("sectionOutcomes")}</legend>
        <div className="grid gap-4 md:grid-cols-2">
          <Field id={id("status")} label={t("fields.status")} errors={errorsAt("status")}>
            {(props) => (
              <select {...props} value={values.status} onChange={(e) => set("status", e.target.value)} className={inputClass}>
                {ACTIVITY_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {te(`activityStatus.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id("outcomes")} label={t("fields.outcomes")} errors={errorsAt("outcomes")} className="md:col-span-2">
            {(props) => <textarea {...props} rows={4} maxLength={LIMITS.outcomes} value={values.outcomes} onChange={(e) => set("outcomes", e.target.value)} className={inputClass} />}
          </Field>
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} aria-busy={pending} className={primaryButtonClass}>
          {pending ? tc("saving") : activityId ? t("save") : t("create")}
        </button>
        <Link href={cancelHref} className={buttonClass}>
          {tc("cancel")}
        </Link>
        <span className="sr-only" role="status">
          {pending ? tc("saving") : ""}
        </span>
      </div>
    </form>
  );
}

function ConsultationFields({
  rows,
  onChange,
  errorsAt,
  sectionErrors,
}: {
  rows: ActivityFormValues["consultations"];
  onChange: (rows: ActivityFormValues["consultations"]) => void;
  errorsAt: (path: string) => string[] | undefined;
  sectionErrors?: string[];
}) {
  const t = useTranslations("activityEditor");
  const tc = useTranslations("editor");
  const update = (index: number, change: Partial<ActivityFormValues["consultations"][number]>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <fieldset className="mt-4" aria-describedby={sectionErrors?.length ? "activity-consultations-errors" : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("fields.consultations")}</legend>
      <FieldErrors id="activity-consultations-errors" messages={sectionErrors} />
      {rows.length ? (
        <ol className="mt-2 space-y-2">
          {rows.map((row, index) => {
            const base = `activity-consultations-${index}`;
            return (
              <li key={row.key}>
                <fieldset className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[10rem_1fr_2fr_auto] sm:items-start">
                  <legend className="sr-only">{t("consultation", { n: index + 1 })}</legend>
                  <Field id={`${base}-heldOn`} label={t("heldOn")} errors={errorsAt(`consultations.${index}.heldOn`)}>
                    {(props) => <input {...props} type="date" value={row.heldOn} onChange={(e) => update(index, { heldOn: e.target.value })} className={inputClass} />}
                  </Field>
                  <Field id={`${base}-counterpart`} label={t("counterpart")} errors={errorsAt(`consultations.${index}.counterpart`)}>
                    {(props) => (
                      <input {...props} type="text" maxLength={LIMITS.counterpart} value={row.counterpart} onChange={(e) => update(index, { counterpart: e.target.value })} className={inputClass} />
                    )}
                  </Field>
                  <Field id={`${base}-summary`} label={t("consultationSummary")} errors={errorsAt(`consultations.${index}.summary`)}>
                    {(props) => (
                      <input {...props} type="text" maxLength={LIMITS.summary} value={row.summary} onChange={(e) => update(index, { summary: e.target.value })} className={inputClass} />
                    )}
                  </Field>
                  <button type="button" className={`${buttonClass} sm:mt-6`} aria-label={t("removeConsultation", { n: index + 1 })} onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                    {tc("remove")}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="mt-1 text-sm text-slate-600">{t("noConsultations")}</p>
      )}
      <button type="button" className={`${buttonClass} mt-2`} onClick={() => onChange([...rows, { key: rowKey(), heldOn: "", counterpart: "", summary: "" }])}>
        {t("addConsultation")}
      </button>
    </fieldset>
  );
}
