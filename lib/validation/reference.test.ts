import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { frameworkCreateSchema, frameworkUpdateSchema, partnerStateSchema, referenceTextSchema } from "@/lib/validation/reference";

function errorsOf(schema: Parameters<typeof parseInput>[0], input: unknown): Record<string, string[]> {
  try {
    parseInput(schema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fieldErrors;
  }
  throw new Error("expected a refusal");
}

const text = {
  kind: "keyArea",
  code: "K2",
  version: "4",
  titleEn: " Maritime security ",
  titleJa: "海洋安全保障",
  descriptionEn: "",
  descriptionJa: "",
};

describe("referenceTextSchema", () => {
  it("accepts a text with the version it was loaded with, trimmed", () => {
    expect(parseInput(referenceTextSchema, text)).toEqual({ ...text, version: 4, titleEn: "Maritime security" });
  });

  it("requires both titles and lets descriptions be empty", () => {
    const errors = errorsOf(referenceTextSchema, { ...text, titleEn: "   ", titleJa: undefined });
    expect(errors).toEqual({ titleEn: ["msg:required"], titleJa: ["msg:required"] });
  });

  it("refuses an unknown kind, a malformed code and a missing version", () => {
    const errors = errorsOf(referenceTextSchema, { ...text, kind: "program", code: "k2; drop", version: undefined });
    expect(errors.kind).toEqual(["msg:reference.validation.unknown"]);
    expect(errors.code).toEqual(["msg:reference.validation.unknown"]);
    expect(errors.version).toBeDefined();
  });
});

const framework = {
  code: "ewg_test",
  kind: "WORKING_GROUP",
  nameEn: "Test Working Group",
  nameJa: "試験専門家会合",
  descriptionEn: "",
  descriptionJa: "",
  parentCode: "ADMM_PLUS",
  establishedOn: "1994-07-25",
  sortOrder: "13",
};

describe("frameworkCreateSchema", () => {
  it("accepts a new framework, upper-casing its code; a founding date may predate the fiscal years", () => {
    expect(parseInput(frameworkCreateSchema, framework)).toEqual({ ...framework, code: "EWG_TEST", sortOrder: 13 });
  });

  it("reads empty parent and date as none", () => {
    expect(parseInput(frameworkCreateSchema, { ...framework, parentCode: "", establishedOn: "" })).toMatchObject({
      parentCode: null,
      establishedOn: null,
    });
  });

  it("refuses blank names, a bad code, an unknown kind, an impossible date and a bad order", () => {
    const errors = errorsOf(frameworkCreateSchema, {
      ...framework,
      code: "9 lives",
      kind: "CLUB",
      nameEn: " ",
      nameJa: "",
      establishedOn: "2026-02-30",
      sortOrder: "x",
    });
    expect(errors).toEqual({
      code: ["msg:reference.validation.codeFormat"],
      kind: ["msg:reference.validation.kind"],
      nameEn: ["msg:required"],
      nameJa: ["msg:required"],
      establishedOn: ["msg:date"],
      sortOrder: ["msg:reference.validation.sortOrder"],
    });
  });

  it("says 'required' for a missing code, and refuses a framework that is its own parent", () => {
    expect(errorsOf(frameworkCreateSchema, { ...framework, code: "" }).code).toEqual(["msg:required"]);
    expect(errorsOf(frameworkCreateSchema, { ...framework, parentCode: "ewg_test" })).toEqual({
      parentCode: ["msg:reference.validation.parentSelf"],
    });
  });

  it("keeps dates within a sensible range", () => {
    expect(errorsOf(frameworkCreateSchema, { ...framework, establishedOn: "1850-01-01" })).toEqual({
      establishedOn: ["msg:reference.validation.dateOutOfRange"],
    });
  });
});

describe("frameworkUpdateSchema", () => {
  it("carries the version read by the form", () => {
    expect(parseInput(frameworkUpdateSchema, { ...framework, code: "ARF", version: "2", parentCode: "" })).toMatchObject({
      code: "ARF",
      version: 2,
      parentCode: null,
    });
    expect(errorsOf(frameworkUpdateSchema, { ...framework, version: "0" })).toHaveProperty("version");
  });
});

const member = {
  code: "TL",
  version: 1,
  nameEn: "Timor-Leste",
  nameJa: "東ティモール",
  isAsean: true,
  aseanMemberSince: "2025-10-26",
  admmPlus: false,
};

describe("partnerStateSchema", () => {
  it("accepts a member with its accession date, and a non-member without one", () => {
    expect(parseInput(partnerStateSchema, member)).toEqual(member);
    expect(parseInput(partnerStateSchema, { ...member, isAsean: "false", aseanMemberSince: "", admmPlus: "true" })).toMatchObject({
      isAsean: false,
      aseanMemberSince: null,
      admmPlus: true,
    });
  });

  it("requires an accession date of a member and refuses one of a non-member", () => {
    expect(errorsOf(partnerStateSchema, { ...member, aseanMemberSince: "" })).toEqual({
      aseanMemberSince: ["msg:reference.validation.memberSinceRequired"],
    });
    expect(errorsOf(partnerStateSchema, { ...member, isAsean: false })).toEqual({
      aseanMemberSince: ["msg:reference.validation.memberSinceForbidden"],
    });
  });

  it("does not let a member be an ADMM-Plus country", () => {
    expect(errorsOf(partnerStateSchema, { ...member, admmPlus: true })).toEqual({ admmPlus: ["msg:reference.validation.memberNotPlus"] });
  });

  it("refuses blank names, missing flags and a malformed code, showing every error at once", () => {
    const errors = errorsOf(partnerStateSchema, { code: "tls", version: "1", nameEn: "", nameJa: " ", aseanMemberSince: "2025-10-26" });
    expect(errors.code).toEqual(["msg:reference.validation.unknown"]);
    expect(errors.nameEn).toEqual(["msg:required"]);
    expect(errors.nameJa).toEqual(["msg:required"]);
    expect(errors.isAsean).toEqual(["msg:reference.validation.flag"]);
    expect(errors.admmPlus).toEqual(["msg:reference.validation.flag"]);
  });
});
