import { describe, expect, it } from "vitest";
import { canTransition, isPlanEditable, PARTNER_PLAN_STATUSES, PLAN_STATUSES, PLAN_TRANSITIONS, planStepsFrom } from "@/lib/domain/plan";

describe("the plan lifecycle", () => {
  it("offers on a plan's page the steps each status allows, primary first", () => {
    expect(Object.fromEntries(PLAN_STATUSES.map((status) => [status, planStepsFrom(status)]))).toEqual({
      DRAFT: ["share"],
      SHARED: ["submit", "returnToDraft"],
      IN_REVIEW: ["approve", "returnToDraft"],
      APPROVED: ["newVersion", "archive"],
      ARCHIVED: [],
    });
  });

  it("moves a plan forward one status at a time, and back to draft before approval", () => {
    const from = (status: string) => PLAN_TRANSITIONS.filter((transition) => canTransition(status, transition));
    expect(from("DRAFT")).toEqual(["share"]);
    expect(from("SHARED")).toEqual(["submit", "returnToDraft"]);
    expect(from("IN_REVIEW")).toEqual(["approve", "returnToDraft"]);
    expect(from("APPROVED")).toEqual(["archive"]);
    expect(from("ARCHIVED")).toEqual([]);
  });

  it("lets a plan be edited in draft and shared only", () => {
    expect(PLAN_STATUSES.filter(isPlanEditable)).toEqual(["DRAFT", "SHARED"]);
  });

  it("never shows a draft to a partner", () => {
    expect(PARTNER_PLAN_STATUSES).not.toContain("DRAFT");
  });
});
