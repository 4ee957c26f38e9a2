import { describe, expect, it } from "vitest";
import { RULE_CODES, ruleDefinition } from "@/lib/rules/catalogue";
import { PRINCIPLE_NAMES, RULE_TEXTS, citesStates, ruleStepNote, ruleMessage, ruleTitle } from "@/lib/rules/messages";
import { checkActivity, checkPlan, checkProgram, violations, type RuleResult } from "@/lib/rules/principles";
import {
  ALL_ASEAN,
  ASEAN,
  ASEAN_BEFORE_TL,
  BILATERAL_PH,
  activityFacts,
  bilateralActivityFacts,
  day,
  invite,
  planActivity,
  planFacts,
  resultOf,
} from "@/lib/rules/test-fixtures";

const LOCALES = ["en", "ja"] as const;
const asean = ASEAN;

/** FY2026: ¥3,300,000 spent against ¥2,500,000, in five lines (three named). */
const overspentYear = {
  fiscalYear: 2026,
  budgetJpy: 2_500_000,
  actualJpy: 3_300_000,
  lineCount: 5,
  largestLines: [
    { spentOn: day("2026-06-12"), description: "Travel of JSDF instructors", amountJpy: 1_200_000 },
    { spentOn: day("2026-09-03"), description: "Venue", amountJpy: 900_000 },
    { spentOn: day("2026-10-20"), description: "", amountJpy: 600_000 },
  ],
};

/** Real failures from the checks, one or more per message variant of every rule. */
const FAILURES: RuleResult[] = [
  ...violations(checkProgram({ ...BILATERAL_PH, endCodes: [] })),
  ...violations(
    checkPlan(
      planFacts({
        status: "DRAFT",
        lastFiscalYear: 2026,
        years: [],
        sustainment: "",
        sharedAt: null,
        linkedNeedStateCodes: [],
        program: { ...BILATERAL_PH, keyAreaCodes: [] },
        activities: [planActivity({ title: "Boarding course", startDate: day("2027-05-10"), endDate: day("2027-05-12") })],
      }),
      { asean, transition: "approve", actorId: "planner1" },
    ),
  ),
  ...violations(checkPlan(planFacts({ firstFiscalYear: 2026, lastFiscalYear: 2036 }), { asean })),
  ...violations(checkPlan(planFacts({ sharedAt: null }), { asean, transition: "approve", actorId: "planner2" })),
  ...violations(checkPlan(planFacts(), { asean, transition: "approve", actorId: "planner1" })),
  ...violations(checkPlan(planFacts({ activities: [planActivity({ status: "CONDUCTED" })] }), { asean })),
  ...violations(
    checkActivity(
      activityFacts({
        status: "CONDUCTED",
        startDate: day("2026-03-31"),
        endDate: day("2026-04-01"),
        keyAreaCodes: [],
        participants: [...invite(ASEAN_BEFORE_TL.filter((code) => code !== "TH")), ...invite(["US"])],
        plan: { firstFiscalYear: 2026, lastFiscalYear: 2028, linkedNeedStateCodes: [], consultations: [] },
      }),
      { asean },
    ),
  ),
  ...violations(checkActivity(bilateralActivityFacts({ linkedNeedStateCodes: [] }), { asean })),
  ...violations(checkPlan(planFacts({ spending: [overspentYear] }), { asean })),
  ...violations(checkPlan(planFacts({ indicators: [] }), { asean })),
  ...violations(checkPlan(planFacts({ indicators: [{ hasBaseline: false, targetYears: [2026], actualYears: [] }] }), { asean })),
  ...violations(checkPlan(planFacts({ indicators: [{ hasBaseline: true, targetYears: [2026], actualYears: [] }] }), { asean })),
  ...violations(
    checkPlan(planFacts({ status: "APPROVED", approvedById: "planner2", today: day("2027-05-01") }), { asean, transition: "archive" }),
  ),
];

const variantsOf = (code: (typeof RULE_CODES)[number]) => Object.keys(RULE_TEXTS.en[code].failed).sort();

describe("the failure scenarios", () => {
  it("name the fiscal years of T6 and T8 in the reader's language", () => {
    const t6 = FAILURES.findLast((r) => r.code === "T6" && r.variant === "targets")!;
    expect(ruleMessage(t6, "en")).toContain("no indicator has targets for FY2027, FY2028");
    expect(ruleMessage(t6, "ja")).toContain("2027年度、2028年度の目標値");
    const t8 = FAILURES.find((r) => r.code === "T8")!;
    expect(ruleMessage(t8, "en")).toMatch(/^T8 · Tailored and lasting: .*FY2026 lack one/);
  });

  it("cover every message variant of every rule", () => {
    for (const code of RULE_CODES) {
      const produced = [...new Set(FAILURES.filter((r) => r.code === code).map((r) => r.variant))].sort();
      expect(produced, code).toEqual(variantsOf(code));
    }
  });
});

describe("rule texts", () => {
  it("exist for every code in both languages, with the same variants", () => {
    for (const code of RULE_CODES) {
      for (const locale of LOCALES) {
        const texts = RULE_TEXTS[locale][code];
        expect(texts.title.length, `${locale} ${code}`).toBeGreaterThan(0);
        expect(texts.passed.length).toBeGreaterThan(0);
        expect(texts.notApplicable.length).toBeGreaterThan(0);
        expect(ruleTitle(code, locale)).toBe(texts.title);
      }
      expect(Object.keys(RULE_TEXTS.ja[code].failed).sort()).toEqual(variantsOf(code));
    }
  });

  it("differ between the languages", () => {
    for (const code of RULE_CODES) expect(ruleTitle(code, "ja")).not.toBe(ruleTitle(code, "en"));
  });
});

describe("ruleMessage", () => {
  it.each(FAILURES.map((result) => [`${result.code} ${result.variant}`, result] as const))(
    "%s: names code and principle, says how to fix it, in English",
    (_, result) => {
      const message = ruleMessage(result, "en");
      expect(message.startsWith(`${result.code} · ${PRINCIPLE_NAMES.en[ruleDefinition(result.code).principle]}: `)).toBe(true);
      expect(message).not.toMatch(/\{\w+\}/);
      // "<what is wrong>. <How to fix it>."
      expect(message).toMatch(/^[A-Z]\d · [A-Za-z -]+: [a-z].*\. [A-Z][^]*\.$/);
    },
  );

  it.each(FAILURES.map((result) => [`${result.code} ${result.variant}`, result] as const))(
    "%s: names code and principle, says how to fix it, in Japanese",
    (_, result) => {
      const message = ruleMessage(result, "ja");
      expect(message.startsWith(`${result.code} · ${PRINCIPLE_NAMES.ja[ruleDefinition(result.code).principle]}: `)).toBe(true);
      expect(message).not.toMatch(/\{\w+\}/);
      expect(message).toMatch(/^[A-Z]\d · \S+: .+。.+。$/);
      expect(message).toMatch(/ください。$/);
    },
  );

  it("reads as DESIGN.md's example for T1", () => {
    const t1 = resultOf(checkPlan(planFacts({ lastFiscalYear: 2026 }), { asean }), "T1");
    expect(ruleMessage(t1, "en")).toBe(
      "T1 · Tailored and lasting: a plan spans at least two fiscal years, at most ten (this one spans 1). Set the last fiscal year at least one year after the first.",
    );
    expect(ruleMessage(t1, "ja")).toBe(
      "T1 · きめ細かく息の長い協力: 計画の期間は2年度以上10年度以内です（この計画は1年度）。最終年度を開始年度の翌年度以降に設定してください。",
    );
  });

  it("uses the principle names of each language", () => {
    const byPrinciple = { H: "H1", T: "T1", O: "O1" } as const;
    const names = {
      en: ["Heart-to-heart", "Tailored and lasting", "Equal and open"],
      ja: ["心と心の協力", "きめ細かく息の長い協力", "対等で開かれた協力"],
    };
    for (const locale of LOCALES) {
      const prefixes = Object.values(byPrinciple).map((code) =>
        ruleMessage({ code, status: "passed", step: "save", variant: null, params: {} }, locale),
      );
      prefixes.forEach((message, i) => expect(message).toContain(` · ${names[locale][i]}: `));
    }
  });

  it("writes fiscal years and lists in each language's way", () => {
    const t2 = resultOf(checkPlan(planFacts({ years: [] }), { asean }), "T2");
    expect(ruleMessage(t2, "en")).toContain("(FY2026, FY2027, FY2028 lack one)");
    expect(ruleMessage(t2, "ja")).toContain("（2026年度、2027年度、2028年度に不足があります）");
  });

  it("names states through the caller's names when given, by code otherwise", () => {
    const h2 = resultOf(
      checkActivity(activityFacts({ participants: invite(ALL_ASEAN.filter((c) => c !== "TH" && c !== "VN")) }), { asean }),
      "H2",
    );
    expect(ruleMessage(h2, "en")).toContain("(TH, VN: not invited");
    const names: Record<string, string> = { TH: "タイ", VN: "ベトナム" };
    expect(ruleMessage(h2, "ja", { stateName: (code) => names[code] ?? code })).toContain("（タイ、ベトナム：未招待");
  });

  it("tells which messages cite states, so that callers load names only for those", () => {
    const h2 = resultOf(checkActivity(activityFacts({ participants: invite(["PH"]) }), { asean }), "H2");
    const t2 = resultOf(checkPlan(planFacts({ years: [] }), { asean }), "T2");
    expect(citesStates(h2)).toBe(true);
    expect(citesStates(t2)).toBe(false);
  });

  it("shows an empty list as a dash", () => {
    const result: RuleResult = { ...resultOf(FAILURES, "T4"), variant: "notShared", params: { states: [] } };
    expect(ruleMessage(result, "en")).toContain("(not yet shared with —)");
  });

  it("gives a passed or not applicable result its label", () => {
    const results = checkActivity(activityFacts(), { asean });
    expect(ruleMessage(resultOf(results, "O2"), "en")).toBe(
      "O2 · Equal and open: Under an ASEAN-led framework, or open to every ASEAN member",
    );
    expect(ruleMessage(resultOf(results, "H1"), "ja")).toBe("H1 · 心と心の協力: 二国間プログラムのみに適用");
  });
});

describe("ruleStepNote", () => {
  it("says when a rule of a later step will apply", () => {
    const results = checkPlan(planFacts({ status: "DRAFT", years: [], sustainment: "", sharedAt: null }), { asean });
    expect(ruleStepNote(resultOf(results, "T2"), "en")).toBe("Will apply when the plan is shared with partners.");
    expect(ruleStepNote(resultOf(results, "T3"), "en")).toBe("Will apply when the plan is submitted for review.");
    expect(ruleStepNote(resultOf(results, "T4"), "en")).toBe("Will apply when the plan is approved.");
    expect(ruleStepNote(resultOf(results, "T2"), "ja")).toBe("計画をパートナー国と共有する時点から適用されます。");
  });

  it("says nothing for rules of the step checked, passed or warning results", () => {
    const shared = checkPlan(planFacts({ status: "DRAFT", years: [] }), { asean, transition: "share" });
    expect(ruleStepNote(resultOf(shared, "T2"), "en")).toBeNull();
    expect(ruleStepNote(resultOf(shared, "T1"), "en")).toBeNull();
    const warning = resultOf(checkActivity(activityFacts({ status: "CONDUCTED" }), { asean }), "H3");
    expect(ruleStepNote(warning, "en")).toBeNull();
  });

  it("words a later rule the plan already meets as when it will apply, never as passed", () => {
    const t4 = resultOf(checkPlan(planFacts({ status: "SHARED" }), { asean, actorId: "planner2" }), "T4");
    expect(ruleMessage(t4, "en")).toBe("T4 · Tailored and lasting: Will apply when the plan is approved.");
  });
});

describe("T9's message", () => {
  const t9 = resultOf(checkPlan(planFacts({ spending: [overspentYear] }), { asean }), "T9");

  it("names the year, its budget and actual, its largest lines and how many more, in English", () => {
    expect(ruleMessage(t9, "en")).toBe(
      "T9 · Tailored and lasting: a fiscal year's spending stays within 10% above its budget, and FY2026 spent ¥3,300,000 against a budget of ¥2,500,000 " +
        "(largest lines: 2026-06-12 Travel of JSDF instructors ¥1,200,000; 2026-09-03 Venue ¥900,000; 2026-10-20 ¥600,000; and 2 more). " +
        "Check these spending lines, or revise the year's budget in the plan.",
    );
  });

  it("does the same in Japanese, with the Japanese fiscal year", () => {
    const message = ruleMessage(t9, "ja");
    expect(message).toContain("2026年度は予算￥2,500,000に対し支出￥3,300,000です");
    expect(message).toContain("2026-09-03 Venue ￥900,000");
    expect(message).toContain("ほか2件");
  });

  it("says nothing of money when spending is within budget", () => {
    const passed = resultOf(checkPlan(planFacts({ spending: [{ ...overspentYear, budgetJpy: 3_000_000 }] }), { asean }), "T9");
    expect(ruleMessage(passed, "en")).toBe("T9 · Tailored and lasting: Spending within 10% of each fiscal year's budget");
  });
});
