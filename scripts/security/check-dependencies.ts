// `npm run check:deps` (the "deps" stage of `npm test`): fails when the framework is below its
// security floor or when `npm audit --omit=dev` reports a high or critical advisory in a production
// dependency. The audit asks the npm registry's advisory endpoint. Some closed networks mirror the
// registry for installs but refuse that endpoint (seen here: 405 on POST .../advisories/bulk); there
// the gate says loudly that it could not look, and fails only with REQUIRE_NPM_AUDIT=1, which CI
// sets wherever the endpoint answers. The version floors are checked offline and always fail.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { AuditUnavailableError, blockingFindings, isBelowFloor, VERSION_FLOORS } from "../../lib/security/dependency-floors";

const AUDIT_TIMEOUT_MS = 120_000;

function installedVersion(name: string): string | null {
  try {
    const file = path.join(process.cwd(), "node_modules", name, "package.json");
    return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version ?? null;
  } catch {
    return null;
  }
}

/** Problems with the installed framework versions, one line each. */
function checkFloors(): string[] {
  const problems: string[] = [];
  for (const [name, floor] of Object.entries(VERSION_FLOORS)) {
    const version = installedVersion(name);
    if (!version) problems.push(`${name}: not installed (run npm ci)`);
    else if (isBelowFloor(version, floor)) problems.push(`${name} ${version} is below its security floor ${floor}: upgrade it`);
    else console.log(`${name} ${version} (floor ${floor})`);
  }
  return problems;
}

function runAudit(): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["audit", "--omit=dev", "--json"], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new AuditUnavailableError(`npm audit gave no answer within ${AUDIT_TIMEOUT_MS / 1000} s`));
    }, AUDIT_TIMEOUT_MS);
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(new AuditUnavailableError(`could not run npm: ${error.message}`));
    });
    child.once("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code });
    });
  });
}

/** Problems found by the audit, one line each (several for a finding). */
async function checkAudit(): Promise<string[]> {
  const { stdout, stderr } = await runAudit();
  let report: unknown;
  try {
    report = JSON.parse(stdout);
  } catch {
    throw new AuditUnavailableError(stderr.trim().split("\n").slice(-3).join(" ") || "npm audit printed no report");
  }
  const findings = blockingFindings(report);
  const counts = (report as { metadata?: { vulnerabilities?: Record<string, number> } }).metadata?.vulnerabilities;
  if (counts)
    console.log(`npm audit --omit=dev: ${["critical", "high", "moderate", "low"].map((s) => `${counts[s] ?? 0} ${s}`).join(", ")}`);
  return findings.map(
    (finding) =>
      `${finding.severity.toUpperCase()} ${finding.name} ${finding.range}\n` +
      finding.via.map((via) => `    ${via}\n`).join("") +
      `    fix: ${finding.fix}`,
  );
}

async function main(): Promise<number> {
  const problems = checkFloors();
  let audited = false;
  try {
    problems.push(...(await checkAudit()));
    audited = true;
  } catch (error) {
    if (!(error instanceof AuditUnavailableError)) throw error;
    const message =
      `npm audit could not get a report from the registry (${error.message}).\n` +
      "    The audit needs the registry's advisory endpoint (POST /-/npm/v1/security/advisories/bulk);\n" +
      "    run it where https://registry.npmjs.org (or the configured registry) answers audits.";
    if (process.env.REQUIRE_NPM_AUDIT === "1") problems.push(message);
    else console.warn(`WARNING: advisories NOT checked. ${message}\n    Set REQUIRE_NPM_AUDIT=1 to make this a failure.`);
  }
  if (problems.length === 0) {
    console.log(
      `dependencies: ${audited ? "no high or critical advisories" : "advisories not checked (see the warning)"}; next, react and react-dom at or above their floors`,
    );
    return 0;
  }
  console.error(`dependencies: ${problems.length} problem(s)`);
  for (const problem of problems) console.error(`  ${problem}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
