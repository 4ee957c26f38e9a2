"use client";

// The edit form of a partner state: its names in both languages, ASEAN membership with the date of
// accession, and whether it is an ADMM-Plus country. Its ISO codes are its identity and not edited.
import { useTranslations } from "next-intl";
import { Field, FieldErrors, inputClass } from "@/components/ui/field";
import { ReferenceForm, ReferenceText } from "@/components/reference-editor";
import { useVersionedEditor } from "@/components/use-versioned-editor";
import type { Action } from "@/lib/actions/action";
import { REFERENCE_LIMITS } from "@/lib/domain/limits";
import type { PartnerStateValues } from "@/lib/validation/reference";

type StateFormValues = { nameEn: string; nameJa: string; isAsean: boolean; aseanMemberSince: string; admmPlus: boolean };

const FIELDS: (keyof StateFormValues)[] = ["nameEn", "nameJa", "isAsean", "aseanMemberSince", "admmPlus"];

function fromValues(values: unknown): StateFormValues {
  const v = values as Partial<PartnerStateValues>;
  return {
    nameEn: v.nameEn ?? "",
    nameJa: v.nameJa ?? "",
    isAsean: v.isAsean ?? false,
    aseanMemberSince: v.aseanMemberSince ?? "",
    admmPlus: v.admmPlus ?? false,
  };
}

function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
  errors,
}: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: string[];
}) {
  const describedBy = [`${id}-hint`, errors?.length ? `${id}-errors` : null].filter(Boolean).join(" ");
  return (
    <div>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 h-4 w-4"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={describedBy}
        />
        <label htmlFor={id} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      <p id={`${id}-hint`} className="ml-6 text-xs text-slate-600">
        {hint}
      </p>
      <FieldErrors id={`${id}-errors`} messages={errors} />
    </div>
  );
}

export function ReferenceStateForm({
  code,
  version,
  initial,
  updateAction,
}: {
  code: string;
  version: number;
  initial: PartnerStateValues;
  /** The server action that saves the state (sent with its code and version), from the page. */
  updateAction: Action<{ version: number }, StateFormValues & { code: string; version: number | undefined }>;
}) {
  const t = useTranslations("reference");
  const editor = useVersionedEditor<StateFormValues>({ initial: fromValues(initial), version, fromConflict: fromValues });
  const { values, set, errorsAt } = editor;
  const id = (field: string) => `state-${field}`;
  const name = (field: "nameEn" | "nameJa", lang: "en" | "ja") => (
    <ReferenceText editor={editor} id={id(field)} field={field} lang={lang} maxLength={REFERENCE_LIMITS.name} />
  );
  return (
    <ReferenceForm
      editor={editor}
      submit={(current, loaded) => updateAction(null, { code, version: loaded, ...current })}
      fields={FIELDS}
      label={(field) => t(`fields.${field}`)}
      submitLabel={t("save")}
      cancelHref="/admin/reference#states"
    >
      <div className="grid gap-4 md:grid-cols-2">
        {name("nameEn", "en")}
        {name("nameJa", "ja")}
        <Checkbox
          id={id("isAsean")}
          label={t("fields.isAsean")}
          hint={t("hints.isAsean")}
          checked={values.isAsean}
          onChange={(checked) => set("isAsean", checked)}
          errors={errorsAt("isAsean")}
        />
        <Field
          id={id("aseanMemberSince")}
          label={t("fields.aseanMemberSince")}
          hint={t("hints.aseanMemberSince")}
          errors={errorsAt("aseanMemberSince")}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              required={values.isAsean}
              value={values.aseanMemberSince}
              onChange={(event) => set("aseanMemberSince", event.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Checkbox
          id={id("admmPlus")}
          label={t("fields.admmPlus")}
          hint={t("hints.admmPlus")}
          checked={values.admmPlus}
          onChange={(checked) => set("admmPlus", checked)}
          errors={errorsAt("admmPlus")}
        />
      </div>
    </ReferenceForm>
  );
}
