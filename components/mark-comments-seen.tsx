"use client";

// Once the plan page has been shown in a browser, its comments count as seen. Done from the client
// on purpose: a server render can also be a prefetch, which nobody has looked at.
import { useEffect } from "react";
import { markPlanCommentsSeenAction } from "@/app/(portal)/plans/comment-actions";

export function MarkCommentsSeen({ planId, latest }: { planId: string; latest: string | null }) {
  useEffect(() => {
    void markPlanCommentsSeenAction(planId, latest);
  }, [planId, latest]);
  return null;
}
