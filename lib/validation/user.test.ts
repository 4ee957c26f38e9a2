import { describe, expect, it } from "vitest";
import { ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { userCreateSchema, userPasswordSchema, userRoleSchema, userStatusSchema } from "@/lib/validation/user";

const valid = {
  name: "Nguyen Van A",
  email: "  A.Nguyen@Example.org ",
  role: "LIAISON",
  stateCode: "VN",
  password: "correct horse battery",
};

function errorsOf(schema: Parameters<typeof parseInput>[0], input: unknown): Record<string, string[]> {
  try {
    parseInput(schema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fieldErrors;
  }
  throw new Error("expected a refusal");
}

describe("userCreateSchema", () => {
  it("accepts a liaison officer with a state, lower-casing the email and keeping the password as typed", () => {
    expect(parseInput(userCreateSchema, valid)).toEqual({ ...valid, email: "a.nguyen@example.org" });
  });

  it("accepts a planner with no state ('' from the select is none)", () => {
    expect(parseInput(userCreateSchema, { ...valid, role: "PLANNER", stateCode: "" })).toMatchObject({
      role: "PLANNER",
      stateCode: null,
    });
  });

  it("requires a state for a liaison officer and forbids one otherwise", () => {
    expect(errorsOf(userCreateSchema, { ...valid, stateCode: "" })).toEqual({ stateCode: ["msg:admin.validation.stateRequired"] });
    expect(errorsOf(userCreateSchema, { ...valid, role: "ADMIN" })).toEqual({ stateCode: ["msg:admin.validation.stateForbidden"] });
  });

  it("refuses a short password, a bad email, an unknown role and a malformed state code", () => {
    const errors = errorsOf(userCreateSchema, { ...valid, password: "elevenchars", email: "nope", role: "ROOT", stateCode: "vnm" });
    expect(errors.password).toEqual(["msg:admin.validation.passwordTooShort"]);
    expect(errors.email).toEqual(["msg:admin.validation.email"]);
    expect(errors.role).toEqual(["msg:admin.validation.role"]);
    expect(errors.stateCode).toEqual(["msg:admin.validation.stateUnknown"]);
  });

  it("says 'required' for missing fields", () => {
    const errors = errorsOf(userCreateSchema, {});
    expect(errors.name).toEqual(["msg:required"]);
    expect(errors.email).toEqual(["msg:required"]);
    expect(errors.password).toEqual(["msg:required"]);
    expect(errors.role).toBeDefined();
  });

  it("accepts exactly 12 characters", () => {
    expect(parseInput(userCreateSchema, { ...valid, password: "x".repeat(12) }).password).toBe("x".repeat(12));
  });
});

describe("the per-user schemas", () => {
  it("carry the user id and the version read by the form", () => {
    expect(parseInput(userRoleSchema, { userId: "u1", version: "3", role: "PLANNER", stateCode: "" })).toEqual({
      userId: "u1",
      version: 3,
      role: "PLANNER",
      stateCode: null,
    });
    expect(errorsOf(userRoleSchema, { userId: "u1", version: "0", role: "LIAISON", stateCode: "" })).toMatchObject({
      version: expect.any(Array),
    });
  });

  it("apply the state binding rule to a change of role", () => {
    expect(errorsOf(userRoleSchema, { userId: "u1", version: "1", role: "LIAISON", stateCode: "" })).toEqual({
      stateCode: ["msg:admin.validation.stateRequired"],
    });
  });

  it("read disabling as a boolean", () => {
    expect(parseInput(userStatusSchema, { userId: "u1", version: "1", disabled: "true" }).disabled).toBe(true);
    expect(parseInput(userStatusSchema, { userId: "u1", version: "1", disabled: "false" }).disabled).toBe(false);
    expect(errorsOf(userStatusSchema, { userId: "u1", version: "1", disabled: "yes" })).toHaveProperty("disabled");
  });

  it("refuse a short reset password", () => {
    expect(errorsOf(userPasswordSchema, { userId: "u1", version: "1", password: "short" })).toEqual({
      password: ["msg:admin.validation.passwordTooShort"],
    });
  });
});
