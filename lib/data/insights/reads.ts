import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb, sqlScopedDb } from "@/lib/db/scope-guard";
import { ACTIVITY_KEY_AREAS, ACTIVITY_MEANS } from "@/lib/db/join-tables";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { codeTitle } from "@/lib/data/selects";
import { fiscalYearRange } from "@/lib/fiscal-year";
import { ACTIVITY_STATUSES, type ActivityStatus } from "@/lib/domain/activity";
import type { ReportFilters } from "@/lib/validation/report-filters";
import { tallyCounts, tallySource, type TallyQuery, type TallyRow } from "@/lib/data/insights/tally";

// Where cooperation is dense or thin: activities counted per fiscal year, partner state, key area
// and means, for the coverage matrix, the charts, the map and the coverage export. The counts come
// from the activity tally (lib/data/insights/tally.ts: a few rows per state, fiscal year, status and
// code, kept by triggers), whatever the number of activities. A filter the tally cannot answer (a
// program; a means when counting per key area, or the reverse; a liaison officer asking about another
// state) counts the activities themselves, with grouped SQL over the implicit many-to-many tables.

/** A fiscal-year span, both ends included. */
export interface YearRange {
  fyFrom: number;
  fyTo: number;
}

export type InsightFilters = Omit<ReportFilters, "fyFrom" | "fyTo"> & YearRange;

// The SQL of the dimensions a query joins. A filter on a joined dimension narrows the joined rows
// (the coverage export filtered by PH holds PH's row only); on any other it tests the activity.
const PARTICIPANT_STATE = Prisma.raw(`p."stateCode"`);
const KA = ACTIVITY_KEY_AREAS.col;
const AM = ACTIVITY_MEANS.col;
const KEY_AREA = Prisma.sql`k.${KA.keyArea}`;
const MEANS = Prisma.sql`m.${AM.means}`;

type Joined = { state?: Prisma.Sql; keyArea?: Prisma.Sql; means?: Prisma.Sql };

/** The WHERE clause of a query over `"Activity" a`: the actor's scope and the filters, all bound. */
function activityConditions(actor: Actor, filters: Partial<InsightFilters>, joined: Joined = {}): Prisma.Sql {
  const stateIs = (code: string) =>
    joined.state
      ? Prisma.sql`${joined.state} = ${code}`
      : Prisma.sql`EXISTS (SELECT 1 FROM "ActivityParticipant" sp WHERE sp."activityId" = a."id" AND sp."stateCode" = ${code})`;
  const keyAreaIs = (code: string) =>
    joined.keyArea
      ? Prisma.sql`${joined.keyArea} = ${code}`
      : Prisma.sql`EXISTS (SELECT 1 FROM ${ACTIVITY_KEY_AREAS.table} sk WHERE sk.${KA.activity} = a."id" AND sk.${KA.keyArea} = ${code})`;
  const meansIs = (code: string) =>
    joined.means
      ? Prisma.sql`${joined.means} = ${code}`
      : Prisma.sql`EXISTS (SELECT 1 FROM ${ACTIVITY_MEANS.table} sm WHERE sm.${AM.activity} = a."id" AND sm.${AM.means} = ${code})`;

  // A liaison officer's rows are their state's: the activities their state takes part in.
  const and: Prisma.Sql[] = seesAllStates(actor) ? [] : [stateIs(liaisonState(actor))];
  if (filters.fyFrom !== undefined) and.push(Prisma.sql`a."fiscalYear" >= ${filters.fyFrom}`);
  if (filters.fyTo !== undefined) and.push(Prisma.sql`a."fiscalYear" <= ${filters.fyTo}`);
  if (filters.state !== undefined) and.push(stateIs(filters.state));
  if (filters.program !== undefined) and.push(Prisma.sql`a."programId" = ${filters.program}`);
  if (filters.keyArea !== undefined) and.push(keyAreaIs(filters.keyArea));
  if (filters.means !== undefined) and.push(meansIs(filters.means));
  if (filters.status !== undefined) and.push(Prisma.sql`a."status"::text = ${filters.status}`);
  return and.length ? Prisma.sql`WHERE ${Prisma.join(and, " AND ")}` : Prisma.empty;
}

export interface CoverageCount {
  fiscalYear: number;
  stateCode: string;
  keyAreaCode: string;
  count: number;
}

/**
 * The tally's scope for counts of activities a state takes part in (`perState`: one set per state),
 * or otherwise of all the actor's activities, narrowed by a state filter: null when the tally cannot
 * answer (a liaison officer's activities that another state takes part in too).
 */
function tallyScope(actor: Actor, filters: Partial<InsightFilters>, perState = false): TallyQuery["scope"] | null {
  if (!seesAllStates(actor) && filters.state !== undefined && filters.state !== liaisonState(actor))
    return perState ? { state: filters.state } : null;
  if (filters.state !== undefined) return { state: filters.state };
  return perState ? "states" : "own";
}

/** The tally's rows for `filters`, grouped by `by`, or null when it cannot answer them. */
function fromTally(
  actor: Actor,
  filters: Partial<InsightFilters>,
  by: TallyQuery["by"],
  grouped?: "keyArea" | "means",
  perState = false,
): Promise<TallyRow[]> | null {
  const source = tallySource(filters, grouped);
  const scope = tallyScope(actor, filters, perState);
  if (!source || !scope) return null;
  return tallyCounts(actor, {
    dimensions: [source.dimension],
    scope,
    fyFrom: filters.fyFrom,
    fyTo: filters.fyTo,
    status: filters.status,
    code: source.code,
    by,
  });
}

/** One row per fiscal year, participating state and key area that has activities, in display order. */
async function queryCoverage(actor: Actor, filters: Partial<InsightFilters>): Promise<CoverageCount[]> {
  const tally = fromTally(actor, filters, ["fiscalYear", "scope", "code"], "keyArea", true);
  if (tally) {
    const [rows, states, areas] = await Promise.all([
      tally,
      scopedDb(actor).partnerState.findMany({ select: { code: true, sortOrder: true } }),
      scopedDb(actor).keyArea.findMany({ select: { code: true, sortOrder: true } }),
    ]);
    const stateOrder = new Map(states.map((state) => [state.code, state.sortOrder]));
    const areaOrder = new Map(areas.map((area) => [area.code, area.sortOrder]));
    return rows
      .map((row) => ({ fiscalYear: row.fiscalYear!, stateCode: row.scope!, keyAreaCode: row.code!, count: row.count }))
      .sort(
        (a, b) =>
          a.fiscalYear - b.fiscalYear ||
          stateOrder.get(a.stateCode)! - stateOrder.get(b.stateCode)! ||
          areaOrder.get(a.keyAreaCode)! - areaOrder.get(b.keyAreaCode)!,
      );
  }
  return recountCoverage(actor, filters);
}

function recountCoverage(actor: Actor, filters: Partial<InsightFilters>): Promise<CoverageCount[]> {
  // scope: activityConditions binds a liaison officer's state in the SQL (coverageCounts is export:own).
  return sqlScopedDb(actor, "activityConditions").$queryRaw<CoverageCount[]>`
    SELECT a."fiscalYear" AS "fiscalYear", p."stateCode" AS "stateCode", ${KEY_AREA} AS "keyAreaCode", count(*)::int AS "count"
    FROM "Activity" a
    JOIN "ActivityParticipant" p ON p."activityId" = a."id"
    JOIN ${ACTIVITY_KEY_AREAS.table} k ON k.${KA.activity} = a."id"
    JOIN "PartnerState" s ON s."code" = p."stateCode"
    JOIN "KeyArea" ka ON ka."code" = ${KEY_AREA}
    ${activityConditions(actor, filters, { state: PARTICIPANT_STATE, keyArea: KEY_AREA })}
    GROUP BY a."fiscalYear", p."stateCode", ${KEY_AREA}, s."sortOrder", ka."sortOrder"
    ORDER BY a."fiscalYear", s."sortOrder", ka."sortOrder"`;
}

/**
 * Activities per fiscal year x participating state x key area (every participating state, ASEAN or
 * not), for the coverage export. An activity counts once in each (state, key area) pair it has.
 * Every role may export its own scope: a liaison officer gets their own state's rows only.
 */
export async function coverageCounts(actor: Actor, filters: ReportFilters): Promise<CoverageCount[]> {
  assertCan(actor, "export:own");
  return queryCoverage(actor, filters);
}

export interface StateRef {
  code: string;
  nameEn: string;
  nameJa: string;
}

export interface CodeTitle {
  code: string;
  titleEn: string;
  titleJa: string;
}

const aseanStates = (actor: Actor) =>
  scopedDb(actor).partnerState.findMany({
    where: { isAsean: true },
    select: { code: true, nameEn: true, nameJa: true },
    orderBy: { sortOrder: "asc" },
  });
const keyAreas = (actor: Actor) =>
  scopedDb(actor).keyArea.findMany({ select: codeTitle, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });
const means = (actor: Actor) => scopedDb(actor).means.findMany({ select: codeTitle, orderBy: [{ sortOrder: "asc" }, { code: "asc" }] });

export interface CoverageMatrix extends YearRange {
  /** Rows: every ASEAN member state, with or without activities. */
  states: StateRef[];
  /** Columns. */
  keyAreas: CodeTitle[];
  /** counts[row][column]: activities in the span involving the state and serving the key area. */
  counts: number[][];
  rowTotals: number[];
  columnTotals: number[];
  /** Sum of the cells: (activity, state, key area) triples, not distinct activities. */
  total: number;
  /** The largest cell, for the shading. */
  max: number;
}

/** The coverage matrix, ASEAN member states x key areas, for a span of fiscal years. */
export async function coverageMatrix(actor: Actor, filters: InsightFilters): Promise<CoverageMatrix> {
  assertCan(actor, "insight:read");
  const [rows, states, areas] = await Promise.all([queryCoverage(actor, filters), aseanStates(actor), keyAreas(actor)]);
  const stateIndex = new Map(states.map((state, i) => [state.code, i]));
  const areaIndex = new Map(areas.map((area, i) => [area.code, i]));
  const counts = states.map(() => areas.map(() => 0));
  for (const row of rows) {
    const i = stateIndex.get(row.stateCode);
    const j = areaIndex.get(row.keyAreaCode);
    // Non-ASEAN participants (the ADMM-Plus countries) are not rows of the matrix.
    if (i === undefined || j === undefined) continue;
    counts[i]![j]! += row.count;
  }
  const rowTotals = counts.map((row) => row.reduce((sum, n) => sum + n, 0));
  const columnTotals = areas.map((_, j) => counts.reduce((sum, row) => sum + row[j]!, 0));
  return {
    fyFrom: filters.fyFrom,
    fyTo: filters.fyTo,
    states,
    keyAreas: areas,
    counts,
    rowTotals,
    columnTotals,
    total: rowTotals.reduce((sum, n) => sum + n, 0),
    max: Math.max(0, ...counts.flat()),
  };
}

export interface YearSeries extends CodeTitle {
  /** Activities per fiscal year (in the order of `years`) that have this means or key area. */
  totals: number[];
  /** The same, split by status: byStatus.CONDUCTED[i] + ... = totals[i]. */
  byStatus: Record<ActivityStatus, number[]>;
}

export interface ActivitiesPerYear extends YearRange {
  years: number[];
  /** Distinct activities per fiscal year: an activity with two means is one activity here. */
  activities: number[];
  means: YearSeries[];
  keyAreas: YearSeries[];
  /** The largest total of any series, for a common scale. */
  max: number;
}

type SeriesRow = { fiscalYear: number; code: string; status: ActivityStatus; count: number };

function series(references: CodeTitle[], rows: SeriesRow[], years: number[]): YearSeries[] {
  const yearIndex = new Map(years.map((fy, i) => [fy, i]));
  const byCode = new Map(
    references.map((reference) => [
      reference.code,
      {
        ...reference,
        totals: years.map(() => 0),
        byStatus: Object.fromEntries(ACTIVITY_STATUSES.map((status) => [status, years.map(() => 0)])) as Record<ActivityStatus, number[]>,
      },
    ]),
  );
  for (const row of rows) {
    const entry = byCode.get(row.code);
    const i = yearIndex.get(row.fiscalYear);
    if (!entry || i === undefined) continue;
    entry.totals[i]! += row.count;
    const byStatus = entry.byStatus[row.status];
    if (byStatus) byStatus[i]! += row.count;
  }
  return [...byCode.values()];
}

/** Activities per fiscal year, by means and by key area, each split by status, for the charts. */
export async function activitiesPerYear(actor: Actor, filters: InsightFilters): Promise<ActivitiesPerYear> {
  assertCan(actor, "insight:read");
  const years = fiscalYearRange(filters.fyFrom, filters.fyTo);
  const seriesFromTally = (grouped: "keyArea" | "means") =>
    fromTally(actor, filters, ["fiscalYear", "code", "status"], grouped)?.then((rows) =>
      rows.map((row) => ({ fiscalYear: row.fiscalYear!, code: row.code!, status: row.status!, count: row.count })),
    );
  const [meansRows, keyAreaRows, perYear, meansRefs, keyAreaRefs] = await Promise.all([
    seriesFromTally("means") ??
      // scope: planners only (insight:read); activityConditions would bind a liaison officer's state.
      scopedDb(actor).$queryRaw<SeriesRow[]>`
      SELECT a."fiscalYear" AS "fiscalYear", ${MEANS} AS "code", a."status"::text AS "status", count(*)::int AS "count"
      FROM "Activity" a JOIN ${ACTIVITY_MEANS.table} m ON m.${AM.activity} = a."id"
      ${activityConditions(actor, filters, { means: MEANS })}
      GROUP BY 1, 2, 3`,
    seriesFromTally("keyArea") ??
      // scope: as above.
      scopedDb(actor).$queryRaw<SeriesRow[]>`
      SELECT a."fiscalYear" AS "fiscalYear", ${KEY_AREA} AS "code", a."status"::text AS "status", count(*)::int AS "count"
      FROM "Activity" a JOIN ${ACTIVITY_KEY_AREAS.table} k ON k.${KA.activity} = a."id"
      ${activityConditions(actor, filters, { keyArea: KEY_AREA })}
      GROUP BY 1, 2, 3`,
    fromTally(actor, filters, ["fiscalYear"])?.then((rows) => rows.map((row) => ({ fiscalYear: row.fiscalYear!, count: row.count }))) ??
      // scope: as above.
      scopedDb(actor).$queryRaw<{ fiscalYear: number; count: number }[]>`
      SELECT a."fiscalYear" AS "fiscalYear", count(*)::int AS "count"
      FROM "Activity" a
      ${activityConditions(actor, filters)}
      GROUP BY 1`,
    means(actor),
    keyAreas(actor),
  ]);
  const meansSeries = series(meansRefs, meansRows, years);
  const keyAreaSeries = series(keyAreaRefs, keyAreaRows, years);
  const activities = years.map((fy) => perYear.find((row) => row.fiscalYear === fy)?.count ?? 0);
  return {
    fyFrom: filters.fyFrom,
    fyTo: filters.fyTo,
    years,
    activities,
    means: meansSeries,
    keyAreas: keyAreaSeries,
    max: Math.max(0, ...[...meansSeries, ...keyAreaSeries].flatMap((entry) => entry.totals)),
  };
}

export interface StateCount extends StateRef {
  /** Activities in the span the state takes part in, in any role. */
  count: number;
}

export interface ActivitiesPerState extends YearRange {
  /** Every ASEAN member state, with or without activities. */
  states: StateCount[];
  max: number;
}

/** Activities per ASEAN member state over a span of fiscal years, for the map. */
export async function activitiesPerState(actor: Actor, filters: InsightFilters): Promise<ActivitiesPerState> {
  assertCan(actor, "insight:read");
  const [rows, states] = await Promise.all([
    fromTally(actor, filters, ["scope"], undefined, true)?.then((tally) =>
      tally.map((row) => ({ stateCode: row.scope!, count: row.count })),
    ) ??
      // scope: planners only (insight:read); activityConditions would bind a liaison officer's state.
      scopedDb(actor).$queryRaw<{ stateCode: string; count: number }[]>`
      SELECT p."stateCode" AS "stateCode", count(*)::int AS "count"
      FROM "Activity" a JOIN "ActivityParticipant" p ON p."activityId" = a."id"
      ${activityConditions(actor, filters, { state: PARTICIPANT_STATE })}
      GROUP BY 1`,
    aseanStates(actor),
  ]);
  const counts = new Map(rows.map((row) => [row.stateCode, row.count]));
  const withCounts = states.map((state) => ({ ...state, count: counts.get(state.code) ?? 0 }));
  return { fyFrom: filters.fyFrom, fyTo: filters.fyTo, states: withCounts, max: Math.max(0, ...withCounts.map((state) => state.count)) };
}
