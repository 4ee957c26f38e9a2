import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { liaisonState, seesAllStates } from "@/lib/authz/policy";
import type { ActivityStatus } from "@/lib/domain/activity";

// Activity counts read from "ActivityTally", the summary that triggers keep in the transaction of every
// write to activities, their participants, key areas and means and the ends and approaches of programs
// (prisma/migrations/20261207100000_activity_tally). A read sums a few of its rows, whatever the number
// of activities.
//
// Its scopes: '*' counts every activity once (a planner's counts); a state's code counts the activities
// that state takes part in (a liaison officer's counts, and the per-state counts of the coverage matrix
// and the map). Its dimensions: 'total' (code '') counts each activity once; 'end' and 'approach' count it
// under each end and approach of its program; 'keyArea' and 'means' under each of its own.

export type TallyDimension = "total" | "end" | "approach" | "keyArea" | "means";

const ALL_ACTIVITIES = "*";

/** Where the counts of `dimension` in the `by` list come from. */
const COLUMNS = {
  scope: Prisma.raw(`t."scope"`),
  dimension: Prisma.raw(`t."dimension"`),
  code: Prisma.raw(`t."code"`),
  fiscalYear: Prisma.raw(`t."fiscalYear"`),
  status: Prisma.raw(`t."status"::text`),
} as const;

type Column = keyof typeof COLUMNS;

export interface TallyQuery {
  dimensions: readonly TallyDimension[];
  /**
   * Whose counts: "own" the actor's ('*' for planners, a liaison officer's state), a state's code (the
   * activities that state takes part in), or "states" every state's own counts (one row set per state).
   * A liaison officer gets their own state's counts whatever is asked: another state's are empty.
   */
  scope: "own" | "states" | { state: string };
  fyFrom?: number;
  fyTo?: number;
  status?: string;
  /** Only these codes of the dimensions (a key area filter on the key area counts). */
  code?: string;
  /** The columns the counts are grouped by; the others come back null. */
  by: readonly Column[];
}

export interface TallyRow {
  scope: string | null;
  dimension: TallyDimension | null;
  code: string | null;
  fiscalYear: number | null;
  status: ActivityStatus | null;
  count: number;
}

/** The tally's scope condition for the actor, or null when the asked scope holds nothing the actor may see. */
function scopeCondition(actor: Actor, scope: TallyQuery["scope"]): Prisma.Sql | null {
  if (!seesAllStates(actor)) {
    const own = liaisonState(actor);
    if (typeof scope === "object" && scope.state !== own) return null;
    return Prisma.sql`t."scope" = ${own}`;
  }
  if (scope === "own") return Prisma.sql`t."scope" = ${ALL_ACTIVITIES}`;
  if (scope === "states") return Prisma.sql`t."scope" <> ${ALL_ACTIVITIES}`;
  return Prisma.sql`t."scope" = ${scope.state}`;
}

/** Activities counted from the tally, grouped by the columns of `query.by`: one statement. */
export async function tallyCounts(actor: Actor, query: TallyQuery): Promise<TallyRow[]> {
  const scope = scopeCondition(actor, query.scope);
  if (!scope || query.dimensions.length === 0) return [];
  const and: Prisma.Sql[] = [scope, Prisma.sql`t."dimension" IN (${Prisma.join([...query.dimensions])})`];
  if (query.fyFrom !== undefined) and.push(Prisma.sql`t."fiscalYear" >= ${query.fyFrom}`);
  if (query.fyTo !== undefined) and.push(Prisma.sql`t."fiscalYear" <= ${query.fyTo}`);
  if (query.status !== undefined) and.push(Prisma.sql`t."status"::text = ${query.status}`);
  if (query.code !== undefined) and.push(Prisma.sql`t."code" = ${query.code}`);
  const select = (Object.keys(COLUMNS) as Column[]).map((column) =>
    query.by.includes(column) ? Prisma.sql`${COLUMNS[column]} AS ${Prisma.raw(`"${column}"`)}` : Prisma.raw(`NULL AS "${column}"`),
  );
  const groupBy = query.by.length ? Prisma.sql`GROUP BY ${Prisma.join(query.by.map((column) => COLUMNS[column]))}` : Prisma.empty;
  // scope: scopeCondition binds a liaison officer's state (their own scope only) in the SQL.
  return sqlScopedDb(actor, "scopeCondition").$queryRaw<TallyRow[]>`
    SELECT ${Prisma.join(select)}, sum(t."activities")::int AS "count"
    FROM "ActivityTally" t
    WHERE ${Prisma.join(and, " AND ")}
    ${groupBy}`;
}

/** The filters a count may be narrowed by, as the insight pages and exports pass them. */
export interface TallyFilters {
  state?: string;
  program?: string;
  keyArea?: string;
  means?: string;
}

/**
 * The dimension and code whose rows count the activities that pass `filters`, when one does: counts
 * grouped by `grouped` (or plain activity counts when undefined) under a filter on another dimension,
 * or on the program, need the activities themselves (null).
 */
export function tallySource(filters: TallyFilters, grouped?: "keyArea" | "means"): { dimension: TallyDimension; code?: string } | null {
  if (filters.program !== undefined) return null;
  if (grouped) {
    const other = grouped === "keyArea" ? filters.means : filters.keyArea;
    if (other !== undefined) return null;
    return { dimension: grouped, code: grouped === "keyArea" ? filters.keyArea : filters.means };
  }
  if (filters.keyArea !== undefined && filters.means !== undefined) return null;
  if (filters.keyArea !== undefined) return { dimension: "keyArea", code: filters.keyArea };
  if (filters.means !== undefined) return { dimension: "means", code: filters.means };
  return { dimension: "total", code: "" };
}
