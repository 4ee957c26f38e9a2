import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { jsonDate } from "@/lib/db/json-rows";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { activityScopeSql, notificationScopeSql, planScopeSql } from "@/lib/data/scope";
import { AFTER_ACTION_DUE_DAYS, afterActionDueOn } from "@/lib/domain/after-action";
import { todayInJapan } from "@/lib/fiscal-year";

// "My work" (/my-work): what waits for the signed-in user, each list bounded (its first MY_WORK_LIMIT
// rows and a count capped at MY_WORK_COUNT_CAP + 1), read in one statement; the navigation's count in
// one more, from the same conditions (countMyWork). Plans to approve and needs to triage are listed
// newest first (an inbox); milestones by due date; reports by start date, latest first.
//
// JMOD staff (planners, admins):
//   toApprove   plans IN_REVIEW that another planner authored (T4: never one's own)
//   toTriage    partner needs still SUBMITTED
//   milestones  milestones not done, due within MY_WORK_AHEAD_DAYS or late, on plans they author or follow
//               (the author follows unless they stopped; archived plans left out)
//   reports     conducted activities without an after-action report (rule T7) whose report is overdue (for
//               at most MY_WORK_REPORTS_BACK_DAYS) or falls due within MY_WORK_AHEAD_DAYS, on plans they
//               author or follow; an admin also sees every overdue one, whoever's plan (the admin answers
//               for the register as a whole)
//   comments    plans they author or follow with comments by others since they last opened the plan
//               (PlanWatch.commentsSeenAt, the "N new comments" of the plan lists)
// A liaison officer (their state only, the scopes of lib/data/scope.ts bound in the SQL):
//   shared      plans shared with their state within the last MY_WORK_RECENT_DAYS (by the share date;
//               a plan back in draft drops out, as everywhere)
//   needs       their state's needs whose status JMOD changed within MY_WORK_RECENT_DAYS (the need's
//               audit trail: the events whose status before and after differ)
//   activities  activities of their state starting within MY_WORK_ACTIVITY_DAYS (not cancelled)
// "Recent" is a window rather than "since the last visit": the page stays a read (no write on every
// view), and what it shows does not depend on when the officer last looked.

export const MY_WORK_LIMIT = 10;
export const MY_WORK_COUNT_CAP = 99;
export const MY_WORK_AHEAD_DAYS = 14;
export const MY_WORK_RECENT_DAYS = 14;
export const MY_WORK_ACTIVITY_DAYS = 30;
/** How long an overdue after-action report stays in My work (a year; older ones stay on the activity list). */
export const MY_WORK_REPORTS_BACK_DAYS = 365;

const DAY_MS = 86_400_000;

export interface Section<Row> {
  /** How many, counted up to MY_WORK_COUNT_CAP + 1 (shown as "99+" past the cap). */
  count: number;
  rows: Row[];
}

export interface PlanItem {
  id: string;
  title: string;
  at: Date | null;
}
export interface NeedItem {
  id: string;
  title: string;
  stateCode: string;
  status: string;
  at: Date;
}
export interface MilestoneItem {
  planId: string;
  planTitle: string;
  title: string;
  dueDate: Date;
  late: boolean;
}
export interface ReportItem {
  id: string;
  title: string;
  titleJa: string | null;
  endDate: Date;
  dueOn: Date;
  overdue: boolean;
}
export interface CommentItem {
  id: string;
  title: string;
  count: number;
}
export interface ActivityItem {
  id: string;
  title: string;
  titleJa: string | null;
  startDate: Date;
  endDate: Date;
  status: string;
}

export type MyWork =
  | {
      role: "jmod";
      today: Date;
      toApprove: Section<PlanItem> | null;
      toTriage: Section<NeedItem> | null;
      milestones: Section<MilestoneItem>;
      reports: Section<ReportItem> | null;
      comments: Section<CommentItem>;
    }
  | {
      role: "liaison";
      today: Date;
      shared: Section<PlanItem>;
      needs: Section<NeedItem>;
      activities: Section<ActivityItem>;
    };

/** One section's source: `FROM ... WHERE ...` (rows named x), what a row holds, and its order. */
interface Part {
  from: Prisma.Sql;
  row: Prisma.Sql;
  order: Prisma.Sql;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The plans the actor authors (unless they stopped following) or follows; archived ones left out. */
function minePlans(actor: Actor): Prisma.Sql {
  return Prisma.sql`(
    SELECT p.id FROM "ProgramPlan" p
    WHERE p."authorId" = ${actor.id} AND p.status <> 'ARCHIVED'
      AND NOT EXISTS (SELECT 1 FROM "PlanWatch" w WHERE w."userId" = ${actor.id} AND w."planId" = p.id AND NOT w.following)
    UNION
    SELECT w."planId" FROM "PlanWatch" w JOIN "ProgramPlan" p ON p.id = w."planId"
    WHERE w."userId" = ${actor.id} AND w.following AND p.status <> 'ARCHIVED')`;
}

function jmodParts(actor: Actor, today: Date) {
  const ahead = day(new Date(today.getTime() + MY_WORK_AHEAD_DAYS * DAY_MS));
  // A report falls due AFTER_ACTION_DUE_DAYS after the activity's end: due by `ahead` means ended by this day.
  const endedBy = day(new Date(today.getTime() + (MY_WORK_AHEAD_DAYS - AFTER_ACTION_DUE_DAYS) * DAY_MS));
  const overdueEnd = day(new Date(today.getTime() - AFTER_ACTION_DUE_DAYS * DAY_MS));
  // Reports overdue for more than MY_WORK_REPORTS_BACK_DAYS are left to the activity list: the window
  // keeps this a range read of the activities' date index, never a walk through every past activity.
  const endedFrom = day(new Date(today.getTime() - (AFTER_ACTION_DUE_DAYS + MY_WORK_REPORTS_BACK_DAYS) * DAY_MS));
  const mine = minePlans(actor);
  const allOverdue = actor.role === "ADMIN" ? Prisma.sql`OR x."endDate" <= ${overdueEnd}::date` : Prisma.empty;
  const parts: Record<"toApprove" | "toTriage" | "milestones" | "reports" | "comments", Part | null> = {
    toApprove: can(actor, "plan:approve")
      ? {
          from: Prisma.sql`FROM "ProgramPlan" x WHERE x.status = 'IN_REVIEW' AND x."authorId" <> ${actor.id}`,
          row: Prisma.sql`json_build_object('id', x.id, 'title', x.title, 'at', x."submittedAt")`,
          order: Prisma.sql`x."submittedAt" DESC NULLS LAST, x.id`,
        }
      : null,
    toTriage: can(actor, "need:triage")
      ? {
          from: Prisma.sql`FROM "PartnerNeed" x WHERE x.status = 'SUBMITTED'`,
          row: Prisma.sql`json_build_object('id', x.id, 'title', x.title, 'stateCode', x."stateCode", 'status', x.status, 'at', x."createdAt")`,
          order: Prisma.sql`x."createdAt" DESC, x.id`,
        }
      : null,
    milestones: {
      from: Prisma.sql`FROM "Milestone" x JOIN "PlanYear" y ON y.id = x."planYearId" JOIN "ProgramPlan" p ON p.id = y."planId"
        WHERE y."planId" IN ${mine} AND x.status <> 'DONE' AND x."dueDate" <= ${ahead}::date`,
      row: Prisma.sql`json_build_object('planId', p.id, 'planTitle', p.title, 'title', x.title, 'dueDate', x."dueDate")`,
      order: Prisma.sql`x."dueDate", x.id`,
    },
    reports: can(actor, "activity:edit")
      ? {
          // Ended within the window: the date-range GiST index (Activity_dates_range_idx) finds them.
          from: Prisma.sql`FROM "Activity" x WHERE x.status = 'CONDUCTED'
            AND daterange(x."startDate", x."endDate", '[]') && daterange(${endedFrom}::date, ${endedBy}::date, '[]')
            AND x."endDate" BETWEEN ${endedFrom}::date AND ${endedBy}::date AND (x."planId" IN ${mine} ${allOverdue})
            AND NOT EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = x.id)`,
          row: Prisma.sql`json_build_object('id', x.id, 'title', x.title, 'titleJa', x."titleJa", 'endDate', x."endDate")`,
          order: Prisma.sql`x."startDate" DESC, x.id`,
        }
      : null,
    comments: {
      // One row per plan with comments by others since the actor last opened it.
      from: Prisma.sql`FROM (
          SELECT p.id, p.title, count(*)::int AS count, max(c."createdAt") AS latest
          FROM "PlanComment" c JOIN "ProgramPlan" p ON p.id = c."planId"
          LEFT JOIN "PlanWatch" w ON w."planId" = c."planId" AND w."userId" = ${actor.id}
          WHERE c."planId" IN ${mine} AND c."authorId" <> ${actor.id}
            AND (w."commentsSeenAt" IS NULL OR c."createdAt" > w."commentsSeenAt")
          GROUP BY p.id, p.title) x`,
      row: Prisma.sql`json_build_object('id', x.id, 'title', x.title, 'count', x.count)`,
      order: Prisma.sql`x.latest DESC, x.id`,
    },
  };
  return parts;
}

function liaisonParts(actor: Actor, today: Date, now: Date) {
  const state = liaisonState(actor);
  const since = new Date(now.getTime() - MY_WORK_RECENT_DAYS * DAY_MS);
  const until = day(new Date(today.getTime() + MY_WORK_ACTIVITY_DAYS * DAY_MS));
  const parts: Record<"shared" | "needs" | "activities", Part> = {
    shared: {
      from: Prisma.sql`FROM "ProgramPlan" x WHERE x."sharedAt" >= ${since} ${planScopeSql(actor, Prisma.sql`x`)}`,
      row: Prisma.sql`json_build_object('id', x.id, 'title', x.title, 'at', x."sharedAt")`,
      order: Prisma.sql`x."sharedAt" DESC, x.id`,
    },
    needs: {
      // The latest change of status (a triage step's audit event) within the window, per need of the state.
      from: Prisma.sql`FROM (
          SELECT n.id, n.title, n."stateCode", n.status, e.at
          FROM "PartnerNeed" n
          CROSS JOIN LATERAL (
            SELECT max(ev.at) AS at FROM "AuditEvent" ev
            WHERE ev.entity = 'PartnerNeed' AND ev."entityId" = n.id AND ev.at >= ${since}
              AND ev.before->>'status' IS DISTINCT FROM ev.after->>'status' AND ev.before IS NOT NULL) e
          WHERE n."stateCode" = ${state} AND e.at IS NOT NULL) x`,
      row: Prisma.sql`json_build_object('id', x.id, 'title', x.title, 'stateCode', x."stateCode", 'status', x.status, 'at', x.at)`,
      order: Prisma.sql`x.at DESC, x.id`,
    },
    activities: {
      from: Prisma.sql`FROM "Activity" x WHERE x."startDate" >= ${day(today)}::date AND x."startDate" <= ${until}::date
        AND x.status <> 'CANCELLED' ${activityScopeSql(actor, Prisma.sql`x`)}`,
      row: Prisma.sql`json_build_object('id', x.id, 'title', x.title, 'titleJa', x."titleJa", 'startDate', x."startDate",
        'endDate', x."endDate", 'status', x.status)`,
      order: Prisma.sql`x."startDate", x.id`,
    },
  };
  return parts;
}

const cappedCount = (part: Part) => Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 ${part.from} LIMIT ${MY_WORK_COUNT_CAP + 1}) c)`;

function sectionSql(name: string, part: Part | null): Prisma.Sql {
  if (!part) return Prisma.sql`NULL::json AS ${Prisma.raw(`"${name}"`)}`;
  return Prisma.sql`json_build_object('count', ${cappedCount(part)},
    'rows', COALESCE((SELECT json_agg(r) FROM (SELECT ${part.row} AS r ${part.from} ORDER BY ${part.order} LIMIT ${MY_WORK_LIMIT}) s), '[]'::json))
    AS ${Prisma.raw(`"${name}"`)}`;
}

type RawSection = { count: number; rows: Record<string, unknown>[] } | null;

function section<Row>(raw: RawSection, map: (row: Record<string, unknown>) => Row): Section<Row> | null {
  return raw ? { count: raw.count, rows: raw.rows.map(map) } : null;
}

const date = (value: unknown) => jsonDate(value as string);

export async function getMyWork(actor: Actor, { now = new Date() }: { now?: Date } = {}): Promise<MyWork> {
  assertCan(actor, "plan:read");
  const today = todayInJapan(now);
  if (seesAllStates(actor)) {
    const parts = jmodParts(actor, today);
    const names = Object.keys(parts) as (keyof typeof parts)[];
    // scope: JMOD staff read every plan, need and activity; "mine" binds the actor's own id.
    const [raw] = await sqlScopedDb(actor, "JMOD staff; the actor's own plans by their id").$queryRaw<Record<string, RawSection>[]>`
      SELECT ${Prisma.join(
        names.map((name) => sectionSql(name, parts[name])),
        ", ",
      )}`;
    const overdueBefore = today.getTime();
    return {
      role: "jmod",
      today,
      toApprove: section(raw!.toApprove!, (r) => ({ id: String(r.id), title: String(r.title), at: r.at ? date(r.at) : null })),
      toTriage: section(raw!.toTriage!, needItem),
      milestones: section(raw!.milestones!, (r) => {
        const dueDate = date(r.dueDate);
        return {
          planId: String(r.planId),
          planTitle: String(r.planTitle),
          title: String(r.title),
          dueDate,
          late: dueDate.getTime() < overdueBefore,
        };
      })!,
      reports: section(raw!.reports!, (r) => {
        const endDate = date(r.endDate);
        const dueOn = afterActionDueOn(endDate);
        return {
          id: String(r.id),
          title: String(r.title),
          titleJa: (r.titleJa as string | null) ?? null,
          endDate,
          dueOn,
          overdue: dueOn.getTime() <= overdueBefore,
        };
      }),
      comments: section(raw!.comments!, (r) => ({ id: String(r.id), title: String(r.title), count: Number(r.count) }))!,
    };
  }
  const parts = liaisonParts(actor, today, now);
  // scope: planScopeSql, the officer's state on needs, activityScopeSql: only their state's records.
  const [raw] = await sqlScopedDb(actor, "planScopeSql, the state's needs, activityScopeSql").$queryRaw<Record<string, RawSection>[]>`
    SELECT ${sectionSql("shared", parts.shared)}, ${sectionSql("needs", parts.needs)}, ${sectionSql("activities", parts.activities)}`;
  return {
    role: "liaison",
    today,
    shared: section(raw!.shared!, (r) => ({ id: String(r.id), title: String(r.title), at: r.at ? date(r.at) : null }))!,
    needs: section(raw!.needs!, needItem)!,
    activities: section(raw!.activities!, (r) => ({
      id: String(r.id),
      title: String(r.title),
      titleJa: (r.titleJa as string | null) ?? null,
      startDate: date(r.startDate),
      endDate: date(r.endDate),
      status: String(r.status),
    }))!,
  };
}

function needItem(r: Record<string, unknown>): NeedItem {
  return { id: String(r.id), title: String(r.title), stateCode: String(r.stateCode), status: String(r.status), at: date(r.at) };
}

/**
 * The navigation's count, on every page: one statement of capped counts (each stops at
 * MY_WORK_COUNT_CAP + 1 rows), from the same conditions as the page, of what is cheap to count. For JMOD
 * staff the decisions waiting on them: plans to approve, needs to triage, milestones due or late (not the
 * reports due nor the new comments, which read activities and comments: the page counts those). For a
 * liaison officer what is news to them (plans newly shared, needs whose status changed), not the
 * upcoming activities, which are a calendar rather than work waiting.
 */
export async function countMyWork(actor: Actor, { now = new Date() }: { now?: Date } = {}): Promise<number> {
  return (await headerCounts(actor, { now })).waiting;
}

/**
 * What the header counts on every page, in one statement: the navigation's count of My work (above)
 * and the actor's unread notifications (as countUnreadNotifications in lib/data/notifications/reads.ts
 * counts them, through notificationScopeSql). One statement rather than two: every page is held to
 * twelve (README "Performance").
 */
export async function headerCounts(actor: Actor, { now = new Date() }: { now?: Date } = {}): Promise<{ waiting: number; unread: number }> {
  assertCan(actor, "plan:read");
  const today = todayInJapan(now);
  let parts: (Part | null)[];
  if (seesAllStates(actor)) {
    const jmod = jmodParts(actor, today);
    parts = [jmod.toApprove, jmod.toTriage, jmod.milestones];
  } else {
    const liaison = liaisonParts(actor, today, now);
    parts = [liaison.shared, liaison.needs];
  }
  const counts = parts.filter((part): part is Part => part !== null).map(cappedCount);
  // scope: as getMyWork: JMOD staff, or the officer's state bound by planScopeSql and the needs' state;
  // the notifications by notificationScopeSql (the actor's own, about what they may name).
  const [row] = await sqlScopedDb(actor, "as getMyWork, notificationScopeSql").$queryRaw<{ total: number; unread: number }[]>`
    SELECT (${Prisma.join(counts, " + ")})::int AS total,
      (SELECT count(*)::int FROM "Notification" n WHERE ${notificationScopeSql(actor, Prisma.sql`n`)} AND n."readAt" IS NULL) AS unread`;
  return { waiting: row?.total ?? 0, unread: row?.unread ?? 0 };
}
