import { describe, expect, it } from "vitest";
import { elapsedShare, hasEnded, overallStatus, yearStatus, type IndicatorValues } from "@/lib/domain/indicators";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const higher: IndicatorValues = {
  direction: "HIGHER_IS_BETTER",
  baselineValue: 0,
  targets: [
    { fiscalYear: 2025, value: 10 },
    { fiscalYear: 2026, value: 20 },
    { fiscalYear: 2027, value: 30 },
  ],
  actuals: [],
};

describe("fiscal-year progress", () => {
  it("counts the share of a fiscal year elapsed, clamped to 0..1", () => {
    expect(elapsedShare(2026, day("2026-03-31"))).toBe(0);
    expect(elapsedShare(2026, day("2027-03-31"))).toBe(1);
    expect(elapsedShare(2026, day("2030-01-01"))).toBe(1);
    expect(elapsedShare(2026, day("2026-09-30"))).toBeCloseTo(183 / 365, 5);
  });

  it("ends a fiscal year after its 31 March", () => {
    expect(hasEnded(2025, day("2026-03-31"))).toBe(false);
    expect(hasEnded(2025, day("2026-04-01"))).toBe(true);
  });
});

describe("an indicator's status per year", () => {
  it("has no status without a target, and no data without an actual", () => {
    expect(yearStatus(higher, 2030, day("2026-10-01"))).toBeNull();
    expect(yearStatus(higher, 2026, day("2026-10-01"))).toBe("noData");
  });

  it("is achieved when the actual meets the target in the indicator's direction", () => {
    expect(yearStatus({ ...higher, actuals: [{ fiscalYear: 2025, value: 10 }] }, 2025, day("2026-10-01"))).toBe("achieved");
    const lower: IndicatorValues = {
      direction: "LOWER_IS_BETTER",
      baselineValue: 50,
      targets: [{ fiscalYear: 2025, value: 30 }],
      actuals: [{ fiscalYear: 2025, value: 29 }],
    };
    expect(yearStatus(lower, 2025, day("2026-10-01"))).toBe("achieved");
    expect(yearStatus({ ...lower, actuals: [{ fiscalYear: 2025, value: 31 }] }, 2025, day("2026-10-01"))).toBe("behind");
  });

  it("is behind for an ended year short of its target", () => {
    expect(yearStatus({ ...higher, actuals: [{ fiscalYear: 2025, value: 9.9 }] }, 2025, day("2026-04-01"))).toBe("behind");
  });

  it("weighs a year under way by the share elapsed, from last year's actual or the baseline", () => {
    // Half-way through FY2026 (from 10 last year towards 20): 15 is on track, 14 behind.
    const halfway = day("2026-10-01");
    const last = [{ fiscalYear: 2025, value: 10 }];
    expect(yearStatus({ ...higher, actuals: [...last, { fiscalYear: 2026, value: 15.1 }] }, 2026, halfway)).toBe("onTrack");
    expect(yearStatus({ ...higher, actuals: [...last, { fiscalYear: 2026, value: 14 }] }, 2026, halfway)).toBe("behind");
    // Without last year's actual, from the baseline (0 towards 20): 11 is on track at half-way, 9 behind.
    expect(yearStatus({ ...higher, actuals: [{ fiscalYear: 2026, value: 11 }] }, 2026, halfway)).toBe("onTrack");
    expect(yearStatus({ ...higher, actuals: [{ fiscalYear: 2026, value: 9 }] }, 2026, halfway)).toBe("behind");
    // Lower is better: from 50 towards 30, half-way needs 40 or less.
    const lower: IndicatorValues = {
      direction: "LOWER_IS_BETTER",
      baselineValue: 50,
      targets: [{ fiscalYear: 2026, value: 30 }],
      actuals: [],
    };
    expect(yearStatus({ ...lower, actuals: [{ fiscalYear: 2026, value: 39 }] }, 2026, halfway)).toBe("onTrack");
    expect(yearStatus({ ...lower, actuals: [{ fiscalYear: 2026, value: 45 }] }, 2026, halfway)).toBe("behind");
  });

  it("is on track for a year under way without any starting point", () => {
    const none = { ...higher, baselineValue: null, actuals: [{ fiscalYear: 2026, value: 1 }] };
    expect(yearStatus(none, 2026, day("2027-03-01"))).toBe("onTrack");
    expect(yearStatus(none, 2026, day("2027-04-01"))).toBe("behind");
  });
});

describe("an indicator's status overall", () => {
  it("is the status of the latest started year with a target", () => {
    const indicator = { ...higher, actuals: [{ fiscalYear: 2025, value: 12 }] };
    expect(overallStatus(indicator, day("2026-03-01"))).toBe("achieved");
    // FY2026 started without an actual yet.
    expect(overallStatus(indicator, day("2026-05-01"))).toBe("noData");
  });

  it("has no data before any year with a target starts", () => {
    expect(overallStatus(higher, day("2024-01-01"))).toBe("noData");
    expect(overallStatus({ ...higher, targets: [] }, day("2026-10-01"))).toBe("noData");
  });
});
