"use client";

// "Mark closed" / "Reopen" beside a follow-up action on the activity page: a small form sent with the
// report's version the page showed. A stale version comes back as a conflict (who changed the report,
// when); "Load the current report" shows it, and nothing was saved.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { Action } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";

export function FollowUpToggle({
  activityId,
  followUpId,
  action,
  version,
  closed,
  toggleAction,
}: {
  activityId: string;
  followUpId: string;
  /** The follow-up's text, to name it to screen readers. */
  action: string;
  /** The report's version the page shows. */
  version: number;
  closed: boolean;
  toggleAction: Action<{ version: number }>;
}) {
  const t = useTranslations("afterActionEditor");
  const tc = useTranslations("editor");
  const router = useRouter();
  const [sent, dispatch, pending] = useActionState<{ result: ActionResult<{ version: number }>; version: number } | null, FormData>(
    async (_previous, formData) => {
      const result = await toggleAction(null, formData);
      if (result.ok) startTransition(() => router.refresh());
      return { result, version: Number(formData.get("version")) };
    },
    null,
  );
  // A refusal shows while the page is still at the version it was sent from.
  const failure = sent && !sent.result.ok && sent.version === version ? sent.result : null;
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  const step = closed ? "reopen" : "close";
  return (
    <form onSubmit={submit} aria-busy={pending}>
      <input type="hidden" name="activityId" value={activityId} />
      <input type="hidden" name="followUpId" value={followUpId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="step" value={step} />
      <button type="submit" disabled={pending} className={buttonClass} aria-label={t(`${step}Label`, { action })}>
        {pending ? t("working") : t(step)}
      </button>
      {failure ? (
        <div role="alert" className="mt-2 rounded border border-rose-300 bg-rose-50 px-2 py-1 text-sm text-rose-900">
          <p>{failure.error}</p>
          {failure.conflict ? (
            <button type="button" className={`${buttonClass} mt-1`} onClick={() => router.refresh()}>
              {tc("conflictLoadTheirs")}
            </button>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
