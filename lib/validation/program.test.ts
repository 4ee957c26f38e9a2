import { describe, expect, it } from "vitest";
import { programSchema } from "@/lib/validation/program";

const valid = {
  kind: "BILATERAL",
  partnerStateCode: "PH",
  nameEn: "Philippines: cyber",
  nameJa: "フィリピン：サイバー",
  descriptionEn: "",
  descriptionJa: "",
  ends: ["E1"],
  approaches: [],
  keyAreas: ["K2"],
  means: ["M2"],
  frameworks: [],
};

describe("program input schema", () => {
  it("keeps the partner of a bilateral program and drops one given to a multilateral program", () => {
    expect(programSchema.parse(valid).partnerStateCode).toBe("PH");
    expect(programSchema.parse({ ...valid, kind: "MULTILATERAL" }).partnerStateCode).toBeNull();
  });

  it("asks a bilateral program for its partner, beside that field", () => {
    const result = programSchema.safeParse({ ...valid, partnerStateCode: "", nameJa: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["nameJa", "msg:required"],
      ["partnerStateCode", "msg:editorValidation.partnerRequired"],
    ]);
  });

  it("refuses codes of the wrong shape and lists that are not lists", () => {
    const result = programSchema.safeParse({ ...valid, ends: ["e1"], means: "M2" });
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual(["ends.0", "means"]);
  });
});
