"use client";

// What every editor of a versioned record holds (plans, activities, programs, reference data): the
// values as typed, the version they are based on, the save in a transition ("Saving…" with the button
// disabled), the server's answer (a refusal beside the fields, or the saved version), and the way out
// of a conflict: "Load their version" puts the current record in the form, "Keep my values" keeps the
// form; either way the next save is based on the current version. A refused save keeps what was typed.
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { Failure } from "@/components/save-feedback";
import type { ActionResult } from "@/lib/actions/result";
import type { Action, RecordEdit } from "@/lib/actions/action";

export interface Notice {
  text: string;
  success: boolean;
}

/** What a save answers; an update may answer its new version. Nothing comes back when the action redirects. */
type Data = { version: number } | null;
export type Saved<D extends Data> = Extract<ActionResult<D>, { ok: true }>;

export function useVersionedEditor<V, D extends Data = Data>({
  initial,
  version: loadedVersion,
  fromConflict,
  notice: initialNotice = null,
}: {
  initial: V;
  /** Absent for a record not created yet. */
  version: number | undefined;
  /** The current record of a conflict (in the server's shape) as form values. */
  fromConflict: (theirs: unknown, current: V) => V;
  /** A success to show before the first save (e.g. "Created."). */
  notice?: string | null;
}) {
  const tc = useTranslations("editor");
  const [values, setValues] = useState(initial);
  const [version, setVersion] = useState(loadedVersion);
  const [answer, setAnswer] = useState<ActionResult<D> | null>(null);
  const [notice, setNotice] = useState<Notice | null>(initialNotice ? { text: initialNotice, success: true } : null);
  const [pending, startTransition] = useTransition();

  const failure: Failure | null = answer && !answer.ok ? answer : null;
  const saved: Saved<D> | null = answer?.ok ? answer : null;
  const conflict = failure?.conflict;
  /** The values that won, as form values, while a conflict is shown. */
  const theirs = conflict ? fromConflict(conflict.values, values) : null;

  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((current) => ({ ...current, [key]: value }));

  /** The blocking rules naming `field` or a part of it ("years.2026" names "years.2026.objectives"). */
  const rulesAt = (field: string) =>
    (failure?.rules ?? []).filter((rule) => rule.severity === "error" && rule.fields.some((f) => f === field || f.startsWith(`${field}.`)));

  /** The server's messages for an input: its own errors, then those of the blocking rules on `ruleFields`. */
  const errorsAt = (path: string, ruleFields: string[] = []): string[] | undefined => {
    const messages = [...(failure?.fieldErrors?.[path] ?? [])];
    for (const rule of failure?.rules ?? []) {
      if (rule.severity === "error" && ruleFields.some((field) => rule.fields.some((f) => f === field || f.startsWith(`${field}.`))))
        messages.push(rule.message);
    }
    return messages.length ? messages : undefined;
  };

  /** Sends the values with the version they are based on; `onSaved` runs once the server took them. */
  function save(
    event: React.FormEvent,
    submit: (values: V, version: number | undefined) => Promise<ActionResult<D> | undefined>,
    onSaved?: (saved: Saved<D>) => void,
  ) {
    event.preventDefault();
    setNotice(null);
    startTransition(async () => {
      const result = await submit(values, version);
      if (!result) return;
      setAnswer(result);
      if (!result.ok) return;
      if (result.data) setVersion(result.data.version);
      onSaved?.(result);
    });
  }

  function loadTheirs() {
    if (!conflict) return;
    setValues((current) => fromConflict(conflict.values, current));
    setVersion(conflict.version);
    setAnswer(null);
  }

  function keepMine() {
    // The user saw both versions and chose theirs to be replaced: the next save is based on it, and
    // the server checks the rules again on what is sent.
    if (!conflict) return;
    setVersion(conflict.version);
    setAnswer(null);
    setNotice({ text: tc("conflictReady"), success: false });
  }

  return {
    values,
    setValues,
    set,
    version,
    failure,
    saved,
    conflict,
    theirs,
    notice,
    setNotice,
    pending,
    rulesAt,
    errorsAt,
    save,
    loadTheirs,
    keepMine,
  };
}

/** What a page gives the editor of a record: its values as loaded, the choices it offers, and where "Cancel" leads. */
export interface EditorProps<V, O> {
  /** The version the values were loaded at; absent for a new record. */
  version?: number;
  initial: V;
  options: O;
  cancelHref: string;
}

/** The editor of a record that may be new, with its server actions from the page: creating a new record, updating (by its id) an existing one. */
export interface RecordEditorProps<V, O, P> extends EditorProps<V, O> {
  createAction?: Action<null, P>;
  updateAction?: Action<null, RecordEdit<P & { version: number | undefined }>>;
}

/**
 * The save of a record that may be new: without an id it is created, with one it is updated at the
 * version the values are based on. On success the action redirects; only a refusal comes back.
 */
export function sendRecord<P>(
  id: string | undefined,
  payload: P,
  { createAction, updateAction }: Pick<RecordEditorProps<unknown, unknown, P>, "createAction" | "updateAction">,
) {
  return async (_: unknown, version: number | undefined) =>
    id ? updateAction?.(null, { id, values: { ...payload, version } }) : createAction?.(null, payload);
}

export type VersionedEditor<V, D extends Data = Data> = ReturnType<typeof useVersionedEditor<V, D>>;
