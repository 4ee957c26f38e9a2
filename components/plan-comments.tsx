import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { CommentForm, type AddCommentAction } from "@/components/comment-form";
import { DateTimeText } from "@/components/dates";
import { MarkCommentsSeen, type MarkSeenAction } from "@/components/mark-comments-seen";
import { Empty } from "@/components/page-header";
import type { PlanDetail } from "@/lib/data/plans/reads";
import { ClientMessages } from "@/components/client-messages";

/**
 * The comment thread of a plan: who wrote what and when, the comments the viewer has not seen yet
 * marked "New", and the form to write one (for those who may comment on a plan that still takes
 * comments). The server actions come from the page.
 */
export async function PlanComments({
  plan,
  viewerId,
  seenAt,
  canComment,
  addCommentAction,
  markSeenAction,
}: {
  plan: Pick<PlanDetail, "id" | "comments">;
  viewerId: string;
  seenAt: Date | null;
  canComment: boolean;
  addCommentAction: AddCommentAction;
  markSeenAction: MarkSeenAction;
}) {
  const t = await getTranslations("planComments");
  const tr = await getTranslations("roles");
  const latest = plan.comments.at(-1)?.createdAt.toISOString() ?? null;
  return (
    <>
      {plan.comments.length ? (
        <ol className="space-y-3" aria-label={t("thread")}>
          {plan.comments.map((c) => {
            const isNew = c.author.id !== viewerId && (!seenAt || c.createdAt > seenAt);
            return (
              <li key={c.id} className="rounded border border-slate-200 p-3 text-sm" data-testid="plan-comment">
                <p className="flex flex-wrap items-center gap-2 text-slate-700">
                  <span className="font-medium text-slate-900">{c.author.name}</span>
                  <span>{c.author.role === "LIAISON" ? t("officerOf", { state: c.author.stateCode ?? "" }) : tr(c.author.role)}</span>
                  <span aria-hidden="true">·</span>
                  <DateTimeText value={c.createdAt} />
                  {isNew ? <Badge variant="info">{t("new")}</Badge> : null}
                </p>
                <p className="mt-1 whitespace-pre-line">{c.body}</p>
              </li>
            );
          })}
        </ol>
      ) : (
        <Empty>{t("none")}</Empty>
      )}
      <ClientMessages namespaces={["planComments"]}>
        {canComment ? <CommentForm planId={plan.id} addCommentAction={addCommentAction} /> : null}
        <MarkCommentsSeen planId={plan.id} latest={latest} markSeenAction={markSeenAction} />
      </ClientMessages>
    </>
  );
}
