import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { seesAllStates } from "@/lib/authz/policy";
import { needScope, planNamedScope } from "@/lib/data/scope";

export const NOTIFICATION_PAGE_SIZE = 50;

/**
 * The actor's notifications whose subject they may still see: a plan no longer shared with a
 * liaison officer's state drops out of their list, title and all. One back in draft stays, with the
 * title it had when the notification was sent (shared content, never the draft's), and opens on the
 * page that says it is being revised.
 */
export function visibleTo(actor: Actor): Prisma.NotificationWhereInput {
  if (seesAllStates(actor)) return { userId: actor.id };
  return {
    userId: actor.id,
    AND: [{ OR: [{ planId: null }, { plan: planNamedScope(actor) }] }, { OR: [{ needId: null }, { need: needScope(actor) }] }],
  };
}

export async function countUnreadNotifications(actor: Actor): Promise<number> {
  return scopedDb(actor).notification.count({ where: { ...visibleTo(actor), readAt: null } });
}

export async function listNotifications(actor: Actor) {
  return scopedDb(actor).notification.findMany({
    where: visibleTo(actor),
    select: { id: true, kind: true, planId: true, needId: true, data: true, createdAt: true, readAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: NOTIFICATION_PAGE_SIZE,
  });
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];
