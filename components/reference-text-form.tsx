"use client";

// The edit form of one text of the strategic framework (an end, principle, approach, key area or
// means): its English and Japanese title and description. The code is its identity and not edited.
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { ReferenceForm } from "@/components/reference-editor";
import { useVersionedEditor } from "@/components/use-versioned-editor";
import type { Action } from "@/lib/actions/action";
import { REFERENCE_LIMITS } from "@/lib/domain/limits";
import type { ReferenceTextValues, TextKind } from "@/lib/validation/reference";

type TextFormValues = ReferenceTextValues;

const FIELDS: (keyof TextFormValues)[] = ["titleEn", "titleJa", "descriptionEn", "descriptionJa"];

function fromValues(values: unknown): TextFormValues {
  const v = values as Partial<ReferenceTextValues>;
  return { titleEn: v.titleEn ?? "", titleJa: v.titleJa ?? "", descriptionEn: v.descriptionEn ?? "", descriptionJa: v.descriptionJa ?? "" };
}

export function ReferenceTextForm({
  kind,
  code,
  version,
  initial,
  updateAction,
}: {
  kind: TextKind;
  code: string;
  version: number;
  initial: ReferenceTextValues;
  /** The server action that saves the text (sent with its kind, code and version), from the page. */
  updateAction: Action<{ version: number }, TextFormValues & { kind: TextKind; code: string; version: number | undefined }>;
}) {
  const t = useTranslations("reference");
  const editor = useVersionedEditor<TextFormValues>({ initial: fromValues(initial), version, fromConflict: fromValues });
  const { values, set, errorsAt } = editor;
  const id = (field: string) => `text-${field}`;
  const input = (field: "titleEn" | "titleJa", lang: "en" | "ja") => (
    <Field id={id(field)} label={t(`fields.${field}`)} errors={errorsAt(field)}>
      {(props) => (
        <input
          {...props}
          type="text"
          lang={lang}
          required
          maxLength={REFERENCE_LIMITS.title}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
          className={inputClass}
        />
      )}
    </Field>
  );
  const area = (field: "descriptionEn" | "descriptionJa", lang: "en" | "ja") => (
    <Field id={id(field)} label={t(`fields.${field}`)} errors={errorsAt(field)}>
      {(props) => (
        <textarea
          {...props}
          lang={lang}
          rows={6}
          maxLength={REFERENCE_LIMITS.description}
          value={values[field]}
          onChange={(event) => set(field, event.target.value)}
          className={inputClass}
        />
      )}
    </Field>
  );
  return (
    <ReferenceForm
      editor={editor}
      submit={(current, loaded) => updateAction(null, { kind, code, version: loaded, ...current })}
      fields={FIELDS}
      label={(field) => t(`fields.${field}`)}
      submitLabel={t("save")}
      cancelHref="/admin/reference#texts"
    >
      <div className="grid gap-4 md:grid-cols-2">
        {input("titleEn", "en")}
        {input("titleJa", "ja")}
        {area("descriptionEn", "en")}
        {area("descriptionJa", "ja")}
      </div>
    </ReferenceForm>
  );
}
