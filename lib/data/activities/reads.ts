import "server-only";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { activityEditorValues, loadActivitySnapshot } from "@/lib/data/activities/snapshot";
import { NotFoundError } from "@/lib/errors";
import { recordId } from "@/lib/validation/fields";
import { Prisma } from "@/generated/prisma/client";
import { activityScope, needScope, planScope } from "@/lib/data/scope";
import { activityRow, codeTitle, needRow, stateRef, type ActivityRow } from "@/lib/data/selects";
import { PAGE_SIZE, type ActivityFilters } from "@/lib/validation/activity-filters";

/** The list's filters, plus a fiscal-year range for reports. */
export type ActivityWhereFilters = Partial<Omit<ActivityFilters, "page">> & { fyFrom?: number; fyTo?: number };

export function activityWhere(actor: Actor, filters: ActivityWhereFilters): Prisma.ActivityWhereInput {
  const and: Prisma.ActivityWhereInput[] = [activityScope(actor)];
  if (filters.fy !== undefined) and.push({ fiscalYear: filters.fy });
  if (filters.fyFrom !== undefined) and.push({ fiscalYear: { gte: filters.fyFrom } });
  if (filters.fyTo !== undefined) and.push({ fiscalYear: { lte: filters.fyTo } });
  if (filters.state !== undefined) and.push({ participants: { some: { stateCode: filters.state } } });
  if (filters.program !== undefined) and.push({ programId: filters.program });
  if (filters.keyArea !== undefined) and.push({ keyAreas: { some: { code: filters.keyArea } } });
  if (filters.means !== undefined) and.push({ means: { some: { code: filters.means } } });
  if (filters.status !== undefined) and.push({ status: filters.status });
  if (filters.q !== undefined) {
    // Prisma passes `contains` to LIKE unescaped: a "%" typed by the user must not match everything.
    const q = filters.q.replace(/[\\%_]/g, "\\$&");
    and.push({
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { titleJa: { contains: q, mode: "insensitive" } },
        { location: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  return { AND: and };
}

export interface ActivityPage {
  rows: ActivityRow[];
  total: number;
  page: number;
  pageCount: number;
}

export async function listActivities(actor: Actor, filters: ActivityFilters): Promise<ActivityPage> {
  assertCan(actor, "activity:read");
  const where = activityWhere(actor, filters);
  const [rows, total] = await Promise.all([
    scopedDb(actor).activity.findMany({
      where,
      select: activityRow,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    scopedDb(actor).activity.count({ where }),
  ]);
  return { rows, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function getActivity(actor: Actor, id: string) {
  assertCan(actor, "activity:read");
  const internal = seesAllStates(actor);
  const activity = await scopedDb(actor).activity.findFirst({
    where: { AND: [activityScope(actor), { id }] },
    select: {
      ...activityRow,
      description: true,
      outcomes: true,
      source: true,
      version: true,
      updatedAt: true,
      framework: { select: { code: true, nameEn: true, nameJa: true } },
      keyAreas: { select: codeTitle, orderBy: { sortOrder: "asc" } },
      means: { select: codeTitle, orderBy: { sortOrder: "asc" } },
      participants: {
        select: { role: true, participantCount: true, state: { select: stateRef } },
        orderBy: { state: { sortOrder: "asc" } },
      },
      planId: true,
      needs: { where: needScope(actor), select: needRow },
    },
  });
  if (!activity) throw new NotFoundError("activity");
  const { planId, ...shown } = activity;
  const [plan, nonInvitations] = await Promise.all([
    // The activity's plan is shown only when the actor may read that plan.
    planId
      ? scopedDb(actor).programPlan.findFirst({ where: { AND: [planScope(actor), { id: planId }] }, select: { id: true, title: true } })
      : null,
    // Why a member was not invited is JMOD's internal note: never read for a liaison officer.
    internal
      ? scopedDb(actor).activityNonInvitation.findMany({ where: { activityId: id }, select: { reason: true, state: { select: stateRef } } })
      : [],
  ]);
  return { ...shown, plan, nonInvitations, canEdit: can(actor, "activity:edit") };
}

export type ActivityDetail = Awaited<ReturnType<typeof getActivity>>;

/** Upcoming or under way (ending today or later) and recent (ended) activities in the actor's scope. */
export async function upcomingAndRecentActivities(actor: Actor, today: Date, take = 8) {
  assertCan(actor, "activity:read");
  const scope = activityScope(actor);
  const [upcomingIds, recent] = await Promise.all([
    upcomingActivityIds(actor, today, take),
    scopedDb(actor).activity.findMany({
      // Ended before today, so started before today too: the start-date index is read from today back.
      where: { AND: [scope, { endDate: { lt: today }, startDate: { lt: today } }] },
      select: activityRow,
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      take,
    }),
  ]);
  const rows = upcomingIds.length
    ? await scopedDb(actor).activity.findMany({ where: { AND: [scope, { id: { in: upcomingIds } }] }, select: activityRow })
    : [];
  const position = new Map(upcomingIds.map((id, i) => [id, i]));
  const upcoming = rows.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  return { upcoming, recent };
}

/**
 * The first `take` activities, by start date, that have not ended by `today` and are not cancelled:
 * those under way today (found through the date-range index) and those starting from today (the
 * start-date index from today on). Read as one "end date from today, by start date" query would
 * read every activity that started in the past.
 */
async function upcomingActivityIds(actor: Actor, today: Date, take: number): Promise<string[]> {
  const inScope = seesAllStates(actor)
    ? Prisma.empty
    : Prisma.sql`AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a."id" AND p."stateCode" = ${liaisonState(actor)})`;
  // scope: inScope binds a liaison officer's state (activityScope) in both halves.
  const rows = await sqlScopedDb(actor, "inScope").$queryRaw<{ id: string }[]>`
    SELECT u."id" FROM (
      (SELECT a."id", a."startDate" FROM "Activity" a
       WHERE daterange(a."startDate", a."endDate", '[]') @> ${today}::date AND a."startDate" < ${today}::date
         AND a."status" <> 'CANCELLED' ${inScope}
       ORDER BY a."startDate", a."id" LIMIT ${take})
      UNION ALL
      (SELECT a."id", a."startDate" FROM "Activity" a
       WHERE a."startDate" >= ${today}::date AND a."status" <> 'CANCELLED' ${inScope}
       ORDER BY a."startDate", a."id" LIMIT ${take})
    ) u
    ORDER BY u."startDate", u."id" LIMIT ${take}`;
  return rows.map((row) => row.id);
}

/** What the edit form loads: the values, and the version they are based on. */
export async function getActivityForEdit(actor: Actor, id: string) {
  assertCan(actor, "activity:edit");
  if (!recordId.safeParse(id).success) throw new NotFoundError("activity");
  const activity = await loadActivitySnapshot(scopedDb(actor), id);
  if (!activity) throw new NotFoundError("activity");
  return { id, version: activity.version, values: activityEditorValues(activity) };
}
