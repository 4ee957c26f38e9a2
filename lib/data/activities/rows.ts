import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { ACTIVITY_KEY_AREAS, ACTIVITY_MEANS } from "@/lib/db/join-tables";
import { jsonDate } from "@/lib/db/json-rows";
import type { ActivityRow } from "@/lib/data/selects";

// activityRow (lib/data/selects.ts) in one statement: Prisma reads that select as five (the
// activities, then their programs, host states, key areas and means, one query per relation).

/** One activity `a` as the JSON of activityRow; its dates are read back by activityRowFromJson. */
export const activityRowJson = (a: Prisma.Sql) => Prisma.sql`json_build_object(
    'id', ${a}.id, 'title', ${a}.title, 'titleJa', ${a}."titleJa", 'kind', ${a}.kind, 'startDate', ${a}."startDate",
    'endDate', ${a}."endDate", 'fiscalYear', ${a}."fiscalYear", 'status', ${a}.status, 'location', ${a}.location,
    'illustrative', ${a}.illustrative,
    'program', (SELECT json_build_object('id', p.id, 'nameEn', p."nameEn", 'nameJa', p."nameJa", 'kind', p.kind, 'illustrative', p.illustrative)
                FROM "Program" p WHERE p.id = ${a}."programId"),
    'hostState', (SELECT json_build_object('code', h.code, 'nameEn', h."nameEn", 'nameJa', h."nameJa", 'isAsean', h."isAsean")
                  FROM "PartnerState" h WHERE h.code = ${a}."hostStateCode"),
    'keyAreas', COALESCE((SELECT json_agg(json_build_object('code', k.code) ORDER BY k."sortOrder")
                          FROM ${ACTIVITY_KEY_AREAS.table} x JOIN "KeyArea" k ON k.code = x.${ACTIVITY_KEY_AREAS.col.keyArea}
                          WHERE x.${ACTIVITY_KEY_AREAS.col.activity} = ${a}.id), '[]'::json),
    'means', COALESCE((SELECT json_agg(json_build_object('code', m.code) ORDER BY m."sortOrder")
                       FROM ${ACTIVITY_MEANS.table} x JOIN "Means" m ON m.code = x.${ACTIVITY_MEANS.col.means}
                       WHERE x.${ACTIVITY_MEANS.col.activity} = ${a}.id), '[]'::json))`;

type ActivityRowJson = Omit<ActivityRow, "startDate" | "endDate"> & { startDate: string; endDate: string };

export function activityRowFromJson(row: ActivityRowJson): ActivityRow {
  return { ...row, startDate: jsonDate(row.startDate), endDate: jsonDate(row.endDate) };
}

/**
 * The activity rows of `ids`, in the order of `ids`. The ids must come from a query in the actor's
 * scope: this reads them as they are.
 */
export async function activityRowsOf(actor: Actor, ids: string[]): Promise<ActivityRow[]> {
  if (!ids.length) return [];
  // scope: the ids are those of the caller's scoped query.
  const rows = await sqlScopedDb(actor, "ids of a scoped query").$queryRaw<{ row: ActivityRowJson }[]>`
    SELECT ${activityRowJson(Prisma.raw("a"))} AS row
    FROM "Activity" a
    WHERE a.id = ANY(${ids})`;
  const byId = new Map(rows.map(({ row }) => [row.id, activityRowFromJson(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
