"use client";

// Writing a comment on a plan. What the user typed stays when the server refuses it; on success the
// box empties and a status line says the comment was posted.
import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { primaryButtonClass } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import type { Action } from "@/lib/actions/action";
import { MAX_COMMENT_LENGTH } from "@/lib/domain/limits";

/** The server action that posts a comment. */
export type AddCommentAction = Action<{ id: string }>;

export function CommentForm({ planId, addCommentAction }: { planId: string; addCommentAction: AddCommentAction }) {
  const t = useTranslations("planComments");
  const [body, setBody] = useState("");
  const [state, action, pending] = useActionState(async (previous: Awaited<ReturnType<AddCommentAction>> | null, formData: FormData) => {
    const result = await addCommentAction(previous, formData);
    if (result.ok) setBody("");
    return result;
  }, null);
  const errors = state && !state.ok ? (state.fieldErrors?.body ?? (state.fieldErrors ? undefined : [state.error])) : undefined;
  return (
    <form action={action} aria-busy={pending} className="mt-4 space-y-2" data-testid="comment-form" data-print="hide">
      <input type="hidden" name="planId" value={planId} />
      <Field id="comment-body" label={t("yourComment")} hint={t("hint")} errors={errors}>
        {(props) => (
          <textarea
            {...props}
            name="body"
            rows={4}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            maxLength={MAX_COMMENT_LENGTH}
            className={inputClass}
          />
        )}
      </Field>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? t("posting") : t("post")}
        </button>
        <p role="status" className="text-sm text-emerald-900">
          {state?.ok && !pending ? t("posted") : ""}
        </p>
      </div>
    </form>
  );
}
