import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { needSubmitSchema, needTriageSchema } from "@/lib/validation/need";
import { needFiltersSchema } from "@/lib/validation/need-filters";
import { stepsFrom } from "@/lib/domain/need";
import { parseInput } from "@/lib/validation/parse";

const need = { title: "Diving medicine instructors", description: "Train instructors.", keyAreaCode: "K2", priority: "HIGH" };

/** The field errors of a refused input, by path. */
function errorsOf(schema: Parameters<typeof parseInput>[0], input: unknown, locale = "en"): Record<string, string[]> {
  try {
    parseInput(schema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fieldErrorsIn(locale);
  }
  throw new Error("expected a refusal");
}

describe("submitting a need", () => {
  it("accepts a complete need and trims its texts", () => {
    expect(parseInput(needSubmitSchema, { ...need, title: "  Diving medicine instructors " })).toEqual(need);
  });

  it("drops a state given in the input: the state is the submitter's own", () => {
    expect(parseInput(needSubmitSchema, { ...need, stateCode: "PH" })).not.toHaveProperty("stateCode");
  });

  it("defaults the priority to medium when none is chosen", () => {
    expect(parseInput(needSubmitSchema, { ...need, priority: "" }).priority).toBe("MEDIUM");
    expect(parseInput(needSubmitSchema, { title: "Abc", keyAreaCode: "K1" })).toEqual({
      title: "Abc",
      description: "",
      keyAreaCode: "K1",
      priority: "MEDIUM",
    });
  });

  it("asks for a title, then for at least 3 characters, and refuses more than 200", () => {
    expect(errorsOf(needSubmitSchema, { ...need, title: "   " }).title).toEqual(["msg:required"]);
    expect(errorsOf(needSubmitSchema, { ...need, title: undefined }).title).toEqual(["msg:required"]);
    expect(errorsOf(needSubmitSchema, { ...need, title: " ab " }).title).toEqual(["msg:needEditor.validation.titleTooShort"]);
    expect(errorsOf(needSubmitSchema, { ...need, title: "x".repeat(201) })).toHaveProperty("title");
    expect(parseInput(needSubmitSchema, { ...need, title: "x".repeat(200) }).title).toHaveLength(200);
  });

  it("refuses a description over 4000 characters, in the user's language", () => {
    expect(parseInput(needSubmitSchema, { ...need, description: "x".repeat(4000) }).description).toHaveLength(4000);
    const [english] = errorsOf(needSubmitSchema, { ...need, description: "x".repeat(4001) }, "en").description!;
    const [japanese] = errorsOf(needSubmitSchema, { ...need, description: "x".repeat(4001) }, "ja").description!;
    expect(english).not.toEqual(japanese);
  });

  it("requires a key area code and a known priority", () => {
    expect(errorsOf(needSubmitSchema, { ...need, keyAreaCode: "" }).keyAreaCode).toEqual(["msg:required"]);
    expect(errorsOf(needSubmitSchema, { ...need, keyAreaCode: "k2; drop" }).keyAreaCode).toEqual(["msg:editorValidation.unknown"]);
    expect(errorsOf(needSubmitSchema, { ...need, priority: "URGENT" })).toHaveProperty("priority");
  });

  it("reports every bad field at once", () => {
    expect(Object.keys(errorsOf(needSubmitSchema, { title: "", keyAreaCode: "", priority: 3 })).sort()).toEqual([
      "keyAreaCode",
      "priority",
      "title",
    ]);
  });
});

describe("triaging a need", () => {
  const target = { needId: "seed-demo-vn-need", version: "3" };

  it("reads the version a form sends as text", () => {
    expect(parseInput(needTriageSchema, { ...target, step: "acknowledge" })).toEqual({
      needId: "seed-demo-vn-need",
      version: 3,
      step: "acknowledge",
    });
  });

  it("refuses an unknown step, a missing version and a malformed id", () => {
    expect(errorsOf(needTriageSchema, { ...target, step: "delete" })).toHaveProperty("step");
    expect(errorsOf(needTriageSchema, { needId: "x", version: "", step: "acknowledge" })).toHaveProperty("version");
    expect(errorsOf(needTriageSchema, { ...target, needId: "'; drop", step: "acknowledge" })).toHaveProperty("needId");
  });

  it("declines only with a reason of 3 to 2000 characters", () => {
    expect(errorsOf(needTriageSchema, { ...target, step: "decline" }).reason).toEqual(["msg:required"]);
    expect(errorsOf(needTriageSchema, { ...target, step: "decline", reason: "  " }).reason).toEqual(["msg:required"]);
    expect(errorsOf(needTriageSchema, { ...target, step: "decline", reason: "no" }).reason).toEqual([
      "msg:needEditor.validation.reasonTooShort",
    ]);
    expect(errorsOf(needTriageSchema, { ...target, step: "decline", reason: "x".repeat(2001) })).toHaveProperty("reason");
    expect(parseInput(needTriageSchema, { ...target, step: "decline", reason: " Not this year. " })).toMatchObject({
      reason: "Not this year.",
    });
  });

  it("addresses only with at least one plan or activity, each once", () => {
    expect(errorsOf(needTriageSchema, { ...target, step: "address" }).links).toEqual(["msg:needEditor.validation.linkRequired"]);
    expect(errorsOf(needTriageSchema, { ...target, step: "address", planIds: [], activityIds: [] }).links).toEqual([
      "msg:needEditor.validation.linkRequired",
    ]);
    expect(parseInput(needTriageSchema, { ...target, step: "address", planIds: ["p1", "p1"] })).toMatchObject({
      planIds: ["p1"],
      activityIds: [],
    });
    expect(parseInput(needTriageSchema, { ...target, step: "address", activityIds: ["a1"] })).toMatchObject({
      planIds: [],
      activityIds: ["a1"],
    });
    expect(errorsOf(needTriageSchema, { ...target, step: "address", planIds: ["bad id"] })).toHaveProperty("planIds.0");
  });
});

describe("the triage steps", () => {
  it("offer what each status allows", () => {
    expect(stepsFrom("SUBMITTED")).toEqual(["acknowledge", "decline", "address"]);
    expect(stepsFrom("ACKNOWLEDGED")).toEqual(["decline", "address"]);
    expect(stepsFrom("ADDRESSED")).toEqual(["address"]);
    expect(stepsFrom("DECLINED")).toEqual(["reopen"]);
    expect(stepsFrom("NONSENSE")).toEqual([]);
  });
});

describe("the needs list's filters", () => {
  it("keep what parses and drop the rest", () => {
    expect(needFiltersSchema.parse({ status: "DECLINED", state: "vn" })).toEqual({ status: "DECLINED", state: "VN" });
    expect(needFiltersSchema.parse({ status: "GONE", state: "Viet Nam" })).toEqual({ status: undefined, state: undefined });
  });
});
