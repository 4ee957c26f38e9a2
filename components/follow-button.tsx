"use client";

// Follow a plan to be told about its comments and approval; unfollow to stop.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import type { Action } from "@/lib/actions/action";

export function FollowButton({
  planId,
  following,
  followAction,
}: {
  planId: string;
  following: boolean;
  /** The server action that follows or unfollows, from the page. */
  followAction: Action<{ following: boolean }>;
}) {
  const t = useTranslations("planComments");
  const [state, action, pending] = useActionState(followAction, null);
  const now = state?.ok ? state.data.following : following;
  return (
    <form action={action} aria-busy={pending} className="flex items-center gap-2" data-print="hide">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="following" value={now ? "false" : "true"} />
      <button type="submit" disabled={pending} aria-pressed={now} className={buttonClass}>
        {now ? t("following") : t("follow")}
      </button>
      <span className="text-xs text-slate-600">{now ? t("followingHint") : t("followHint")}</span>
      {state && !state.ok ? (
        <span role="alert" className="text-sm text-rose-800">
          {state.error}
        </span>
      ) : null}
    </form>
  );
}
