// The rules of the dependency gate (scripts/security/check-dependencies.ts), kept pure for unit tests:
// the version floors of the framework, and which findings of `npm audit --json` fail the build.

// Copied from ../shared/STACK.md (/work/shared/STACK.md), "Versions that installed and worked
// together": next >= 16.2.11 and react >= 19.2.6, for the React Server Components advisories of
// Dec 2025 - Jul 2026. react-dom ships in lockstep with react, so it has react's floor.
export const VERSION_FLOORS: Record<string, string> = {
  next: "16.2.11",
  react: "19.2.6",
  "react-dom": "19.2.6",
};

export const BLOCKING_SEVERITIES = ["high", "critical"] as const;

interface Version {
  core: [number, number, number];
  prerelease: string[];
}

function parseVersion(text: string): Version | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(text.trim());
  if (!match) return null;
  return { core: [Number(match[1]), Number(match[2]), Number(match[3])], prerelease: match[4]?.split(".") ?? [] };
}

/** Semver order: negative when a < b. A prerelease comes before its release (16.2.11-rc.1 < 16.2.11). */
export function compareVersions(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) throw new Error(`not a version: ${left ? b : a}`);
  for (let i = 0; i < 3; i++) if (left.core[i] !== right.core[i]) return left.core[i]! - right.core[i]!;
  if (left.prerelease.length === 0 || right.prerelease.length === 0) return right.prerelease.length - left.prerelease.length;
  for (let i = 0; i < Math.max(left.prerelease.length, right.prerelease.length); i++) {
    const [x, y] = [left.prerelease[i], right.prerelease[i]];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x) ? Number(x) : NaN, /^\d+$/.test(y) ? Number(y) : NaN];
    if (!Number.isNaN(nx) && !Number.isNaN(ny)) return nx - ny;
    if (!Number.isNaN(nx)) return -1;
    if (!Number.isNaN(ny)) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Whether `installed` fails the floor; a version that cannot be read fails too. */
export function isBelowFloor(installed: string, floor: string): boolean {
  try {
    return compareVersions(installed, floor) < 0;
  } catch {
    return true;
  }
}

export interface AuditFinding {
  name: string;
  severity: string;
  /** The installed range that is affected, as npm reports it. */
  range: string;
  /** Advisory titles and addresses, or the names of the vulnerable packages it depends on. */
  via: string[];
  fix: string;
}

/** `npm audit` ran but could not give a report: the registry is unreachable or refused the request. */
export class AuditUnavailableError extends Error {
  override name = "AuditUnavailableError";
}

interface AuditVia {
  title?: string;
  url?: string;
  severity?: string;
}

interface AuditVulnerability {
  name?: string;
  severity?: string;
  range?: string;
  via?: (string | AuditVia)[];
  fixAvailable?: boolean | { name?: string; version?: string; isSemVerMajor?: boolean };
}

/** The high and critical findings of an `npm audit --json` report (format 2, npm 7 and later). */
export function blockingFindings(report: unknown): AuditFinding[] {
  const json = (report ?? {}) as {
    auditReportVersion?: number;
    vulnerabilities?: Record<string, AuditVulnerability>;
    error?: { code?: string; summary?: string; detail?: string };
    message?: string;
  };
  if (json.error || json.message || typeof json.vulnerabilities !== "object" || json.vulnerabilities === null) {
    const reason = [json.error?.code, json.error?.summary, json.message].filter(Boolean).join(": ") || "no report in npm's answer";
    throw new AuditUnavailableError(reason);
  }
  if (json.auditReportVersion !== undefined && json.auditReportVersion !== 2) {
    throw new AuditUnavailableError(`unknown npm audit report format ${json.auditReportVersion}`);
  }
  return Object.entries(json.vulnerabilities)
    .filter(([, vulnerability]) => (BLOCKING_SEVERITIES as readonly string[]).includes(vulnerability.severity ?? ""))
    .map(([key, vulnerability]) => ({
      name: vulnerability.name ?? key,
      severity: vulnerability.severity ?? "unknown",
      range: vulnerability.range ?? "",
      via: (vulnerability.via ?? []).map((via) =>
        typeof via === "string" ? `via ${via}` : [via.title, via.url].filter(Boolean).join(" "),
      ),
      fix:
        vulnerability.fixAvailable === true
          ? "npm audit fix"
          : vulnerability.fixAvailable && typeof vulnerability.fixAvailable === "object"
            ? `upgrade to ${vulnerability.fixAvailable.name}@${vulnerability.fixAvailable.version}${vulnerability.fixAvailable.isSemVerMajor ? " (semver major)" : ""}`
            : "no fix available",
    }))
    .sort((a, b) => (a.severity === b.severity ? a.name.localeCompare(b.name) : a.severity === "critical" ? -1 : 1));
}
