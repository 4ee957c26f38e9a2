"use client";

// A liaison officer's feedback on a conducted activity their state took part in: usefulness and fit to
// the state's needs (1-5) and a comment. The state is not asked: the server files it under the
// officer's own. Sent with the version the page showed (none before the state's first feedback): two
// officers of the state saving at once, the second sees the conflict view with the first's values.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useState } from "react";
import { SaveFeedback, conflictRows } from "@/components/save-feedback";
import { primaryButtonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { Action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { AFTER_ACTION_LIMITS, RATINGS } from "@/lib/domain/after-action";

export type FeedbackValues = {
  usefulness: string;
  fit: string;
  comment: string;
};

const COMPARED: (keyof FeedbackValues)[] = ["usefulness", "fit", "comment"];

export function FeedbackForm({
  activityId,
  version,
  initial,
  saveAction,
}: {
  activityId: string;
  /** The version of the state's feedback as the page shows it; absent before the first. */
  version: number | undefined;
  initial: FeedbackValues;
  saveAction: Action<{ version: number }>;
}) {
  const t = useTranslations("afterActionEditor");
  const tc = useTranslations("editor");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(false);
  const [sent, dispatch, pending] = useActionState<{ result: ActionResult<{ version: number }>; version: string } | null, FormData>(
    async (_previous, formData) => {
      const result = await saveAction(null, formData);
      if (result.ok) startTransition(() => router.refresh());
      setSaved(result.ok);
      return { result, version: String(formData.get("version")) };
    },
    null,
  );
  // A refusal shows while the page is still at the version it was sent from.
  const failure = sent && !sent.result.ok && sent.version === String(version ?? "") ? sent.result : null;
  const errors = (field: keyof FeedbackValues) => failure?.fieldErrors?.[field];
  const bind = (name: keyof FeedbackValues) => ({
    name,
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLSelectElement | HTMLTextAreaElement>) => {
      setSaved(false);
      setValues((current) => ({ ...current, [name]: event.target.value }));
    },
  });
  const theirs = failure?.conflict?.values as { usefulness: number; fit: number; comment: string } | undefined;
  const theirValues: FeedbackValues | null = theirs
    ? { usefulness: String(theirs.usefulness), fit: String(theirs.fit), comment: theirs.comment }
    : null;
  const rows = theirValues
    ? conflictRows(
        theirValues,
        values,
        COMPARED,
        (field) => t(`fields.${field}`),
        (_field, value) => String(value ?? "") || tc("none"),
      )
    : [];
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const rating = (field: "usefulness" | "fit") => (
    <Field id={`feedback-${field}`} label={t(`fields.${field}`)} hint={t(`hints.${field}`)} errors={errors(field)}>
      {(props) => (
        <select {...props} {...bind(field)} required className={inputClass}>
          <option value="">{t("feedback.choose")}</option>
          {RATINGS.map((value) => (
            <option key={value} value={String(value)}>
              {t(`feedback.scale.${value}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <form onSubmit={submit} aria-busy={pending} noValidate className="max-w-2xl space-y-4" data-testid="feedback-form">
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="version" value={version ?? ""} />
      {failure ? (
        <SaveFeedback
          failure={failure}
          conflictRows={rows}
          onLoadTheirs={() => {
            if (theirValues) setValues(theirValues);
            router.refresh();
          }}
          onKeepMine={() => router.refresh()}
          fieldLabels={Object.fromEntries(COMPARED.map((field) => [field, t(`fields.${field}`)]))}
        />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {rating("usefulness")}
        {rating("fit")}
      </div>
      <Field id="feedback-comment" label={t("fields.comment")} errors={errors("comment")}>
        {(props) => <textarea {...props} {...bind("comment")} rows={4} maxLength={AFTER_ACTION_LIMITS.comment} className={inputClass} />}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} aria-busy={pending} className={primaryButtonClass}>
          {pending ? t("feedback.saving") : t("feedback.save")}
        </button>
        <p role="status" className="text-sm font-medium text-emerald-900">
          {saved && !pending ? t("feedback.saved") : ""}
        </p>
      </div>
    </form>
  );
}
