import "server-only";
import type { Actor } from "@/lib/authz/actor";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { todayInJapan } from "@/lib/fiscal-year";

// One day's run of the time-based notifications: a milestone falling due within the next 7 days
// (MILESTONE_DUE) and one that has become late (MILESTONE_LATE), each told to the plan's author and
// followers among JMOD staff. A later change runs it daily from the job queue; until then
// `npm run notify:milestones` (scripts/notify-milestones.ts) runs it once.
//
// Idempotent: each notification carries a dedupe key (kind, plan, due date, the milestone's title; a
// plan save recreates its milestones, so their ids would not do), unique per user, and is written by
// INSERT ... ON CONFLICT DO NOTHING. A second run on the same day, or two instances at once, create
// nothing more (the second waits on the unique index for the first to commit, then skips its rows).
//
// Liaison officers are not told: the milestones they may read are those of the plan as it was shared
// (a draft's edits never reach them), not the live ones this run reads.

/** How far ahead a milestone is announced, and how far back a late one still is (missed runs catch up). */
export const MILESTONE_NOTICE_DAYS = 7;

/** Who the run acts as: no user (its audit event names none), reading every plan as JMOD staff would. */
const RUN: Actor = { id: "", email: "system:notify-milestones", name: "Milestone notifications", role: "ADMIN", stateCode: null };

export interface MilestoneRun {
  day: string;
  due: number;
  late: number;
}

export async function notifyMilestones(now: Date = new Date()): Promise<MilestoneRun> {
  const today = todayInJapan(now);
  const day = today.toISOString().slice(0, 10);
  return sqlScopedDb(RUN, "JMOD staff only: recipients are active planners and admins").$transaction(async (tx) => {
    // scope: the run reads every plan as JMOD staff; each row goes to an active planner or admin (the
    // author, or a follower who has not stopped following), who may read every plan.
    const created = await tx.$queryRaw<{ id: string; kind: "MILESTONE_DUE" | "MILESTONE_LATE" }[]>`
      WITH candidate AS (
        SELECT p.id AS "planId", p.title AS "planTitle", p."authorId", m.title AS milestone, m."dueDate",
               CASE WHEN m."dueDate" < ${day}::date THEN 'MILESTONE_LATE' ELSE 'MILESTONE_DUE' END AS kind
        FROM "Milestone" m
        JOIN "PlanYear" y ON y.id = m."planYearId"
        JOIN "ProgramPlan" p ON p.id = y."planId"
        WHERE m.status <> 'DONE' AND p.status <> 'ARCHIVED'
          AND m."dueDate" BETWEEN ${day}::date - ${MILESTONE_NOTICE_DAYS}::int AND ${day}::date + ${MILESTONE_NOTICE_DAYS}::int
      ), recipient AS (
        SELECT c.*, u.id AS "userId"
        FROM candidate c
        JOIN "User" u ON u.disabled = false AND u.role IN ('PLANNER', 'ADMIN')
        LEFT JOIN "PlanWatch" w ON w."userId" = u.id AND w."planId" = c."planId"
        WHERE w.following OR (u.id = c."authorId" AND w."userId" IS NULL)
      )
      INSERT INTO "Notification" (id, "userId", kind, "planId", data, "dedupeKey", "createdAt")
      SELECT gen_random_uuid()::text, r."userId", r.kind::"NotificationKind", r."planId",
             jsonb_build_object('title', r."planTitle", 'milestone', r.milestone, 'due', to_char(r."dueDate", 'YYYY-MM-DD')),
             r.kind || ':' || r."planId" || ':' || to_char(r."dueDate", 'YYYY-MM-DD') || ':' || md5(r.milestone),
             now()
      FROM recipient r
      ORDER BY r."userId", r."planId", r."dueDate", r.milestone
      ON CONFLICT ("userId", "dedupeKey") DO NOTHING
      RETURNING id, kind::text AS kind`;
    const run = {
      day,
      due: created.filter((n) => n.kind === "MILESTONE_DUE").length,
      late: created.filter((n) => n.kind === "MILESTONE_LATE").length,
    };
    // The run's audit event, in its transaction; none when it created nothing (a repeated run changed nothing).
    if (created.length) {
      await tx.auditEvent.create({
        data: {
          actorId: null,
          actorEmail: RUN.email,
          action: "notification.milestones",
          entity: "Notification",
          entityId: day,
          after: { ...run, notificationIds: created.map((n) => n.id) },
        },
        select: { id: true },
      });
    }
    return run;
  });
}
