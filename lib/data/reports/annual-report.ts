// The annual report of one fiscal year (April to March): what JMOD did with ASEAN that year, for the
// PDF of lib/pdf/annual-report.ts. Planners and admins only: it names every state's activities.
import "server-only";
import type { ActivityStatus, ParticipantRole, Priority, ProgramKind } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Locale } from "@/i18n/locales";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { activityScope, needScope, planScope } from "@/lib/data/scope";
import { fiscalYearEnd, fiscalYearLabel, fiscalYearStart, type FiscalYearStyle } from "@/lib/fiscal-year";
import { moneyByCategory, reviewOfEfforts, type CategoryMoney } from "@/lib/data/review/reads";
import { reviewIndicatorRecords } from "@/lib/data/review/records";
import type { IndicatorStatus } from "@/lib/domain/indicators";
import { activityTitle, nameOf, titleOf } from "@/lib/i18n/localized";

/** One bar of a chart: a key area, a means or a state, and its number of activities. */
export interface AnnualCount {
  code: string;
  label: string;
  count: number;
}

export interface AnnualActivity {
  id: string;
  /** ISO calendar dates. */
  startDate: string;
  endDate: string;
  title: string;
  status: ActivityStatus;
  /** The host state's name; empty when none is recorded. */
  host: string;
  states: { code: string; name: string; role: ParticipantRole }[];
}

export interface AnnualProgram {
  id: string;
  name: string;
  kind: ProgramKind;
  activities: AnnualActivity[];
}

export interface AnnualNeed {
  id: string;
  title: string;
  state: string;
  keyArea: string;
  priority: Priority;
  plans: { title: string; firstFiscalYear: number; lastFiscalYear: number }[];
  activities: { startDate: string; title: string }[];
}

export interface AnnualSummary {
  /** Activities starting in the fiscal year, whatever their status. */
  activities: number;
  conducted: number;
  /** Programs with at least one activity in the year. */
  programs: number;
  /** States taking part in at least one activity (ActivityParticipant), ASEAN or not. */
  states: number;
  /** People recorded at conducted activities; null when no conducted activity records a count. */
  participants: number | null;
  needsAddressed: number;
}

/** What the year's cooperation achieved: indicators, after-action reports and partner feedback. */
export interface AnnualResults {
  /** Indicator years of the fiscal year (plans in force), by status. */
  indicators: Record<IndicatorStatus, number>;
  indicatorYears: { title: string; plan: string; unit: string; target: number; actual: number | null; status: IndicatorStatus }[];
  /** Conducted activities of the year, and how many have their after-action report. */
  conducted: number;
  reported: number;
  followUpsOpen: number;
  feedback: { count: number; usefulness: number | null; fit: number | null };
}

export interface AnnualReport {
  fiscalYear: number;
  /** "FY2025", "2025年度" or, in a formal Japanese report, "令和7年度". */
  fiscalYearLabel: string;
  locale: Locale;
  summary: AnnualSummary;
  byKeyArea: AnnualCount[];
  byMeans: AnnualCount[];
  byState: AnnualCount[];
  /** The states that were ASEAN members by the end of the year, with the ISO date they joined. */
  aseanMembers: { code: string; since: string | null }[];
  programs: AnnualProgram[];
  needs: AnnualNeed[];
  results: AnnualResults;
  /** Budget against spending per category (internal: the report is JMOD's). */
  spending: CategoryMoney[];
  /** Whether any record in the report is an invented demo record. */
  includesIllustrative: boolean;
}

const day = (date: Date) => date.toISOString().slice(0, 10);
// Timestamps (updatedAt) against a fiscal year: the ministry's year starts at midnight in Japan.
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

export async function annualReport(
  actor: Actor,
  fiscalYear: number,
  locale: Locale,
  style: FiscalYearStyle = "plain",
): Promise<AnnualReport> {
  assertCan(actor, "export:all");
  const span = { fyFrom: fiscalYear, fyTo: fiscalYear };
  const fyEnd = fiscalYearEnd(fiscalYear);
  // Planners and admins see every state, so these scopes add nothing today; they keep the queries
  // right should export:all ever be granted to a scoped role.
  const activities = activityScope(actor);
  const [rows, keyAreas, means, asean, needRows, review, indicatorYears, reported, spending] = await Promise.all([
    scopedDb(actor).activity.findMany({
      where: { AND: [activities, { fiscalYear }] },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        titleJa: true,
        status: true,
        startDate: true,
        endDate: true,
        illustrative: true,
        program: { select: { id: true, nameEn: true, nameJa: true, kind: true, illustrative: true } },
        hostState: { select: { nameEn: true, nameJa: true } },
        keyAreas: { select: { code: true } },
        means: { select: { code: true } },
        participants: {
          select: { role: true, participantCount: true, state: { select: { code: true, nameEn: true, nameJa: true, sortOrder: true } } },
          orderBy: { state: { sortOrder: "asc" } },
        },
      },
    }),
    scopedDb(actor).keyArea.findMany({ select: { code: true, titleEn: true, titleJa: true }, orderBy: { sortOrder: "asc" } }),
    scopedDb(actor).means.findMany({ select: { code: true, titleEn: true, titleJa: true }, orderBy: { sortOrder: "asc" } }),
    // Members by the end of the year: Timor-Leste appears from FY2025, the year it was admitted.
    scopedDb(actor).partnerState.findMany({
      where: { isAsean: true, OR: [{ aseanMemberSince: null }, { aseanMemberSince: { lte: fyEnd } }] },
      select: { code: true, nameEn: true, nameJa: true, sortOrder: true, aseanMemberSince: true },
      orderBy: { sortOrder: "asc" },
    }),
    scopedDb(actor).partnerNeed.findMany({
      // "Addressed in the year": the schema keeps no date of the status change, so a need counts in
      // the year of an activity that answers it (cancelled ones answer nothing). A need answered by
      // plans alone counts in the year of its last update, the nearest record of when it was marked
      // addressed. A need answered over several years therefore appears in each of them.
      where: {
        AND: [
          needScope(actor),
          { status: "ADDRESSED" },
          {
            OR: [
              { activities: { some: { AND: [activities, { fiscalYear, status: { not: "CANCELLED" } }] } } },
              {
                activities: { none: {} },
                updatedAt: {
                  gte: new Date(fiscalYearStart(fiscalYear).getTime() - JAPAN_OFFSET_MS),
                  lt: new Date(fiscalYearStart(fiscalYear + 1).getTime() - JAPAN_OFFSET_MS),
                },
              },
            ],
          },
        ],
      },
      orderBy: [{ state: { sortOrder: "asc" } }, { createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        priority: true,
        illustrative: true,
        state: { select: { nameEn: true, nameJa: true } },
        keyArea: { select: { titleEn: true, titleJa: true } },
        plans: {
          where: planScope(actor),
          select: { title: true, firstFiscalYear: true, lastFiscalYear: true, illustrative: true },
          orderBy: [{ firstFiscalYear: "asc" }, { id: "asc" }],
        },
        activities: {
          where: activities,
          select: { title: true, titleJa: true, startDate: true, illustrative: true },
          orderBy: [{ startDate: "asc" }, { id: "asc" }],
        },
      },
    }),
    reviewOfEfforts(actor, span),
    reviewIndicatorRecords(actor, span, {}),
    scopedDb(actor).activity.count({
      where: { AND: [activities, { fiscalYear, status: "CONDUCTED", afterActionReport: { isNot: null } }] },
    }),
    moneyByCategory(actor, span),
  ]);

  const count = (codes: string[]) => {
    const counts = new Map<string, number>();
    for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
    return counts;
  };
  const keyAreaCounts = count(rows.flatMap((row) => row.keyAreas.map((k) => k.code)));
  const meansCounts = count(rows.flatMap((row) => row.means.map((m) => m.code)));
  const stateCounts = count(rows.flatMap((row) => row.participants.map((p) => p.state.code)));

  // Every ASEAN member gets a bar, a zero included (thin cooperation is the point); other partners
  // only when they took part.
  const states = new Map<string, { code: string; nameEn: string; nameJa: string; sortOrder: number }>(
    asean.map((state) => [state.code, state]),
  );
  for (const row of rows) for (const { state } of row.participants) if (!states.has(state.code)) states.set(state.code, state);
  const byState = [...states.values()]
    .map((state) => ({
      code: state.code,
      label: nameOf(locale, state),
      count: stateCounts.get(state.code) ?? 0,
      sortOrder: state.sortOrder,
    }))
    .sort((a, b) => b.count - a.count || a.sortOrder - b.sortOrder)
    .map(({ code, label, count }) => ({ code, label, count }));

  const programs = new Map<string, AnnualProgram>();
  for (const row of rows) {
    let program = programs.get(row.program.id);
    if (!program) {
      program = { id: row.program.id, name: nameOf(locale, row.program), kind: row.program.kind, activities: [] };
      programs.set(program.id, program);
    }
    program.activities.push({
      id: row.id,
      startDate: day(row.startDate),
      endDate: day(row.endDate),
      title: activityTitle(locale, row),
      status: row.status,
      host: row.hostState ? nameOf(locale, row.hostState) : "",
      states: row.participants.map((p) => ({ code: p.state.code, name: nameOf(locale, p.state), role: p.role })),
    });
  }
  const collator = new Intl.Collator(locale);
  const kindOrder: Record<ProgramKind, number> = { MULTILATERAL: 0, BILATERAL: 1 };

  const conducted = rows.filter((row) => row.status === "CONDUCTED");
  const counted = conducted.flatMap((row) => row.participants.map((p) => p.participantCount)).filter((n): n is number => n !== null);

  const { total } = review;
  return {
    fiscalYear,
    fiscalYearLabel: fiscalYearLabel(fiscalYear, locale, style),
    locale,
    summary: {
      activities: rows.length,
      conducted: conducted.length,
      programs: programs.size,
      states: stateCounts.size,
      participants: counted.length > 0 ? counted.reduce((sum, n) => sum + n, 0) : null,
      needsAddressed: needRows.length,
    },
    byKeyArea: keyAreas.map((k) => ({ code: k.code, label: titleOf(locale, k), count: keyAreaCounts.get(k.code) ?? 0 })),
    byMeans: means.map((m) => ({ code: m.code, label: titleOf(locale, m), count: meansCounts.get(m.code) ?? 0 })),
    byState,
    aseanMembers: asean.map((state) => ({ code: state.code, since: state.aseanMemberSince ? day(state.aseanMemberSince) : null })),
    // Multilateral programs first, as the policy puts ASEAN-wide cooperation first; then by name.
    programs: [...programs.values()].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || collator.compare(a.name, b.name)),
    needs: needRows.map((need) => ({
      id: need.id,
      title: need.title,
      state: nameOf(locale, need.state),
      keyArea: titleOf(locale, need.keyArea),
      priority: need.priority,
      plans: need.plans.map(({ title, firstFiscalYear, lastFiscalYear }) => ({ title, firstFiscalYear, lastFiscalYear })),
      activities: need.activities.map((activity) => ({ startDate: day(activity.startDate), title: activityTitle(locale, activity) })),
    })),
    results: {
      indicators: total.indicators,
      indicatorYears: indicatorYears.rows.map((row) => ({
        title: (locale === "ja" && row.titleJa) || row.titleEn,
        plan: row.planTitle,
        unit: row.unit,
        target: row.target,
        actual: row.actual,
        status: row.status,
      })),
      conducted: conducted.length,
      reported,
      followUpsOpen: total.followUpsOpen,
      feedback: { count: total.feedbackCount, usefulness: total.usefulness, fit: total.fit },
    },
    spending,
    includesIllustrative:
      rows.some((row) => row.illustrative || row.program.illustrative) ||
      needRows.some((need) => need.illustrative || need.plans.some((p) => p.illustrative) || need.activities.some((a) => a.illustrative)),
  };
}
