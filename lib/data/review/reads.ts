import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { KEY_AREA_PROGRAMS } from "@/lib/db/join-tables";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import { needScopeSql, planScopeSql } from "@/lib/data/scope";
import { INDICATOR_STATUSES, hasStarted, yearStatus, type IndicatorStatus, type IndicatorValues } from "@/lib/domain/indicators";
import { fiscalYearStartInJapan, todayInJapan } from "@/lib/fiscal-year";
import { isoDay } from "@/lib/dates";
import { SPENDING_CATEGORIES, type SpendingCategory } from "@/lib/domain/spending";
import { indicatorsInForceSql, plansInForceSql, type ReviewSpan } from "@/lib/data/review/span";

// The review of efforts (Vientiane Vision 2.0 opens with one): for a span of fiscal years, per partner
// state and per key area, what was planned and done, for whom, what it achieved and what it cost.
//
// Every figure is counted in a few grouped statements, whatever the number of records (the same four
// statements, five with money, at 10,000 and at 100,000 activities): each returns its rows per state,
// per key area and the total ("dim"), folded together here. What the activities bring (how many, their
// participants, open follow-ups and feedback) is read from the activity tally, whose size does not
// grow with the activities.
//
// What counts where:
//   - activities: those starting in the span; under each state that takes part, under each of their
//     key areas, once in the total. Participants: head counts of the conducted ones.
//   - needs: those submitted in the span (Japan's calendar), under their state and key area.
//   - follow-ups open: of the after-action reports of those activities.
//   - feedback: given on those conducted activities, under the state that gave it (where it takes part).
//   - indicators and money: of the plans in force over the span (approved, or archived at their end,
//     not replaced by a newer approved version); under the partner state of a bilateral plan, and
//     under each key area of the plan's program. A multilateral plan counts under its key areas and in
//     the total only: it belongs to no one state. Spending counts on whatever plan it was recorded.
// A liaison officer's review is their state's: their own row, and key areas and total counted over the
// records they may see (activities their state took part in, their needs, their feedback, plans shared
// with them), with their own state's participants only; never money.

export type { ReviewSpan };

export interface ReviewFigures {
  activitiesPlanned: number;
  activitiesConducted: number;
  participants: number;
  needsSubmitted: number;
  needsAnswered: number;
  indicators: Record<IndicatorStatus, number>;
  followUpsOpen: number;
  feedbackCount: number;
  /** Averages of the partner ratings (1-5), null without feedback. */
  usefulness: number | null;
  fit: number | null;
  /** Budget and actual spending in yen: JMOD only (absent, never computed, for a liaison officer). */
  money?: { budgetJpy: number; actualJpy: number };
}

export interface ReviewRow extends ReviewFigures {
  code: string;
  nameEn: string;
  nameJa: string;
}

export interface Review extends ReviewSpan {
  states: ReviewRow[];
  keyAreas: ReviewRow[];
  total: ReviewFigures;
  /** Whether the review carries money (the reader may see it). */
  money: boolean;
  /** The day the indicator statuses were judged on (Japan's today). */
  today: string;
}

type Dim = "state" | "keyArea" | "total";

interface Tally {
  activitiesPlanned: number;
  activitiesConducted: number;
  participants: number;
  needsSubmitted: number;
  needsAnswered: number;
  indicators: Record<IndicatorStatus, number>;
  followUpsOpen: number;
  feedbackCount: number;
  usefulnessSum: number;
  fitSum: number;
  budgetJpy: number;
  actualJpy: number;
}

const emptyTally = (): Tally => ({
  activitiesPlanned: 0,
  activitiesConducted: 0,
  participants: 0,
  needsSubmitted: 0,
  needsAnswered: 0,
  indicators: Object.fromEntries(INDICATOR_STATUSES.map((status) => [status, 0])) as Record<IndicatorStatus, number>,
  followUpsOpen: 0,
  feedbackCount: 0,
  usefulnessSum: 0,
  fitSum: 0,
  budgetJpy: 0,
  actualJpy: 0,
});

/** The tallies of each row, found or made on first use ("state:PH", "keyArea:MS", "total:"). */
class Tallies {
  private readonly rows = new Map<string, Tally>();
  at(dim: Dim, code: string | null): Tally | undefined {
    if (code === null) return undefined;
    const key = `${dim}:${dim === "total" ? "" : code}`;
    let tally = this.rows.get(key);
    if (!tally) this.rows.set(key, (tally = emptyTally()));
    return tally;
  }
  get(dim: Dim, code: string): Tally {
    return this.rows.get(`${dim}:${code}`) ?? emptyTally();
  }
}

const PK = KEY_AREA_PROGRAMS.col;

/** A liaison officer's own state, bound into SQL, or null for those who see all states. */
const ownState = (actor: Actor): string | null => (seesAllStates(actor) ? null : liaisonState(actor));

/**
 * Planned and conducted activities, participants (head counts of the conducted ones), open follow-ups
 * and feedback (on conducted activities), from the activity tally (lib/data/insights/tally.ts: a few
 * rows per state, key area, fiscal year and status, kept by triggers, with these measures beside the
 * count): each state's own figures (the activities it takes part in: its head counts, its feedback),
 * and per key area and in total the distinct activities with all states' head counts and feedback
 * ('*'). For a liaison officer, their own state's scope stands for '*': their activities, their head
 * counts, their feedback.
 */
async function countActivities(actor: Actor, span: ReviewSpan, into: Tallies): Promise<void> {
  const own = ownState(actor);
  const rows =
    own === null ? Prisma.sql`(t.scope <> '*' AND t.dimension = 'total')` : Prisma.sql`(t.scope = ${own} AND t.dimension = 'total')`;
  const whole = own === null ? Prisma.sql`t.scope = '*'` : Prisma.sql`t.scope = ${own}`;
  // scope: a liaison officer's own state's rows of the tally only (rows, whole).
  const counts = await sqlScopedDb(actor, "rows, whole").$queryRaw<
    {
      scope: string;
      dimension: string;
      code: string;
      planned: number;
      conducted: number;
      participants: number;
      followUpsOpen: number;
      feedback: number;
      usefulness: number;
      fit: number;
    }[]
  >`
    SELECT t.scope, t.dimension, t.code, sum(t.activities)::int AS planned,
      coalesce(sum(t.activities) FILTER (WHERE t.status = 'CONDUCTED'), 0)::int AS conducted,
      coalesce(sum(t.participants) FILTER (WHERE t.status = 'CONDUCTED'), 0)::int AS participants,
      sum(t."followUpsOpen")::int AS "followUpsOpen",
      coalesce(sum(t.feedback) FILTER (WHERE t.status = 'CONDUCTED'), 0)::int AS feedback,
      coalesce(sum(t.usefulness) FILTER (WHERE t.status = 'CONDUCTED'), 0)::int AS usefulness,
      coalesce(sum(t.fit) FILTER (WHERE t.status = 'CONDUCTED'), 0)::int AS fit
    FROM "ActivityTally" t
    WHERE t."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo}
      AND (${rows} OR (${whole} AND t.dimension IN ('total', 'keyArea')))
    GROUP BY t.scope, t.dimension, t.code`;
  for (const row of counts) {
    const whole = own === null ? row.scope === "*" : true;
    const tallies =
      row.dimension === "keyArea"
        ? [into.at("keyArea", row.code)]
        : [...(row.scope !== "*" ? [into.at("state", row.scope)] : []), ...(whole ? [into.at("total", "")] : [])];
    for (const tally of tallies) {
      tally!.activitiesPlanned += row.planned;
      tally!.activitiesConducted += row.conducted;
      tally!.participants += row.participants;
      tally!.followUpsOpen += row.followUpsOpen;
      tally!.feedbackCount += row.feedback;
      tally!.usefulnessSum += row.usefulness;
      tally!.fitSum += row.fit;
    }
  }
}

async function countNeeds(actor: Actor, span: ReviewSpan, into: Tallies): Promise<void> {
  // scope: needScopeSql binds a liaison officer's state.
  const rows = await sqlScopedDb(actor, "needScopeSql").$queryRaw<
    { state: string; keyArea: string; submitted: number; answered: number }[]
  >`
    SELECT n."stateCode" AS state, n."keyAreaCode" AS "keyArea", count(*)::int AS submitted,
      (count(*) FILTER (WHERE n.status = 'ADDRESSED'))::int AS answered
    FROM "PartnerNeed" n
    WHERE n."createdAt" >= ${fiscalYearStartInJapan(span.fyFrom)} AND n."createdAt" < ${fiscalYearStartInJapan(span.fyTo + 1)} ${needScopeSql(actor, Prisma.sql`n`)}
    GROUP BY n."stateCode", n."keyAreaCode"`;
  for (const row of rows) {
    for (const tally of [into.at("state", row.state), into.at("keyArea", row.keyArea), into.at("total", "")]) {
      tally!.needsSubmitted += row.submitted;
      tally!.needsAnswered += row.answered;
    }
  }
}

interface IndicatorRow extends IndicatorValues {
  state: string | null;
  keyAreas: string[] | null;
}

/** Each program's key areas, grouped once (not looked up indicator by indicator). */
const PROGRAM_KEY_AREAS = Prisma.sql`(SELECT k.${PK.program} AS program, array_agg(k.${PK.keyArea}) AS "keyAreas"
  FROM ${KEY_AREA_PROGRAMS.table} k GROUP BY k.${PK.program})`;

async function countIndicators(actor: Actor, span: ReviewSpan, today: Date, into: Tallies): Promise<void> {
  // scope: planScopeSql binds a liaison officer's state (plans shared with it).
  const rows = await sqlScopedDb(actor, "planScopeSql").$queryRaw<IndicatorRow[]>`
    SELECT v.*, ka."keyAreas"
    FROM (${indicatorsInForceSql(span, Prisma.sql`pr."partnerStateCode" AS state, pr.id AS "programId"`, planScopeSql(actor, Prisma.sql`pl`))}) v
    LEFT JOIN ${PROGRAM_KEY_AREAS} ka ON ka.program = v."programId"`;
  for (const row of rows) {
    const tallies = [into.at("state", row.state), ...(row.keyAreas ?? []).map((code) => into.at("keyArea", code)), into.at("total", "")];
    for (const target of row.targets) {
      // A year still to come has nothing to judge yet.
      if (!hasStarted(target.fiscalYear, today)) continue;
      const status = yearStatus(row, target.fiscalYear, today);
      if (!status) continue;
      for (const tally of tallies) if (tally) tally.indicators[status] += 1;
    }
  }
}

async function countMoney(actor: Actor, span: ReviewSpan, into: Tallies): Promise<void> {
  assertCan(actor, "plan:readInternal");
  // scope: money is JMOD's alone (assertCan above): there is no state to bind.
  const rows = await sqlScopedDb(actor, "assertCan").$queryRaw<{ dim: Dim; code: string | null; budget: number; actual: number }[]>`
    WITH b AS (
      SELECT pr.id AS program, pr."partnerStateCode" AS state,
        CASE WHEN ${plansInForceSql(Prisma.sql`pl`)} THEN coalesce((SELECT sum(bl."amountJpy") FROM "PlanYear" y
          JOIN "BudgetLine" bl ON bl."planYearId" = y.id
          WHERE y."planId" = pl.id AND y."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo}), 0) ELSE 0 END AS budget,
        coalesce((SELECT sum(s."amountJpy") FROM "SpendingLine" s
          WHERE s."planId" = pl.id AND s."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo}), 0) AS actual
      FROM "ProgramPlan" pl JOIN "Program" pr ON pr.id = pl."programId"
      WHERE pl."firstFiscalYear" <= ${span.fyTo} AND pl."lastFiscalYear" >= ${span.fyFrom}
    )
    SELECT 'state' AS dim, b.state AS code, sum(b.budget)::float8 AS budget, sum(b.actual)::float8 AS actual
    FROM b WHERE b.state IS NOT NULL GROUP BY b.state
    UNION ALL
    SELECT 'keyArea', k.${PK.keyArea}, sum(b.budget)::float8, sum(b.actual)::float8
    FROM b JOIN ${KEY_AREA_PROGRAMS.table} k ON k.${PK.program} = b.program GROUP BY k.${PK.keyArea}
    UNION ALL
    SELECT 'total', NULL, coalesce(sum(b.budget), 0)::float8, coalesce(sum(b.actual), 0)::float8 FROM b`;
  for (const row of rows) {
    const tally = into.at(row.dim, row.dim === "total" ? "" : row.code);
    if (!tally) continue;
    tally.budgetJpy += row.budget;
    tally.actualJpy += row.actual;
  }
}

function figures(tally: Tally, money: boolean): ReviewFigures {
  const average = (sum: number) => (tally.feedbackCount ? sum / tally.feedbackCount : null);
  return {
    activitiesPlanned: tally.activitiesPlanned,
    activitiesConducted: tally.activitiesConducted,
    participants: tally.participants,
    needsSubmitted: tally.needsSubmitted,
    needsAnswered: tally.needsAnswered,
    indicators: tally.indicators,
    followUpsOpen: tally.followUpsOpen,
    feedbackCount: tally.feedbackCount,
    usefulness: average(tally.usefulnessSum),
    fit: average(tally.fitSum),
    ...(money ? { money: { budgetJpy: tally.budgetJpy, actualJpy: tally.actualJpy } } : {}),
  };
}

const isEmpty = (row: ReviewFigures) =>
  row.activitiesPlanned + row.needsSubmitted + row.feedbackCount + Object.values(row.indicators).reduce((a, b) => a + b, 0) === 0 &&
  !row.money?.budgetJpy &&
  !row.money?.actualJpy;

/** The rows' names, states (a liaison officer's own only) and key areas in their order: one statement. */
async function rowNames(actor: Actor, own: string | null) {
  const mine = own === null ? Prisma.empty : Prisma.sql`WHERE s.code = ${own}`;
  // scope: states and key areas are reference data; a liaison officer's row is their own state's (mine).
  const [row] = await sqlScopedDb(actor, "mine").$queryRaw<
    {
      states: { code: string; nameEn: string; nameJa: string; isAsean: boolean }[] | null;
      keyAreas: { code: string; titleEn: string; titleJa: string }[] | null;
    }[]
  >`SELECT
      (SELECT json_agg(json_build_object('code', s.code, 'nameEn', s."nameEn", 'nameJa', s."nameJa", 'isAsean', s."isAsean") ORDER BY s."sortOrder")
         FROM "PartnerState" s ${mine}) AS states,
      (SELECT json_agg(json_build_object('code', k.code, 'titleEn', k."titleEn", 'titleJa', k."titleJa") ORDER BY k."sortOrder")
         FROM "KeyArea" k) AS "keyAreas"`;
  return { states: row?.states ?? [], keyAreas: row?.keyAreas ?? [] };
}

export async function reviewOfEfforts(actor: Actor, span: ReviewSpan, now: Date = new Date()): Promise<Review> {
  assertCan(actor, "review:read");
  const money = can(actor, "plan:readInternal");
  const today = todayInJapan(now);
  const own = ownState(actor);
  const tallies = new Tallies();
  const [{ states, keyAreas }] = await Promise.all([
    rowNames(actor, own),
    countActivities(actor, span, tallies),
    countNeeds(actor, span, tallies),
    countIndicators(actor, span, today, tallies),
    money ? countMoney(actor, span, tallies) : Promise.resolve(),
  ]);
  const stateRows = states
    // ASEAN members always have a row; another state only where it took part in something.
    .map((state) => ({
      state,
      row: { code: state.code, nameEn: state.nameEn, nameJa: state.nameJa, ...figures(tallies.get("state", state.code), money) },
    }))
    .filter(({ state, row }) => state.isAsean || own !== null || !isEmpty(row))
    .map(({ row }) => row);
  return {
    ...span,
    states: stateRows,
    keyAreas: keyAreas.map((area) => ({
      code: area.code,
      nameEn: area.titleEn,
      nameJa: area.titleJa,
      ...figures(tallies.get("keyArea", area.code), money),
    })),
    total: figures(tallies.get("total", ""), money),
    money,
    today: isoDay(today),
  };
}

export interface CategoryMoney {
  category: SpendingCategory;
  budgetJpy: number;
  actualJpy: number;
}

/**
 * Budget against spending per category over the span, as the review counts money (budget lines of the
 * plans in force, spending wherever recorded): the annual report's spending section. JMOD only.
 */
export async function moneyByCategory(actor: Actor, span: ReviewSpan): Promise<CategoryMoney[]> {
  assertCan(actor, "plan:readInternal");
  // scope: money is JMOD's alone (assertCan above): there is no state to bind.
  return sqlScopedDb(actor, "assertCan").$queryRaw<CategoryMoney[]>`
    SELECT category, sum(budget)::float8 AS "budgetJpy", sum(actual)::float8 AS "actualJpy" FROM (
      SELECT bl.category::text AS category, bl."amountJpy" AS budget, 0 AS actual
      FROM "BudgetLine" bl JOIN "PlanYear" y ON y.id = bl."planYearId" JOIN "ProgramPlan" pl ON pl.id = y."planId"
      WHERE y."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo} AND ${plansInForceSql(Prisma.sql`pl`)}
      UNION ALL
      SELECT s.category::text, 0, s."amountJpy" FROM "SpendingLine" s WHERE s."fiscalYear" BETWEEN ${span.fyFrom} AND ${span.fyTo}
    ) m
    GROUP BY category
    ORDER BY array_position(${[...SPENDING_CATEGORIES]}::text[], category)`;
}
