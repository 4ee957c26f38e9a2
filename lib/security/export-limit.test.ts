import { describe, expect, it } from "vitest";
import {
  DEFAULT_EXPORTS_PER_WINDOW,
  EXPORT_WINDOW_MS,
  exportLimit,
  exportLimitMessageValues,
  exportRetryAfterSeconds,
} from "@/lib/security/export-limit";

describe("exportLimit", () => {
  it("is 30 exports in 10 minutes unless REPORT_EXPORT_LIMIT says another whole number", () => {
    expect(exportLimit({})).toEqual({ max: 30, windowMs: 600_000 });
    expect(DEFAULT_EXPORTS_PER_WINDOW).toBe(30);
    expect(EXPORT_WINDOW_MS).toBe(600_000);
    expect(exportLimit({ REPORT_EXPORT_LIMIT: " 100 " }).max).toBe(100);
    for (const bad of ["", "0", "-5", "1.5", "1e3", "lots", "9999999"]) expect(exportLimit({ REPORT_EXPORT_LIMIT: bad }).max, bad).toBe(30);
  });
});

describe("exportRetryAfterSeconds", () => {
  const limit = { max: 3, windowMs: 600_000 };
  const now = new Date("2026-12-01T10:00:00.000Z");
  const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it("allows while fewer than the limit are in the window", () => {
    expect(exportRetryAfterSeconds([], now, limit)).toBe(0);
    expect(exportRetryAfterSeconds([ago(1), ago(2)], now, limit)).toBe(0);
  });

  it("at the limit, waits until the oldest export that counts leaves the window, in whole seconds rounded up", () => {
    // Newest first: the third newest was 100.5 s ago, so it leaves the window in 499.5 s.
    expect(exportRetryAfterSeconds([ago(1), ago(50), ago(100.5)], now, limit)).toBe(500);
    // Older exports beyond the limit do not lengthen the wait.
    expect(exportRetryAfterSeconds([ago(1), ago(2), ago(599.2), ago(599.9)], now, limit)).toBe(1);
  });
});

describe("exportLimitMessageValues", () => {
  it("says seconds under a minute and whole minutes (rounded up) from one minute", () => {
    const limit = { max: 30, windowMs: 600_000 };
    expect(exportLimitMessageValues(45, limit)).toEqual({ max: 30, window: 10, unit: "seconds", count: 45 });
    expect(exportLimitMessageValues(60, limit)).toEqual({ max: 30, window: 10, unit: "minutes", count: 1 });
    expect(exportLimitMessageValues(599, limit)).toEqual({ max: 30, window: 10, unit: "minutes", count: 10 });
  });
});
