"use client";

// The frame of the three reference data forms (texts, frameworks, partner states) around the editor
// state they share with every versioned editor (components/use-versioned-editor.ts): the refusal and
// conflict on top, the fields, "Saved." when it went through, the save button.
import { useTranslations } from "next-intl";
import { FormActions } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { EditorNotice, SaveFeedback, conflictRows } from "@/components/save-feedback";
import type { VersionedEditor } from "@/components/use-versioned-editor";
import type { ActionResult } from "@/lib/actions/result";

/** Form values are what the inputs hold: text and ticks. */
export type FormValues = Record<string, string | boolean>;

/** The texts held in both languages: names and titles (one required line), descriptions (a box). */
type TextField = "nameEn" | "nameJa" | "titleEn" | "titleJa" | "descriptionEn" | "descriptionJa";

/** One text of a reference record in one language: a required line, or with `rows` a description box. */
export function ReferenceText<F extends FormValues>({
  editor,
  id,
  field,
  lang,
  maxLength,
  rows,
}: {
  editor: VersionedEditor<F>;
  id: string;
  field: TextField & keyof F;
  lang: "en" | "ja";
  maxLength: number;
  rows?: number;
}) {
  const t = useTranslations("reference");
  const { values, set, errorsAt } = editor;
  const control = {
    lang,
    maxLength,
    value: values[field] as string,
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => set(field, event.target.value as F[typeof field]),
    className: inputClass,
  };
  return (
    <Field id={id} label={t(`fields.${field as TextField}`)} errors={errorsAt(field)}>
      {(props) =>
        rows === undefined ? <input {...props} type="text" required {...control} /> : <textarea {...props} rows={rows} {...control} />
      }
    </Field>
  );
}

/** `submit` sends the values with the version they are based on; an update answers the new version. */
export function ReferenceForm<F extends FormValues>({
  editor,
  submit,
  fields,
  label,
  display,
  submitLabel,
  cancelHref,
  children,
}: {
  editor: VersionedEditor<F>;
  submit: (values: F, version: number | undefined) => Promise<ActionResult<{ version: number } | null> | undefined>;
  fields: (keyof F & string)[];
  label: (field: keyof F & string) => string;
  display?: (field: keyof F & string, value: unknown) => string | null;
  submitLabel: string;
  cancelHref: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("reference");
  const tc = useTranslations("editor");
  const { failure, notice, pending, values, theirs } = editor;
  const describe = (field: keyof F & string, value: unknown): string => {
    const shown = display?.(field, value);
    if (shown !== null && shown !== undefined) return shown;
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (value === "" || value === null || value === undefined) return tc("none");
    return String(value);
  };
  const rows = theirs ? conflictRows(theirs, values, fields, label, describe) : [];
  const onSubmit = (event: React.FormEvent) => editor.save(event, submit, () => editor.setNotice({ text: t("saved"), success: true }));
  return (
    <form onSubmit={onSubmit} aria-busy={pending} noValidate className="max-w-4xl">
      {failure ? (
        <SaveFeedback failure={failure} conflictRows={rows} onLoadTheirs={editor.loadTheirs} onKeepMine={editor.keepMine} />
      ) : null}
      <EditorNotice notice={notice} />
      <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">{children}</div>
      <FormActions pending={pending} label={submitLabel} pendingLabel={t("saving")} cancelHref={cancelHref} cancelLabel={t("back")} />
    </form>
  );
}
