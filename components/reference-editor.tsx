"use client";

// What the three reference data forms (texts, frameworks, partner states) share: the values as typed,
// the version the form was loaded with, the save in a transition ("Saving…" with the button
// disabled), the server's refusal beside the fields, a conflict with the current values beside the
// user's, and "Saved." when it went through. A refused save keeps everything that was typed.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { buttonClass, primaryButtonClass } from "@/components/form-parts";
import { SaveFeedback, conflictRows, type Failure } from "@/components/save-feedback";
import type { ActionResult } from "@/lib/actions/result";

/** Form values are what the inputs hold: text and ticks. */
export type FormValues = Record<string, string | boolean>;

type Answer = ActionResult<{ version: number }> | ActionResult<null> | undefined;

export function useReferenceEditor<F extends FormValues>(initial: F, loadedVersion: number | undefined, initialNotice: string | null = null) {
  const t = useTranslations("reference");
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(loadedVersion);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [notice, setNotice] = useState<{ text: string; success: boolean } | null>(initialNotice ? { text: initialNotice, success: true } : null);
  const [pending, startTransition] = useTransition();

  const set = <K extends keyof F>(key: K, value: F[K]) => setValues((current) => ({ ...current, [key]: value }));
  const errorsAt = (field: string): string[] | undefined => failure?.fieldErrors?.[field];

  /** Sends the values; an update answers the new version, a creation redirects (no answer). */
  function save(event: React.FormEvent, submit: (values: F, version: number | undefined) => Promise<Answer>) {
    event.preventDefault();
    setNotice(null);
    startTransition(async () => {
      const answer = await submit(values, version);
      if (!answer) return;
      if (!answer.ok) {
        setFailure(answer);
        return;
      }
      setFailure(null);
      if (answer.data && "version" in answer.data) setVersion(answer.data.version);
      setNotice({ text: t("saved"), success: true });
    });
  }

  return { values, setValues, set, version, setVersion, failure, setFailure, notice, setNotice, pending, errorsAt, save };
}

export type ReferenceEditor<F extends FormValues> = ReturnType<typeof useReferenceEditor<F>>;

/**
 * The frame of a reference form: the refusal (and conflict) on top, the fields, the save button.
 * `fromValues` turns a conflict's current values (the server's shape) into form values.
 */
export function ReferenceForm<F extends FormValues>({
  editor,
  onSubmit,
  fields,
  fromValues,
  label,
  display,
  submitLabel,
  cancelHref,
  children,
}: {
  editor: ReferenceEditor<F>;
  onSubmit: (event: React.FormEvent) => void;
  fields: (keyof F & string)[];
  fromValues: (values: unknown) => F;
  label: (field: keyof F & string) => string;
  display?: (field: keyof F & string, value: unknown) => string | null;
  submitLabel: string;
  cancelHref: string;
  children: React.ReactNode;
}) {
  const t = useTranslations("reference");
  const tc = useTranslations("editor");
  const { failure, notice, pending, values } = editor;
  const conflict = failure?.conflict;
  const describe = (field: keyof F & string, value: unknown): string => {
    const shown = display?.(field, value);
    if (shown !== null && shown !== undefined) return shown;
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (value === "" || value === null || value === undefined) return tc("none");
    return String(value);
  };
  const rows = conflict ? conflictRows(fromValues(conflict.values), values, fields, label, describe) : [];
  return (
    <form onSubmit={onSubmit} aria-busy={pending} noValidate className="max-w-4xl">
      {failure ? (
        <SaveFeedback
          failure={failure}
          conflictRows={rows}
          onLoadTheirs={() => {
            if (!conflict) return;
            editor.setValues(fromValues(conflict.values));
            editor.setVersion(conflict.version);
            editor.setFailure(null);
          }}
          onKeepMine={() => {
            if (!conflict) return;
            editor.setVersion(conflict.version);
            editor.setFailure(null);
            editor.setNotice({ text: tc("conflictReady"), success: false });
          }}
        />
      ) : null}
      <div role="status" className="mb-3">
        {notice ? (
          <p
            className={
              notice.success
                ? "rounded border border-emerald-300 bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
                : "rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-900"
            }
          >
            {notice.text}
          </p>
        ) : null}
      </div>
      <div className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">{children}</div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} aria-busy={pending} className={primaryButtonClass}>
          {pending ? t("saving") : submitLabel}
        </button>
        <Link href={cancelHref} className={buttonClass}>
          {t("back")}
        </Link>
        <span className="sr-only" role="status">
          {pending ? t("saving") : ""}
        </span>
      </div>
    </form>
  );
}
