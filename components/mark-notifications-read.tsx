"use client";

// Once a plan's or need's page has been shown in a browser, the reader's notifications about it are
// read, however the reader came. From the client on purpose: a server render can be a prefetch that
// nobody looked at, and the page's own statements stay as they were when there is nothing to mark.
import { useEffect } from "react";

/** The server action that marks them: it answers nothing. */
export type MarkSubjectReadAction = (previous: null, input: { planId: string } | { needId: string }) => Promise<void>;

export function MarkNotificationsRead({
  subject,
  markReadAction,
}: {
  subject: { planId: string } | { needId: string };
  markReadAction: MarkSubjectReadAction;
}) {
  const planId = "planId" in subject ? subject.planId : null;
  const needId = "needId" in subject ? subject.needId : null;
  useEffect(() => {
    void markReadAction(null, planId ? { planId } : { needId: needId ?? "" });
  }, [planId, needId, markReadAction]);
  return null;
}
