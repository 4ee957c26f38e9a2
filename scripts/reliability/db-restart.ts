// `npm run reliability:db-restart`: PostgreSQL goes down and comes back under a running portal.
//
//   npm run reliability:db-restart                        private embedded PostgreSQL, down for 5 s
//   npm run reliability:db-restart -- --outage 0          one restart command instead of stop, wait, start
//   npm run reliability:db-restart -- --postgres system   the machine's cluster (pg_ctlcluster, as root):
//                                                         every other user of it sees the outage too
//
// A scratch database with the demo seed, the build in .next-bench and the portal's server (scripts/serve.ts); the demo planner
// signs in over HTTP. Savers save plans in a loop (the plan editor's server action, one plan each),
// readers load pages, and /api/health is polled, while PostgreSQL is stopped and started again
// (scripts/reliability/lib/restartable-postgres.ts). Every save the app acknowledged is then looked up
// in the database (the plan.update audit event written in the save's transaction, with the save's
// marker and version). Checks: no acknowledged save is missing; during the outage every answer was
// "try again" (the action's message, or the error page of the outage digest) and the health check said
// 503, never a crash, a hang or a bare 500; the same app process serves again once PostgreSQL is back.
// Exits 1 when a check fails. Results: terminal and bench-results/db-restart-<date>.json.
import { config } from "dotenv";
import { parseArgs } from "node:util";
import { DEMO_PASSWORD, PLANNER_EMAIL } from "../../prisma/seed/users";
import { withClient } from "../lib/database";
import { prismaGenerate, prismaGenerateNeeded } from "../lib/prisma-generate";
import { bin, run } from "../lib/process";
import { redactUrl, scratchDatabase } from "../bench/lib/database-server";
import { signIn, type HttpSession } from "../bench/lib/http-session";
import { runBenchmark } from "../bench/lib/lifecycle";
import { describeMachine, machineLine, writeResults } from "../bench/lib/report";
import { BENCH_DIST_DIR, buildIfStale, startApp } from "../bench/lib/server";
import { percentile } from "../bench/lib/load";
import { OUTAGE_DIGEST, PlanEditorClient, type PlanValues, type SaveOutcome } from "./lib/plan-saves";
import { restartablePostgres, type PostgresKind } from "./lib/restartable-postgres";

const USAGE = `Usage: npm run reliability:db-restart [-- options]
  --postgres embedded|system  a private embedded cluster (default), or the machine's (pg_ctlcluster, as root)
  --outage <s>                seconds PostgreSQL stays down (default 5; 0: one restart command)
  --before <s>                seconds of traffic before the outage (default 5)
  --after <s>                 seconds of traffic after recovery (default 10)
  --recovery-timeout <s>      longest wait for the app to serve again (default 60)
  --savers <n> --readers <n>  concurrent save and page-read loops (default 3 and 2)`;

interface Options {
  postgres: PostgresKind;
  outage: number;
  before: number;
  after: number;
  recoveryTimeout: number;
  savers: number;
  readers: number;
}

type ReadOutcome = "ok" | "unavailable" | "redirect" | "server error" | "no answer";

interface Request<T> {
  t0: number;
  t1: number;
  outcome: T;
}

interface SaveRequest extends Request<SaveOutcome> {
  planId: string;
  marker: string;
}

interface Timeline {
  stopping: number;
  stopped: number;
  starting: number;
  started: number;
  recovered?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      postgres: { type: "string", default: "embedded" },
      outage: { type: "string", default: "5" },
      before: { type: "string", default: "5" },
      after: { type: "string", default: "10" },
      "recovery-timeout": { type: "string", default: "60" },
      savers: { type: "string", default: "3" },
      readers: { type: "string", default: "2" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (values.postgres !== "embedded" && values.postgres !== "system") throw new Error(`--postgres must be embedded or system\n${USAGE}`);
  const number = (name: string, text: string, min: number) => {
    const value = Number(text);
    if (!Number.isFinite(value) || value < min) throw new Error(`--${name} must be a number >= ${min}\n${USAGE}`);
    return value;
  };
  return {
    postgres: values.postgres,
    outage: number("outage", values.outage, 0),
    before: number("before", values.before, 1),
    after: number("after", values.after, 1),
    recoveryTimeout: number("recovery-timeout", values["recovery-timeout"], 1),
    savers: Math.floor(number("savers", values.savers, 1)),
    readers: Math.floor(number("readers", values.readers, 1)),
  };
}

async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  console.log(`\n> ${label}`);
  const started = Date.now();
  const result = await fn();
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function readPage(session: HttpSession, path: string): Promise<ReadOutcome> {
  try {
    const response = await fetch(new URL(path, session.baseUrl), {
      headers: session.headers(),
      redirect: "manual",
      signal: AbortSignal.timeout(30_000),
    });
    session.jar.store(response);
    const body = await response.text();
    if (response.status === 200) return "ok";
    if (response.status >= 300 && response.status < 400) return "redirect";
    // The page's RSC payload carries the outage digest; the browser's error boundary shows "try again".
    return response.status >= 500 && OUTAGE_DIGEST.test(body) ? "unavailable" : "server error";
  } catch {
    return "no answer";
  }
}

async function health(baseUrl: string, session?: HttpSession): Promise<{ status: number; database?: string }> {
  try {
    const response = await fetch(new URL("/api/health", baseUrl), {
      headers: session?.headers() ?? {},
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => ({}))) as { database?: string };
    return { status: response.status, database: body.database };
  } catch {
    return { status: 0 };
  }
}

/** Plans open for editing whose editor loads and whose unchanged save is accepted, up to `count`. */
async function choosePlans(url: string, client: PlanEditorClient, session: HttpSession, count: number): Promise<Map<string, PlanValues>> {
  const candidates = await withClient(url, async (c) =>
    (await c.query<{ id: string }>(`SELECT id FROM "ProgramPlan" WHERE status IN ('DRAFT', 'SHARED') ORDER BY id`)).rows.map((r) => r.id),
  );
  const chosen = new Map<string, PlanValues>();
  for (const id of candidates) {
    if (chosen.size === count) break;
    const values = await client.load(session, id).catch(() => undefined);
    if (!values) continue;
    const outcome = await client.save(session, id, values);
    if (outcome.kind === "saved") chosen.set(id, { ...values, version: outcome.version });
  }
  if (chosen.size === 0) throw new Error("no plan of the demo seed can be saved unchanged");
  return chosen;
}

const overlaps = (r: { t0: number; t1: number }, from: number, to: number) => r.t1 >= from && r.t0 <= to;
const seconds = (ms: number) => (ms / 1000).toFixed(1);

runBenchmark(async (cleanup) => {
  config({ quiet: true });
  const options = parseOptions(process.argv.slice(2));
  const date = new Date();
  const runId = date.toISOString();
  console.log(`Database restart under load: ${options.postgres} PostgreSQL, outage ${options.outage} s, ${runId}`);

  const postgres = await step("PostgreSQL", () => restartablePostgres(options.postgres));
  cleanup.add("leave PostgreSQL as it was", () => postgres.dispose());
  console.log(`  ${postgres.description}`);
  const scratch = scratchDatabase({ adminUrl: postgres.adminUrl, origin: "embedded", stop: async () => {} }, "db_restart");
  cleanup.add(`drop the scratch database ${scratch.name}`, () => scratch.drop());
  cleanup.add("start PostgreSQL if a failure left it down", () => postgres.start());
  console.log(`database: ${redactUrl(scratch.url)}`);
  await step("create and migrate the scratch database", () => scratch.create());
  if (prismaGenerateNeeded()) {
    await step("prisma generate", async () => {
      if ((await prismaGenerate()) !== 0) throw new Error("prisma generate failed");
    });
  }
  await step("demo seed", async () => {
    const code = await run(bin("tsx"), ["prisma/seed.ts"], { ...process.env, DATABASE_URL: scratch.url });
    if (code !== 0) throw new Error(`the demo seed failed (exit code ${code})`);
  });
  await buildIfStale({ databaseUrl: scratch.url });
  const app = await step("the portal's server", () => startApp({ databaseUrl: scratch.url }));
  cleanup.add("stop the portal's server", () => app.stop());
  console.log(`  ${app.baseUrl} (pid ${app.pid})`);
  let appExit: number | undefined;
  void app.exited.then((code) => (appExit = code));

  const anonymousHealth = await health(app.baseUrl);
  const client = await PlanEditorClient.forBuild(BENCH_DIST_DIR);
  const sessions = await step(`sign in as ${PLANNER_EMAIL} (${options.savers + options.readers} sessions)`, async () => {
    const list: HttpSession[] = [];
    for (let i = 0; i < options.savers + options.readers; i++) list.push(await signIn(app.baseUrl, PLANNER_EMAIL, DEMO_PASSWORD));
    return list;
  });
  const plans = await step("choose plans open for editing", () =>
    choosePlans(scratch.url, client, sessions[0] as HttpSession, options.savers),
  );
  const auditFrom = await withClient(
    scratch.url,
    async (c) => (await c.query<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM "AuditEvent"`)).rows[0]?.id ?? "0",
  );
  console.log(`  ${[...plans.keys()].join(", ")}`);

  const saves: SaveRequest[] = [];
  const reads: Request<ReadOutcome>[] = [];
  const checks: Request<{ status: number; database?: string }>[] = [];
  const acknowledged: { planId: string; version: number; marker: string }[] = [];
  let running = true;

  const saver = async (worker: number, session: HttpSession, planId: string, initial: PlanValues) => {
    const summary = initial.summary.replace(/ \[restart check [^\]]*\]$/, "");
    let version = initial.version;
    for (let n = 1; running; n++) {
      const marker = `[restart check ${runId} ${worker}-${n}]`;
      const t0 = Date.now();
      const outcome = await client.save(session, planId, { ...initial, version, summary: `${summary} ${marker}` });
      saves.push({ t0, t1: Date.now(), outcome, planId, marker });
      if (outcome.kind === "saved") acknowledged.push({ planId, version: (version = outcome.version), marker });
      else if (outcome.kind === "conflict") version = outcome.version; // an unanswered save went through after all
      await sleep(outcome.kind === "saved" ? 50 : 250);
    }
  };
  const reader = async (session: HttpSession, planIds: string[]) => {
    for (let n = 0; running; n++) {
      const path = n % 2 === 0 ? "/plans" : `/plans/${planIds[n % planIds.length]}`;
      const t0 = Date.now();
      reads.push({ t0, outcome: await readPage(session, path), t1: Date.now() });
      await sleep(100);
    }
  };
  const poller = async (session: HttpSession) => {
    while (running) {
      const t0 = Date.now();
      checks.push({ t0, outcome: await health(app.baseUrl, session), t1: Date.now() });
      await sleep(250);
    }
  };

  const planList = [...plans.entries()];
  const workers = [
    ...planList.map(([planId, values], i) => saver(i + 1, sessions[i] as HttpSession, planId, values)),
    ...Array.from({ length: options.readers }, (_, i) => reader(sessions[planList.length + i] as HttpSession, [...plans.keys()])),
    poller(sessions[sessions.length - 1] as HttpSession),
  ];

  console.log(`\n> traffic: ${planList.length} savers, ${options.readers} readers, health every 250 ms`);
  await sleep(options.before * 1000);
  const timeline: Timeline = { stopping: Date.now(), stopped: 0, starting: 0, started: 0 };
  if (options.outage === 0) {
    console.log("  restarting PostgreSQL");
    await postgres.restart();
    timeline.stopped = timeline.starting = timeline.stopping;
  } else {
    console.log("  stopping PostgreSQL");
    await postgres.stop();
    timeline.stopped = Date.now();
    await sleep(options.outage * 1000);
    timeline.starting = Date.now();
    console.log("  starting PostgreSQL");
    await postgres.start();
  }
  timeline.started = Date.now();
  console.log(`  PostgreSQL is back after ${seconds(timeline.started - timeline.stopping)} s; waiting for the app to serve again`);

  // Recovered: a save, a page and the health check all succeed, each sent after PostgreSQL was back.
  const deadline = timeline.started + options.recoveryTimeout * 1000;
  const firstSuccess = <T>(list: Request<T>[], ok: (outcome: T) => boolean) =>
    list.find((r) => r.t0 >= timeline.started && ok(r.outcome))?.t1;
  while (Date.now() < deadline && appExit === undefined) {
    const times = [
      firstSuccess(saves, (o) => o.kind === "saved"),
      firstSuccess(reads, (o) => o === "ok"),
      firstSuccess(checks, (o) => o.status === 200),
    ];
    if (times.every((t) => t !== undefined)) {
      timeline.recovered = Math.max(...(times as number[]));
      break;
    }
    await sleep(100);
  }
  if (timeline.recovered !== undefined) await sleep(options.after * 1000);
  running = false;
  await Promise.all(workers);

  // Every acknowledged save: its audit event (same transaction) with its marker and version.
  const audited = await withClient(
    scratch.url,
    async (c) =>
      (
        await c.query<{ entityId: string; version: number; summary: string }>(
          `SELECT "entityId", (after->>'version')::int AS version, after->>'summary' AS summary
         FROM "AuditEvent" WHERE action = 'plan.update' AND id > $1`,
          [auditFrom],
        )
      ).rows,
  );
  const stored = await withClient(
    scratch.url,
    async (c) =>
      (
        await c.query<{ id: string; version: number; summary: string }>(
          `SELECT id, version, summary FROM "ProgramPlan" WHERE id = ANY($1)`,
          [[...plans.keys()]],
        )
      ).rows,
  );
  const auditKey = (planId: string, version: number, marker: string) => `${planId} ${version} ${marker}`;
  const markerOf = (summary: string) => / (\[restart check [^\]]*\])$/.exec(summary)?.[1] ?? "";
  const inAudit = new Set(audited.map((a) => auditKey(a.entityId, a.version, markerOf(a.summary))));
  const missing = acknowledged.filter((a) => !inAudit.has(auditKey(a.planId, a.version, a.marker)));
  const acknowledgedKeys = new Set(acknowledged.map((a) => auditKey(a.planId, a.version, a.marker)));
  const unacknowledgedButSaved = audited.filter((a) => !acknowledgedKeys.has(auditKey(a.entityId, a.version, markerOf(a.summary)))).length;
  const staleRecords = stored.filter((plan) => {
    const last = acknowledged.filter((a) => a.planId === plan.id).at(-1);
    return last && (plan.version < last.version || (plan.version === last.version && markerOf(plan.summary) !== last.marker));
  });

  const outageEnd = timeline.recovered ?? Date.now();
  const during = <T>(list: Request<T>[]) => list.filter((r) => overlaps(r, timeline.stopping, outageEnd));
  const outside = <T>(list: Request<T>[]) => list.filter((r) => !overlaps(r, timeline.stopping, outageEnd));
  const count = <T>(list: Request<T>[], label: (outcome: T) => string) => {
    const counts: Record<string, number> = {};
    for (const r of list) counts[label(r.outcome)] = (counts[label(r.outcome)] ?? 0) + 1;
    return counts;
  };
  const saveLabel = (o: SaveOutcome) => (o.kind === "unavailable" ? `unavailable (${o.via})` : o.kind);
  const failedSave = (o: SaveOutcome) => o.kind !== "saved" && o.kind !== "conflict";
  const duringSaves = count(during(saves), saveLabel);
  const duringReads = count(during(reads), (o) => o);
  const duringHealth = count(during(checks), (o) => `${o.status}${o.database ? ` ${o.database}` : ""}`);
  const failures = [...saves.filter((s) => failedSave(s.outcome)), ...reads.filter((r) => r.outcome !== "ok")];
  const firstFailure = Math.min(...failures.map((f) => f.t0));
  const lastFailure = Math.max(...failures.map((f) => f.t1));

  const problems: string[] = [];
  if (missing.length > 0)
    problems.push(
      `${missing.length} acknowledged saves are not in the database: ${missing
        .slice(0, 3)
        .map((m) => m.marker)
        .join(", ")}`,
    );
  if (staleRecords.length > 0) problems.push(`plans older than their last acknowledged save: ${staleRecords.map((p) => p.id).join(", ")}`);
  if (appExit !== undefined) problems.push(`the portal's server exited (code ${appExit}) during the run`);
  if (timeline.recovered === undefined)
    problems.push(`the app did not serve again within ${options.recoveryTimeout} s of PostgreSQL's return`);
  const badDuring = [
    ...during(saves)
      .filter((s) => ["server error", "no answer"].includes(s.outcome.kind))
      .map((s) => `save: ${JSON.stringify(s.outcome)}`),
    ...during(reads)
      .filter((r) => ["server error", "no answer", "redirect"].includes(r.outcome))
      .map((r) => `page: ${r.outcome}`),
  ];
  if (badDuring.length > 0) problems.push(`answers during the outage other than "try again": ${badDuring.slice(0, 5).join("; ")}`);
  const tryAgain =
    (duringSaves["unavailable (message)"] ?? 0) + (duringSaves["unavailable (error page)"] ?? 0) + (duringReads.unavailable ?? 0);
  if (tryAgain === 0) problems.push("no request met the outage: nothing was tested (make --outage longer?)");
  if (!during(checks).some((c) => c.outcome.status === 503 && c.outcome.database === "unavailable"))
    problems.push("GET /api/health never answered 503 during the outage");
  const failedOutside = [...outside(saves).filter((s) => failedSave(s.outcome)), ...outside(reads).filter((r) => r.outcome !== "ok")];
  if (failedOutside.length > 0) problems.push(`${failedOutside.length} requests failed outside the outage`);
  const generic = during(saves).filter((s) => s.outcome.kind === "refused");

  const saveMs = saves.filter((s) => s.outcome.kind === "saved").map((s) => s.t1 - s.t0);
  const figures = {
    requests: { saves: saves.length, pageReads: reads.length, healthChecks: checks.length },
    acknowledgedSaves: acknowledged.length,
    acknowledgedMissing: missing.length,
    failedSavesDuringOutage: Object.entries(duringSaves)
      .filter(([k]) => k !== "saved" && k !== "conflict")
      .reduce((a, [, n]) => a + n, 0),
    savesDuringOutage: duringSaves,
    pageReadsDuringOutage: duringReads,
    healthDuringOutage: duringHealth,
    unacknowledgedButCommitted: unacknowledgedButSaved,
    databaseDownSeconds: Number(seconds(timeline.started - timeline.stopping)),
    appFailingSeconds: failures.length ? Number(seconds(lastFailure - firstFailure)) : 0,
    recoverySeconds: timeline.recovered === undefined ? null : Number(seconds(timeline.recovered - timeline.started)),
    saveLatencyMs: { p50: Math.round(percentile(saveMs, 50)), p95: Math.round(percentile(saveMs, 95)) },
    appPid: app.pid,
    appRestarted: appExit !== undefined,
    healthWithoutSession: anonymousHealth.status,
  };

  const machine = await describeMachine(scratch.url);
  console.log(`\nDatabase restart under load (${postgres.description}; ${runId})`);
  console.log(`requests:            ${saves.length} saves, ${reads.length} page reads, ${checks.length} health checks`);
  console.log(
    `acknowledged saves:  ${acknowledged.length}, of which missing from the database: ${missing.length}` +
      ` (plus ${unacknowledgedButSaved} saves committed whose answer was a failure)`,
  );
  console.log(
    `during the outage:   saves ${JSON.stringify(duringSaves)}; pages ${JSON.stringify(duringReads)}; health ${JSON.stringify(duringHealth)}`,
  );
  if (generic.length > 0)
    console.log(
      `                     ${generic.length} saves got the generic failure message: ${[...new Set(generic.map((g) => (g.outcome as { message: string }).message))].join(" | ")}`,
    );
  const how =
    options.outage === 0
      ? "one restart command"
      : `stop ${seconds(timeline.stopped - timeline.stopping)} s, down ${options.outage} s, start ${seconds(timeline.started - timeline.starting)} s`;
  console.log(
    `outage:              ${figures.databaseDownSeconds} s from the stop command to the end of the start command (${how}); ` +
      `the app answered "try again" for ${figures.appFailingSeconds} s`,
  );
  console.log(
    `recovery:            ${figures.recoverySeconds === null ? "NONE" : `${figures.recoverySeconds} s`} from PostgreSQL's return to a successful save, page and health check; ` +
      `same app process (pid ${app.pid}): ${appExit === undefined ? "yes" : "NO"}`,
  );
  console.log(`saves:               p50 ${figures.saveLatencyMs.p50} ms, p95 ${figures.saveLatencyMs.p95} ms when acknowledged`);
  console.log(
    `GET /api/health without a session: HTTP ${anonymousHealth.status}${anonymousHealth.status === 401 ? " (proxy.ts does not let it through yet)" : ""}`,
  );
  console.log(`machine: ${machineLine(machine)}`);
  const file = await writeResults("db-restart", date, {
    script: "reliability:db-restart",
    date: runId,
    options,
    postgres: postgres.description,
    machine,
    figures,
    problems,
  });
  console.log(`results: ${file}`);
  if (problems.length > 0) throw new Error(`FAILED:\n  ${problems.join("\n  ")}`);
  console.log("all checks passed");
});
