import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { jsonDate } from "@/lib/db/json-rows";
import type { NeedRow } from "@/lib/data/selects";

// needRow (lib/data/selects.ts) as JSON inside one statement: Prisma reads that select as three
// queries (the needs, then their states and key areas).

/** One need `n` as the JSON of needRow; its date is read back by needRowFromJson. */
export const needRowJson = (n: Prisma.Sql) => Prisma.sql`json_build_object(
    'id', ${n}.id, 'title', ${n}.title, 'priority', ${n}.priority, 'status', ${n}.status, 'illustrative', ${n}.illustrative,
    'createdAt', ${n}."createdAt",
    'state', (SELECT json_build_object('code', s.code, 'nameEn', s."nameEn", 'nameJa', s."nameJa", 'isAsean', s."isAsean")
              FROM "PartnerState" s WHERE s.code = ${n}."stateCode"),
    'keyArea', (SELECT json_build_object('code', k.code, 'titleEn', k."titleEn", 'titleJa', k."titleJa")
                FROM "KeyArea" k WHERE k.code = ${n}."keyAreaCode"))`;

export type NeedRowJson = Omit<NeedRow, "createdAt"> & { createdAt: string };

export function needRowFromJson(row: NeedRowJson): NeedRow {
  return { ...row, createdAt: jsonDate(row.createdAt) };
}
