// `npm run bench:exports`: how fast the activities report downloads as CSV and XLSX at portal scale,
// and how much memory the server needs for it, against PostgreSQL's own COPY of the same rows.
//
//   npm run bench:exports                    100,000 synthetic activities
//   npm run bench:exports -- --scale 5000    a quick run
//
// The database server: BENCH_DATABASE_URL, else TEST_DATABASE_URL / DATABASE_URL, else an embedded one
// started here. On it a scratch database gets the reference seed and a synthetic dataset, then a
// production build (in .next-bench) serves it, and a planner downloads the full report through real
// HTTP. Each download runs twice; the better run counts. Results go to the terminal and to
// bench-results/exports-<date>.json. Everything set up is removed at the end, also on Ctrl-C.
import { config } from "dotenv";
import { parseArgs } from "node:util";
import { withClient } from "../lib/database";
import { prismaGenerate, prismaGenerateNeeded } from "../lib/prisma-generate";
import { bin, run } from "../lib/process";
import { createBenchUser } from "./lib/bench-user";
import { copyCsv } from "./lib/copy";
import { chooseDatabaseServer, redactUrl, scratchDatabase } from "./lib/database-server";
import { download } from "./lib/http-download";
import { signIn, type HttpSession } from "./lib/http-session";
import { runBenchmark } from "./lib/lifecycle";
import { baselineRss, MiB, RssSampler } from "./lib/memory";
import { describeMachine, formatNumber, formatTable, machineLine, writeResults } from "./lib/report";
import { buildIfStale, startApp, type AppServer } from "./lib/server";
import { generateSyntheticData } from "./lib/synthetic-data";

const USAGE = `Usage: npm run bench:exports [-- --scale <activities>]
  --scale   number of synthetic activities (default 100000)
Database server: BENCH_DATABASE_URL, else TEST_DATABASE_URL or DATABASE_URL, else an embedded PostgreSQL.`;

const DEFAULT_SCALE = 100_000;
const RUNS = 2;

// The rows of the CSV export as SQL: the detailsQuery of lib/data/reports/activities.ts with English
// names and without its batch filter (WHERE a.id = ANY(...)). Keep the two in step.
const ACTIVITY_ROWS_SQL = `
  SELECT a.id, a.title AS title, a.kind::text AS kind, a.status::text AS status, a."startDate", a."endDate",
         a."fiscalYear", a.location, a.illustrative, p."nameEn" AS program, h."nameEn" AS host,
         (SELECT string_agg(k."titleEn", '; ' ORDER BY k."sortOrder") FROM "_ActivityToKeyArea" x
            JOIN "KeyArea" k ON k.code = x."B" WHERE x."A" = a.id) AS "keyAreas",
         (SELECT string_agg(m."titleEn", '; ' ORDER BY m."sortOrder") FROM "_ActivityToMeans" x
            JOIN "Means" m ON m.code = x."B" WHERE x."A" = a.id) AS means,
         (SELECT string_agg(s."nameEn", '; ' ORDER BY s."nameEn") FROM "ActivityParticipant" ap
            JOIN "PartnerState" s ON s.code = ap."stateCode" WHERE ap."activityId" = a.id) AS participants
  FROM "Activity" a
  JOIN "Program" p ON p.id = a."programId"
  LEFT JOIN "PartnerState" h ON h.code = a."hostStateCode"
  ORDER BY a.id`;

type Format = "csv" | "xlsx" | "COPY";

interface Run {
  format: Format;
  run: number;
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  firstByteSeconds?: number;
  /** The `next start` process tree; not measured for COPY (that work is PostgreSQL's). */
  baselineRssMiB?: number;
  peakRssMiB?: number;
  rssSamples?: number;
}

function parseOptions(argv: string[]): { scale: number } {
  const { values } = parseArgs({ args: argv, options: { scale: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const scale = values.scale === undefined ? DEFAULT_SCALE : Number(values.scale.replace(/[_,]/g, ""));
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale must be a positive whole number\n${USAGE}`);
  return { scale };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  console.log(`\n> ${label}`);
  const started = Date.now();
  const result = await fn();
  console.log(`  ${label}: ${seconds(Date.now() - started)}`);
  return result;
}

async function exportRun(app: AppServer, session: HttpSession, format: "csv" | "xlsx", run: number): Promise<Run> {
  const url = `${app.baseUrl}/api/reports/activities?format=${format}`;
  const baseline = await baselineRss(app.pid);
  const sampler = new RssSampler(app.pid, 50);
  sampler.start();
  const result = await download(url, session.headers()).finally(() => sampler.stop());
  const memory = await sampler.stop();
  if (result.status !== 200) {
    throw new Error(`GET ${url}: HTTP ${result.status}: ${result.head.toString("utf8").slice(0, 300)}`);
  }
  const announced = Number(result.headers["x-row-count"]);
  let rows: number;
  if (format === "csv") {
    rows = result.crlfLines - 1; // the header line
    if (rows !== announced) console.warn(`  WARNING: the CSV holds ${rows} rows but X-Row-Count says ${announced}`);
  } else {
    if (result.head.subarray(0, 2).toString("latin1") !== "PK") throw new Error(`GET ${url}: the body is not an XLSX (zip) file`);
    rows = announced;
  }
  return {
    format,
    run,
    rows,
    bytes: result.bytes,
    seconds: result.seconds,
    rowsPerSecond: rows / result.seconds,
    firstByteSeconds: result.firstByteSeconds,
    baselineRssMiB: mib(baseline),
    peakRssMiB: mib(memory.peakBytes),
    rssSamples: memory.samples,
  };
}

async function copyRun(url: string, run: number): Promise<Run> {
  const result = await copyCsv(url, ACTIVITY_ROWS_SQL);
  return { format: "COPY", run, rows: result.rows, bytes: result.bytes, seconds: result.seconds, rowsPerSecond: result.rows / result.seconds };
}

function describeRun(r: Run): string {
  const memory = r.peakRssMiB === undefined ? "" : `, RSS ${r.baselineRssMiB} -> ${r.peakRssMiB} MiB (${r.rssSamples} samples)`;
  const firstByte = r.firstByteSeconds === undefined ? "" : `, first byte ${r.firstByteSeconds.toFixed(3)} s`;
  return `  ${r.format} run ${r.run}: ${formatNumber(r.rows)} rows, ${mib(r.bytes)} MiB in ${r.seconds.toFixed(3)} s ` +
    `(${formatNumber(r.rowsPerSecond)} rows/s${firstByte})${memory}`;
}

async function measure(format: Format, once: (run: number) => Promise<Run>): Promise<{ format: Format; best: Run; runs: Run[] }> {
  const runs: Run[] = [];
  for (let i = 1; i <= RUNS; i++) {
    if (i > 1 || format !== "COPY") await pause(1000); // let the previous request's garbage settle
    const result = await once(i);
    console.log(describeRun(result));
    runs.push(result);
  }
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { format, best, runs };
}

runBenchmark(async (cleanup) => {
  config({ quiet: true }); // a DATABASE_URL in .env counts, as for npm test
  const { scale } = parseOptions(process.argv.slice(2));
  const date = new Date();
  console.log(`Export benchmark: ${formatNumber(scale)} synthetic activities, ${date.toISOString()}`);

  const server = await chooseDatabaseServer();
  cleanup.add("stop the embedded PostgreSQL", () => server.stop());
  const scratch = scratchDatabase(server, "bench");
  cleanup.add(`drop the scratch database ${scratch.name}`, () => scratch.drop());
  console.log(`database: ${redactUrl(scratch.url)} (server from ${server.origin})`);
  await step("create and migrate the scratch database", () => scratch.create());

  if (prismaGenerateNeeded()) {
    await step("prisma generate", async () => {
      if ((await prismaGenerate()) !== 0) throw new Error("prisma generate failed");
    });
  }
  await step("reference seed", async () => {
    const code = await run(bin("tsx"), ["prisma/seed.ts", "--reference-only"], { ...process.env, DATABASE_URL: scratch.url });
    if (code !== 0) throw new Error(`the reference seed failed (exit code ${code})`);
  });

  console.log(`\n> synthetic data (${formatNumber(scale)} activities)`);
  const generated = await generateSyntheticData(scratch.url, { activities: scale });
  for (const s of generated.steps) console.log(`  ${s.label.padEnd(20)} ${String(s.ms).padStart(6)} ms`);
  console.log(`  rows: ${Object.entries(generated.rows).map(([table, n]) => `${table} ${formatNumber(n)}`).join(", ")}`);
  console.log(`  synthetic data generated in ${generated.seconds.toFixed(1)} s`);
  const activityRows = await withClient(scratch.url, async (client) =>
    Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM "Activity"')).rows[0]?.n ?? 0),
  );

  const user = await createBenchUser(scratch.url, "PLANNER");
  const buildStarted = Date.now();
  const built = await buildIfStale({ databaseUrl: scratch.url });
  const buildSeconds = (Date.now() - buildStarted) / 1000;
  console.log(built ? `  built in ${buildSeconds.toFixed(1)} s` : "\n> the build in .next-bench is up to date");

  const app = await step("next start", () => startApp({ databaseUrl: scratch.url }));
  cleanup.add("stop next start", () => app.stop());
  console.log(`  ${app.baseUrl} (pid ${app.pid})`);
  const session = await step(`sign in as ${user.email}`, () => signIn(app.baseUrl, user.email, user.password));

  console.log(`\n> measuring (${RUNS} runs each; ${formatNumber(activityRows)} activities in the database)`);
  const results = [
    await measure("csv", (i) => exportRun(app, session, "csv", i)),
    await measure("xlsx", (i) => exportRun(app, session, "xlsx", i)),
    await measure("COPY", (i) => copyRun(scratch.url, i)),
  ];
  for (const { best } of results) {
    if (best.rows !== activityRows) console.warn(`WARNING: ${best.format} gave ${best.rows} rows; the database holds ${activityRows} activities`);
  }

  const machine = await describeMachine(scratch.url);
  const copy = results.find((r) => r.format === "COPY")!.best;
  const table = formatTable(
    ["format", "rows", "seconds", "rows/s", "ratio to COPY", "MB", "baseline RSS MB", "peak RSS MB"],
    results.map(({ best }) => [
      best.format,
      formatNumber(best.rows),
      best.seconds.toFixed(2),
      formatNumber(best.rowsPerSecond),
      `${(best.seconds / copy.seconds).toFixed(1)}x`,
      mib(best.bytes).toFixed(1),
      best.baselineRssMiB?.toFixed(1) ?? "-",
      best.peakRssMiB?.toFixed(1) ?? "-",
    ]),
  );
  console.log(`\nActivities report, all ${formatNumber(activityRows)} activities, best of ${RUNS} runs (${date.toISOString()})`);
  console.log(table);
  console.log("seconds: request to last byte; ratio: seconds / COPY's seconds; MB = 2^20 bytes;");
  console.log("RSS: the next start process tree, just before the request (baseline) and at most during it (peak, sampled every 50 ms)");
  console.log(`machine: ${machineLine(machine)}`);

  const file = await writeResults("exports", date, {
    benchmark: "exports",
    date: date.toISOString(),
    machine,
    database: { origin: server.origin, postgres: machine.postgres },
    dataset: { syntheticActivities: scale, activitiesInDatabase: activityRows, generation: generated },
    build: { built, seconds: built ? buildSeconds : 0 },
    units: { seconds: "request to last byte", MiB: "2^20 bytes", ratioToCopy: "seconds / COPY seconds" },
    results: results.map(({ format, best, runs }) => ({ format, best: best.run, ratioToCopy: best.seconds / copy.seconds, runs })),
  });
  console.log(`results: ${file}`);
});
