import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { markNotificationsReadAction, openNotificationAction } from "@/app/(portal)/notifications/actions";
import { NotificationList } from "@/components/notification-list";
import { Empty, PageHeader } from "@/components/page-header";
import { requireActor } from "@/lib/auth/actor";
import { listNotifications, NOTIFICATION_PAGE_SIZE } from "@/lib/data/notifications/reads";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** What each kind records (lib/data/notifications/writes.ts, milestones.ts); every field is optional. */
interface NotificationData {
  title?: string;
  by?: string;
  status?: string;
  reason?: string;
  milestone?: string;
  due?: string;
  stateCode?: string;
  stateEn?: string;
  stateJa?: string;
}

export default async function NotificationsPage() {
  const actor = await requireActor();
  const [t, tk, te, format, locale, rows] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("notificationKinds"),
    getTranslations("enums"),
    getFormatter(),
    getLocale(),
    listNotifications(actor),
  ]);
  // The text is composed here, in the reader's language, from what the change recorded.
  const items = rows.map((row) => {
    const data = (row.data ?? {}) as NotificationData;
    const title = data.title ?? "";
    const status = data.status ? te(`needStatus.${data.status}` as never) : "";
    const due = data.due ? format.dateTime(new Date(`${data.due}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : "";
    const state = (locale === "ja" ? data.stateJa : data.stateEn) ?? data.stateCode ?? "";
    return {
      id: row.id,
      kind: row.kind,
      text: tk(row.kind, {
        title,
        by: data.by ?? "",
        status,
        reason: data.reason ?? "",
        milestone: data.milestone ?? "",
        due,
        state,
      }),
      createdAt: row.createdAt.toISOString(),
      read: row.readAt !== null,
    };
  });
  return (
    <>
      <PageHeader title={t("title")} intro={t("intro", { count: NOTIFICATION_PAGE_SIZE })} />
      {items.length ? (
        <NotificationList items={items} actions={{ markReadAction: markNotificationsReadAction, openAction: openNotificationAction }} />
      ) : (
        <Empty>{t("none")}</Empty>
      )}
    </>
  );
}
