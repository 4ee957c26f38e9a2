import { describe, expect, it } from "vitest";
import { activitySchema } from "@/lib/validation/activity";

const valid = {
  programId: "seed-program-srcp",
  planId: "",
  kind: "SEMINAR",
  title: "  Maritime law seminar  ",
  titleJa: "",
  description: "",
  means: ["M1", "M1", "M2"],
  keyAreas: ["K1"],
  startDate: "2026-05-10",
  endDate: "2026-05-12",
  location: "",
  hostStateCode: "",
  participants: [{ stateCode: "PH", role: "PARTICIPANT", participantCount: "" }],
  status: "PLANNED",
  outcomes: "",
  frameworkCode: "",
  nonInvitations: [],
  needIds: [],
  consultations: [],
};

const issues = (input: unknown) => {
  const result = activitySchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("activity input schema", () => {
  it("reads blanks as none, trims text and drops repeated codes", () => {
    const parsed = activitySchema.parse(valid);
    expect(parsed).toMatchObject({ planId: null, titleJa: null, hostStateCode: null, frameworkCode: null, title: "Maritime law seminar" });
    expect(parsed.means).toEqual(["M1", "M2"]);
    expect(parsed.participants[0]!.participantCount).toBeNull();
  });

  it("keeps a count of zero apart from one not recorded", () => {
    expect(
      activitySchema.parse({ ...valid, participants: [{ stateCode: "PH", role: "HOST", participantCount: 0 }] }).participants[0]!
        .participantCount,
    ).toBe(0);
  });

  it("refuses reversed dates beside the end date, together with other fields' errors", () => {
    expect(issues({ ...valid, title: "", startDate: "2026-05-12", endDate: "2026-05-10" })).toEqual({
      title: "msg:required",
      endDate: "msg:endBeforeStart",
    });
  });

  it("refuses dates that do not exist or lie outside the supported fiscal years", () => {
    expect(Object.keys(issues({ ...valid, startDate: "2026-02-30" }))).toEqual(["startDate"]);
    expect(issues({ ...valid, startDate: "1999-05-01", endDate: "1999-05-02" })).toMatchObject({
      startDate: "msg:editorValidation.dateOutOfRange",
    });
  });

  it("refuses negative, fractional and textual counts", () => {
    for (const participantCount of [-1, 1.5, "12"]) {
      expect(Object.keys(issues({ ...valid, participants: [{ stateCode: "PH", role: "HOST", participantCount }] }))).toEqual([
        "participants.0.participantCount",
      ]);
    }
  });

  it("refuses a state listed twice, or both taking part and not invited", () => {
    const twice = [
      { stateCode: "PH", role: "HOST", participantCount: 1 },
      { stateCode: "PH", role: "OBSERVER", participantCount: null },
    ];
    expect(issues({ ...valid, participants: twice })).toEqual({ "participants.1.stateCode": "msg:editorValidation.duplicateState" });
    expect(issues({ ...valid, nonInvitations: [{ stateCode: "PH", reason: "Declined" }] })).toEqual({
      "nonInvitations.0.stateCode": "msg:editorValidation.invitedAndOmitted",
    });
  });

  it("refuses oversized text, malformed ids and a reason left blank", () => {
    expect(
      Object.keys(
        issues({ ...valid, outcomes: "x".repeat(5001), programId: "a b", nonInvitations: [{ stateCode: "TH", reason: " " }] }),
      ).sort(),
    ).toEqual(["nonInvitations.0.reason", "outcomes", "programId"]);
  });
});
