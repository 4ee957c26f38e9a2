import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { ACTIVITY_KEY_AREAS, KEY_AREA_PROGRAMS } from "@/lib/db/join-tables";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { activityScopeSql, planScopeSql } from "@/lib/data/scope";
import { indicatorsInForceSql, plansInForceSql, type ReviewSpan } from "@/lib/data/review/span";
import { hasStarted, yearStatus, type IndicatorStatus, type IndicatorValues } from "@/lib/domain/indicators";
import { isoDay } from "@/lib/dates";
import { todayInJapan } from "@/lib/fiscal-year";

// The records behind a figure of the review of efforts (lib/data/review/reads.ts counts them the same
// way): the indicator years, open follow-ups, feedback and plan money of a state's or a key area's row,
// or of the total. At most RECORD_LIMIT rows, the most relevant first; the page says when there are more.

export const RECORD_LIMIT = 500;

export interface RecordRow {
  /** The row's state or key area (neither: the total). */
  state?: string;
  keyArea?: string;
}

export interface RecordList<T> {
  rows: T[];
  /** Whether rows beyond RECORD_LIMIT were left out. */
  more: boolean;
}

const KA = ACTIVITY_KEY_AREAS.col;
const PK = KEY_AREA_PROGRAMS.col;

const limited = <T>(rows: T[]): RecordList<T> => ({ rows: rows.slice(0, RECORD_LIMIT), more: rows.length > RECORD_LIMIT });

/** An activity `a` in the row: a state that took part, or a key area of the activity. */
function activityInRow(row: RecordRow): Prisma.Sql {
  if (row.state)
    return Prisma.sql`AND EXISTS (SELECT 1 FROM "ActivityParticipant" rp WHERE rp."activityId" = a.id AND rp."stateCode" = ${row.state})`;
  if (row.keyArea)
    return Prisma.sql`AND EXISTS (SELECT 1 FROM ${ACTIVITY_KEY_AREAS.table} rk WHERE rk.${KA.activity} = a.id AND rk.${KA.keyArea} = ${row.keyArea})`;
  return Prisma.empty;
}

/** A plan's program `pr` in the row: the partner of a bilateral program, or a key area of the program. */
function programInRow(row: RecordRow): Prisma.Sql {
  if (row.state) return Prisma.sql`AND pr."partnerStateCode" = ${row.state}`;
  if (row.keyArea)
    return Prisma.sql`AND EXISTS (SELECT 1 FROM ${KEY_AREA_PROGRAMS.table} rk WHERE rk.${PK.program} = pr.id AND rk.${PK.keyArea} = ${row.keyArea})`;
  return Prisma.empty;
}

export interface IndicatorYearRecord {
  planId: string;
  planTitle: string;
  titleEn: string;
  titleJa: string;
  unit: string;
  fiscalYear: number;
  target: number;
  actual: number | null;
  status: IndicatorStatus;
}

export async function reviewIndicatorRecords(
  actor: Actor,
  span: ReviewSpan,
  row: RecordRow,
  now = new Date(),
): Promise<RecordList<IndicatorYearRecord>> {
  assertCan(actor, "review:read");
  const today = todayInJapan(now);
  // scope: planScopeSql binds a liaison officer's state (plans shared with it).
  const indicators = await sqlScopedDb(actor, "planScopeSql").$queryRaw<
    (IndicatorValues & { planId: string; planTitle: string; titleEn: string; titleJa: string; unit: string })[]
  >`
    ${indicatorsInForceSql(
      span,
      Prisma.sql`pl.id AS "planId", pl.title AS "planTitle", i."titleEn", i."titleJa", i.unit, i.position`,
      Prisma.sql`${planScopeSql(actor, Prisma.sql`pl`)} ${programInRow(row)}`,
    )}
    ORDER BY "planTitle", position`;
  const records: IndicatorYearRecord[] = [];
  for (const indicator of indicators) {
    for (const target of indicator.targets) {
      if (!hasStarted(target.fiscalYear, today)) continue;
      const status = yearStatus(indicator, target.fiscalYear, today);
      if (!status) continue;
      const actual = indicator.actuals.find((a) => a.fiscalYear === target.fiscalYear)?.value ?? null;
      const { planId, planTitle, titleEn, titleJa, unit } = indicator;
      records.push({ planId, planTitle, titleEn, titleJa, unit, fiscalYear: target.fiscalYear, target: target.value, actual, status });
    }
  }
  // What needs attention first: behind, no data, on track, achieved.
  const order: Record<IndicatorStatus, number> = { behind: 0, noData: 1, onTrack: 2, achieved: 3 };
  records.sort((a, b) => order[a.status] - order[b.status] || b.fiscalYear - a.fiscalYear);
  return limited(records);
}

export interface FollowUpRecord {
  activityId: string;
  activityTitle: string;
  activityTitleJa: string | null;
  action: string;
  owner: string;
  dueDate: string;
}

export async function reviewFollowUpRecords(actor: Actor, span: ReviewSpan, row: RecordRow): Promise<RecordList<FollowUpRecord>> {
  assertCan(actor, "review:read");
  // scope: activityScopeSql binds a liaison officer's state.
  const rows = await sqlScopedDb(actor, "activityScopeSql").$queryRaw<(Omit<FollowUpRecord, "dueDate"> & { dueDate: Date })[]>`
    SELECT a.id AS "activityId", a.title AS "activityTitle", a."titleJa" AS "activityTitleJa", f.action, f.owner, f."dueDate"
    FROM "FollowUpAction" f
    JOIN "AfterActionReport" r ON r.id = f."reportId"
    JOIN "Activity" a ON a.id = r."activityId"
    WHERE f."closedOn" IS NULL AND a."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo}
      ${activityScopeSql(actor, Prisma.sql`a`)} ${activityInRow(row)}
    ORDER BY f."dueDate", a.title
    LIMIT ${RECORD_LIMIT + 1}`;
  return limited(rows.map((r) => ({ ...r, dueDate: isoDay(r.dueDate) })));
}

export interface FeedbackRecord {
  activityId: string;
  activityTitle: string;
  activityTitleJa: string | null;
  stateCode: string;
  usefulness: number;
  fit: number;
  comment: string;
}

export async function reviewFeedbackRecords(actor: Actor, span: ReviewSpan, row: RecordRow): Promise<RecordList<FeedbackRecord>> {
  assertCan(actor, "review:read");
  // A state's feedback is that state's; a liaison officer reads their own state's only.
  const mine = seesAllStates(actor) ? Prisma.empty : Prisma.sql`AND fb."stateCode" = ${liaisonState(actor)}`;
  const byRow = row.state
    ? Prisma.sql`AND fb."stateCode" = ${row.state}`
    : row.keyArea
      ? activityInRow({ keyArea: row.keyArea })
      : Prisma.empty;
  // scope: a liaison officer's own state's feedback only (mine).
  const rows = await sqlScopedDb(actor, "mine").$queryRaw<FeedbackRecord[]>`
    SELECT a.id AS "activityId", a.title AS "activityTitle", a."titleJa" AS "activityTitleJa", fb."stateCode", fb.usefulness, fb.fit, fb.comment
    FROM "PartnerFeedback" fb JOIN "Activity" a ON a.id = fb."activityId"
    WHERE a."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo} AND a.status = 'CONDUCTED' ${mine} ${byRow}
    ORDER BY a."startDate" DESC, fb."stateCode"
    LIMIT ${RECORD_LIMIT + 1}`;
  return limited(rows);
}

export interface PlanMoneyRecord {
  planId: string;
  planTitle: string;
  budgetJpy: number;
  actualJpy: number;
  inForce: boolean;
}

export async function reviewSpendingRecords(actor: Actor, span: ReviewSpan, row: RecordRow): Promise<RecordList<PlanMoneyRecord>> {
  assertCan(actor, "plan:readInternal");
  // scope: money is JMOD's alone (assertCan above): there is no state to bind.
  const rows = await sqlScopedDb(actor, "assertCan").$queryRaw<PlanMoneyRecord[]>`
    SELECT * FROM (
      SELECT pl.id AS "planId", pl.title AS "planTitle", ${plansInForceSql(Prisma.sql`pl`)} AS "inForce",
        CASE WHEN ${plansInForceSql(Prisma.sql`pl`)} THEN coalesce((SELECT sum(bl."amountJpy") FROM "PlanYear" y
          JOIN "BudgetLine" bl ON bl."planYearId" = y.id
          WHERE y."planId" = pl.id AND y."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo}), 0) ELSE 0 END::float8 AS "budgetJpy",
        coalesce((SELECT sum(s."amountJpy") FROM "SpendingLine" s
          WHERE s."planId" = pl.id AND s."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo}), 0)::float8 AS "actualJpy"
      FROM "ProgramPlan" pl JOIN "Program" pr ON pr.id = pl."programId"
      WHERE pl."firstFiscalYear" <= ${span.fyTo} AND pl."lastFiscalYear" >= ${span.fyFrom} ${programInRow(row)}
    ) m
    WHERE m."budgetJpy" > 0 OR m."actualJpy" > 0
    ORDER BY m."actualJpy" - m."budgetJpy" DESC, m."planTitle"
    LIMIT ${RECORD_LIMIT + 1}`;
  return limited(rows);
}
