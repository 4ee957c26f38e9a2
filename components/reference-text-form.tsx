"use client";

// The edit form of one text of the strategic framework (an end, principle, approach, key area or
// means): its English and Japanese title and description. The code is its identity and not edited.
import { useTranslations } from "next-intl";
import { ReferenceForm, ReferenceText } from "@/components/reference-editor";
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
  const description = { editor, maxLength: REFERENCE_LIMITS.description, rows: 6 };
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
        <ReferenceText editor={editor} id="text-titleEn" field="titleEn" lang="en" maxLength={REFERENCE_LIMITS.title} />
        <ReferenceText editor={editor} id="text-titleJa" field="titleJa" lang="ja" maxLength={REFERENCE_LIMITS.title} />
        <ReferenceText {...description} id="text-descriptionEn" field="descriptionEn" lang="en" />
        <ReferenceText {...description} id="text-descriptionJa" field="descriptionJa" lang="ja" />
      </div>
    </ReferenceForm>
  );
}
