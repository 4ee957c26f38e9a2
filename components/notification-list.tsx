"use client";

// The notifications of the signed-in user: each opens its plan or need (and is marked read on the
// way), can be marked read on its own, or all at once.
import clsx from "clsx";
import { useFormatter, useTranslations } from "next-intl";
import { useActionState } from "react";
import { buttonClass } from "@/components/ui/button";
import type { Action } from "@/lib/actions/action";

/** The server actions, from the page: marking read (one, or all up to a time) and opening one (it redirects). */
export interface NotificationActions {
  markReadAction: Action<{ count: number }>;
  openAction: (previous: null, input: FormData) => Promise<void>;
}

export interface NotificationView {
  id: string;
  kind: string;
  text: string;
  createdAt: string;
  read: boolean;
}

function MarkRead({
  id,
  label,
  upTo,
  markReadAction,
}: {
  id: string;
  label: string;
  upTo?: string;
  markReadAction: NotificationActions["markReadAction"];
}) {
  const [state, action, pending] = useActionState(markReadAction, null);
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

export function NotificationList({ items, actions }: { items: NotificationView[]; actions: NotificationActions }) {
  const t = useTranslations("notifications");
  const format = useFormatter();
  const unread = items.filter((item) => !item.read).length;
  // A plain form action, as before the one action shape: it answers nothing, it redirects.
  const open = actions.openAction.bind(null, null);
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <p role="status" className="text-sm text-slate-700" data-testid="unread-count">
          {t("unreadCount", { count: unread })}
        </p>
        {unread ? <MarkRead id="all" label={t("markAllRead")} upTo={items[0]?.createdAt} markReadAction={actions.markReadAction} /> : null}
      </div>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li
            key={item.id}
            className={clsx("flex flex-wrap items-center justify-between gap-3 p-3", !item.read && "bg-sky-50")}
            data-testid="notification"
          >
            <form action={open} className="min-w-0 flex-1">
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
            {item.read ? null : <MarkRead id={item.id} label={t("markRead")} markReadAction={actions.markReadAction} />}
          </li>
        ))}
      </ul>
    </>
  );
}
