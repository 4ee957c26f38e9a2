// Facts for the rules' unit tests: a plan and an activity that pass every rule, to be broken one
// field at a time. Test-only; nothing in the app imports this file.
import type { RuleCode } from "@/lib/rules/catalogue";
import type { ActivityFacts, AseanMember, ParticipantFacts, PlanActivityFacts, PlanFacts, ProgramFacts } from "@/lib/rules/facts";
import type { RuleResult } from "@/lib/rules/principles";

export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The ASEAN members and their accession dates, as seeded (prisma/seed/states.ts). */
export const ASEAN: AseanMember[] = [
  { code: "BN", memberSince: day("1984-01-07") },
  { code: "KH", memberSince: day("1999-04-30") },
  { code: "ID", memberSince: day("1967-08-08") },
  { code: "LA", memberSince: day("1997-07-23") },
  { code: "MY", memberSince: day("1967-08-08") },
  { code: "MM", memberSince: day("1997-07-23") },
  { code: "PH", memberSince: day("1967-08-08") },
  { code: "SG", memberSince: day("1967-08-08") },
  { code: "TH", memberSince: day("1967-08-08") },
  { code: "TL", memberSince: day("2025-10-26") },
  { code: "VN", memberSince: day("1995-07-28") },
];

export const ALL_ASEAN = ASEAN.map((member) => member.code);
/** The ten members before Timor-Leste joined on 2025-10-26. */
export const ASEAN_BEFORE_TL = ALL_ASEAN.filter((code) => code !== "TL");

export const MULTILATERAL: ProgramFacts = {
  kind: "MULTILATERAL",
  partnerStateCode: null,
  partnerStateCodes: ALL_ASEAN,
  endCodes: ["E1", "E2"],
  keyAreaCodes: ["K2", "K3"],
  meansCodes: ["M1", "M4"],
  frameworkCodes: [],
};

/** Capacity building (M2) with the Philippines. */
export const BILATERAL_PH: ProgramFacts = {
  kind: "BILATERAL",
  partnerStateCode: "PH",
  partnerStateCodes: ["PH"],
  endCodes: ["E1"],
  keyAreaCodes: ["K2"],
  meansCodes: ["M2"],
  frameworkCodes: [],
};

export function invite(codes: readonly string[], participantCount: number | null = null): ParticipantFacts[] {
  return codes.map((stateCode) => ({ stateCode, role: "PARTICIPANT", participantCount, isAsean: ALL_ASEAN.includes(stateCode) }));
}

/** The portal's "today" in the rules' tests (T7). */
export const TODAY = day("2026-11-28");

/** An activity of a plan: a confirmed seminar in July 2026, unless overridden. */
export function planActivity(overrides: Partial<PlanActivityFacts> = {}): PlanActivityFacts {
  return {
    id: "a1",
    title: "MDA seminar",
    startDate: day("2026-07-06"),
    endDate: day("2026-07-10"),
    status: "CONFIRMED",
    hasAfterActionReport: false,
    ...overrides,
  };
}

/** A bilateral FY2026-FY2028 plan, shared with its partner, passing every rule. */
export function planFacts(overrides: Partial<PlanFacts> = {}): PlanFacts {
  return {
    program: BILATERAL_PH,
    status: "IN_REVIEW",
    firstFiscalYear: 2026,
    lastFiscalYear: 2028,
    years: [2026, 2027, 2028].map((fiscalYear) => ({ fiscalYear, objectiveCount: 2, milestoneCount: 1 })),
    sustainment: "Philippine Navy instructors trained in year one run the course from year two.",
    sharedAt: new Date("2026-02-10T03:00:00Z"),
    sharedWithStateCodes: ["PH"],
    authorId: "planner1",
    approvedById: null,
    linkedNeedStateCodes: ["PH"],
    consultations: [],
    activities: [planActivity()],
    spending: [],
    indicators: [{ hasBaseline: true, targetYears: [2026, 2027, 2028], actualYears: [] }],
    archiveReason: null,
    superseded: false,
    today: TODAY,
    ...overrides,
  };
}

/** A multilateral activity on 1 June 2026 open to every ASEAN member, passing every rule. */
export function activityFacts(overrides: Partial<ActivityFacts> = {}): ActivityFacts {
  return {
    program: MULTILATERAL,
    status: "CONFIRMED",
    startDate: day("2026-06-01"),
    endDate: day("2026-06-05"),
    hostStateCode: null,
    keyAreaCodes: ["K3"],
    frameworkCode: null,
    participants: invite(ALL_ASEAN),
    nonInvitations: [],
    linkedNeedStateCodes: [],
    consultations: [],
    plan: null,
    hasAfterActionReport: false,
    today: TODAY,
    ...overrides,
  };
}

/** A bilateral activity with the Philippines, hosted by it, answering its need. */
export function bilateralActivityFacts(overrides: Partial<ActivityFacts> = {}): ActivityFacts {
  return activityFacts({
    program: BILATERAL_PH,
    hostStateCode: "PH",
    participants: [{ stateCode: "PH", role: "HOST", participantCount: null, isAsean: true }],
    linkedNeedStateCodes: ["PH"],
    ...overrides,
  });
}

export function resultOf(results: readonly RuleResult[], code: RuleCode): RuleResult {
  const result = results.find((r) => r.code === code);
  if (!result) throw new Error(`no result for ${code}`);
  return result;
}
