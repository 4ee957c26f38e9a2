"use client";

// The notifications of the signed-in user: each opens its plan or need (and is marked read on the
// way), can be marked read on its own, or all at once.
import clsx from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { markNotificationsReadAction, openNotificationAction } from "@/app/(portal)/notifications/actions";
import { buttonClass } from "@/components/ui/button";

export interface NotificationView {
  id: string;
  kind: "PLAN_SHARED" | "PLAN_COMMENT" | "PLAN_APPROVED" | "NEED_STATUS";
  text: string;
  createdAt: string;
  read: boolean;
}

function MarkRead({ id, label, upTo }: { id: string; label: string; upTo?: string }) {
  const [state, action, pending] = useActionState(markNotificationsReadAction, null);
  return (
    <form action={action} aria-busy={pending}>
      <input type="hidden" name="id" value={id} />
      {upTo ? <input type="hidden" name="upTo" value={upTo} /> : null}
      <button type="submit" disabled={pending} className={buttonClass}>
        {label}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-rose-800">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}

export function NotificationList({ items }: { items: NotificationView[] }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const unread = items.filter((item) => !item.read).length;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm text-slate-700" data-testid="unread-count">
          {t("unreadCount", { count: unread })}
        </p>
        {unread ? <MarkRead id="all" label={t("markAllRead")} upTo={items[0]?.createdAt} /> : null}
      </div>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li
            key={item.id}
            className={clsx("flex flex-wrap items-center justify-between gap-3 p-3", !item.read && "bg-sky-50")}
            data-testid="notification"
          >
            <form action={openNotificationAction} className="min-w-0 flex-1">
              <input type="hidden" name="id" value={item.id} />
              <button type="submit" className="link text-left">
                {item.read ? null : <span className="sr-only">{t("unread")}: </span>}
                <span className={clsx(!item.read && "font-semibold")}>{item.text}</span>
              </button>
              <p className="text-xs text-slate-600">
                <time dateTime={item.createdAt}>
                  {format.dateTime(new Date(item.createdAt), { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </p>
            </form>
            {item.read ? null : <MarkRead id={item.id} label={t("markRead")} />}
          </li>
        ))}
      </ul>
    </>
  );
}
