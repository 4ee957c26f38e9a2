// What the principle rules look at: plain values that lib/data builds from the database (a saved
// record) or from a parsed form (a record about to be saved). No Prisma types, no ids of related
// rows beyond what a rule needs; state, end, key area, means and framework codes are the reference
// data's codes ("PH", "E1", "K2", "M3", "ADMM_PLUS").
//
// Dates are calendar dates at UTC midnight, as stored in @db.Date columns (see lib/fiscal-year.ts).

import type { ActivityStatus, ParticipantRole } from "@/lib/domain/activity";
import type { ProgramKind } from "@/lib/domain/enums";
import type { PlanStatus } from "@/lib/domain/plan";

/**
 * Japan organises every program: as a "participant" it is neither a partner (H3) nor a non-ASEAN
 * third party (O3).
 */
export const JAPAN_STATE_CODE = "JP";

/** Means that make a plan capacity building or equipment cooperation (rules T3 and T6). */
export const SUSTAINMENT_MEANS: readonly string[] = ["M2", "M3"];

/** Whether a program's plans are capacity building (or equipment cooperation): T3 and T6 read the same notion. */
export function isCapacityBuilding(program: Pick<ProgramFacts, "meansCodes">): boolean {
  return program.meansCodes.some((code) => SUSTAINMENT_MEANS.includes(code));
}

export interface ProgramFacts {
  /** MULTILATERAL (open to all ASEAN members) or BILATERAL (one partner state). */
  kind: ProgramKind;
  /** The bilateral partner (Program.partnerStateCode); null for a multilateral program. */
  partnerStateCode: string | null;
  /** Program.partnerStates: the states a plan of it is shared with (T4); for a bilateral program, its partner. */
  partnerStateCodes: readonly string[];
  /** Ends the program serves (O1). */
  endCodes: readonly string[];
  /** Key areas the program serves (O1 for programs and plans). */
  keyAreaCodes: readonly string[];
  /** Means the program uses; M2 or M3 makes its plans need a sustainment section (T3). */
  meansCodes: readonly string[];
  /** ASEAN-led frameworks the program works through; informational, no rule reads it yet. */
  frameworkCodes: readonly string[];
}

/** A recorded consultation with the partner (H1); a row without date or counterpart does not count. */
export interface ConsultationFacts {
  /** When it was held; null when a form row has no date yet. */
  heldOn: Date | null;
  /** Who was consulted (office or person); blank does not count. */
  counterpart: string;
}

export interface PlanYearFacts {
  /** The Japanese fiscal year (2026 = FY2026, April 2026 to March 2027). */
  fiscalYear: number;
  /** Number of objectives of that year (T2). */
  objectiveCount: number;
  /** Number of milestones of that year (T2). */
  milestoneCount: number;
}

/** An activity attached to the plan, as far as T5 needs it. */
export interface PlanActivityFacts {
  /** Activity id: the result's fields name it as "activities.<id>". */
  id: string;
  /** Title shown in the T5 message. */
  title: string;
  /** First day of the activity. */
  startDate: Date;
  /** Last day of the activity (equal to startDate for a one-day activity). */
  endDate: Date;
  /** Planned, confirmed, conducted... (T7 reads CONDUCTED). */
  status: ActivityStatus;
  /** Whether its after-action report is written (T7). */
  hasAfterActionReport: boolean;
}

/** One spending line, as T9 names it. */
export interface SpendingLineFacts {
  /** The day it was spent. */
  spentOn: Date;
  /** What it was for, as recorded (may be blank). */
  description: string;
  amountJpy: number;
}

/** A fiscal year's budget (sum of its budget lines) against its spending (T9). */
export interface PlanSpendingFacts {
  fiscalYear: number;
  /** Sum of the year's budget lines, in yen. */
  budgetJpy: number;
  /** Sum of the year's spending lines, in yen. */
  actualJpy: number;
  /** How many spending lines the year has. */
  lineCount: number;
  /** The year's largest spending lines, largest first (a few at most). */
  largestLines: readonly SpendingLineFacts[];
}

/** A results indicator of the plan, as far as T6 and T8 need it. */
export interface IndicatorFacts {
  /** Whether a baseline value and date are recorded (T6). */
  hasBaseline: boolean;
  /** Fiscal years it has a target for (T6). */
  targetYears: readonly number[];
  /** Fiscal years it has an actual value for (T8). */
  actualYears: readonly number[];
}

export interface PlanFacts {
  /** The plan's program. */
  program: ProgramFacts;
  /** The plan's status as stored, before the transition being checked (a new plan is DRAFT). */
  status: PlanStatus;
  /** First fiscal year of the span (T1). */
  firstFiscalYear: number;
  /** Last fiscal year of the span, inclusive (T1). */
  lastFiscalYear: number;
  /** Per fiscal year counts; a year of the span with no entry counts as empty (T2). */
  years: readonly PlanYearFacts[];
  /** The sustainment / hand-over section (T3). */
  sustainment: string;
  /** When the plan was shared with its partners; null if never (T4). */
  sharedAt: Date | null;
  /** States the plan is shared with (T4). */
  sharedWithStateCodes: readonly string[];
  /** The plan's author (T4: may not approve it); the acting user for a plan being created. */
  authorId: string;
  /** Who approved it, for an APPROVED or ARCHIVED plan (T4 on display); omit or null otherwise. */
  approvedById?: string | null;
  /** State codes of the partner needs linked to the plan (H1). */
  linkedNeedStateCodes: readonly string[];
  /** Consultations recorded on the plan (H1). */
  consultations: readonly ConsultationFacts[];
  /** Activities attached to the plan (T5, T7). */
  activities: readonly PlanActivityFacts[];
  /** Budget against spending per fiscal year with budget or spending; empty before any is recorded (T9). */
  spending: readonly PlanSpendingFacts[];
  /** The plan's results indicators (T6, T8). */
  indicators: readonly IndicatorFacts[];
  /** Why it is archived (or about to be) with ended years unmeasured; null or blank if none given (T8). */
  archiveReason: string | null;
  /**
   * Whether a later revision replaced it: its approval archives this one, whose indicators and
   * actuals carry on in the revision (T8 does not apply).
   */
  superseded: boolean;
  /** Today's date in Japan: the fiscal years before today's have ended (T8); T7 counts the days since an activity ended. */
  today: Date;
}

export interface ParticipantFacts {
  /** Participating state. */
  stateCode: string;
  /** Its role: host, participant or observer; every role counts as invited (H2, O2). */
  role: ParticipantRole;
  /** People it sent; null when not (yet) known (H3). */
  participantCount: number | null;
  /** PartnerState.isAsean: an ASEAN state (the reference data's flag, not membership on a date) (O3). */
  isAsean: boolean;
}

/** An ASEAN member deliberately not invited to a multilateral activity, and why (H2). */
export interface NonInvitationFacts {
  /** The state left out. */
  stateCode: string;
  /** Why; blank does not count as a reason. */
  reason: string;
}

/** The plan an activity is attached to, as far as H1 and T5 need it. */
export interface ActivityPlanFacts {
  /** First fiscal year of the plan (T5). */
  firstFiscalYear: number;
  /** Last fiscal year of the plan (T5). */
  lastFiscalYear: number;
  /** State codes of the needs linked to the plan: an activity may cite its partner's need through its plan (H1). */
  linkedNeedStateCodes: readonly string[];
  /** Consultations recorded on the plan (H1). */
  consultations: readonly ConsultationFacts[];
}

export interface ActivityFacts {
  /** The activity's program. */
  program: ProgramFacts;
  /** Planned, confirmed, conducted, postponed or cancelled (H3 reads CONDUCTED). */
  status: ActivityStatus;
  /** First day; ASEAN membership is taken on this date (H2, O2). */
  startDate: Date;
  /** Last day (equal to startDate for a one-day activity) (T5). */
  endDate: Date;
  /** Host state, if any; the host takes part, so it counts as invited (H2, O2). */
  hostStateCode: string | null;
  /** The activity's own key areas (O1). */
  keyAreaCodes: readonly string[];
  /** The ASEAN-led framework it is held under; null if none (O2, O3). */
  frameworkCode: string | null;
  /** Participating states (H2, H3, O2, O3). */
  participants: readonly ParticipantFacts[];
  /** ASEAN members left out, with the reason (H2). */
  nonInvitations: readonly NonInvitationFacts[];
  /** State codes of the partner needs linked to the activity (H1). */
  linkedNeedStateCodes: readonly string[];
  /** Consultations recorded on the activity (H1). */
  consultations: readonly ConsultationFacts[];
  /** The plan it is attached to; null for an activity outside any plan (H1, T5). */
  plan: ActivityPlanFacts | null;
  /** Whether its after-action report is written (T7). */
  hasAfterActionReport: boolean;
  /** The portal's today (a calendar day in Japan): T7 counts the days since the activity ended. */
  today: Date;
}

/**
 * An ASEAN member state and the day it joined (PartnerState.aseanMemberSince), inclusive: Timor-Leste
 * is a member from 2025-10-26. Passed to the rules as context, from the reference data.
 */
export interface AseanMember {
  /** ISO 3166-1 alpha-2 code. */
  code: string;
  /** First day of membership. */
  memberSince: Date;
}

/** ASEAN members on a date (membership dates are inclusive), sorted by code. */
export function aseanMembersOn(asean: readonly AseanMember[], date: Date): string[] {
  return asean
    .filter((member) => member.memberSince.getTime() <= date.getTime())
    .map((member) => member.code)
    .sort();
}
