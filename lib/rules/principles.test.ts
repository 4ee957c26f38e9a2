import { describe, expect, it } from "vitest";
import type { ActivityFacts, PlanFacts } from "@/lib/rules/facts";
import {
  blocking,
  checkActivity,
  checkPlanSpending,
  checkPlan,
  checkProgram,
  upcoming,
  violations,
  warnings,
  type PlanCheckOptions,
} from "@/lib/rules/principles";
import {
  ALL_ASEAN,
  ASEAN,
  ASEAN_BEFORE_TL,
  BILATERAL_PH,
  MULTILATERAL,
  activityFacts,
  bilateralActivityFacts,
  day,
  invite,
  planActivity,
  planFacts,
  resultOf,
} from "@/lib/rules/test-fixtures";

const plan = (overrides: Partial<PlanFacts> = {}, options: Partial<PlanCheckOptions> = {}) =>
  checkPlan(planFacts(overrides), { asean: ASEAN, ...options });
const activity = (overrides: Partial<ActivityFacts> = {}) => checkActivity(activityFacts(overrides), { asean: ASEAN });
const bilateral = (overrides: Partial<ActivityFacts> = {}) => checkActivity(bilateralActivityFacts(overrides), { asean: ASEAN });

describe("the results", () => {
  it("list one entry per rule that applies to the record kind, in catalogue order", () => {
    expect(checkProgram(MULTILATERAL).map((r) => r.code)).toEqual(["O1"]);
    expect(plan().map((r) => r.code)).toEqual(["H1", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "O1"]);
    expect(activity().map((r) => r.code)).toEqual(["H1", "H2", "H3", "T5", "T7", "O1", "O2", "O3"]);
  });

  it("carry the catalogue's principle, severity and step", () => {
    const t2 = resultOf(plan(), "T2");
    expect(t2).toMatchObject({ principle: "T", severity: "error", step: "share" });
    expect(resultOf(activity(), "O3")).toMatchObject({ principle: "O", severity: "warning", step: "save" });
  });

  it("pass or do not apply for a well-formed plan on approval by another planner", () => {
    const results = plan({}, { transition: "approve", actorId: "planner2" });
    expect(violations(results)).toEqual([]);
    expect(resultOf(results, "T4").status).toBe("passed");
  });

  it("pass or do not apply for a well-formed multilateral activity", () => {
    const results = activity();
    expect(violations(results)).toEqual([]);
    expect(results.map((r) => r.status)).toEqual([
      "not_applicable", // H1: multilateral
      "passed", // H2
      "not_applicable", // H3: not conducted
      "not_applicable", // T5: no plan
      "not_applicable", // T7: not conducted
      "passed", // O1
      "passed", // O2
      "not_applicable", // O3: no outsiders
    ]);
  });

  it("leave fields and params empty unless the rule failed", () => {
    for (const result of [...plan(), ...activity()]) {
      expect(result.variant).toBeNull();
      expect(result.fields).toEqual([]);
      expect(result.params).toEqual({});
    }
  });
});

describe("violations, blocking, warnings, upcoming", () => {
  // A draft one-year plan lacking a milestone, with an activity outside its years.
  const results = plan({
    status: "DRAFT",
    lastFiscalYear: 2026,
    years: [{ fiscalYear: 2026, objectiveCount: 1, milestoneCount: 0 }],
    activities: [planActivity({ title: "Course", startDate: day("2027-05-10"), endDate: day("2027-05-12") })],
  });

  it("violations are every failed rule of the step checked", () => {
    expect(violations(results).map((r) => r.code)).toEqual(["T1", "T5"]);
  });
  it("blocking are failed errors", () => {
    expect(blocking(results).map((r) => r.code)).toEqual(["T1"]);
  });
  it("warnings are failed warnings", () => {
    expect(warnings(results).map((r) => r.code)).toEqual(["T5"]);
  });
  it("upcoming are rules of a later step the record does not meet yet", () => {
    expect(upcoming(results).map((r) => r.code)).toEqual(["T2"]);
  });
});

describe("the step being taken", () => {
  // A plan as a new draft has it: no objectives, milestones or sustainment, never shared.
  const fresh = { status: "DRAFT" as const, years: [], sustainment: "", sharedAt: null, sharedWithStateCodes: [] };

  it("refuses a new draft only on the rules of every save; later ones are upcoming", () => {
    const results = plan({ ...fresh, lastFiscalYear: 2026 }, { actorId: "planner1" });
    expect(blocking(results).map((r) => r.code)).toEqual(["T1"]);
    expect(upcoming(results).map((r) => [r.code, r.step])).toEqual([
      ["T2", "share"],
      ["T3", "submit"],
      ["T4", "approve"],
    ]);
  });

  it("refuses sharing on T2, never on T3 or T4", () => {
    const results = plan(fresh, { transition: "share", actorId: "planner1" });
    expect(blocking(results).map((r) => r.code)).toEqual(["T2"]);
    expect(upcoming(results).map((r) => r.code)).toEqual(["T3", "T4"]);
  });

  it("refuses submitting on T3 once T2 is met, and approving on T4", () => {
    const years = [2026, 2027, 2028].map((fiscalYear) => ({ fiscalYear, objectiveCount: 1, milestoneCount: 1 }));
    expect(blocking(plan({ status: "SHARED", years, sustainment: "" }, { transition: "submit" })).map((r) => r.code)).toEqual(["T3"]);
    expect(blocking(plan({ years }, { transition: "approve", actorId: "planner1" })).map((r) => r.code)).toEqual(["T4"]);
  });

  it("never calls a rule of a later step passed", () => {
    for (const status of ["DRAFT", "SHARED", "IN_REVIEW"] as const) {
      const later = plan({ status }, { actorId: "planner2" }).filter((r) => r.step === "approve");
      expect(later.map((r) => r.status)).toEqual(["not_yet_applicable"]);
    }
  });
});

describe("H1 · a bilateral plan or activity cites the partner's need", () => {
  it("does not apply to a multilateral plan", () => {
    expect(resultOf(plan({ program: MULTILATERAL, linkedNeedStateCodes: [] }), "H1").status).toBe("not_applicable");
  });

  it("passes with a linked need of the partner", () => {
    expect(resultOf(plan({ linkedNeedStateCodes: ["PH"] }), "H1").status).toBe("passed");
  });

  it("fails with a need of another state only, and blocks on every save", () => {
    const h1 = resultOf(plan({ status: "DRAFT", linkedNeedStateCodes: ["VN"] }), "H1");
    expect(h1).toMatchObject({ status: "failed", fields: ["needs", "consultations"], params: { state: "PH" } });
  });

  it("passes with a consultation that has a date and a counterpart", () => {
    const consultations = [{ heldOn: day("2025-11-20"), counterpart: "Philippine Navy, Naval Education Command" }];
    expect(resultOf(plan({ linkedNeedStateCodes: [], consultations }), "H1").status).toBe("passed");
  });

  it("fails with a consultation lacking its date or its counterpart", () => {
    const consultations = [
      { heldOn: null, counterpart: "Philippine Navy" },
      { heldOn: day("2025-11-20"), counterpart: "   " },
    ];
    expect(resultOf(plan({ linkedNeedStateCodes: [], consultations }), "H1").status).toBe("failed");
  });

  it("fails with no need and no consultation (empty lists)", () => {
    expect(resultOf(plan({ linkedNeedStateCodes: [], consultations: [] }), "H1").status).toBe("failed");
  });

  it("applies to a bilateral activity hosted by its partner", () => {
    expect(resultOf(bilateral(), "H1").status).toBe("passed");
    const failed = resultOf(bilateral({ linkedNeedStateCodes: [] }), "H1");
    expect(failed).toMatchObject({ status: "failed", params: { state: "PH" } });
  });

  it("lets an activity cite the need through its plan", () => {
    const viaPlan = bilateral({
      linkedNeedStateCodes: [],
      plan: {
        firstFiscalYear: 2026,
        lastFiscalYear: 2028,
        linkedNeedStateCodes: [],
        consultations: [{ heldOn: day("2025-11-20"), counterpart: "Philippine Navy" }],
      },
    });
    expect(resultOf(viaPlan, "H1").status).toBe("passed");
  });

  it("does not apply to a multilateral activity", () => {
    expect(resultOf(activity(), "H1").status).toBe("not_applicable");
  });
});

describe("H2 · a multilateral activity invites every ASEAN member, or records why not", () => {
  it("before Timor-Leste joined, the ten members suffice", () => {
    const h2 = resultOf(
      activity({ startDate: day("2025-10-25"), endDate: day("2025-10-25"), participants: invite(ASEAN_BEFORE_TL) }),
      "H2",
    );
    expect(h2.status).toBe("passed");
  });

  it("from the day Timor-Leste joined (2025-10-26), it must be invited too", () => {
    const h2 = resultOf(
      activity({ startDate: day("2025-10-26"), endDate: day("2025-10-26"), participants: invite(ASEAN_BEFORE_TL) }),
      "H2",
    );
    expect(h2).toMatchObject({ status: "failed", fields: ["nonInvitations.TL"], params: { states: ["TL"] } });
  });

  it("takes membership on the start date of an activity that spans the accession", () => {
    const h2 = resultOf(
      activity({ startDate: day("2025-10-20"), endDate: day("2025-10-30"), participants: invite(ASEAN_BEFORE_TL) }),
      "H2",
    );
    expect(h2.status).toBe("passed");
  });

  it("passes when each omission has a reason", () => {
    const h2 = resultOf(
      activity({
        participants: invite(ALL_ASEAN.filter((code) => code !== "TH" && code !== "MM")),
        nonInvitations: [
          { stateCode: "MM", reason: "ASEAN leaders' decision on Myanmar's participation" },
          { stateCode: "TH", reason: "Thailand hosts a parallel exercise" },
        ],
      }),
      "H2",
    );
    expect(h2.status).toBe("passed");
  });

  it("fails for each omission with a blank or no reason, naming the field", () => {
    const h2 = resultOf(
      activity({
        participants: invite(ALL_ASEAN.filter((code) => !["TH", "VN"].includes(code))),
        nonInvitations: [{ stateCode: "TH", reason: "  " }],
      }),
      "H2",
    );
    expect(h2).toMatchObject({ status: "failed", fields: ["nonInvitations.TH", "nonInvitations.VN"], params: { states: ["TH", "VN"] } });
  });

  it("fails for every member when nobody is invited (empty lists)", () => {
    const h2 = resultOf(activity({ participants: [], nonInvitations: [] }), "H2");
    expect(h2.params).toEqual({ states: [...ALL_ASEAN].sort() });
  });

  it("counts the host and observers as invited", () => {
    const participants = [
      ...invite(ALL_ASEAN.filter((code) => code !== "MY" && code !== "TL")),
      { stateCode: "TL", role: "OBSERVER" as const, participantCount: null, isAsean: true },
    ];
    expect(resultOf(activity({ hostStateCode: "MY", participants }), "H2").status).toBe("passed");
  });

  it("does not apply to a bilateral activity", () => {
    expect(resultOf(bilateral(), "H2").status).toBe("not_applicable");
  });
});

describe("H3 · a conducted activity records partner participants (warning)", () => {
  // With its after-action report written, so that T7 (overdue report) stays out of the way.
  const conducted = { status: "CONDUCTED" as const, hasAfterActionReport: true };

  it("does not apply before the activity is conducted", () => {
    for (const status of ["PLANNED", "CONFIRMED", "POSTPONED", "CANCELLED"] as const) {
      expect(resultOf(activity({ status }), "H3").status).toBe("not_applicable");
    }
  });

  it("passes when a partner state's participant count is recorded", () => {
    expect(resultOf(activity({ ...conducted, participants: invite(ALL_ASEAN, 3) }), "H3").status).toBe("passed");
  });

  it("passes for a one-day bilateral activity whose host is the partner and sent people", () => {
    const participants = [{ stateCode: "PH", role: "HOST" as const, participantCount: 12, isAsean: true }];
    const results = bilateral({ ...conducted, startDate: day("2026-08-03"), endDate: day("2026-08-03"), participants });
    expect(resultOf(results, "H3").status).toBe("passed");
  });

  it("fails, as a warning that does not block, when no count is recorded", () => {
    const results = activity({ ...conducted });
    expect(resultOf(results, "H3")).toMatchObject({ status: "failed", severity: "warning", fields: ["participants"] });
    expect(blocking(results)).toEqual([]);
    expect(warnings(results).map((r) => r.code)).toEqual(["H3"]);
  });

  it("fails with zero counts, with no participants, and with Japan's count only", () => {
    expect(resultOf(activity({ ...conducted, participants: invite(ALL_ASEAN, 0) }), "H3").status).toBe("failed");
    expect(resultOf(activity({ ...conducted, participants: [], frameworkCode: "ADMM" }), "H3").status).toBe("failed");
    const japanOnly = [...invite(ALL_ASEAN), { stateCode: "JP", role: "HOST" as const, participantCount: 30, isAsean: false }];
    expect(resultOf(activity({ ...conducted, participants: japanOnly }), "H3").status).toBe("failed");
  });
});

describe("T1 · a plan spans two to ten fiscal years", () => {
  it.each([
    { first: 2026, last: 2026, span: 1, status: "failed", variant: "tooShort" },
    { first: 2026, last: 2027, span: 2, status: "passed", variant: null },
    { first: 2026, last: 2035, span: 10, status: "passed", variant: null },
    { first: 2026, last: 2036, span: 11, status: "failed", variant: "tooLong" },
    { first: 2028, last: 2026, span: 0, status: "failed", variant: "tooShort" },
  ])("FY$first-FY$last ($span years): $status", ({ first, last, span, status, variant }) => {
    const t1 = resultOf(plan({ firstFiscalYear: first, lastFiscalYear: last }), "T1");
    expect(t1.status).toBe(status);
    expect(t1.variant).toBe(variant);
    if (status === "failed") {
      expect(t1).toMatchObject({
        fields: ["lastFiscalYear"],
        params: { span, firstFiscalYear: first, lastFiscalYear: last },
      });
    }
  });

  it("blocks the creation of a one-year draft plan", () => {
    const results = plan({ status: "DRAFT", lastFiscalYear: 2026, years: [{ fiscalYear: 2026, objectiveCount: 0, milestoneCount: 0 }] });
    expect(blocking(results).map((r) => r.code)).toEqual(["T1"]);
  });
});

describe("T2 · each fiscal year has an objective and a milestone, from leaving DRAFT", () => {
  const gaps = {
    status: "DRAFT" as const,
    years: [
      { fiscalYear: 2026, objectiveCount: 1, milestoneCount: 1 },
      { fiscalYear: 2027, objectiveCount: 1, milestoneCount: 0 },
      // FY2028 has no entry at all.
    ],
  };

  it("names each missing objective and milestone by year", () => {
    const t2 = resultOf(plan(gaps, { transition: "share" }), "T2");
    expect(t2).toMatchObject({
      status: "failed",
      fields: ["years.2027.milestones", "years.2028.objectives", "years.2028.milestones"],
      params: { years: [2027, 2028] },
    });
  });

  it("is not yet applicable while the plan is a draft, and says what it will ask", () => {
    const results = plan(gaps);
    expect(resultOf(results, "T2")).toMatchObject({ status: "not_yet_applicable", params: { years: [2027, 2028] } });
    expect(blocking(results)).toEqual([]);
    expect(upcoming(results).map((r) => r.code)).toContain("T2");
  });

  it("blocks sharing, submitting and approving", () => {
    for (const transition of ["share", "submit", "approve"] as const) {
      const results = plan(gaps, { transition, actorId: "planner2" });
      expect(blocking(results).map((r) => r.code)).toContain("T2");
    }
  });

  it("keeps blocking updates of a plan that already left DRAFT", () => {
    for (const status of ["SHARED", "IN_REVIEW"] as const) {
      expect(resultOf(plan({ ...gaps, status }), "T2").status).toBe("failed");
    }
  });

  it("does not block returning a plan to draft", () => {
    const results = plan({ ...gaps, status: "IN_REVIEW" }, { transition: "returnToDraft" });
    expect(resultOf(results, "T2").status).toBe("not_yet_applicable");
    expect(blocking(results)).toEqual([]);
  });

  it("ignores years outside the span and passes when every year of the span is filled", () => {
    const years = [2025, 2026, 2027, 2028].map((fiscalYear) => ({
      fiscalYear,
      objectiveCount: 1,
      milestoneCount: fiscalYear === 2025 ? 0 : 1,
    }));
    expect(resultOf(plan({ years }, { transition: "share" }), "T2").status).toBe("passed");
  });

  it("does not apply to a reversed span (T1 reports it)", () => {
    expect(resultOf(plan({ firstFiscalYear: 2028, lastFiscalYear: 2026 }), "T2").status).toBe("not_applicable");
  });
});

describe("T3 · a capacity-building or equipment plan has a sustainment section before review", () => {
  it("fails with a blank section from submission; on sharing it is only upcoming", () => {
    const blank = { status: "SHARED" as const, sustainment: " \n " };
    const shared = resultOf(plan({ ...blank, status: "DRAFT" }, { transition: "share" }), "T3");
    expect(shared).toMatchObject({ status: "not_yet_applicable", fields: ["sustainment"] });
    const submitted = plan(blank, { transition: "submit" });
    expect(resultOf(submitted, "T3").status).toBe("failed");
    expect(blocking(submitted).map((r) => r.code)).toEqual(["T3"]);
  });

  it("applies to equipment cooperation (M3) as well as capacity building (M2)", () => {
    const equipment = { ...BILATERAL_PH, meansCodes: ["M3"] };
    expect(resultOf(plan({ program: equipment, sustainment: "" }), "T3").status).toBe("failed");
  });

  it("does not apply to other means", () => {
    const exercises = { ...BILATERAL_PH, meansCodes: ["M1", "M4", "M5"] };
    expect(resultOf(plan({ program: exercises, sustainment: "" }), "T3").status).toBe("not_applicable");
  });

  it("passes with a written section", () => {
    expect(resultOf(plan({}, { transition: "submit" }), "T3").status).toBe("passed");
  });
});

describe("T4 · approved after sharing with the partners, by someone other than the author", () => {
  const approve = { transition: "approve" as const, actorId: "planner2" };

  it("passes when shared with every partner and approved by another planner", () => {
    expect(resultOf(plan({}, approve), "T4")).toMatchObject({ status: "passed", step: "approve" });
  });

  it("fails on approval of a plan never shared", () => {
    const t4 = resultOf(plan({ sharedAt: null, sharedWithStateCodes: [] }, approve), "T4");
    expect(t4).toMatchObject({
      status: "failed",
      variant: "notShared",
      fields: ["sharedWith"],
      params: { states: ["PH"] },
    });
  });

  it("fails when a partner state of a multilateral program was left out of the sharing", () => {
    const t4 = resultOf(plan({ program: MULTILATERAL, sharedWithStateCodes: ASEAN_BEFORE_TL }, approve), "T4");
    expect(t4).toMatchObject({ status: "failed", variant: "notShared", params: { states: ["TL"] } });
    expect(resultOf(plan({ program: MULTILATERAL, sharedWithStateCodes: ALL_ASEAN }, approve), "T4").status).toBe("passed");
  });

  it("takes every ASEAN member as partner of a multilateral program with no partner list", () => {
    const program = { ...MULTILATERAL, partnerStateCodes: [] };
    expect(resultOf(plan({ program, sharedWithStateCodes: ["PH"] }, approve), "T4").params).toEqual({
      states: ALL_ASEAN.filter((code) => code !== "PH").sort(),
    });
  });

  it("fails when the author approves their own plan", () => {
    const t4 = resultOf(plan({}, { transition: "approve", actorId: "planner1" }), "T4");
    expect(t4).toMatchObject({ status: "failed", variant: "ownPlan", fields: ["approvedBy"] });
  });

  it("fails when the approver is unknown", () => {
    expect(resultOf(plan({}, { transition: "approve" }), "T4").variant).toBe("ownPlan");
  });

  it("names both problems when both apply", () => {
    const t4 = resultOf(plan({ sharedAt: null }, { transition: "approve", actorId: "planner1" }), "T4");
    expect(t4).toMatchObject({ variant: "notSharedOwnPlan", fields: ["sharedWith", "approvedBy"] });
  });

  it("is only previewed before approval: the author sees it will need another approver", () => {
    const results = plan({}, { transition: "submit", actorId: "planner1" });
    expect(resultOf(results, "T4")).toMatchObject({ status: "not_yet_applicable", variant: "ownPlan" });
    expect(blocking(results)).toEqual([]);
    expect(resultOf(plan({ status: "DRAFT", sharedAt: null }), "T4")).toMatchObject({ status: "not_yet_applicable", variant: "notShared" });
  });

  it("is not yet applicable, never passed, on a plan only shared or in review", () => {
    for (const status of ["SHARED", "IN_REVIEW"] as const) {
      const t4 = resultOf(plan({ status }, { actorId: "planner2" }), "T4");
      expect(t4).toMatchObject({ status: "not_yet_applicable", variant: null });
    }
  });

  it("checks the recorded approver of an approved plan", () => {
    expect(resultOf(plan({ status: "APPROVED", approvedById: "planner2" }), "T4").status).toBe("passed");
    expect(resultOf(plan({ status: "APPROVED", approvedById: "planner1" }), "T4")).toMatchObject({ status: "failed" });
  });
});

describe("T6 · a capacity-building plan has an indicator with a baseline and yearly targets before review", () => {
  const complete = { hasBaseline: true, targetYears: [2026, 2027, 2028], actualYears: [] };

  it("passes with one complete indicator among incomplete ones", () => {
    const results = plan({ indicators: [{ ...complete, hasBaseline: false }, complete] }, { transition: "submit" });
    expect(resultOf(results, "T6").status).toBe("passed");
  });

  it("blocks submitting without an indicator, naming every year and the indicators section", () => {
    const t6 = resultOf(plan({ status: "SHARED", indicators: [] }, { transition: "submit" }), "T6");
    expect(t6).toMatchObject({ status: "failed", variant: "none", fields: ["indicators"], params: { years: [2026, 2027, 2028] } });
    expect(blocking([t6])).toHaveLength(1);
  });

  it("names the years the most complete indicator with a baseline lacks targets for", () => {
    const indicators = [
      { hasBaseline: true, targetYears: [2026], actualYears: [] },
      { hasBaseline: true, targetYears: [2026, 2028], actualYears: [] },
      { hasBaseline: false, targetYears: [2026, 2027, 2028], actualYears: [] },
    ];
    expect(resultOf(plan({ indicators }, { transition: "submit" }), "T6")).toMatchObject({
      status: "failed",
      variant: "targets",
      params: { years: [2027] },
    });
    expect(resultOf(plan({ indicators: [indicators[2]!] }), "T6")).toMatchObject({
      variant: "baseline",
      params: { years: [2026, 2027, 2028] },
    });
  });

  it("is not yet applicable before review, and does not concern other plans", () => {
    const shared = resultOf(plan({ status: "SHARED", indicators: [] }), "T6");
    expect(shared).toMatchObject({ status: "not_yet_applicable", variant: "none" });
    expect(upcoming([shared])).toHaveLength(1);
    expect(resultOf(plan({ program: MULTILATERAL, indicators: [] }, { transition: "submit" }), "T6").status).toBe("not_applicable");
  });
});

describe("T8 · a plan is archived with its ended years measured, or a reason", () => {
  const approved = (overrides: Partial<PlanFacts> = {}, options: Partial<PlanCheckOptions> = {}) =>
    plan({ status: "APPROVED", approvedById: "planner2", today: day("2028-06-01"), ...overrides }, options);
  const measured = (actualYears: number[]) => [{ hasBaseline: true, targetYears: [2026, 2027, 2028], actualYears }];

  it("blocks archiving while an ended year has an indicator without an actual", () => {
    const t8 = resultOf(approved({ indicators: measured([2026]) }, { transition: "archive" }), "T8");
    expect(t8).toMatchObject({ status: "failed", fields: ["indicators", "archiveReason"], params: { years: [2027] } });
    expect(blocking([t8])).toHaveLength(1);
  });

  it("passes when the ended years are measured (the year under way need not be), or with a reason", () => {
    expect(resultOf(approved({ indicators: measured([2026, 2027]) }, { transition: "archive" }), "T8").status).toBe("passed");
    const reasoned = approved({ indicators: measured([]), archiveReason: "The partner's unit was disbanded." }, { transition: "archive" });
    expect(resultOf(reasoned, "T8").status).toBe("passed");
    expect(resultOf(approved({ indicators: measured([]), archiveReason: "  " }, { transition: "archive" }), "T8").status).toBe("failed");
  });

  it("is not yet applicable before archiving, and does not concern a superseded plan or one without indicators", () => {
    expect(resultOf(approved({ indicators: measured([]) }), "T8")).toMatchObject({ status: "not_yet_applicable", variant: "default" });
    expect(resultOf(approved({ indicators: measured([]), superseded: true }, { transition: "archive" }), "T8").status).toBe(
      "not_applicable",
    );
    expect(resultOf(approved({ indicators: [] }, { transition: "archive" }), "T8").status).toBe("not_applicable");
  });
});

describe("T5 · a plan's activities fall inside its fiscal years (warning)", () => {
  const at = (start: string, end = start) => planActivity({ id: "a9", title: "Boarding course", startDate: day(start), endDate: day(end) });

  it("does not apply to a plan with no activities", () => {
    expect(resultOf(plan({ activities: [] }), "T5").status).toBe("not_applicable");
  });

  it.each([
    { start: "2026-04-01", end: "2026-04-01", status: "passed" }, // one day, first day of FY2026
    { start: "2029-03-31", end: "2029-03-31", status: "passed" }, // last day of FY2028
    { start: "2026-03-31", end: "2026-03-31", status: "failed" }, // last day of FY2025
    { start: "2029-04-01", end: "2029-04-01", status: "failed" }, // first day of FY2029
    { start: "2026-03-30", end: "2026-04-02", status: "failed" }, // straddles the start
    { start: "2029-03-30", end: "2029-04-02", status: "failed" }, // straddles the end
  ])("plan FY2026-FY2028, activity $start..$end: $status", ({ start, end, status }) => {
    expect(resultOf(plan({ activities: [at(start, end)] }), "T5").status).toBe(status);
  });

  it("names the activities outside, and only warns", () => {
    const results = plan(
      { activities: [at("2026-05-01"), { ...at("2029-04-01"), id: "a10", title: "Late visit" }] },
      { transition: "approve", actorId: "planner2" },
    );
    expect(resultOf(results, "T5")).toMatchObject({
      status: "failed",
      severity: "warning",
      variant: "plan",
      fields: ["activities.a10"],
      params: { activities: ["Late visit"], firstFiscalYear: 2026, lastFiscalYear: 2028 },
    });
    expect(blocking(results)).toEqual([]);
  });

  it("checks an activity against its plan's years, naming the date outside", () => {
    const inPlan = { firstFiscalYear: 2026, lastFiscalYear: 2028, linkedNeedStateCodes: [], consultations: [] };
    expect(resultOf(activity(), "T5").status).toBe("not_applicable");
    expect(resultOf(activity({ plan: inPlan, startDate: day("2026-04-01"), endDate: day("2026-04-01") }), "T5").status).toBe("passed");
    expect(resultOf(activity({ plan: inPlan, startDate: day("2026-03-31"), endDate: day("2026-04-02") }), "T5")).toMatchObject({
      status: "failed",
      variant: "activity",
      fields: ["startDate"],
      params: { firstFiscalYear: 2026, lastFiscalYear: 2028 },
    });
    expect(resultOf(activity({ plan: inPlan, startDate: day("2029-03-31"), endDate: day("2029-04-01") }), "T5").fields).toEqual([
      "endDate",
    ]);
  });
});

describe("O1 · every program, plan and activity traces to an end and a key area", () => {
  it("passes for a program with both", () => {
    expect(resultOf(checkProgram(BILATERAL_PH), "O1").status).toBe("passed");
  });

  it("fails for a program without an end, a key area, or either", () => {
    expect(resultOf(checkProgram({ ...BILATERAL_PH, endCodes: [] }), "O1")).toMatchObject({
      status: "failed",
      variant: "program",
      fields: ["ends"],
      params: { ends: 0, keyAreas: 1 },
    });
    expect(resultOf(checkProgram({ ...BILATERAL_PH, keyAreaCodes: [] }), "O1").fields).toEqual(["keyAreas"]);
    expect(resultOf(checkProgram({ ...BILATERAL_PH, endCodes: [], keyAreaCodes: [] }), "O1").fields).toEqual(["ends", "keyAreas"]);
  });

  it("traces a plan through its program", () => {
    expect(resultOf(plan({ program: { ...BILATERAL_PH, keyAreaCodes: [] } }), "O1")).toMatchObject({
      status: "failed",
      variant: "plan",
      fields: ["program"],
    });
  });

  it("traces an activity to its own key areas and its program's ends", () => {
    expect(resultOf(activity({ keyAreaCodes: [] }), "O1")).toMatchObject({ status: "failed", variant: "activity", fields: ["keyAreas"] });
    expect(resultOf(activity({ program: { ...MULTILATERAL, endCodes: [] } }), "O1").fields).toEqual(["program"]);
    // The program's key areas do not stand in for the activity's own, nor are they needed.
    expect(resultOf(activity({ program: { ...MULTILATERAL, keyAreaCodes: [] } }), "O1").status).toBe("passed");
  });
});

describe("O2 · a multilateral activity is ASEAN-led or open to every member", () => {
  const withoutThailand = {
    participants: invite(ALL_ASEAN.filter((code) => code !== "TH")),
    nonInvitations: [{ stateCode: "TH", reason: "Hosting a parallel exercise" }],
  };

  it("passes when every member on its date is invited", () => {
    expect(resultOf(activity(), "O2").status).toBe("passed");
    const beforeTl = activity({ startDate: day("2025-10-25"), endDate: day("2025-10-27"), participants: invite(ASEAN_BEFORE_TL) });
    expect(resultOf(beforeTl, "O2").status).toBe("passed");
  });

  it("fails when a member is left out even with a reason (H2 passes), unless under an ASEAN-led framework", () => {
    const results = activity(withoutThailand);
    expect(resultOf(results, "H2").status).toBe("passed");
    expect(resultOf(results, "O2")).toMatchObject({
      status: "failed",
      fields: ["frameworkCode", "participants.TH"],
      params: { states: ["TH"] },
    });
    expect(resultOf(activity({ ...withoutThailand, frameworkCode: "ADMM_PLUS" }), "O2").status).toBe("passed");
  });

  it("requires Timor-Leste from its accession on", () => {
    const o2 = resultOf(
      activity({ startDate: day("2025-10-26"), endDate: day("2025-10-26"), participants: invite(ASEAN_BEFORE_TL) }),
      "O2",
    );
    expect(o2).toMatchObject({ status: "failed", params: { states: ["TL"] } });
  });

  it("does not apply to a bilateral activity", () => {
    expect(resultOf(bilateral(), "O2").status).toBe("not_applicable");
  });
});

describe("O3 · an activity with non-ASEAN participants is linked to an ASEAN-led framework (warning)", () => {
  const withPlus = [...invite(ALL_ASEAN), ...invite(["US", "AU"])];

  it("does not apply without participants from outside ASEAN; Japan does not count", () => {
    expect(resultOf(activity(), "O3").status).toBe("not_applicable");
    const withJapan = [...invite(ALL_ASEAN), { stateCode: "JP", role: "HOST" as const, participantCount: 20, isAsean: false }];
    expect(resultOf(activity({ participants: withJapan }), "O3").status).toBe("not_applicable");
  });

  it("warns when outsiders take part outside any ASEAN-led framework", () => {
    const results = activity({ participants: withPlus });
    expect(resultOf(results, "O3")).toMatchObject({
      status: "failed",
      severity: "warning",
      fields: ["frameworkCode"],
      params: { states: ["AU", "US"] },
    });
    expect(blocking(results)).toEqual([]);
  });

  it("passes under an ASEAN-led framework", () => {
    expect(resultOf(activity({ participants: withPlus, frameworkCode: "EWG_MS" }), "O3").status).toBe("passed");
  });

  it("applies to bilateral activities too", () => {
    const participants = [...invite(["PH"]), ...invite(["AU"])];
    expect(resultOf(bilateral({ participants }), "O3").status).toBe("failed");
  });
});

describe("T9 · a fiscal year's spending stays within 10% above its budget (warning)", () => {
  const line = (spentOn: string, amountJpy: number, description = "Travel of JSDF instructors") => ({
    spentOn: day(spentOn),
    description,
    amountJpy,
  });
  const year = (
    fiscalYear: number,
    budgetJpy: number,
    actualJpy: number,
    lines = [line(`${fiscalYear}-06-01`, actualJpy)],
    lineCount = lines.length,
  ) => ({
    fiscalYear,
    budgetJpy,
    actualJpy,
    lineCount,
    largestLines: lines,
  });

  it("does not apply before any spending is recorded", () => {
    expect(resultOf(plan({ spending: [] }), "T9").status).toBe("not_applicable");
    expect(resultOf(plan({ spending: [year(2026, 1_000_000, 0, [])] }), "T9").status).toBe("not_applicable");
  });

  it("passes at exactly 110% of the budget, and below it", () => {
    expect(resultOf(plan({ spending: [year(2026, 1_000_000, 1_100_000), year(2027, 1_000_000, 200_000)] }), "T9").status).toBe("passed");
  });

  it("warns, without blocking, one yen above 110%, naming the year, budget, actual and largest lines", () => {
    const lines = [line("2027-01-10", 700_000, "Venue"), line("2026-06-01", 300_000), line("2026-09-01", 100_001)];
    const results = plan({ spending: [year(2026, 1_000_000, 1_100_001, lines, 5)] });
    const t9 = resultOf(results, "T9");
    expect(t9).toMatchObject({ status: "failed", severity: "warning", fields: ["spending.2026"] });
    expect(t9.params).toEqual({
      years: [2026],
      budgets: [1_000_000],
      actuals: [1_100_001],
      more: [2],
      lineYears: [2026, 2026, 2026],
      lineDates: ["2027-01-10", "2026-06-01", "2026-09-01"],
      lineDescriptions: ["Venue", "Travel of JSDF instructors", "Travel of JSDF instructors"],
      lineAmounts: [700_000, 300_000, 100_001],
    });
    expect(blocking(results)).toEqual([]);
  });

  it("warns on spending in a year without budget, and names every year over in order", () => {
    const t9 = resultOf(plan({ spending: [year(2028, 500_000, 900_000), year(2026, 0, 10)] }), "T9");
    expect(t9.fields).toEqual(["spending.2026", "spending.2028"]);
    expect(t9.params.years).toEqual([2026, 2028]);
  });

  it("is checked alone when spending is recorded", () => {
    const [t9] = checkPlanSpending([year(2026, 1_000_000, 2_000_000)]);
    expect(checkPlanSpending([])).toHaveLength(1);
    expect(t9).toMatchObject({ code: "T9", principle: "T", status: "failed", step: "save" });
  });
});

describe("T7 · a conducted activity gets its after-action report within 30 days (warning)", () => {
  // TODAY is 2026-11-28: an activity that ended on 2026-10-29 is due today.
  const conducted = (endDate: string, hasAfterActionReport = false) =>
    activity({ status: "CONDUCTED", startDate: day("2026-06-01"), endDate: day(endDate), hasAfterActionReport });

  it("does not apply before the activity is conducted", () => {
    for (const status of ["PLANNED", "CONFIRMED", "POSTPONED", "CANCELLED"] as const) {
      expect(resultOf(activity({ status, endDate: day("2026-06-05") }), "T7").status).toBe("not_applicable");
    }
  });

  it.each([
    { end: "2026-10-30", status: "passed" }, // 29 days ago: not due yet
    { end: "2026-10-29", status: "failed" }, // 30 days ago: due today, none written
    { end: "2026-06-05", status: "failed" },
    { end: "2026-11-28", status: "passed" }, // ended today
  ])("conducted, ended $end, no report: $status", ({ end, status }) => {
    expect(resultOf(conducted(end), "T7").status).toBe(status);
  });

  it("passes once the report is written, however late", () => {
    expect(resultOf(conducted("2025-06-05", true), "T7").status).toBe("passed");
  });

  it("reads today as a fact: the same activity is not yet overdue a day earlier", () => {
    const facts = activityFacts({ status: "CONDUCTED", endDate: day("2026-10-29") });
    expect(resultOf(checkActivity({ ...facts, today: day("2026-11-27") }, { asean: ASEAN }), "T7").status).toBe("passed");
    expect(resultOf(checkActivity({ ...facts, today: day("2026-11-28") }, { asean: ASEAN }), "T7").status).toBe("failed");
  });

  it("warns on the activity, naming its end and the report", () => {
    const results = conducted("2026-09-30");
    expect(resultOf(results, "T7")).toMatchObject({
      status: "failed",
      severity: "warning",
      variant: "activity",
      fields: ["afterActionReport"],
      params: { endDate: "2026-09-30" },
    });
    expect(blocking(results).map((r) => r.code)).not.toContain("T7");
  });

  it("warns on the plan, naming only its conducted activities that are overdue", () => {
    const results = plan({
      activities: [
        planActivity({ id: "a1", title: "Reported seminar", status: "CONDUCTED", hasAfterActionReport: true }),
        planActivity({ id: "a2", title: "Boarding course", status: "CONDUCTED", endDate: day("2026-07-10") }),
        planActivity({ id: "a3", title: "Recent visit", status: "CONDUCTED", startDate: day("2026-11-20"), endDate: day("2026-11-21") }),
        planActivity({ id: "a4", title: "Planned exercise", status: "PLANNED", endDate: day("2026-07-10") }),
      ],
    });
    expect(resultOf(results, "T7")).toMatchObject({
      status: "failed",
      severity: "warning",
      variant: "plan",
      fields: ["activities.a2"],
      params: { activities: ["Boarding course"] },
    });
  });

  it("does not apply to a plan without conducted activities, and passes when every report is in or not yet due", () => {
    expect(resultOf(plan({ activities: [] }), "T7").status).toBe("not_applicable");
    expect(resultOf(plan(), "T7").status).toBe("not_applicable");
    const reported = planActivity({ status: "CONDUCTED", hasAfterActionReport: true });
    expect(resultOf(plan({ activities: [reported] }), "T7").status).toBe("passed");
  });
});
