// `npm run fuzz`: the long fuzz. Runs the property-based tests with FUZZ_RUNS=10000 per target (CI runs
// them with 1,000 as part of `npm test`), then prints the counts per target:
//
//   lib/validation/fuzz.test.ts           every input schema and the URL filters (unit config)
//   lib/exports/exports.fuzz.test.ts      CSV and XLSX cells (unit config)
//   tests/integration/fuzz-actions.test.ts every server action's data function (integration config)
//
//   npm run fuzz                     10,000 runs per target
//   npm run fuzz -- --runs 2000      another count (or FUZZ_RUNS=2000)
//   npm run fuzz -- --unit           only the unit files (no database)
//   FUZZ_SEED=123 npm run fuzz       replay fast-check's seed from a failure report
//
// Each run draws a new random seed (printed first); `npm test` always runs the fixed one
// (FIXED_FUZZ_SEED in tests/fuzz/inputs.ts).
//
// The integration file needs a PostgreSQL server where it can create its own database, found as
// `npm test` finds it: TEST_DATABASE_URL, else DATABASE_URL, else an embedded server started here.
import { config } from "dotenv";
import { randomInt } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { FuzzCount } from "../tests/fuzz/inputs";
import { databaseUrl, withClient } from "./lib/database";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { prismaGenerate, prismaGenerateNeeded } from "./lib/prisma-generate";
import { bin, onTerminationSignal, run, signalExitCode, stopChildren } from "./lib/process";

const UNIT_FILES = ["lib/validation/fuzz.test.ts", "lib/exports/exports.fuzz.test.ts"];
const INTEGRATION_FILES = ["tests/integration/fuzz-actions.test.ts"];

const configFile = (base: string) =>
  ["mts", "ts", "mjs", "js"].map((ext) => `${base}.${ext}`).find((file) => existsSync(file)) ?? `${base}.mts`;

interface Options {
  runs: number;
  unitOnly: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { runs: Number.parseInt(process.env.FUZZ_RUNS ?? "", 10) || 10_000, unitOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--runs") options.runs = Number.parseInt(argv[++i] ?? "", 10);
    else if (arg === "--unit") options.unitOnly = true;
    else throw new Error(`unknown argument ${arg} (see scripts/fuzz.ts)`);
  }
  if (!Number.isSafeInteger(options.runs) || options.runs < 1) throw new Error("--runs takes a positive number");
  return options;
}

let embedded: EmbeddedPostgres | undefined;

// As `npm test` does: the server's maintenance database, else the given database itself.
async function testServerAdminUrl(): Promise<string> {
  if (process.env.TEST_DATABASE_ADMIN_URL) return process.env.TEST_DATABASE_ADMIN_URL;
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (!given) {
    embedded = await startEmbeddedPostgres();
    return embedded.adminUrl;
  }
  const maintenance = databaseUrl(given, "postgres");
  try {
    await withClient(maintenance, (client) => client.query("SELECT 1"));
    return maintenance;
  } catch {
    return given;
  }
}

function printCounts(report: string, stages: { name: string; passed: boolean; seconds: number }[]): void {
  const counts: FuzzCount[] = existsSync(report)
    ? readFileSync(report, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as FuzzCount)
    : [];
  console.log("\n── fuzz counts ──");
  console.log(
    `${"suite".padEnd(12)} ${"target".padEnd(40)} ${"runs".padStart(7)} ${"accepted".padStart(9)} ${"refused".padStart(8)} ${"seconds".padStart(8)}`,
  );
  for (const c of counts) {
    console.log(
      `${c.suite.padEnd(12)} ${c.target.padEnd(40)} ${String(c.runs).padStart(7)} ${String(c.accepted).padStart(9)} ${String(c.refused).padStart(8)} ${(c.ms / 1000).toFixed(1).padStart(8)}`,
    );
  }
  const total = counts.reduce((sum, c) => sum + c.runs, 0);
  console.log(`${counts.length} targets, ${total} runs`);
  for (const stage of stages) console.log(`${stage.passed ? "passed" : "FAILED"}  ${stage.name.padEnd(12)} ${stage.seconds.toFixed(1)} s`);
}

async function main(): Promise<number> {
  config({ quiet: true });
  const options = parseOptions(process.argv.slice(2));
  const dir = mkdtempSync(path.join(tmpdir(), "fuzz-"));
  const report = path.join(dir, "counts.jsonl");
  const stages: { name: string; passed: boolean; seconds: number }[] = [];
  const finish = async (code: number) => {
    await stopChildren();
    await embedded?.stop().catch((error: unknown) => console.error(`could not stop embedded PostgreSQL: ${String(error)}`));
    printCounts(report, stages);
    rmSync(dir, { recursive: true, force: true });
    return code;
  };
  onTerminationSignal(async (signal) => process.exit(await finish(signalExitCode(signal))));

  if (prismaGenerateNeeded() && (await prismaGenerate()) !== 0) return finish(1);
  const seed = process.env.FUZZ_SEED?.trim() || String(randomInt(1, 2 ** 31 - 1));
  console.log(`fuzz: seed ${seed} (replay with FUZZ_SEED=${seed} npm run fuzz)`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FUZZ_SEED: seed,
    FUZZ_RUNS: String(options.runs),
    FUZZ_REPORT: report,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  console.log(`fuzz: ${options.runs} runs per target`);

  const stage = async (name: string, args: string[]) => {
    console.log(`\n── ${name} ──`);
    const started = Date.now();
    const passed = (await run(bin("vitest"), ["run", ...args], env)) === 0;
    stages.push({ name, passed, seconds: (Date.now() - started) / 1000 });
    return passed;
  };

  let passed = await stage("unit", ["--config", configFile("vitest.config"), ...UNIT_FILES]);
  if (!options.unitOnly) {
    env.TEST_DATABASE_ADMIN_URL = await testServerAdminUrl();
    passed = (await stage("integration", ["--config", configFile("vitest.integration.config"), ...INTEGRATION_FILES])) && passed;
  }
  return finish(passed ? 0 : 1);
}

main()
  .then((code) => process.exit(code))
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await stopChildren();
    await embedded?.stop().catch(() => {});
    process.exit(1);
  });
