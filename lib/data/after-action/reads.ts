import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { sqlScopedDb } from "@/lib/db/scope-guard";
import type { Tx } from "@/lib/db/tx";
import { REPORT_INDICATORS } from "@/lib/db/join-tables";
import { jsonDate, jsonDateOrNull } from "@/lib/db/json-rows";
import type { Actor } from "@/lib/authz/actor";
import { assertCan, can, liaisonState, seesAllStates } from "@/lib/authz/policy";
import { activityScopeSql } from "@/lib/data/scope";
import { NotFoundError } from "@/lib/errors";
import { todayInJapan } from "@/lib/fiscal-year";
import { AFTER_ACTION_DUE_DAYS, afterActionDueOn, afterActionOverdue } from "@/lib/domain/after-action";
import type { ActivityStatus } from "@/lib/domain/activity";
import { recordId } from "@/lib/validation/fields";

// After-action reports and partner feedback as pages show them. JMOD's report is read by planners,
// admins and the liaison officers of the states that took part; feedback by JMOD (every state's, with
// averages) and by each taking-part state's officers (their own state's only: never in the page, never
// in its payload, since the SQL never reads another state's row for them).

export interface FollowUpView {
  id: string;
  action: string;
  owner: string;
  dueDate: Date;
  closedOn: Date | null;
}

export interface ReportIndicatorView {
  id: string;
  titleEn: string;
  titleJa: string;
  unit: string;
}

export interface AfterActionReportView {
  id: string;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
  doneVsPlanned: string;
  results: string;
  lessons: string;
  illustrative: boolean;
  followUps: FollowUpView[];
  indicators: ReportIndicatorView[];
}

export interface FeedbackView {
  id: string;
  state: { code: string; nameEn: string; nameJa: string };
  usefulness: number;
  fit: number;
  comment: string;
  author: string | null;
  version: number;
  updatedAt: Date;
  illustrative: boolean;
}

export interface AfterActionSection {
  activityId: string;
  status: ActivityStatus;
  conducted: boolean;
  report: AfterActionReportView | null;
  /** JMOD: every state's; a liaison officer: their own state's (at most one). */
  feedback: FeedbackView[];
  /** JMOD only: the averages over every state's feedback; null for a liaison officer or without feedback. */
  averages: { usefulness: number; fit: number; count: number } | null;
  /** JMOD: may write the report and close follow-ups (a conducted activity). */
  canEditReport: boolean;
  /** A liaison officer of a taking-part state, on a conducted activity. */
  canGiveFeedback: boolean;
  /** JMOD only: the report is overdue (rule T7), and the day it fell due. */
  overdue: boolean;
  dueOn: Date;
}

// ---------------------------------------------------------------- JSON of raw statements

interface ReportJson {
  id: string;
  version: number;
  updatedAt: string;
  updatedBy: string | null;
  doneVsPlanned: string;
  results: string;
  lessons: string;
  illustrative: boolean;
  followUps: { id: string; action: string; owner: string; dueDate: string; closedOn: string | null }[];
  indicators: ReportIndicatorView[];
}

/** The report of activity `a` as JSON (null when none). Its follow-ups by position, its indicators by theirs. */
const reportJson = (a: Prisma.Sql) => Prisma.sql`(SELECT json_build_object(
    'id', r.id, 'version', r.version, 'updatedAt', r."updatedAt", 'doneVsPlanned', r."doneVsPlanned", 'results', r.results,
    'lessons', r.lessons, 'illustrative', r.illustrative,
    'updatedBy', (SELECT u.name FROM "User" u WHERE u.id = r."updatedById"),
    'followUps', COALESCE((SELECT json_agg(json_build_object('id', f.id, 'action', f.action, 'owner', f.owner, 'dueDate', f."dueDate",
        'closedOn', f."closedOn") ORDER BY f.position, f.id) FROM "FollowUpAction" f WHERE f."reportId" = r.id), '[]'::json),
    'indicators', COALESCE((SELECT json_agg(json_build_object('id', i.id, 'titleEn', i."titleEn", 'titleJa', i."titleJa", 'unit', i.unit)
        ORDER BY i.position, i.id) FROM ${REPORT_INDICATORS.table} x JOIN "PlanIndicator" i ON i.id = x.${REPORT_INDICATORS.col.indicator}
        WHERE x.${REPORT_INDICATORS.col.report} = r.id), '[]'::json))
  FROM "AfterActionReport" r WHERE r."activityId" = ${a}.id)`;

function reportFromJson(row: ReportJson): AfterActionReportView {
  return {
    ...row,
    updatedAt: jsonDate(row.updatedAt),
    followUps: row.followUps.map((f) => ({ ...f, dueDate: jsonDate(f.dueDate), closedOn: jsonDateOrNull(f.closedOn) })),
  };
}

interface FeedbackJson extends Omit<FeedbackView, "updatedAt"> {
  updatedAt: string;
}

interface SectionJson {
  status: ActivityStatus;
  endDate: string;
  report: ReportJson | null;
  feedback: FeedbackJson[];
}

/**
 * The activity's report and feedback for its page, in one statement. The activity is read in the
 * actor's scope (another state's activity is not found); a liaison officer's feedback rows are bound
 * to their own state in the SQL itself.
 */
export async function getAfterActionSection(actor: Actor, activityId: string, today: Date = todayInJapan()): Promise<AfterActionSection> {
  assertCan(actor, "activity:read");
  if (!recordId.safeParse(activityId).success) throw new NotFoundError("activity");
  const [a, f] = [Prisma.raw("a"), Prisma.raw("f")];
  const internal = seesAllStates(actor);
  const ownFeedback = internal ? Prisma.empty : Prisma.sql`AND ${f}."stateCode" = ${liaisonState(actor)}`;
  // scope: activityScopeSql binds the activity to the officer's state; ownFeedback their feedback.
  const [row] = await sqlScopedDb(actor, "activityScopeSql, and the officer's own state on feedback").$queryRaw<SectionJson[]>`
    SELECT a.status, a."endDate", ${reportJson(a)} AS report,
      COALESCE((SELECT json_agg(json_build_object('id', f.id, 'usefulness', f.usefulness, 'fit', f.fit, 'comment', f.comment,
          'version', f.version, 'updatedAt', f."updatedAt", 'illustrative', f.illustrative,
          'author', (SELECT u.name FROM "User" u WHERE u.id = f."authorId"),
          'state', json_build_object('code', s.code, 'nameEn', s."nameEn", 'nameJa', s."nameJa")) ORDER BY s."sortOrder", s.code)
        FROM "PartnerFeedback" f JOIN "PartnerState" s ON s.code = f."stateCode" WHERE f."activityId" = a.id ${ownFeedback}), '[]'::json) AS feedback
    FROM "Activity" a WHERE a.id = ${activityId} ${activityScopeSql(actor, a)}`;
  if (!row) throw new NotFoundError("activity");
  const conducted = row.status === "CONDUCTED";
  const feedback = row.feedback.map((item) => ({ ...item, updatedAt: jsonDate(item.updatedAt) }));
  const endDate = jsonDate(row.endDate);
  const mean = (pick: (item: FeedbackView) => number) => feedback.reduce((sum, item) => sum + pick(item), 0) / feedback.length;
  return {
    activityId,
    status: row.status,
    conducted,
    report: row.report ? reportFromJson(row.report) : null,
    feedback,
    averages:
      internal && feedback.length ? { usefulness: mean((x) => x.usefulness), fit: mean((x) => x.fit), count: feedback.length } : null,
    canEditReport: conducted && can(actor, "activity:edit"),
    // In scope means the officer's state takes part (activityScopeSql).
    canGiveFeedback: conducted && can(actor, "feedback:give"),
    overdue: internal && afterActionOverdue({ status: row.status, endDate, hasAfterActionReport: row.report !== null }, today),
    dueOn: afterActionDueOn(endDate),
  };
}

// ---------------------------------------------------------------- the editor

/** What the report editor holds and sends (dates as YYYY-MM-DD); also the values of a conflict. */
export interface ReportEditorValues {
  doneVsPlanned: string;
  results: string;
  lessons: string;
  followUps: { id: string | null; action: string; owner: string; dueDate: string; closedOn: string | null }[];
  indicatorIds: string[];
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export function reportEditorValues(report: AfterActionReportView | null): ReportEditorValues {
  if (!report) return { doneVsPlanned: "", results: "", lessons: "", followUps: [], indicatorIds: [] };
  return {
    doneVsPlanned: report.doneVsPlanned,
    results: report.results,
    lessons: report.lessons,
    followUps: report.followUps.map((f) => ({
      id: f.id,
      action: f.action,
      owner: f.owner,
      dueDate: isoDay(f.dueDate),
      closedOn: f.closedOn ? isoDay(f.closedOn) : null,
    })),
    indicatorIds: report.indicators.map((i) => i.id).sort(),
  };
}

interface EditorJson {
  id: string;
  title: string;
  titleJa: string | null;
  status: ActivityStatus;
  planId: string | null;
  report: ReportJson | null;
  indicators: ReportIndicatorView[];
}

/** JMOD's: the activity, its report as it stands (if any) and the indicators of its plan to choose from. */
export async function loadReportForEdit(tx: Tx | ReturnType<typeof sqlScopedDb>, activityId: string) {
  const a = Prisma.raw("a");
  // scope: JMOD's only (activity:edit, checked by every caller): planners and admins read every activity.
  const [row] = await tx.$queryRaw<EditorJson[]>`
    SELECT a.id, a.title, a."titleJa", a.status, a."planId", ${reportJson(a)} AS report,
      COALESCE((SELECT json_agg(json_build_object('id', i.id, 'titleEn', i."titleEn", 'titleJa', i."titleJa", 'unit', i.unit)
          ORDER BY i.position, i.id) FROM "PlanIndicator" i WHERE i."planId" = a."planId"), '[]'::json) AS indicators
    FROM "Activity" a WHERE a.id = ${activityId}`;
  if (!row) return null;
  return { ...row, report: row.report ? reportFromJson(row.report) : null };
}

/** The report editor's page: planners and admins (anyone else: not found). */
export async function getReportEditor(actor: Actor, activityId: string) {
  assertCan(actor, "activity:edit");
  if (!recordId.safeParse(activityId).success) throw new NotFoundError("activity");
  // scope: activity:edit, checked above: JMOD staff, who read every activity.
  const loaded = await loadReportForEdit(sqlScopedDb(actor, "activity:edit (JMOD staff)"), activityId);
  if (!loaded) throw new NotFoundError("activity");
  return {
    activity: { id: loaded.id, title: loaded.title, titleJa: loaded.titleJa, status: loaded.status },
    conducted: loaded.status === "CONDUCTED",
    hasPlan: loaded.planId !== null,
    version: loaded.report?.version,
    values: reportEditorValues(loaded.report),
    indicators: loaded.indicators,
  };
}

// ---------------------------------------------------------------- the dashboard

export interface OverdueReports {
  /** How many, counted up to OVERDUE_COUNT_CAP + 1 (the page says "more than" past the cap). */
  count: number;
  rows: { id: string; title: string; titleJa: string | null; endDate: Date; dueOn: Date }[];
}

/** Past this many the dashboard says "more than 100": counting every one would read every past activity. */
export const OVERDUE_COUNT_CAP = 100;

/**
 * Conducted activities whose after-action report is overdue (rule T7), latest first, for the
 * planners' dashboard: null for a liaison officer. One statement, whatever the number of activities:
 * the count stops at the cap, the rows read the start-date index from the due day back.
 */
export async function listOverdueReports(actor: Actor, { today = todayInJapan(), limit = 5 } = {}): Promise<OverdueReports | null> {
  assertCan(actor, "activity:read");
  if (!can(actor, "activity:edit")) return null;
  // A report is overdue from the AFTER_ACTION_DUE_DAYS-th day after the end: the end on or before today minus that.
  const lastEnd = new Date(today.getTime() - AFTER_ACTION_DUE_DAYS * 86_400_000);
  const overdue = Prisma.sql`a.status = 'CONDUCTED' AND a."endDate" <= ${lastEnd}::date AND a."startDate" <= ${lastEnd}::date
    AND NOT EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id)`;
  // scope: activity:edit, checked above: JMOD staff, who read every activity.
  const [row] = await sqlScopedDb(actor, "activity:edit (JMOD staff)").$queryRaw<
    { count: number; rows: { id: string; title: string; titleJa: string | null; endDate: string }[] }[]
  >`
    SELECT (SELECT count(*)::int FROM (SELECT 1 FROM "Activity" a WHERE ${overdue} LIMIT ${OVERDUE_COUNT_CAP + 1}) c) AS count,
      COALESCE((SELECT json_agg(json_build_object('id', x.id, 'title', x.title, 'titleJa', x."titleJa", 'endDate', x."endDate"))
        FROM (SELECT a.id, a.title, a."titleJa", a."endDate" FROM "Activity" a WHERE ${overdue}
              ORDER BY a."startDate" DESC, a.id LIMIT ${limit}) x), '[]'::json) AS rows`;
  return {
    count: row?.count ?? 0,
    rows: (row?.rows ?? []).map((r) => {
      const endDate = jsonDate(r.endDate);
      return { ...r, endDate, dueOn: afterActionDueOn(endDate) };
    }),
  };
}
