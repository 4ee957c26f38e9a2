"use client";

// The bell in the header: a link to the notifications with the unread count. The header belongs to
// the layout, which does not re-render on client navigation, so the count is fetched again whenever
// the page changes or the server re-renders the header after an action (never on a timer: a poll
// would keep an idle session alive).
import { Bell } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

export function NotificationBell({ initialCount }: { initialCount: number }) {
  const t = useTranslations("notifications");
  const pathname = usePathname();
  const [count, setCount] = useState(initialCount);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/notifications/unread", { signal: controller.signal, cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { count?: number } | null) => {
        if (typeof body?.count === "number") setCount(body.count);
      })
      .catch(() => {}); // keep the last count: the bell is a hint, the list is the truth
    return () => controller.abort();
  }, [pathname, initialCount]);
  return (
    <Link
      href="/notifications"
      className="relative inline-flex items-center rounded p-1 hover:bg-white/10"
      aria-label={count ? t("bellUnread", { count }) : t("bell")}
      data-testid="notification-bell"
    >
      <Bell aria-hidden="true" className="size-5" />
      {count ? (
        <span
          aria-hidden="true"
          className="absolute -top-1 -right-1 min-w-5 rounded-full bg-amber-300 px-1 text-center text-xs font-semibold text-slate-950"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
