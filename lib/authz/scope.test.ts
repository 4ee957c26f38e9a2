import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { activityScope, needScope, planCommentScope, planScope, programScope } from "@/lib/authz/scope";

const planner: Actor = { id: "p", email: "p@x", name: "P", role: "PLANNER", stateCode: null };
const liaison: Actor = { id: "l", email: "l@x", name: "L", role: "LIAISON", stateCode: "PH" };
const broken: Actor = { ...liaison, stateCode: null };

describe("state scopes", () => {
  it("leave planners unfiltered", () => {
    for (const scope of [activityScope, programScope, planScope, needScope, planCommentScope]) {
      expect(scope(planner)).toEqual({});
    }
  });

  it("confine a liaison officer to their state", () => {
    expect(activityScope(liaison)).toEqual({ participants: { some: { stateCode: "PH" } } });
    expect(programScope(liaison)).toEqual({
      OR: [
        { partnerStates: { some: { code: "PH" } } },
        { activities: { some: { participants: { some: { stateCode: "PH" } } } } },
        { plans: { some: { sharedWith: { some: { code: "PH" } }, sharedAt: { not: null } } } },
      ],
    });
    expect(planScope(liaison)).toEqual({ sharedWith: { some: { code: "PH" } }, sharedAt: { not: null } });
    expect(needScope(liaison)).toEqual({ stateCode: "PH" });
    expect(planCommentScope(liaison)).toEqual({
      OR: [{ author: { role: { in: ["ADMIN", "PLANNER"] } } }, { author: { stateCode: "PH" } }],
    });
  });

  it("throw for a liaison officer without a state instead of widening the query", () => {
    for (const scope of [activityScope, programScope, planScope, needScope, planCommentScope]) {
      expect(() => scope(broken)).toThrow();
    }
  });
});
