import { describe, expect, it } from "vitest";
import { MAX_COMMENT_LENGTH, planCommentSchema, planFollowSchema } from "@/lib/validation/comment";

describe("planCommentSchema", () => {
  it("trims the body and keeps it", () => {
    expect(planCommentSchema.parse({ planId: "seed-demo-vn-plan", body: "  Thank you.\n" })).toEqual({ planId: "seed-demo-vn-plan", body: "Thank you." });
  });
  it("refuses an empty or blank body", () => {
    expect(planCommentSchema.safeParse({ planId: "p1", body: " \n " }).success).toBe(false);
  });
  it("refuses a body over the limit, and accepts one at the limit", () => {
    expect(planCommentSchema.safeParse({ planId: "p1", body: "x".repeat(MAX_COMMENT_LENGTH + 1) }).success).toBe(false);
    expect(planCommentSchema.safeParse({ planId: "p1", body: "x".repeat(MAX_COMMENT_LENGTH) }).success).toBe(true);
  });
  it("refuses an id that is not an id", () => {
    expect(planCommentSchema.safeParse({ planId: "../x", body: "hi" }).success).toBe(false);
    expect(planCommentSchema.safeParse({ planId: "", body: "hi" }).success).toBe(false);
  });
});

describe("planFollowSchema", () => {
  it("reads the form's true and false", () => {
    expect(planFollowSchema.parse({ planId: "p1", following: "true" }).following).toBe(true);
    expect(planFollowSchema.parse({ planId: "p1", following: "false" }).following).toBe(false);
    expect(planFollowSchema.safeParse({ planId: "p1", following: "yes" }).success).toBe(false);
  });
});
