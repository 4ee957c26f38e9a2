"use client";

// The after-action report editor of a conducted activity: what was done against the plan, results,
// lessons, follow-up actions (each with an owner, a due date and, once done, the day it closed) and
// the plan's indicators it served. Sent whole with the version it was loaded at; the server answers
// errors beside the fields, or a conflict showing the saved report beside the user's.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { CheckboxGroup } from "@/components/checkbox-group";
import { EditorNotice, SaveFeedback, conflictRows } from "@/components/save-feedback";
import { Button, FormActions } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { FormSection } from "@/components/ui/section";
import { useVersionedEditor } from "@/components/use-versioned-editor";
import type { Action, RecordEdit } from "@/lib/actions/action";
import { AFTER_ACTION_LIMITS } from "@/lib/domain/after-action";
import { titleOf } from "@/lib/i18n/localized";

export type FollowUpValues = {
  /** Null for a follow-up not saved yet. */
  id: string | null;
  action: string;
  owner: string;
  /** YYYY-MM-DD, as the date inputs hold them. */
  dueDate: string;
  /** YYYY-MM-DD once closed; null while open. */
  closedOn: string | null;
};

export type ReportFormValues = {
  doneVsPlanned: string;
  results: string;
  lessons: string;
  followUps: FollowUpValues[];
  indicatorIds: string[];
};

type Payload = ReportFormValues & { version: number | undefined };

const COMPARED: (keyof ReportFormValues)[] = ["doneVsPlanned", "results", "lessons", "followUps", "indicatorIds"];
const TEXTS = ["doneVsPlanned", "results", "lessons"] as const;

/** The saved report of a conflict (the server's values) as form values. */
function fromConflict(theirs: unknown): ReportFormValues {
  const values = theirs as Partial<ReportFormValues>;
  return {
    doneVsPlanned: values.doneVsPlanned ?? "",
    results: values.results ?? "",
    lessons: values.lessons ?? "",
    followUps: values.followUps ?? [],
    indicatorIds: values.indicatorIds ?? [],
  };
}

export function ReportForm({
  activityId,
  version,
  initial,
  indicators,
  hasPlan,
  cancelHref,
  saveAction,
}: {
  activityId: string;
  /** Absent before the report's first save. */
  version: number | undefined;
  initial: ReportFormValues;
  /** The indicators of the activity's plan. */
  indicators: { id: string; titleEn: string; titleJa: string; unit: string }[];
  hasPlan: boolean;
  cancelHref: string;
  saveAction: Action<{ version: number }, RecordEdit<Payload>>;
}) {
  const t = useTranslations("afterActionEditor");
  const tc = useTranslations("editor");
  const locale = useLocale();
  const editor = useVersionedEditor<ReportFormValues, { version: number }>({ initial, version, fromConflict });
  const { values, set, failure, theirs, notice, pending } = editor;

  const indicatorLabel = (id: string) => {
    const found = indicators.find((indicator) => indicator.id === id);
    return found ? `${titleOf(locale, found)} (${found.unit})` : id;
  };
  const describe = (field: keyof ReportFormValues, value: unknown): string => {
    if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return tc("none");
    if (field === "followUps") {
      return (value as FollowUpValues[])
        .map((f) => `${f.action} (${f.owner}, ${f.dueDate}${f.closedOn ? `, ${t("fields.closedOn")} ${f.closedOn}` : ""})`)
        .join("\n");
    }
    if (field === "indicatorIds") return (value as string[]).map(indicatorLabel).join("\n");
    return String(value);
  };
  const comparable = (v: ReportFormValues): ReportFormValues => ({
    ...v,
    followUps: v.followUps.map((f) => ({ ...f, id: null, closedOn: f.closedOn || null })),
    indicatorIds: [...v.indicatorIds].sort(),
  });
  const rows = theirs ? conflictRows(comparable(theirs), comparable(values), COMPARED, (field) => t(`fields.${field}`), describe) : [];

  const setFollowUp = (index: number, change: Partial<FollowUpValues>) =>
    set(
      "followUps",
      values.followUps.map((f, i) => (i === index ? { ...f, ...change } : f)),
    );
  const addFollowUp = () => set("followUps", [...values.followUps, { id: null, action: "", owner: "", dueDate: "", closedOn: null }]);
  const removeFollowUp = (index: number) =>
    set(
      "followUps",
      values.followUps.filter((_, i) => i !== index),
    );

  function save(event: React.FormEvent) {
    editor.save(
      event,
      (current, loaded) => saveAction(null, { id: activityId, values: { ...current, version: loaded } }),
      () => editor.setNotice({ text: t("saved"), success: true }),
    );
  }

  return (
    <form onSubmit={save} aria-busy={pending} noValidate className="max-w-4xl">
      {failure ? (
        <SaveFeedback
          failure={failure}
          conflictRows={rows}
          onLoadTheirs={editor.loadTheirs}
          onKeepMine={editor.keepMine}
          fieldLabels={Object.fromEntries(COMPARED.map((field) => [field, t(`fields.${field}`)]))}
        />
      ) : null}
      <EditorNotice notice={notice}>
        {notice?.success ? (
          <>
            {" "}
            <Link href={cancelHref} className="link">
              {t("backToActivity")}
            </Link>
          </>
        ) : null}
      </EditorNotice>
      <FormSection legend={t("sectionReport")}>
        <div className="space-y-4">
          {TEXTS.map((field) => (
            <Field
              key={field}
              id={`report-${field}`}
              label={t(`fields.${field}`)}
              hint={field === "lessons" ? undefined : t(`hints.${field}`)}
              errors={editor.errorsAt(field)}
            >
              {(props) => (
                <textarea
                  {...props}
                  rows={5}
                  required={field !== "lessons"}
                  maxLength={AFTER_ACTION_LIMITS.text}
                  value={values[field]}
                  onChange={(e) => set(field, e.target.value)}
                  className={inputClass}
                />
              )}
            </Field>
          ))}
        </div>
      </FormSection>
      <FormSection legend={t("sectionFollowUps")}>
        {values.followUps.length === 0 ? <p className="mb-3 text-sm text-slate-700">{t("noFollowUps")}</p> : null}
        <ol className="space-y-4">
          {values.followUps.map((followUp, index) => {
            const n = index + 1;
            const path = `followUps.${index}`;
            return (
              <li key={followUp.id ?? `new-${index}`} className="rounded border border-slate-200 p-3" data-testid="follow-up-row">
                <fieldset>
                  <legend className="text-sm font-semibold text-slate-900">{t("followUpN", { n })}</legend>
                  <div className="mt-2 grid gap-3 md:grid-cols-2">
                    <Field
                      id={`followup-${index}-action`}
                      label={t("fields.action")}
                      errors={editor.errorsAt(`${path}.action`)}
                      className="md:col-span-2"
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="text"
                          required
                          maxLength={AFTER_ACTION_LIMITS.followUpAction}
                          value={followUp.action}
                          onChange={(e) => setFollowUp(index, { action: e.target.value })}
                          className={inputClass}
                        />
                      )}
                    </Field>
                    <Field
                      id={`followup-${index}-owner`}
                      label={t("fields.owner")}
                      hint={t("hints.owner")}
                      errors={editor.errorsAt(`${path}.owner`)}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="text"
                          required
                          maxLength={AFTER_ACTION_LIMITS.owner}
                          value={followUp.owner}
                          onChange={(e) => setFollowUp(index, { owner: e.target.value })}
                          className={inputClass}
                        />
                      )}
                    </Field>
                    <Field id={`followup-${index}-dueDate`} label={t("fields.dueDate")} errors={editor.errorsAt(`${path}.dueDate`)}>
                      {(props) => (
                        <input
                          {...props}
                          type="date"
                          required
                          value={followUp.dueDate}
                          onChange={(e) => setFollowUp(index, { dueDate: e.target.value })}
                          className={inputClass}
                        />
                      )}
                    </Field>
                    <Field
                      id={`followup-${index}-closedOn`}
                      label={t("fields.closedOn")}
                      hint={t("hints.closedOn")}
                      errors={editor.errorsAt(`${path}.closedOn`)}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="date"
                          value={followUp.closedOn ?? ""}
                          onChange={(e) => setFollowUp(index, { closedOn: e.target.value || null })}
                          className={inputClass}
                        />
                      )}
                    </Field>
                  </div>
                  <Button className="mt-3" onClick={() => removeFollowUp(index)}>
                    {t("removeFollowUp", { n })}
                  </Button>
                </fieldset>
              </li>
            );
          })}
        </ol>
        <Button className="mt-3" onClick={addFollowUp} disabled={values.followUps.length >= AFTER_ACTION_LIMITS.followUps}>
          {t("addFollowUp")}
        </Button>
      </FormSection>
      <FormSection legend={t("sectionIndicators")}>
        <CheckboxGroup
          id="report-indicatorIds"
          legend={t("fields.indicatorIds")}
          hint={t("indicatorsIntro")}
          options={indicators.map((indicator) => ({ value: indicator.id, label: indicatorLabel(indicator.id) }))}
          selected={values.indicatorIds}
          onChange={(selected) => set("indicatorIds", selected)}
          errors={editor.errorsAt("indicatorIds")}
          empty={hasPlan ? t("noIndicators") : t("noPlan")}
        />
      </FormSection>
      <FormActions pending={pending} label={t("save")} pendingLabel={tc("saving")} cancelHref={cancelHref} cancelLabel={tc("cancel")} />
    </form>
  );
}
