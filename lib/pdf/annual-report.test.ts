// Rendering from hand-made report data: the cases the demo seed does not have (an empty year) and the
// compaction of state lists, without a database.
import { extractText } from "unpdf";
import { describe, expect, it } from "vitest";
import type { AnnualReport } from "@/lib/data/reports/annual-report";
import { renderAnnualReport } from "@/lib/pdf/annual-report";

const compact = (text: string) => text.replace(/\s+/g, "");
const textOf = async (pdf: Buffer) => compact((await extractText(new Uint8Array(pdf), { mergePages: true })).text);

const empty: AnnualReport = {
  fiscalYear: 2031,
  fiscalYearLabel: "FY2031",
  locale: "en",
  summary: { activities: 0, conducted: 0, programs: 0, states: 0, participants: null, needsAddressed: 0 },
  byKeyArea: [{ code: "K1", label: "Ensuring the rule of law", count: 0 }],
  byMeans: [],
  byState: [],
  aseanMembers: [],
  programs: [],
  needs: [],
  results: {
    indicators: { achieved: 0, onTrack: 0, behind: 0, noData: 0 },
    indicatorYears: [],
    conducted: 0,
    reported: 0,
    followUpsOpen: 0,
    feedback: { count: 0, usefulness: null, fit: null },
  },
  spending: [],
  includesIllustrative: false,
};

describe("renderAnnualReport", () => {
  it("says so when a year has no activity and no need addressed", async () => {
    const text = await textOf(await renderAnnualReport(empty));
    expect(text).toContain(compact("Vientiane Vision 2.0 — Annual report FY2031"));
    expect(text).toContain(compact("No activity is recorded for this fiscal year."));
    expect(text).toContain(compact("No partner need was addressed in this fiscal year."));
    expect(text).toContain(compact("No results indicator has a target for this fiscal year."));
    expect(text).toContain(compact("No budget line and no spending is recorded for this fiscal year."));
    expect(text).toContain(compact("Participants at conducted activities Not recorded"));
    expect(text).not.toContain(compact("illustrative demo records"));
  });

  it("names 'all ASEAN member states' by membership on the activity's date, and marks observers", async () => {
    const state = (code: string, role: "PARTICIPANT" | "OBSERVER" = "PARTICIPANT") => ({ code, name: `State ${code}`, role });
    const activity = (id: string, startDate: string, states: ReturnType<typeof state>[]) => ({
      id,
      startDate,
      endDate: startDate,
      title: `Activity ${id}`,
      status: "CONDUCTED" as const,
      host: "",
      states,
    });
    const report: AnnualReport = {
      ...empty,
      fiscalYear: 2025,
      summary: { ...empty.summary, activities: 2, programs: 1 },
      aseanMembers: [
        { code: "AA", since: null },
        { code: "BB", since: "1990-01-01" },
        { code: "TL", since: "2025-10-26" },
      ],
      programs: [
        {
          id: "p",
          name: "Multilateral program",
          kind: "MULTILATERAL",
          activities: [
            // Before Timor-Leste joined: the two members are all, Timor-Leste attends as an observer.
            activity("x", "2025-06-01", [state("AA"), state("BB"), state("TL", "OBSERVER")]),
            // After: without Timor-Leste the members are no longer all of them.
            activity("y", "2025-11-01", [state("AA"), state("BB")]),
          ],
        },
      ],
      includesIllustrative: true,
    };
    const text = await textOf(await renderAnnualReport(report));
    expect(text).toContain(compact("All ASEAN member states, State TL (observer)"));
    expect(text).toContain(compact("State AA, State BB"));
    expect(text).toContain(compact("illustrative demo records"));
  });
});
