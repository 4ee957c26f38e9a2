"use client";

// Once the plan page has been shown in a browser, its comments count as seen. Done from the client
// on purpose: a server render can also be a prefetch, which nobody has looked at.
import { useEffect } from "react";

/** The server action that marks the comments seen: it answers nothing. */
export type MarkSeenAction = (previous: null, input: { planId: string; latest: string | null }) => Promise<void>;

export function MarkCommentsSeen({
  planId,
  latest,
  markSeenAction,
}: {
  planId: string;
  latest: string | null;
  markSeenAction: MarkSeenAction;
}) {
  useEffect(() => {
    void markSeenAction(null, { planId, latest });
  }, [planId, latest, markSeenAction]);
  return null;
}
