import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { planVisibleToState } from "@/lib/authz/policy";
import { activityScope, needScope, planCommentScope, planNamedScope, planScope, programScope } from "@/lib/data/scope";

const planner: Actor = { id: "p", email: "p@x", name: "P", role: "PLANNER", stateCode: null };
const liaison: Actor = { id: "l", email: "l@x", name: "L", role: "LIAISON", stateCode: "PH" };
const broken: Actor = { ...liaison, stateCode: null };

describe("state scopes", () => {
  it("leave planners unfiltered", () => {
    for (const scope of [activityScope, programScope, planScope, planNamedScope, needScope, planCommentScope]) {
      expect(scope(planner)).toEqual({});
    }
  });

  it("confine a liaison officer to their state", () => {
    expect(activityScope(liaison)).toEqual({ participants: { some: { stateCode: "PH" } } });
    expect(programScope(liaison)).toEqual({
      OR: [
        { partnerStates: { some: { code: "PH" } } },
        { activities: { some: { participants: { some: { stateCode: "PH" } } } } },
        {
          plans: {
            some: {
              sharedWith: { some: { code: "PH" } },
              sharedAt: { not: null },
              status: { in: ["SHARED", "IN_REVIEW", "APPROVED", "ARCHIVED"] },
            },
          },
        },
      ],
    });
    expect(planScope(liaison)).toEqual({
      sharedWith: { some: { code: "PH" } },
      sharedAt: { not: null },
      status: { in: ["SHARED", "IN_REVIEW", "APPROVED", "ARCHIVED"] },
    });
    expect(planNamedScope(liaison)).toEqual({ sharedWith: { some: { code: "PH" } }, sharedAt: { not: null } });
    expect(needScope(liaison)).toEqual({ stateCode: "PH" });
    expect(planCommentScope(liaison)).toEqual({
      OR: [{ author: { role: { in: ["ADMIN", "PLANNER"] } } }, { author: { stateCode: "PH" } }],
    });
  });

  it("throw for a liaison officer without a state instead of widening the query", () => {
    for (const scope of [activityScope, programScope, planScope, planNamedScope, needScope, planCommentScope]) {
      expect(() => scope(broken)).toThrow();
    }
  });

  it("let a state read a plan shared with it only while it is out of draft", () => {
    const shared = { sharedWith: ["PH", "VN"] };
    for (const status of ["SHARED", "IN_REVIEW", "APPROVED", "ARCHIVED"])
      expect(planVisibleToState({ ...shared, status }, "PH")).toBe(true);
    expect(planVisibleToState({ ...shared, status: "DRAFT" }, "PH")).toBe(false);
    expect(planVisibleToState({ ...shared, status: "SHARED" }, "TH")).toBe(false);
  });
});
