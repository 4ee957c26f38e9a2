import { describe, expect, it } from "vitest";
import * as db from "@/generated/prisma/enums";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, PARTICIPANT_ROLES } from "@/lib/domain/activity";
import { FRAMEWORK_KINDS, PROGRAM_KINDS, ROLES } from "@/lib/domain/enums";
import { NEED_STATUSES, PRIORITIES } from "@/lib/domain/need";
import { MILESTONE_STATUSES, PLAN_STATUSES } from "@/lib/domain/plan";

// The domain's lists are the database's enums, value for value and in the schema's order: a failure
// here means prisma/schema.prisma changed and lib/domain needs the same change.
describe("the domain's enums", () => {
  it.each([
    ["PlanStatus", PLAN_STATUSES, db.PlanStatus],
    ["MilestoneStatus", MILESTONE_STATUSES, db.MilestoneStatus],
    ["ActivityKind", ACTIVITY_KINDS, db.ActivityKind],
    ["ActivityStatus", ACTIVITY_STATUSES, db.ActivityStatus],
    ["ParticipantRole", PARTICIPANT_ROLES, db.ParticipantRole],
    ["NeedStatus", NEED_STATUSES, db.NeedStatus],
    ["Priority", PRIORITIES, db.Priority],
    ["ProgramKind", PROGRAM_KINDS, db.ProgramKind],
    ["FrameworkKind", FRAMEWORK_KINDS, db.FrameworkKind],
    ["Role", ROLES, db.Role],
  ] as const)("%s is the database's", (_name, domain, prisma) => {
    expect([...domain]).toEqual(Object.values(prisma));
  });
});
