import { describe, expect, it } from "vitest";
import { AuditUnavailableError, blockingFindings, compareVersions, isBelowFloor, VERSION_FLOORS } from "@/lib/security/dependency-floors";

describe("version floors", () => {
  it("hold the floors of ../shared/STACK.md", () => {
    expect(VERSION_FLOORS).toEqual({ next: "16.2.11", react: "19.2.6", "react-dom": "19.2.6" });
  });

  it("compare numerically, not as text", () => {
    expect(isBelowFloor("16.2.9", "16.2.11")).toBe(true);
    expect(isBelowFloor("16.2.10", "16.2.11")).toBe(true);
    expect(isBelowFloor("16.2.11", "16.2.11")).toBe(false);
    expect(isBelowFloor("16.10.0", "16.2.11")).toBe(false);
    expect(isBelowFloor("15.9.99", "16.2.11")).toBe(true);
    expect(isBelowFloor("19.3.1", "19.2.6")).toBe(false);
    expect(isBelowFloor("19.2.5", "19.2.6")).toBe(true);
    expect(isBelowFloor("20.0.0", "19.2.6")).toBe(false);
  });

  it("count a prerelease as below its release", () => {
    expect(isBelowFloor("16.2.11-canary.3", "16.2.11")).toBe(true);
    expect(isBelowFloor("16.3.0-canary.1", "16.2.11")).toBe(false);
    expect(compareVersions("1.0.0-rc.2", "1.0.0-rc.10")).toBeLessThan(0);
    expect(compareVersions("1.0.0-alpha", "1.0.0-alpha.1")).toBeLessThan(0);
    expect(compareVersions("1.0.0-alpha.beta", "1.0.0-beta")).toBeLessThan(0);
  });

  it("fail a version that cannot be read", () => {
    expect(isBelowFloor("latest", "16.2.11")).toBe(true);
    expect(isBelowFloor("", "16.2.11")).toBe(true);
  });
});

describe("blockingFindings", () => {
  const report = {
    auditReportVersion: 2,
    vulnerabilities: {
      tar: { name: "tar", severity: "high", via: ["minipass"], range: "<7.0.0", fixAvailable: false },
      next: {
        name: "next",
        severity: "critical",
        via: [{ title: "RSC deserialization", url: "https://github.com/advisories/GHSA-0000", severity: "critical" }],
        range: "16.0.0 - 16.2.10",
        fixAvailable: { name: "next", version: "16.4.6", isSemVerMajor: false },
      },
      brace: { name: "brace", severity: "moderate", via: ["x"], range: "*", fixAvailable: true },
      low: { name: "low", severity: "low", via: [], range: "*", fixAvailable: true },
    },
    metadata: { vulnerabilities: { info: 0, low: 1, moderate: 1, high: 1, critical: 1, total: 4 } },
  };

  it("keeps high and critical findings only, critical first, with how to fix them", () => {
    expect(blockingFindings(report)).toEqual([
      {
        name: "next",
        severity: "critical",
        range: "16.0.0 - 16.2.10",
        via: ["RSC deserialization https://github.com/advisories/GHSA-0000"],
        fix: "upgrade to next@16.4.6",
      },
      { name: "tar", severity: "high", range: "<7.0.0", via: ["via minipass"], fix: "no fix available" },
    ]);
  });

  it("passes a clean report", () => {
    expect(blockingFindings({ auditReportVersion: 2, vulnerabilities: {}, metadata: {} })).toEqual([]);
  });

  it("refuses to pass when npm could not reach the registry", () => {
    const unreachable = {
      error: { code: "ENOTFOUND", summary: "request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed", detail: "" },
    };
    const refused = {
      message: "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
      statusCode: 405,
      error: { summary: "", detail: "" },
    };
    for (const answer of [unreachable, refused, {}, null, "not json"])
      expect(() => blockingFindings(answer)).toThrow(AuditUnavailableError);
    expect(() => blockingFindings(refused)).toThrow(/405 Method Not Allowed/);
    expect(() => blockingFindings(unreachable)).toThrow(/ENOTFOUND/);
  });
});
