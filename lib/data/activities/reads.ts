import "server-only";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { activityEditorValues, loadActivitySnapshot } from "@/lib/data/activities/snapshot";
import { activityCondition } from "@/lib/data/activities/condition";
import { activityRowFromJson, activityRowJson, activityRowsOf } from "@/lib/data/activities/rows";
import { NotFoundError } from "@/lib/errors";
import { recordId } from "@/lib/validation/fields";
import { Prisma } from "@/generated/prisma/client";
import { codeTitleJson, stateRefJson, type StateRefJson } from "@/lib/data/json-refs";
import { activityScope, needScopeSql, planScopeSql } from "@/lib/data/scope";
import type { ActivityRow } from "@/lib/data/selects";
import type { ParticipantRole } from "@/generated/prisma/client";
import { ACTIVITY_KEY_AREAS, ACTIVITY_MEANS, NEED_ACTIVITIES } from "@/lib/db/join-tables";
import { needRowFromJson, needRowJson, type NeedRowJson } from "@/lib/data/needs/rows";
import type { ActivityFilters, ActivitySort, ActivitySortColumn } from "@/lib/validation/activity-filters";
import { todayInJapan } from "@/lib/fiscal-year";
import { PAGE_SIZE, pageCountOf, type ListPage } from "@/lib/validation/query-filters";

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

/**
 * A page of the list. Without a sort, activities under way or to come (ending today or later, soonest
 * start first), then those past (latest start first): what a user opening the list wants first. `ja`
 * orders titles, programs and hosts by their Japanese names.
 */
export async function listActivities(
  actor: Actor,
  filters: ActivityFilters,
  { ja = false, today = todayInJapan(), pageSize = PAGE_SIZE }: { ja?: boolean; today?: Date; pageSize?: number } = {},
): Promise<ListPage<ActivityRow>> {
  assertCan(actor, "activity:read");
  const state = seesAllStates(actor) ? undefined : liaisonState(actor);
  const where = activityCondition(state, filters);
  const offset = (filters.page - 1) * pageSize;
  const page = filters.sort ? sortedPage(where, filters.sort, ja, offset, pageSize) : upcomingThenPastPage(where, today, offset, pageSize);
  // One statement: the count, and the page's rows beside it (a page past the end gives the count
  // alone, on a row whose activity is NULL). Each statement costs the server about a millisecond of
  // its own CPU (driver, socket, result), whatever PostgreSQL spends: the count, the page's ids and
  // their rows were three.
  // scope: activityCondition binds a liaison officer's state.
  const found = await sqlScopedDb(actor, "the liaison officer's state in activityCondition").$queryRaw<
    { total: number; row: Parameters<typeof activityRowFromJson>[0] | null }[]
  >`
    SELECT t.total, CASE WHEN a.id IS NULL THEN NULL ELSE ${activityRowJson(Prisma.raw("a"))} END AS row
    FROM (SELECT count(*)::int AS total, ${page.upcoming}::int AS upcoming FROM "Activity" a WHERE ${where}) t
    LEFT JOIN LATERAL (${page.rows}) a ON TRUE
    ORDER BY ${page.order}`;
  const total = found[0]?.total ?? 0;
  const rows = found.flatMap(({ row }) => (row ? [activityRowFromJson(row)] : []));
  return { rows, total, page: filters.page, pageCount: pageCountOf(total, pageSize) };
}

/**
 * A page's rows (as `a`) and their order, which the statement around them repeats for its own rows;
 * `upcoming` counts what the order puts first (as `t.upcoming`, beside the total).
 */
interface PageQuery {
  rows: Prisma.Sql;
  order: Prisma.Sql;
  upcoming: Prisma.Sql;
}

/** A page in a column's order, then the latest first. */
function sortedPage(where: Prisma.Sql, sort: ActivitySort, ja: boolean, offset: number, pageSize: number): PageQuery {
  const descending = sort.startsWith("-");
  const name = (table: string, key: string, column: string) =>
    Prisma.raw(
      `(SELECT x.${ja ? `COALESCE(NULLIF(x."nameJa", ''), x."nameEn")` : `x."nameEn"`} FROM "${table}" x WHERE x.${key} = a."${column}")`,
    );
  const keys: Record<ActivitySortColumn, Prisma.Sql> = {
    date: Prisma.raw(`a."startDate"`),
    title: Prisma.raw(ja ? `lower(COALESCE(NULLIF(a."titleJa", ''), a.title))` : `lower(a.title)`),
    program: name("Program", "id", "programId"),
    host: name("PartnerState", "code", "hostStateCode"),
    status: Prisma.raw(`a.status`),
  };
  const key = keys[(descending ? sort.slice(1) : sort) as ActivitySortColumn];
  const direction = Prisma.raw(descending ? "DESC NULLS LAST" : "ASC NULLS LAST");
  const order = Prisma.sql`${key} ${direction}, a."startDate" DESC, a.id ASC`;
  return {
    rows: Prisma.sql`SELECT a.* FROM "Activity" a WHERE ${where} ORDER BY ${order} OFFSET ${offset} LIMIT ${pageSize}`,
    order,
    upcoming: Prisma.sql`0`,
  };
}

/**
 * A page of the default order: the activities ending today or later by start date, then the others
 * latest first, the page's offset running on from the first part (`t.upcoming` of them) into the
 * second. Each part reads an index from today: those under way through the date-range index (all of
 * them, few on any day: with an order and a limit the planner walked the start-date index through the
 * whole past instead), those starting from today and those ended (so started) before today through the
 * start-date index. Read as one ordering on "ended or not", every activity would be sorted for each page.
 */
function upcomingThenPastPage(where: Prisma.Sql, today: Date, offset: number, pageSize: number): PageQuery {
  const fromUpcoming = Prisma.sql`greatest(least(t.upcoming - ${offset}, ${pageSize}), 0)`;
  const underWay = Prisma.sql`daterange(a."startDate", a."endDate", '[]') @> ${today}::date AND a."startDate" < ${today}::date`;
  // Counted apart from the total, through the same two indexes: a FILTER on the end date beside the
  // total would read every activity's row, where the total alone reads an index only.
  const upcoming = Prisma.sql`((SELECT count(*) FROM "Activity" a WHERE ${where} AND ${underWay})
    + (SELECT count(*) FROM "Activity" a WHERE ${where} AND a."startDate" >= ${today}::date))`;
  const rows = Prisma.sql`
      (SELECT u.*, 0 AS part FROM (
        (SELECT a.* FROM "Activity" a WHERE ${where} AND ${underWay})
        UNION ALL
        (SELECT a.* FROM "Activity" a WHERE ${where} AND a."startDate" >= ${today}::date
         ORDER BY a."startDate", a.id LIMIT ${offset + pageSize})
      ) u ORDER BY u."startDate", u.id OFFSET least(${offset}, t.upcoming) LIMIT ${fromUpcoming})
      UNION ALL
      (SELECT a.*, 1 AS part FROM "Activity" a WHERE ${where} AND a."endDate" < ${today}::date AND a."startDate" < ${today}::date
       ORDER BY a."startDate" DESC, a.id OFFSET greatest(${offset} - t.upcoming, 0) LIMIT ${pageSize} - ${fromUpcoming})`;
  return { rows, order: Prisma.sql`a.part, CASE WHEN a.part = 0 THEN a."startDate" END, a."startDate" DESC, a.id`, upcoming };
}

interface ActivityPartsJson {
  row: Parameters<typeof activityRowFromJson>[0];
  framework: { code: string; nameEn: string; nameJa: string } | null;
  keyAreas: { code: string; titleEn: string; titleJa: string }[];
  means: { code: string; titleEn: string; titleJa: string }[];
  participants: { role: ParticipantRole; participantCount: number | null; state: StateRefJson }[];
  needs: NeedRowJson[];
  plan: { id: string; title: string } | null;
  nonInvitations: { reason: string; state: StateRefJson }[];
}

/** What surrounds an activity already loaded in scope, in one statement (Prisma sends about fifteen). */
async function activityParts(actor: Actor, id: string, internal: boolean): Promise<ActivityPartsJson> {
  const [a, n, p, s] = [Prisma.raw("a"), Prisma.raw("n"), Prisma.raw("p"), Prisma.raw("s")];
  const codeTitles = (table: string, join: typeof ACTIVITY_KEY_AREAS | typeof ACTIVITY_MEANS, side: Prisma.Sql) =>
    Prisma.sql`COALESCE((SELECT json_agg(${codeTitleJson(Prisma.raw("k"))} ORDER BY k."sortOrder")
      FROM ${join.table} x JOIN ${Prisma.raw(`"${table}"`)} k ON k.code = x.${side} WHERE x.${join.col.activity} = a.id), '[]'::json)`;
  // scope: the activity was loaded in activityScope; its needs and plan carry their own scope
  // (lib/data/scope.ts); why a state was not invited only for JMOD (`internal`).
  const [row] = await sqlScopedDb(actor, "the activity in scope, and the need and plan scopes").$queryRaw<ActivityPartsJson[]>`
    SELECT ${activityRowJson(a)} AS row,
      (SELECT json_build_object('code', f.code, 'nameEn', f."nameEn", 'nameJa', f."nameJa") FROM "Framework" f WHERE f.code = a."frameworkCode") AS framework,
      ${codeTitles("KeyArea", ACTIVITY_KEY_AREAS, ACTIVITY_KEY_AREAS.col.keyArea)} AS "keyAreas",
      ${codeTitles("Means", ACTIVITY_MEANS, ACTIVITY_MEANS.col.means)} AS means,
      COALESCE((SELECT json_agg(json_build_object('role', ap.role, 'participantCount', ap."participantCount", 'state', ${stateRefJson(s)}) ORDER BY s."sortOrder")
         FROM "ActivityParticipant" ap JOIN "PartnerState" s ON s.code = ap."stateCode" WHERE ap."activityId" = a.id), '[]'::json) AS participants,
      COALESCE((SELECT json_agg(${needRowJson(n)})
         FROM ${NEED_ACTIVITIES.table} x JOIN "PartnerNeed" n ON n.id = x.${NEED_ACTIVITIES.col.need}
         WHERE x.${NEED_ACTIVITIES.col.activity} = a.id ${needScopeSql(actor, n)}), '[]'::json) AS needs,
      (SELECT json_build_object('id', p.id, 'title', p.title) FROM "ProgramPlan" p WHERE p.id = a."planId" ${planScopeSql(actor, p)}) AS plan,
      ${
        internal
          ? Prisma.sql`COALESCE((SELECT json_agg(json_build_object('reason', ni.reason, 'state', ${stateRefJson(s)}))
         FROM "ActivityNonInvitation" ni JOIN "PartnerState" s ON s.code = ni."stateCode" WHERE ni."activityId" = a.id), '[]'::json)`
          : Prisma.sql`'[]'::json`
      } AS "nonInvitations"
    FROM "Activity" a WHERE a.id = ${id}`;
  return row!;
}

export async function getActivity(actor: Actor, id: string) {
  assertCan(actor, "activity:read");
  const internal = seesAllStates(actor);
  const activity = await scopedDb(actor).activity.findFirst({
    where: { AND: [activityScope(actor), { id }] },
    select: { id: true, description: true, outcomes: true, source: true, version: true, updatedAt: true },
  });
  if (!activity) throw new NotFoundError("activity");
  const parts = await activityParts(actor, activity.id, internal);
  return {
    ...activityRowFromJson(parts.row),
    description: activity.description,
    outcomes: activity.outcomes,
    source: activity.source,
    version: activity.version,
    updatedAt: activity.updatedAt,
    framework: parts.framework,
    keyAreas: parts.keyAreas,
    means: parts.means,
    participants: parts.participants,
    needs: parts.needs.map(needRowFromJson),
    plan: parts.plan,
    nonInvitations: parts.nonInvitations,
    canEdit: can(actor, "activity:edit"),
  };
}

export type ActivityDetail = Awaited<ReturnType<typeof getActivity>>;

/** Upcoming or under way (ending today or later) and recent (ended) activities in the actor's scope. */
export async function upcomingAndRecentActivities(actor: Actor, today: Date, take = 8) {
  assertCan(actor, "activity:read");
  const [upcomingIds, recentIds] = await Promise.all([
    upcomingActivityIds(actor, today, take),
    scopedDb(actor).activity.findMany({
      // Ended before today, so started before today too: the start-date index is read from today back.
      where: { AND: [activityScope(actor), { endDate: { lt: today }, startDate: { lt: today } }] },
      select: { id: true },
      orderBy: [{ startDate: "desc" }, { id: "asc" }],
      take,
    }),
  ]);
  // Both lists' rows in one statement; the lists cannot share an activity (not ended / ended before today).
  const rows = await activityRowsOf(actor, [...upcomingIds, ...recentIds.map((row) => row.id)]);
  const upcoming = new Set(upcomingIds);
  return { upcoming: rows.filter((row) => upcoming.has(row.id)), recent: rows.filter((row) => !upcoming.has(row.id)) };
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
