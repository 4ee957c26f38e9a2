import { describe, expect, it } from "vitest";
import { MAX_COMMENT_LENGTH, planCommentSchema, planFollowSchema } from "@/lib/validation/comment";
import { shownAt } from "@/lib/validation/fields";

describe("planCommentSchema", () => {
  it("trims the body and keeps it", () => {
    expect(planCommentSchema.parse({ planId: "seed-demo-vn-plan", body: "  Thank you.\n" })).toEqual({
      planId: "seed-demo-vn-plan",
      body: "Thank you.",
    });
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

describe("a moment the page showed (comments seen, notifications read up to)", () => {
  it("is refused before 2000 and from the year 9999 on, where PostgreSQL's timestamps would fail", () => {
    for (const latest of ["0000-01-01T00:00:00Z", "1999-12-31T23:59:59Z", "9999-12-31T23:59:59.999Z"]) {
      expect(shownAt.safeParse(latest).success, latest).toBe(false);
    }
    expect(shownAt.safeParse("2026-12-07T06:00:00.123Z").success).toBe(true);
  });
});
