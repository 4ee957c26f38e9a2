import { describe, expect, it } from "vitest";
import type {
  ActivityStatus as DbActivityStatus,
  ParticipantRole as DbParticipantRole,
  PlanStatus as DbPlanStatus,
  ProgramKind as DbProgramKind,
} from "@/generated/prisma/client";
import type { ActivityStatus, ParticipantRole } from "@/lib/domain/activity";
import type { ProgramKind } from "@/lib/domain/enums";
import type { PlanStatus } from "@/lib/domain/plan";
import { aseanMembersOn } from "@/lib/rules/facts";
import { ASEAN, ASEAN_BEFORE_TL, day } from "@/lib/rules/test-fixtures";

// The rules' plain unions must stay the database enums, both ways: a compile error here means the
// schema changed and the rules need a look.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameEnums: [
  Same<ProgramKind, DbProgramKind>,
  Same<PlanStatus, DbPlanStatus>,
  Same<ActivityStatus, DbActivityStatus>,
  Same<ParticipantRole, DbParticipantRole>,
] = [true, true, true, true];

describe("the facts' enums", () => {
  it("are the database's", () => {
    expect(sameEnums).toEqual([true, true, true, true]);
  });
});

describe("aseanMembersOn", () => {
  it("counts Timor-Leste from the day it joined, inclusive", () => {
    expect(aseanMembersOn(ASEAN, day("2025-10-25"))).toEqual([...ASEAN_BEFORE_TL].sort());
    expect(aseanMembersOn(ASEAN, day("2025-10-26"))).toContain("TL");
    expect(aseanMembersOn(ASEAN, day("2025-10-26"))).toHaveLength(11);
  });

  it("goes back in time: Cambodia joined on 1999-04-30", () => {
    expect(aseanMembersOn(ASEAN, day("1999-04-29"))).not.toContain("KH");
    expect(aseanMembersOn(ASEAN, day("1999-04-30"))).toContain("KH");
  });

  it("is empty without reference data", () => {
    expect(aseanMembersOn([], day("2026-06-01"))).toEqual([]);
  });
});
