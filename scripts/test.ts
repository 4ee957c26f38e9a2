// `npm test`: every check, in order from fastest to slowest, stopping at the first failure.
//
//   npm test                     all stages
//   npm test -- static           typecheck + lint (also: deps, typecheck, lint, unit, integration, e2e)
//   npm test -- e2e --grep login one stage, with extra arguments for its tool
//
// Integration and e2e tests need a PostgreSQL server where they can create their own databases: the one of
// TEST_DATABASE_URL, else of DATABASE_URL, else an embedded one started here and stopped at the end. Tests
// get a maintenance-database URL on it as TEST_DATABASE_ADMIN_URL (see scripts/lib/test-database.ts).
import { config } from "dotenv";
import { existsSync } from "node:fs";
import { databaseUrl, withClient } from "./lib/database";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { freePort } from "./lib/free-port";
import { checkNodeRuntime } from "./lib/node-runtime";
import { prismaGenerate, prismaGenerateNeeded } from "./lib/prisma-generate";
import { bin, onTerminationSignal, run, signalExitCode, stopChildren } from "./lib/process";

interface Stage {
  name: string;
  group: string;
  command: string;
  args: string[];
  needsDatabase?: boolean;
  needsChromium?: boolean;
}

// Whichever extension the config was written with (.ts by default, .mts when it needs ESM).
const integrationConfig =
  ["ts", "mts", "mjs", "js"].map((ext) => `vitest.integration.config.${ext}`).find((file) => existsSync(file)) ??
  "vitest.integration.config.ts";

const STAGES: Stage[] = [
  // Known-vulnerable dependencies and framework versions below the security floors (asks the npm registry).
  { name: "deps", group: "deps", command: bin("tsx"), args: ["scripts/security/check-dependencies.ts"] },
  { name: "typecheck", group: "static", command: bin("tsc"), args: ["--noEmit"] },
  { name: "lint", group: "static", command: bin("eslint"), args: ["."] },
  // Formatting is Prettier's (.prettierrc.json); `npx prettier --write .` fixes what this finds.
  { name: "format", group: "static", command: bin("prettier"), args: ["--check", "--log-level", "warn", "."] },
  { name: "unit", group: "unit", command: bin("vitest"), args: ["run"] },
  {
    name: "integration",
    group: "integration",
    command: bin("vitest"),
    args: ["run", "--config", integrationConfig],
    needsDatabase: true,
  },
  { name: "e2e", group: "e2e", command: bin("playwright"), args: ["test"], needsDatabase: true, needsChromium: true },
];

const results: { name: string; passed: boolean; seconds: number }[] = [];
let stagesToRun: Stage[] = [];
let embedded: EmbeddedPostgres | undefined;
let finishing: Promise<never> | undefined;

function finish(exitCodeOverride?: number): Promise<never> {
  finishing ??= (async () => {
    await stopChildren();
    await embedded?.stop().catch((error: unknown) => console.error(`could not stop embedded PostgreSQL: ${String(error)}`));
    const failed = results.filter((r) => !r.passed).length;
    console.log("\n── summary ──");
    for (const r of results) console.log(`${r.passed ? "passed" : "FAILED"}  ${r.name.padEnd(16)} ${r.seconds.toFixed(1)} s`);
    const notRun = stagesToRun.filter((s) => !results.some((r) => r.name === s.name)).map((s) => s.name);
    if (notRun.length > 0) console.log(`not run: ${notRun.join(", ")}`);
    console.log(`${results.length - failed} passed, ${failed} failed`);
    process.exit(exitCodeOverride ?? (failed > 0 ? 1 : 0));
  })();
  return finishing;
}

async function timed(name: string, body: () => Promise<boolean>): Promise<boolean> {
  console.log(`\n── ${name} ──`);
  const started = Date.now();
  const passed = await body().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    return false;
  });
  results.push({ name, passed, seconds: (Date.now() - started) / 1000 });
  return passed;
}

// The test server's maintenance database: tests CREATE DATABASE from there. Falls back to the given
// database when the account may not connect to `postgres` (some hosted servers).
async function adminUrlFor(serverUrl: string): Promise<string> {
  const maintenance = databaseUrl(serverUrl, "postgres");
  try {
    await withClient(maintenance, async (client) => client.query("SELECT 1"));
    return maintenance;
  } catch {
    return serverUrl;
  }
}

async function testDatabaseServer(): Promise<string> {
  const given = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (given) return adminUrlFor(given);
  embedded = await startEmbeddedPostgres();
  return embedded.adminUrl;
}

function parseSelection(argv: string[]): { stages: Stage[]; extraArgs: string[] } {
  const known = new Set(STAGES.flatMap((s) => [s.name, s.group]));
  const selectors: string[] = [];
  while (argv[0] !== undefined && known.has(argv[0])) selectors.push(argv.shift() as string);
  const stages = selectors.length === 0 ? STAGES : STAGES.filter((s) => selectors.includes(s.name) || selectors.includes(s.group));
  if (argv.length > 0 && stages.length !== 1) {
    const valid = [...known].join(", ");
    throw new Error(`unknown stage "${argv[0]}" (valid: ${valid}); extra arguments are only passed on when one stage is chosen`);
  }
  return { stages, extraArgs: argv };
}

async function main(): Promise<void> {
  checkNodeRuntime();
  config({ quiet: true });
  onTerminationSignal((signal) => finish(signalExitCode(signal)));
  const { stages, extraArgs } = parseSelection(process.argv.slice(2));
  stagesToRun = stages;
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

  // The type checker, the linter and every test import the generated client.
  if (prismaGenerateNeeded() && !(await timed("prisma generate", async () => (await prismaGenerate()) === 0))) return;

  for (const stage of stages) {
    const passed = await timed(stage.name, async () => {
      if (stage.needsChromium) {
        const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
        if (!existsSync(chromium)) {
          console.error(`no Chromium at ${chromium}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
          return false;
        }
        env.CHROMIUM_PATH = chromium;
      }
      if (stage.needsDatabase && !env.TEST_DATABASE_ADMIN_URL) env.TEST_DATABASE_ADMIN_URL = await testDatabaseServer();
      // The browser tests' server on a port nobody uses now (E2E_PORT chooses one), so that a run goes
      // beside another app or another run.
      if (stage.needsChromium && !env.E2E_PORT) env.E2E_PORT = String(await freePort());
      return (await run(stage.command, [...stage.args, ...extraArgs], env)) === 0;
    });
    if (!passed) return;
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    // A failure outside any stage (bad arguments) still has to fail the run.
    results.push({ name: "setup", passed: false, seconds: 0 });
  })
  .then(() => finish());
