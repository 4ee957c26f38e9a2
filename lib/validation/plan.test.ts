import { describe, expect, it } from "vitest";
import { indicatorActualSchema, planSchema } from "@/lib/validation/plan";

const indicator = {
  titleEn: "Partner instructors qualified",
  titleJa: "資格を得た相手国教官数",
  unit: "people",
  direction: "HIGHER_IS_BETTER",
  baselineValue: "2",
  baselineDate: "2026-04-01",
  verification: "Course completion records",
  targets: [
    { fiscalYear: 2026, value: "4" },
    { fiscalYear: 2027, value: 8.5 },
  ],
};
const plan = {
  version: 3,
  title: "Plan",
  firstFiscalYear: 2026,
  lastFiscalYear: 2027,
  summary: "",
  sustainment: "",
  years: [],
  needIds: [],
  consultations: [],
  indicators: [indicator],
};
const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);

describe("a plan's indicators in the plan schema", () => {
  it("reads typed numbers, a blank baseline as none, and no indicators from an older form", () => {
    const parsed = planSchema.parse(plan);
    expect(parsed.indicators[0]).toMatchObject({ baselineValue: 2, targets: [{ value: 4 }, { value: 8.5 }] });
    expect(planSchema.parse({ ...plan, indicators: [{ ...indicator, baselineValue: "", baselineDate: "" }] }).indicators[0]).toMatchObject({
      baselineValue: null,
      baselineDate: "",
    });
    expect(planSchema.parse({ ...plan, indicators: undefined }).indicators).toEqual([]);
  });

  it("refuses a target for a year outside the plan's span beside that target", () => {
    const result = planSchema.safeParse({
      ...plan,
      indicators: [{ ...indicator, targets: [...indicator.targets, { fiscalYear: 2028, value: "9" }] }],
    });
    expect(issues(result)).toEqual([["indicators.0.targets.2.fiscalYear", "msg:indicators.validation.targetOutsideSpan"]]);
  });

  it("refuses values that are not numbers beside their fields, and a blank target", () => {
    const result = planSchema.safeParse({
      ...plan,
      indicators: [
        {
          ...indicator,
          baselineValue: "about 2",
          targets: [
            { fiscalYear: 2026, value: "ten" },
            { fiscalYear: 2027, value: " " },
          ],
        },
      ],
    });
    expect(issues(result)).toEqual([
      ["indicators.0.baselineValue", "msg:indicators.validation.notANumber"],
      ["indicators.0.targets.0.value", "msg:indicators.validation.notANumber"],
      ["indicators.0.targets.1.value", "msg:indicators.validation.notANumber"],
    ]);
  });

  it("refuses a fiscal year targeted twice and an indicator sent twice", () => {
    const twice = { ...indicator, targets: [indicator.targets[0], indicator.targets[0]] };
    expect(issues(planSchema.safeParse({ ...plan, indicators: [twice] }))).toEqual([["indicators.0.targets", "msg:duplicateYear"]]);
    const same = { ...indicator, id: "ind1" };
    expect(issues(planSchema.safeParse({ ...plan, indicators: [same, same] }))).toEqual([
      ["indicators", "msg:indicators.validation.duplicateIndicator"],
    ]);
  });
});

describe("an indicator's actual", () => {
  it("takes a typed value and refuses one that is not a number", () => {
    const actual = { indicatorId: "ind1", fiscalYear: "2026", version: "0", value: "7", measuredOn: "2026-11-20", evidence: "Roster" };
    expect(indicatorActualSchema.parse(actual)).toMatchObject({ fiscalYear: 2026, version: 0, value: 7 });
    expect(issues(indicatorActualSchema.safeParse({ ...actual, value: "seven" }))).toEqual([
      ["value", "msg:indicators.validation.notANumber"],
    ]);
  });
});
