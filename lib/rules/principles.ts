// The three principles of Vientiane Vision 2.0 as checks: pure functions from facts (facts.ts) to one
// result per rule of the catalogue that applies to the record. A check is made for a step (a save, or
// a plan's share, submit or approve): the rules of that step and earlier ones pass or fail, later ones
// are "not yet applicable". The data layer refuses a step on blocking() results and saves warnings();
// the principles panel shows every result, and what a later rule will ask (upcoming()).
import { afterActionOverdue } from "@/lib/domain/after-action";
import { MAX_PLAN_YEARS, MIN_PLAN_YEARS } from "@/lib/domain/limits";
import { PLAN_TRANSITION_PATHS, type PlanStatus, type PlanTransition } from "@/lib/domain/plan";
import { fiscalYearEnd, fiscalYearOf, fiscalYearRange, fiscalYearSpan } from "@/lib/fiscal-year";
import { isOverBudget } from "@/lib/domain/spending";
import {
  ruleDefinition,
  rulesFor,
  type Principle,
  type RuleDefinition,
  type RecordKind,
  type RuleCode,
  type RuleStep,
  type Severity,
} from "@/lib/rules/catalogue";
import {
  JAPAN_STATE_CODE,
  aseanMembersOn,
  isCapacityBuilding,
  type ActivityFacts,
  type AseanMember,
  type ConsultationFacts,
  type PlanFacts,
  type PlanSpendingFacts,
  type ProgramFacts,
} from "@/lib/rules/facts";

/**
 * "not_applicable": the rule never concerns this record (H1 on a multilateral plan).
 * "not_yet_applicable": the rule's step is not reached (T4 on a plan only shared): never "passed".
 */
export type RuleStatus = "passed" | "failed" | "not_applicable" | "not_yet_applicable";

/**
 * Values for the message. Lists are state codes ("states", "state"), fiscal years ("years",
 * "firstFiscalYear", "lastFiscalYear") or titles; messages.ts formats them for the reader's language.
 */
export type RuleParams = Readonly<Record<string, string | number | readonly string[] | readonly number[]>>;

export interface RuleResult {
  code: RuleCode;
  principle: Principle;
  severity: Severity;
  status: RuleStatus;
  /** The step from which the rule applies (catalogue). */
  step: RuleStep;
  /**
   * Which message of the rule explains the failure (messages.ts). Set when failed, and when not yet
   * applicable but the record would fail it now, so a later rule can say what to prepare; else null.
   */
  variant: string | null;
  /** Form fields concerned: "lastFiscalYear", "years.2026.objectives", "nonInvitations.TH", "sustainment"... */
  fields: string[];
  params: RuleParams;
}

export interface RuleContext {
  /** ASEAN member states with the day they joined, from the reference data. */
  asean: readonly AseanMember[];
}

export interface PlanCheckOptions extends RuleContext {
  /** The state change being made; omit for a create or an update. */
  transition?: PlanTransition;
  /**
   * The user making the check. On "approve", the approver (T4 fails when missing or the author);
   * otherwise the viewer, so the panel can tell an author that someone else must approve.
   */
  actorId?: string;
}

// ---------------------------------------------------------------- result helpers

/** Failed rules, errors and warnings, of the step checked. */
export function violations(results: readonly RuleResult[]): RuleResult[] {
  return results.filter((result) => result.status === "failed");
}

/** Failed errors: these refuse the save or the state change. */
export function blocking(results: readonly RuleResult[]): RuleResult[] {
  return results.filter((result) => result.status === "failed" && result.severity === "error");
}

/** Failed warnings: saved, and shown with the record. */
export function warnings(results: readonly RuleResult[]): RuleResult[] {
  return results.filter((result) => result.status === "failed" && result.severity === "warning");
}

/** Rules of a later step that the record does not meet yet: a quiet "will apply when…", never blocking. */
export function upcoming(results: readonly RuleResult[]): RuleResult[] {
  return results.filter((result) => result.status === "not_yet_applicable" && result.variant !== null);
}

// ---------------------------------------------------------------- shared pieces

type Outcome = { status: "passed" | "not_applicable" } | { status: "failed"; variant?: string; fields: string[]; params?: RuleParams };

const PASSED: Outcome = { status: "passed" };
const NOT_APPLICABLE: Outcome = { status: "not_applicable" };

const SAVE_ONLY: readonly RuleStep[] = ["save"];

/** The steps a plan in this status has been through. */
const STEPS_OF_STATUS: Record<PlanStatus, readonly RuleStep[]> = {
  DRAFT: SAVE_ONLY,
  SHARED: ["save", "share"],
  IN_REVIEW: ["save", "share", "submit"],
  APPROVED: ["save", "share", "submit", "approve"],
  ARCHIVED: ["save", "share", "submit", "approve", "archive"],
};

/** The status whose steps a check reaches: a transition's target. */
function reachedStatus(status: PlanStatus, transition: PlanTransition | undefined): PlanStatus {
  if (!transition) return status;
  return PLAN_TRANSITION_PATHS[transition].to;
}

function toResults(kind: RecordKind, outcomes: Partial<Record<RuleCode, Outcome>>, reached: readonly RuleStep[]): RuleResult[] {
  return rulesFor(kind).map((rule) => {
    const outcome = outcomes[rule.code];
    if (!outcome) throw new Error(`rule ${rule.code} applies to ${kind} records but was not checked`);
    return toResult(rule, outcome, reached);
  });
}

function toResult(rule: RuleDefinition, outcome: Outcome, reached: readonly RuleStep[]): RuleResult {
  const base = { code: rule.code, principle: rule.principle, severity: rule.severity, step: rule.step };
  // A rule that never concerns the record says so at every step; one of a later step is "not yet
  // applicable", keeping what it would ask now.
  const status = outcome.status === "not_applicable" || reached.includes(rule.step) ? outcome.status : "not_yet_applicable";
  if (outcome.status !== "failed") return { ...base, status, variant: null, fields: [], params: {} };
  return {
    ...base,
    status,
    variant: outcome.variant ?? "default",
    fields: outcome.fields,
    params: outcome.params ?? {},
  };
}

const isBlank = (text: string) => text.trim().length === 0;

function isRecordedConsultation(consultation: ConsultationFacts): boolean {
  return consultation.heldOn !== null && !Number.isNaN(consultation.heldOn.getTime()) && !isBlank(consultation.counterpart);
}

/** H1 for a plan or activity: a linked need of the partner, or a recorded consultation. */
function citesPartnerNeed(
  program: ProgramFacts,
  citations: readonly { linkedNeedStateCodes: readonly string[]; consultations: readonly ConsultationFacts[] }[],
): Outcome {
  if (program.kind !== "BILATERAL") return NOT_APPLICABLE;
  const partner = program.partnerStateCode;
  const cited = citations.some(
    (c) => (partner !== null && c.linkedNeedStateCodes.includes(partner)) || c.consultations.some(isRecordedConsultation),
  );
  if (cited) return PASSED;
  return { status: "failed", fields: ["needs", "consultations"], params: { state: partner ?? "—" } };
}

/** O1 through the program: at least one end and one key area. */
function tracesToFramework(ends: number, keyAreas: number, variant: RecordKind, fields: string[]): Outcome {
  if (ends > 0 && keyAreas > 0) return PASSED;
  return { status: "failed", variant, fields, params: { ends, keyAreas } };
}

/** Whether a calendar date lies inside the fiscal years first..last (inclusive). */
function inFiscalYears(date: Date, first: number, last: number): boolean {
  const fy = fiscalYearOf(date);
  return fy >= first && fy <= last;
}

// ---------------------------------------------------------------- programs

export function checkProgram(facts: ProgramFacts): RuleResult[] {
  const fields = [...(facts.endCodes.length === 0 ? ["ends"] : []), ...(facts.keyAreaCodes.length === 0 ? ["keyAreas"] : [])];
  return toResults("program", { O1: tracesToFramework(facts.endCodes.length, facts.keyAreaCodes.length, "program", fields) }, SAVE_ONLY);
}

// ---------------------------------------------------------------- plans

/** The states a plan must be shared with before approval (T4). */
function partnerStatesOf(program: ProgramFacts, asean: readonly AseanMember[]): string[] {
  const codes = new Set(program.partnerStateCodes);
  if (program.kind === "BILATERAL" && program.partnerStateCode) codes.add(program.partnerStateCode);
  // A multilateral program is open to every ASEAN member, whether or not its partner list was filled.
  if (codes.size === 0 && program.kind === "MULTILATERAL") for (const member of asean) codes.add(member.code);
  return [...codes].sort();
}

function checkT1(facts: PlanFacts): Outcome {
  const span = fiscalYearSpan(facts.firstFiscalYear, facts.lastFiscalYear);
  if (span >= MIN_PLAN_YEARS && span <= MAX_PLAN_YEARS) return PASSED;
  return {
    status: "failed",
    variant: span < MIN_PLAN_YEARS ? "tooShort" : "tooLong",
    fields: ["lastFiscalYear"],
    params: { span, firstFiscalYear: facts.firstFiscalYear, lastFiscalYear: facts.lastFiscalYear },
  };
}

function checkT2(facts: PlanFacts): Outcome {
  const span = fiscalYearRange(facts.firstFiscalYear, facts.lastFiscalYear);
  if (span.length === 0) return NOT_APPLICABLE; // a reversed span: T1 reports it
  const fields: string[] = [];
  const years: number[] = [];
  for (const fy of span) {
    const year = facts.years.find((y) => y.fiscalYear === fy);
    const noObjective = (year?.objectiveCount ?? 0) < 1;
    const noMilestone = (year?.milestoneCount ?? 0) < 1;
    if (noObjective) fields.push(`years.${fy}.objectives`);
    if (noMilestone) fields.push(`years.${fy}.milestones`);
    if (noObjective || noMilestone) years.push(fy);
  }
  return years.length === 0 ? PASSED : { status: "failed", fields, params: { years } };
}

function checkT3(facts: PlanFacts): Outcome {
  if (!isCapacityBuilding(facts.program)) return NOT_APPLICABLE;
  return isBlank(facts.sustainment) ? { status: "failed", fields: ["sustainment"] } : PASSED;
}

function checkT4(facts: PlanFacts, options: PlanCheckOptions): Outcome {
  const partners = partnerStatesOf(facts.program, options.asean);
  const unshared = facts.sharedAt === null ? partners : partners.filter((code) => !facts.sharedWithStateCodes.includes(code));
  const notShared = facts.sharedAt === null || unshared.length > 0;

  // Who approves: the actor on "approve" (unknown counts as failing), the recorded approver of an
  // approved plan, otherwise the viewer if given (a preview for the panel).
  let ownPlan = false;
  if (options.transition === "approve") ownPlan = !options.actorId || options.actorId === facts.authorId;
  else if (facts.status === "APPROVED" || facts.status === "ARCHIVED") ownPlan = facts.approvedById === facts.authorId;
  else if (options.actorId) ownPlan = options.actorId === facts.authorId;

  if (!notShared && !ownPlan) return PASSED;
  if (notShared && ownPlan) {
    return { status: "failed", variant: "notSharedOwnPlan", fields: ["sharedWith", "approvedBy"], params: { states: unshared } };
  }
  if (notShared) return { status: "failed", variant: "notShared", fields: ["sharedWith"], params: { states: unshared } };
  return { status: "failed", variant: "ownPlan", fields: ["approvedBy"] };
}

function checkPlanT5(facts: PlanFacts): Outcome {
  if (facts.activities.length === 0) return NOT_APPLICABLE;
  const { firstFiscalYear: first, lastFiscalYear: last } = facts;
  const outside = facts.activities.filter((a) => !inFiscalYears(a.startDate, first, last) || !inFiscalYears(a.endDate, first, last));
  if (outside.length === 0) return PASSED;
  return {
    status: "failed",
    variant: "plan",
    fields: outside.map((a) => `activities.${a.id}`),
    params: { activities: outside.map((a) => a.title), firstFiscalYear: first, lastFiscalYear: last },
  };
}

/** How many of a year's spending lines T9 names, largest first ("and N more" for the rest). */
export const T9_LINES_NAMED = 3;

/**
 * T9: a fiscal year's spending above its budget by more than the tolerance (lib/domain/spending.ts).
 * The message names each such year, its budget and actual, and its largest lines; the params are
 * lists in step, one entry per year over (lines: one entry per line, `lineYears` saying whose).
 */
function checkT9(spending: readonly PlanSpendingFacts[]): Outcome {
  if (!spending.some((year) => year.actualJpy > 0)) return NOT_APPLICABLE;
  const over = spending.filter((year) => isOverBudget(year.budgetJpy, year.actualJpy)).sort((a, b) => a.fiscalYear - b.fiscalYear);
  if (over.length === 0) return PASSED;
  const lines = over.flatMap((year) =>
    year.largestLines.slice(0, T9_LINES_NAMED).map((line) => ({ fiscalYear: year.fiscalYear, ...line })),
  );
  return {
    status: "failed",
    fields: over.map((year) => `spending.${year.fiscalYear}`),
    params: {
      years: over.map((year) => year.fiscalYear),
      budgets: over.map((year) => year.budgetJpy),
      actuals: over.map((year) => year.actualJpy),
      more: over.map((year) => Math.max(0, year.lineCount - Math.min(T9_LINES_NAMED, year.largestLines.length))),
      lineYears: lines.map((line) => line.fiscalYear),
      lineDates: lines.map((line) => line.spentOn.toISOString().slice(0, 10)),
      lineDescriptions: lines.map((line) => line.description),
      lineAmounts: lines.map((line) => line.amountJpy),
    },
  };
}

/** T9 alone, on a plan's spending: what recording, changing or deleting a spending line checks. */
export function checkPlanSpending(spending: readonly PlanSpendingFacts[]): RuleResult[] {
  return [toResult(ruleDefinition("T9"), checkT9(spending), SAVE_ONLY)];
}

/**
 * T6: a capacity-building plan has at least one indicator with a baseline and a target for each fiscal
 * year of its span. When none has, the message names the years that the most complete indicator with
 * a baseline lacks targets for (every year when no indicator has a baseline).
 */
function checkT6(facts: PlanFacts): Outcome {
  if (!isCapacityBuilding(facts.program)) return NOT_APPLICABLE;
  const span = fiscalYearRange(facts.firstFiscalYear, facts.lastFiscalYear);
  if (span.length === 0) return NOT_APPLICABLE; // a reversed span: T1 reports it
  const missing = facts.indicators
    .filter((indicator) => indicator.hasBaseline)
    .map((indicator) => span.filter((fy) => !indicator.targetYears.includes(fy)))
    .sort((a, b) => a.length - b.length)[0];
  if (missing?.length === 0) return PASSED;
  const variant = facts.indicators.length === 0 ? "none" : missing ? "targets" : "baseline";
  return { status: "failed", variant, fields: ["indicators"], params: { years: missing ?? span } };
}

/**
 * T8: a plan is archived only when every indicator has an actual for each fiscal year of the span that
 * has ended, or with a reason recorded. A plan replaced by a later revision is not concerned: that
 * revision's approval archives it, and its indicators carry on in the revision.
 */
function checkT8(facts: PlanFacts): Outcome {
  if (facts.superseded || facts.indicators.length === 0) return NOT_APPLICABLE;
  const ended = fiscalYearRange(facts.firstFiscalYear, facts.lastFiscalYear).filter((fy) => fiscalYearEnd(fy) < facts.today);
  const years = ended.filter((fy) => facts.indicators.some((indicator) => !indicator.actualYears.includes(fy)));
  if (years.length === 0 || !isBlank(facts.archiveReason ?? "")) return PASSED;
  return { status: "failed", fields: ["indicators", "archiveReason"], params: { years } };
}

/** T7 on a plan: its conducted activities whose after-action report is overdue, by name. */
function checkPlanT7(facts: PlanFacts): Outcome {
  const conducted = facts.activities.filter((a) => a.status === "CONDUCTED");
  if (conducted.length === 0) return NOT_APPLICABLE;
  const overdue = conducted.filter((a) => afterActionOverdue(a, facts.today));
  if (overdue.length === 0) return PASSED;
  return {
    status: "failed",
    variant: "plan",
    fields: overdue.map((a) => `activities.${a.id}`),
    params: { activities: overdue.map((a) => a.title) },
  };
}

/**
 * Checks a plan as it is (status as stored) or as it would be after `transition`. Lifecycle rules
 * (T2, T3, T4) apply once the plan reaches their step, whether by this transition or earlier (a
 * shared plan keeps needing T2 on every update); "returnToDraft" applies only the rules of every
 * save, so that a plan can always go back to be fixed.
 */
export function checkPlan(facts: PlanFacts, options: PlanCheckOptions): RuleResult[] {
  const reached = STEPS_OF_STATUS[reachedStatus(facts.status, options.transition)];
  const programFields = ["program"];
  return toResults(
    "plan",
    {
      H1: citesPartnerNeed(facts.program, [facts]),
      T1: checkT1(facts),
      T2: checkT2(facts),
      T3: checkT3(facts),
      T4: checkT4(facts, options),
      T5: checkPlanT5(facts),
      T6: checkT6(facts),
      T7: checkPlanT7(facts),
      T8: checkT8(facts),
      T9: checkT9(facts.spending),
      O1: tracesToFramework(facts.program.endCodes.length, facts.program.keyAreaCodes.length, "plan", programFields),
    },
    reached,
  );
}

// ---------------------------------------------------------------- activities

/** ASEAN members on the activity's start date that take part in it (any role, or as host). */
function invitation(facts: ActivityFacts, asean: readonly AseanMember[]) {
  const taking = new Set(facts.participants.map((p) => p.stateCode));
  if (facts.hostStateCode) taking.add(facts.hostStateCode);
  const members = aseanMembersOn(asean, facts.startDate);
  return { members, omitted: members.filter((code) => !taking.has(code)) };
}

function checkH2(facts: ActivityFacts, asean: readonly AseanMember[]): Outcome {
  if (facts.program.kind !== "MULTILATERAL") return NOT_APPLICABLE;
  const reasoned = new Set(facts.nonInvitations.filter((n) => !isBlank(n.reason)).map((n) => n.stateCode));
  const unexplained = invitation(facts, asean).omitted.filter((code) => !reasoned.has(code));
  if (unexplained.length === 0) return PASSED;
  return { status: "failed", fields: unexplained.map((code) => `nonInvitations.${code}`), params: { states: unexplained } };
}

function checkH3(facts: ActivityFacts): Outcome {
  if (facts.status !== "CONDUCTED") return NOT_APPLICABLE;
  const recorded = facts.participants.some((p) => p.stateCode !== JAPAN_STATE_CODE && (p.participantCount ?? 0) > 0);
  return recorded ? PASSED : { status: "failed", fields: ["participants"] };
}

function checkActivityT5(facts: ActivityFacts): Outcome {
  if (!facts.plan) return NOT_APPLICABLE;
  const { firstFiscalYear: first, lastFiscalYear: last } = facts.plan;
  const fields = [
    ...(inFiscalYears(facts.startDate, first, last) ? [] : ["startDate"]),
    ...(inFiscalYears(facts.endDate, first, last) ? [] : ["endDate"]),
  ];
  if (fields.length === 0) return PASSED;
  return { status: "failed", variant: "activity", fields, params: { firstFiscalYear: first, lastFiscalYear: last } };
}

/** T7 on an activity: conducted, ended 30 days ago or more, and no after-action report yet. */
function checkActivityT7(facts: ActivityFacts): Outcome {
  if (facts.status !== "CONDUCTED") return NOT_APPLICABLE;
  if (!afterActionOverdue(facts, facts.today)) return PASSED;
  return { status: "failed", variant: "activity", fields: ["afterActionReport"], params: { endDate: isoDay(facts.endDate) } };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function checkActivityO1(facts: ActivityFacts): Outcome {
  const ends = facts.program.endCodes.length;
  const keyAreas = facts.keyAreaCodes.length;
  const fields = [...(keyAreas === 0 ? ["keyAreas"] : []), ...(ends === 0 ? ["program"] : [])];
  return tracesToFramework(ends, keyAreas, "activity", fields);
}

function checkO2(facts: ActivityFacts, asean: readonly AseanMember[]): Outcome {
  if (facts.program.kind !== "MULTILATERAL") return NOT_APPLICABLE;
  if (facts.frameworkCode) return PASSED;
  const { omitted } = invitation(facts, asean);
  if (omitted.length === 0) return PASSED;
  return {
    status: "failed",
    fields: ["frameworkCode", ...omitted.map((code) => `participants.${code}`)],
    params: { states: omitted },
  };
}

function checkO3(facts: ActivityFacts): Outcome {
  const outsiders = facts.participants
    .filter((p) => !p.isAsean && p.stateCode !== JAPAN_STATE_CODE)
    .map((p) => p.stateCode)
    .sort();
  if (outsiders.length === 0) return NOT_APPLICABLE;
  if (facts.frameworkCode) return PASSED;
  return { status: "failed", fields: ["frameworkCode"], params: { states: outsiders } };
}

/** Checks an activity; every activity rule applies to every create and update. */
export function checkActivity(facts: ActivityFacts, context: RuleContext): RuleResult[] {
  return toResults(
    "activity",
    {
      H1: citesPartnerNeed(facts.program, facts.plan ? [facts, facts.plan] : [facts]),
      H2: checkH2(facts, context.asean),
      H3: checkH3(facts),
      T5: checkActivityT5(facts),
      T7: checkActivityT7(facts),
      O1: checkActivityO1(facts),
      O2: checkO2(facts, context.asean),
      O3: checkO3(facts),
    },
    SAVE_ONLY,
  );
}
