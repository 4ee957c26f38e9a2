"use client";

// The program editor, for a new program and for an existing one: its kind and partner, names and
// descriptions in both languages, and the ends, ways and means it serves. The server derives the
// partner states from the kind and checks rule O1; the form keeps what the user typed when refused.
import { useLocale, useTranslations } from "next-intl";
import { CheckboxGroup } from "@/components/checkbox-group";
import { NameOptions } from "@/components/name-options";
import { ProgramKindField } from "@/components/program-kind-field";
import { FormActions } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { SaveFeedback, conflictRows } from "@/components/save-feedback";
import { FormSection } from "@/components/ui/section";
import { sendRecord, useVersionedEditor, type RecordEditorProps } from "@/components/use-versioned-editor";
import type { ProgramEditorOptions } from "@/lib/data/reference/editor-options";
import { nameOf, titleOf } from "@/lib/i18n/localized";
import { LIMITS } from "@/lib/domain/limits";
import { LINKS, fromProgramInput, toProgramPayload, type ProgramFormValues } from "@/components/program-form-values";
import type { ProgramInput } from "@/lib/validation/program";

const COMPARED: (keyof ProgramFormValues)[] = ["kind", "partnerStateCode", "nameEn", "nameJa", "descriptionEn", "descriptionJa", ...LINKS];

export function ProgramForm({
  programId,
  version: loadedVersion,
  initial,
  options,
  cancelHref,
  ...actions
}: RecordEditorProps<ProgramFormValues, ProgramEditorOptions, ProgramFormValues> & {
  /** Absent for a new program. */
  programId?: string;
}) {
  const t = useTranslations("programEditor");
  const tc = useTranslations("editor");
  const te = useTranslations("enums");
  const locale = useLocale();
  const editor = useVersionedEditor({
    initial,
    version: loadedVersion,
    fromConflict: (theirs) => fromProgramInput(theirs as ProgramInput),
  });
  const { values, set, failure, theirs, notice, pending } = editor;

  /** The server's messages for a field: its input errors and the blocking rules (O1) that name it. */
  const errorsAt = (field: string) => editor.errorsAt(field, [field]);

  function save(event: React.FormEvent) {
    editor.save(event, sendRecord(programId, toProgramPayload(values), actions));
  }

  const stateName = (code: string) => {
    const state = options.states.find((s) => s.code === code);
    return state ? nameOf(locale, state) : code;
  };
  const codeLabel: Record<(typeof LINKS)[number], (code: string) => string> = {
    ends: (code) => titleOrCode(options.ends, code),
    approaches: (code) => titleOrCode(options.approaches, code),
    keyAreas: (code) => titleOrCode(options.keyAreas, code),
    means: (code) => titleOrCode(options.means, code),
    frameworks: (code) => {
      const found = options.frameworks.find((f) => f.code === code);
      return found ? nameOf(locale, found) : code;
    },
  };
  function titleOrCode(rows: { code: string; titleEn: string; titleJa: string }[], code: string) {
    const found = rows.find((row) => row.code === code);
    return found ? `${code} ${titleOf(locale, found)}` : code;
  }
  const describe = (field: keyof ProgramFormValues, value: unknown): string => {
    if (value === "" || value === null || value === undefined || (Array.isArray(value) && !value.length)) return tc("none");
    if (field === "kind") return te(`programKind.${String(value)}`);
    if (field === "partnerStateCode") return stateName(String(value));
    if (Array.isArray(value)) return value.map((code: string) => codeLabel[field as (typeof LINKS)[number]](code)).join("\n");
    return String(value);
  };
  const rows = theirs
    ? conflictRows(toProgramPayload(theirs), toProgramPayload(values), COMPARED, (field) => t(`fields.${field}`), describe)
    : [];
  const id = (field: string) => `program-${field}`;
  const checkboxes = (field: (typeof LINKS)[number], rows: { code: string }[]) => (
    <CheckboxGroup
      id={id(field)}
      legend={t(`fields.${field}`)}
      options={rows.map((row) => ({ value: row.code, label: codeLabel[field](row.code) }))}
      selected={values[field]}
      onChange={(selected) => set(field, selected)}
      errors={errorsAt(field)}
    />
  );

  return (
    <form onSubmit={save} aria-busy={pending} noValidate>
      {failure ? (
        <SaveFeedback failure={failure} conflictRows={rows} onLoadTheirs={editor.loadTheirs} onKeepMine={editor.keepMine} />
      ) : null}
      <p role="status" className="mb-2 text-sm text-slate-800">
        {notice?.text}
      </p>

      <FormSection legend={t("sectionWhat")}>
        <div className="grid gap-4 md:grid-cols-2">
          <ProgramKindField id={id("kind")} kind={values.kind} onChange={(kind) => set("kind", kind)} errors={errorsAt("kind")} />
          {values.kind === "BILATERAL" ? (
            <Field
              id={id("partnerStateCode")}
              label={t("fields.partnerStateCode")}
              hint={t("partnerHint")}
              errors={errorsAt("partnerStateCode")}
            >
              {(props) => (
                <select
                  {...props}
                  required
                  value={values.partnerStateCode}
                  onChange={(e) => set("partnerStateCode", e.target.value)}
                  className={inputClass}
                >
                  <option value="">{tc("choose")}</option>
                  <NameOptions rows={options.states.filter((state) => state.isAsean)} valueOf={(state) => state.code} />
                </select>
              )}
            </Field>
          ) : null}
          <Field id={id("nameEn")} label={t("fields.nameEn")} errors={errorsAt("nameEn")}>
            {(props) => (
              <input
                {...props}
                type="text"
                lang="en"
                required
                maxLength={LIMITS.name}
                value={values.nameEn}
                onChange={(e) => set("nameEn", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field id={id("nameJa")} label={t("fields.nameJa")} errors={errorsAt("nameJa")}>
            {(props) => (
              <input
                {...props}
                type="text"
                lang="ja"
                required
                maxLength={LIMITS.name}
                value={values.nameJa}
                onChange={(e) => set("nameJa", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field id={id("descriptionEn")} label={t("fields.descriptionEn")} errors={errorsAt("descriptionEn")}>
            {(props) => (
              <textarea
                {...props}
                lang="en"
                rows={4}
                maxLength={LIMITS.description}
                value={values.descriptionEn}
                onChange={(e) => set("descriptionEn", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
          <Field id={id("descriptionJa")} label={t("fields.descriptionJa")} errors={errorsAt("descriptionJa")}>
            {(props) => (
              <textarea
                {...props}
                lang="ja"
                rows={4}
                maxLength={LIMITS.description}
                value={values.descriptionJa}
                onChange={(e) => set("descriptionJa", e.target.value)}
                className={inputClass}
              />
            )}
          </Field>
        </div>
      </FormSection>

      <FormSection legend={t("sectionFramework")}>
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          {checkboxes("ends", options.ends)}
          {checkboxes("approaches", options.approaches)}
          {checkboxes("keyAreas", options.keyAreas)}
          {checkboxes("means", options.means)}
          {checkboxes("frameworks", options.frameworks)}
        </div>
      </FormSection>

      <FormActions
        pending={pending}
        label={programId ? t("save") : t("create")}
        pendingLabel={tc("saving")}
        cancelHref={cancelHref}
        cancelLabel={tc("cancel")}
      />
    </form>
  );
}
