"use client";

// The form of an ASEAN-led framework, for a new one and for an existing one: its code (chosen once),
// kind, names and descriptions in both languages, the framework it works under, its founding date and
// its place in the lists.
import { useLocale, useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/ui/field";
import { NameOptions } from "@/components/name-options";
import { ReferenceForm, ReferenceText } from "@/components/reference-editor";
import { useVersionedEditor } from "@/components/use-versioned-editor";
import type { Action } from "@/lib/actions/action";
import { nameOf } from "@/lib/i18n/localized";
import { FRAMEWORK_KINDS } from "@/lib/domain/enums";
import { REFERENCE_LIMITS } from "@/lib/domain/limits";
import type { FrameworkValues } from "@/lib/validation/reference";

type FrameworkFormValues = {
  code: string;
  kind: string;
  nameEn: string;
  nameJa: string;
  descriptionEn: string;
  descriptionJa: string;
  parentCode: string;
  establishedOn: string;
  sortOrder: string;
};

const FIELDS: (keyof FrameworkFormValues)[] = [
  "kind",
  "nameEn",
  "nameJa",
  "descriptionEn",
  "descriptionJa",
  "parentCode",
  "establishedOn",
  "sortOrder",
];

/** A framework's values as the inputs hold them (a conflict's values come in the server's shape). */
export function frameworkFormValues(code: string, values: Partial<FrameworkValues>): FrameworkFormValues {
  return {
    code,
    kind: values.kind ?? "",
    nameEn: values.nameEn ?? "",
    nameJa: values.nameJa ?? "",
    descriptionEn: values.descriptionEn ?? "",
    descriptionJa: values.descriptionJa ?? "",
    parentCode: values.parentCode ?? "",
    establishedOn: values.establishedOn ?? "",
    sortOrder: values.sortOrder === undefined ? "" : String(values.sortOrder),
  };
}

type Parent = { code: string; nameEn: string; nameJa: string };

export function ReferenceFrameworkForm({
  code,
  version,
  initial,
  parents,
  hasChildren = false,
  created = false,
  createAction,
  updateAction,
}: {
  /** Absent for a new framework. */
  code?: string;
  /** The server actions, from the page: creating for a new framework, updating (with its code) for an existing one. */
  createAction?: Action<null, FrameworkFormValues>;
  updateAction?: Action<{ version: number }, FrameworkFormValues & { version: number | undefined }>;
  version?: number;
  initial: Partial<FrameworkValues>;
  parents: Parent[];
  hasChildren?: boolean;
  created?: boolean;
}) {
  const t = useTranslations("reference");
  const locale = useLocale();
  const isNew = code === undefined;
  const editor = useVersionedEditor<FrameworkFormValues>({
    initial: frameworkFormValues(code ?? "", initial),
    version,
    fromConflict: (theirs, current) => frameworkFormValues(current.code, theirs as Partial<FrameworkValues>),
    notice: created ? t("frameworks.created") : null,
  });
  const { values, set, errorsAt } = editor;
  const id = (field: string) => `framework-${field}`;
  const parentName = (parentCode: string) => {
    const parent = parents.find((row) => row.code === parentCode);
    return parent ? nameOf(locale, parent) : parentCode;
  };
  const display = (field: keyof FrameworkFormValues, value: unknown): string | null => {
    if (!value) return null;
    if (field === "kind") return t(`frameworkKind.${String(value)}` as never);
    if (field === "parentCode") return parentName(String(value));
    return null;
  };
  const text = (field: "nameEn" | "nameJa", lang: "en" | "ja") => (
    <ReferenceText editor={editor} id={id(field)} field={field} lang={lang} maxLength={REFERENCE_LIMITS.name} />
  );
  const area = (field: "descriptionEn" | "descriptionJa", lang: "en" | "ja") => (
    <ReferenceText editor={editor} id={id(field)} field={field} lang={lang} maxLength={REFERENCE_LIMITS.description} rows={5} />
  );
  return (
    <ReferenceForm
      editor={editor}
      submit={async (current, loaded) => (isNew ? createAction?.(null, current) : updateAction?.(null, { ...current, version: loaded }))}
      fields={FIELDS}
      label={(field) => t(`fields.${field}`)}
      display={display}
      submitLabel={isNew ? t("frameworks.create") : t("save")}
      cancelHref="/admin/reference#frameworks"
    >
      <div className="grid gap-4 md:grid-cols-2">
        {isNew ? (
          <Field id={id("code")} label={t("fields.code")} hint={t("hints.frameworkCode")} errors={errorsAt("code")}>
            {(props) => (
              <input
                {...props}
                type="text"
                required
                maxLength={REFERENCE_LIMITS.code}
                autoComplete="off"
                spellCheck={false}
                value={values.code}
                onChange={(event) => set("code", event.target.value)}
                className={`${inputClass} font-mono uppercase`}
              />
            )}
          </Field>
        ) : null}
        <Field id={id("kind")} label={t("fields.kind")} errors={errorsAt("kind")}>
          {(props) => (
            <select {...props} required value={values.kind} onChange={(event) => set("kind", event.target.value)} className={inputClass}>
              <option value="">{t("chooseKind")}</option>
              {FRAMEWORK_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`frameworkKind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text("nameEn", "en")}
        {text("nameJa", "ja")}
        {area("descriptionEn", "en")}
        {area("descriptionJa", "ja")}
        <Field
          id={id("parentCode")}
          label={t("fields.parentCode")}
          hint={hasChildren ? t("hints.parentHasChildren") : t("hints.parent")}
          errors={errorsAt("parentCode")}
        >
          {(props) => (
            <select {...props} value={values.parentCode} onChange={(event) => set("parentCode", event.target.value)} className={inputClass}>
              <option value="">{t("noParent")}</option>
              <NameOptions rows={parents.filter((parent) => parent.code !== code)} valueOf={(parent) => parent.code} />
            </select>
          )}
        </Field>
        <Field
          id={id("establishedOn")}
          label={t("fields.establishedOn")}
          hint={t("hints.establishedOn")}
          errors={errorsAt("establishedOn")}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              value={values.establishedOn}
              onChange={(event) => set("establishedOn", event.target.value)}
              className={inputClass}
            />
          )}
        </Field>
        <Field id={id("sortOrder")} label={t("fields.sortOrder")} hint={t("hints.sortOrder")} errors={errorsAt("sortOrder")}>
          {(props) => (
            <input
              {...props}
              type="number"
              inputMode="numeric"
              required
              min={1}
              max={REFERENCE_LIMITS.sortOrder}
              step={1}
              value={values.sortOrder}
              onChange={(event) => set("sortOrder", event.target.value)}
              className={inputClass}
            />
          )}
        </Field>
      </div>
    </ReferenceForm>
  );
}
