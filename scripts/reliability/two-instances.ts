// `npm run reliability:two-instances`: two the portal's server (scripts/serve.ts) instances of one build on one database, and
// many editors saving the same plan at once through real HTTP, half on each instance.
//
//   npm run reliability:two-instances                          50 editors, 3 rounds
//   npm run reliability:two-instances -- --editors 20 --rounds 1
//
// Each round, every editor loads the plan's edit page (so all hold the same version), then all save at
// once with the plan editor's server action. Optimistic locking must let exactly one save per version
// through, on whichever instance, and answer every other with the conflict (and its current version).
// At the end the plan as stored, and as the editor loads it, must equal the after-image of the last
// audit event, and the audit trail must hold one plan.update per winning save.
//
// The database server: BENCH_DATABASE_URL, else TEST_DATABASE_URL / DATABASE_URL, else an embedded one.
// A scratch database gets the demo seed and one planner account per editor; the build is .next-bench.
// Both instances share AUTH_SECRET (a session signed by one is valid on the other) and the build (same
// server action ids and encryption key). Exits 1 when a check fails. Results: bench-results/.
import { config } from "dotenv";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { withClient } from "../lib/database";
import { prismaGenerate, prismaGenerateNeeded } from "../lib/prisma-generate";
import { bin, run } from "../lib/process";
import { createBenchUser, type BenchUser } from "../bench/lib/bench-user";
import { chooseDatabaseServer, redactUrl, scratchDatabase } from "../bench/lib/database-server";
import { signIn, type HttpSession } from "../bench/lib/http-session";
import { runBenchmark } from "../bench/lib/lifecycle";
import { describeMachine, formatTable, machineLine, writeResults } from "../bench/lib/report";
import { BENCH_DIST_DIR, buildIfStale, startApp, type AppServer } from "../bench/lib/server";
import { percentile } from "../bench/lib/load";
import { PlanEditorClient, type PlanValues, type SaveOutcome } from "./lib/plan-saves";

const USAGE = `Usage: npm run reliability:two-instances [-- --editors <n>] [-- --rounds <n>]
  --editors  concurrent editors, split over the two instances (default 50)
  --rounds   rounds of load-then-save-at-once (default 3)`;

interface Editor {
  index: number;
  user: BenchUser;
  instance: number;
  session: HttpSession;
}

interface Attempt {
  round: number;
  editor: number;
  instance: number;
  baseVersion: number;
  title: string;
  outcome: SaveOutcome;
  ms: number;
}

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive whole number\n${USAGE}`);
  return value;
}

function parseOptions(argv: string[]): { editors: number; rounds: number } {
  const { values } = parseArgs({
    args: argv,
    options: { editors: { type: "string" }, rounds: { type: "string" }, help: { type: "boolean" } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const editors = positive("editors", values.editors, 50);
  if (editors < 2) throw new Error("--editors must be at least 2 (one per instance)");
  return { editors, rounds: positive("rounds", values.rounds, 3) };
}

/** JSON with object keys sorted: jsonb does not keep key order, so compare values this way. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

async function step<T>(label: string, fn: () => Promise<T>): Promise<T> {
  console.log(`\n> ${label}`);
  const started = Date.now();
  const result = await fn();
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** The first plan open for editing whose editor loads and whose unchanged save is accepted. */
async function choosePlan(url: string, client: PlanEditorClient, session: HttpSession): Promise<string> {
  const candidates = await withClient(url, async (c) =>
    (await c.query<{ id: string }>(`SELECT id FROM "ProgramPlan" WHERE status IN ('DRAFT', 'SHARED') ORDER BY id`)).rows.map((r) => r.id),
  );
  for (const id of candidates) {
    const values = await client.load(session, id).catch(() => undefined);
    if (!values) continue;
    const outcome = await client.save(session, id, values);
    if (outcome.kind === "saved") return id;
    console.log(`  ${id}: not used (${outcome.kind}${"message" in outcome ? `: ${outcome.message}` : ""})`);
  }
  throw new Error("no plan of the demo seed can be saved unchanged");
}

async function round(number: number, client: PlanEditorClient, editors: Editor[], planId: string): Promise<Attempt[]> {
  // Everyone loads first, so that all saves start from the version the page showed them.
  const loaded = await Promise.all(editors.map((editor) => client.load(editor.session, planId)));
  return Promise.all(
    editors.map(async (editor, i): Promise<Attempt> => {
      const base = loaded[i] as PlanValues;
      const title = `Two-instance check, round ${number}, editor ${editor.index}`;
      const values: PlanValues = {
        ...base,
        title,
        summary: `${base.summary.replace(/ \[saved by editor \d+\]$/, "")} [saved by editor ${editor.index}]`,
      };
      const started = performance.now();
      const outcome = await client.save(editor.session, planId, values);
      return {
        round: number,
        editor: editor.index,
        instance: editor.instance,
        baseVersion: base.version,
        title,
        outcome,
        ms: performance.now() - started,
      };
    }),
  );
}

/** Exactly one save per version wins; every other one is told of the conflict and of the winner's version. */
function checkRounds(attempts: Attempt[]): string[] {
  const failures: string[] = [];
  const byVersion = new Map<number, Attempt[]>();
  for (const attempt of attempts) byVersion.set(attempt.baseVersion, [...(byVersion.get(attempt.baseVersion) ?? []), attempt]);
  for (const [version, group] of byVersion) {
    const winners = group.filter((a) => a.outcome.kind === "saved");
    if (winners.length !== 1) failures.push(`version ${version}: ${winners.length} saves won (expected exactly 1)`);
    for (const attempt of group) {
      const { outcome } = attempt;
      if (outcome.kind === "saved") {
        if (outcome.version !== version + 1)
          failures.push(`version ${version}: the winner got version ${outcome.version}, not ${version + 1}`);
      } else if (outcome.kind === "conflict") {
        if (outcome.version <= version)
          failures.push(`version ${version}: editor ${attempt.editor}'s conflict names version ${outcome.version}`);
      } else {
        failures.push(
          `version ${version}: editor ${attempt.editor} on instance ${attempt.instance + 1} got "${outcome.kind}": ${JSON.stringify(outcome)}`,
        );
      }
    }
  }
  return failures;
}

interface AuditRow {
  id: string;
  actorId: string | null;
  after: Record<string, unknown>;
}

/** The stored plan and what its editor loads, against the last audit after-image and the winners. */
async function checkFinalRecord(
  url: string,
  planId: string,
  auditFrom: bigint,
  winners: Attempt[],
  editors: Editor[],
  editorValues: PlanValues,
): Promise<{ failures: string[]; auditEvents: number; finalVersion: number }> {
  const failures: string[] = [];
  const { events, row } = await withClient(url, async (c) => ({
    events: (
      await c.query<AuditRow>(
        `SELECT id::text, "actorId", after FROM "AuditEvent"
         WHERE entity = 'ProgramPlan' AND "entityId" = $1 AND action = 'plan.update' AND id > $2 ORDER BY id`,
        [planId, auditFrom.toString()],
      )
    ).rows,
    row: (
      await c.query<Record<string, unknown>>(
        `SELECT title, status::text AS status, version, summary, sustainment, "firstFiscalYear", "lastFiscalYear", "updatedById"
         FROM "ProgramPlan" WHERE id = $1`,
        [planId],
      )
    ).rows[0],
  }));
  if (events.length !== winners.length) failures.push(`${events.length} plan.update audit events for ${winners.length} winning saves`);
  const last = events.at(-1);
  if (!last || !row || winners.length === 0) {
    return { failures: [...failures, "no winning save, audit event or plan to compare"], auditEvents: events.length, finalVersion: -1 };
  }

  for (const key of ["title", "status", "version", "summary", "sustainment", "firstFiscalYear", "lastFiscalYear"]) {
    if (canonical(row[key]) !== canonical(last.after[key])) {
      failures.push(`stored ${key} ${canonical(row[key])} differs from the last after-image's ${canonical(last.after[key])}`);
    }
  }
  for (const key of Object.keys(editorValues)) {
    if (canonical(editorValues[key]) !== canonical(last.after[key])) failures.push(`the editor loads ${key} unlike the last after-image`);
  }
  const lastWinner = winners.reduce((a, b) =>
    a.outcome.kind === "saved" && b.outcome.kind === "saved" && b.outcome.version > a.outcome.version ? b : a,
  );
  const winnerUser = editors.find((e) => e.index === lastWinner.editor)?.user.id;
  if (row.title !== lastWinner.title) failures.push(`stored title "${String(row.title)}" is not the last winner's "${lastWinner.title}"`);
  if (row.updatedById !== winnerUser || last.actorId !== winnerUser) failures.push("the last writer is not the last winning editor");
  const versions = events.map((e) => Number(e.after.version));
  if (versions.some((v, i) => i > 0 && v !== (versions[i - 1] ?? 0) + 1))
    failures.push(`audit versions are not consecutive: ${versions.join(", ")}`);
  return { failures, auditEvents: events.length, finalVersion: Number(row.version) };
}

runBenchmark(async (cleanup) => {
  config({ quiet: true });
  const { editors: editorCount, rounds } = parseOptions(process.argv.slice(2));
  const date = new Date();
  console.log(`Two instances, one database: ${editorCount} editors, ${rounds} rounds, ${date.toISOString()}`);

  const server = await chooseDatabaseServer();
  cleanup.add("stop the embedded PostgreSQL", () => server.stop());
  const scratch = scratchDatabase(server, "two_instances");
  cleanup.add(`drop the scratch database ${scratch.name}`, () => scratch.drop());
  console.log(`database: ${redactUrl(scratch.url)} (server from ${server.origin})`);
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
  const users = await step(`${editorCount} planner accounts`, async () => {
    const created: BenchUser[] = [];
    for (let i = 1; i <= editorCount; i++) created.push(await createBenchUser(scratch.url, "PLANNER", `editor-${i}`));
    return created;
  });

  await buildIfStale({ databaseUrl: scratch.url });
  const authSecret = randomBytes(32).toString("base64url"); // the same on both: a session works on either
  const apps: AppServer[] = [];
  for (const name of ["instance 1", "instance 2"]) {
    const app = await step(`the portal's server (${name})`, () => startApp({ databaseUrl: scratch.url, authSecret }));
    cleanup.add(`stop the portal's server (${name})`, () => app.stop());
    console.log(`  ${app.baseUrl} (pid ${app.pid})`);
    apps.push(app);
  }
  const client = await PlanEditorClient.forBuild(BENCH_DIST_DIR);

  // One after the other: sign-in throttling counts a pending check from an address as a failure.
  const editors = await step(`sign in ${editorCount} editors, alternately on each instance`, async () => {
    const signedIn: Editor[] = [];
    for (const [i, user] of users.entries()) {
      const instance = i % apps.length;
      signedIn.push({
        index: i + 1,
        user,
        instance,
        session: await signIn((apps[instance] as AppServer).baseUrl, user.email, user.password),
      });
    }
    return signedIn;
  });
  // A session signed in on one instance is also valid on the other (shared AUTH_SECRET and database).
  const crossCheck = await fetch(new URL("/api/notifications/unread", (apps[1] as AppServer).baseUrl), {
    headers: (editors[0] as Editor).session.headers(),
  });
  await crossCheck.body?.cancel();
  const crossFailures = crossCheck.status === 200 ? [] : [`a session from instance 1 is refused by instance 2 (HTTP ${crossCheck.status})`];

  const planId = await step("choose a plan open for editing", () => choosePlan(scratch.url, client, (editors[0] as Editor).session));
  const auditFrom = await withClient(scratch.url, async (c) =>
    BigInt((await c.query<{ id: string }>(`SELECT coalesce(max(id), 0)::text AS id FROM "AuditEvent"`)).rows[0]?.id ?? "0"),
  );
  console.log(`  plan ${planId}`);

  const attempts: Attempt[] = [];
  const rows: string[][] = [];
  for (let r = 1; r <= rounds; r++) {
    const started = Date.now();
    const results = await round(r, client, editors, planId);
    attempts.push(...results);
    const won = results.filter((a) => a.outcome.kind === "saved");
    const conflicts = results.filter((a) => a.outcome.kind === "conflict").length;
    const ms = results.map((a) => a.ms);
    rows.push([
      String(r),
      [...new Set(results.map((a) => a.baseVersion))].join("/"),
      String(results.length),
      won.map((a) => `editor ${a.editor} (instance ${a.instance + 1})`).join(", ") || "none",
      String(conflicts),
      String(results.length - won.length - conflicts),
      percentile(ms, 50).toFixed(0),
      percentile(ms, 95).toFixed(0),
      Math.max(...ms).toFixed(0),
      ((Date.now() - started) / 1000).toFixed(1),
    ]);
  }

  const finalValues = await client.load((editors[1] as Editor).session, planId);
  const winners = attempts.filter((a) => a.outcome.kind === "saved");
  const final = await checkFinalRecord(scratch.url, planId, auditFrom, winners, editors, finalValues);
  const failures = [...crossFailures, ...checkRounds(attempts), ...final.failures];

  const perInstance = apps.map((_, i) => {
    const mine = attempts.filter((a) => a.instance === i);
    return (
      `instance ${i + 1}: ${mine.length} saves, ${mine.filter((a) => a.outcome.kind === "saved").length} won, ` +
      `${mine.filter((a) => a.outcome.kind === "conflict").length} conflicts`
    );
  });
  const machine = await describeMachine(scratch.url);
  console.log(`\nTwo instances, one database: plan ${planId}, ${editorCount} editors, ${rounds} rounds (${date.toISOString()})`);
  console.log(formatTable(["round", "base version", "saves", "won", "conflicts", "other", "p50 ms", "p95 ms", "max ms", "seconds"], rows));
  console.log(perInstance.join("; "));
  console.log(
    `total: ${attempts.length} saves, ${winners.length} won, ${attempts.filter((a) => a.outcome.kind === "conflict").length} conflicts, ` +
      `${attempts.filter((a) => !["saved", "conflict"].includes(a.outcome.kind)).length} other; ` +
      `audit: ${final.auditEvents} plan.update events; final version ${final.finalVersion}`,
  );
  console.log(`final record equals the last audit after-image: ${final.failures.length === 0 ? "yes" : "NO"}`);
  console.log(`machine: ${machineLine(machine)}`);
  const file = await writeResults("two-instances", date, {
    script: "reliability:two-instances",
    date: date.toISOString(),
    machine,
    database: { origin: server.origin },
    editors: editorCount,
    rounds,
    planId,
    perInstance,
    attempts: attempts.map((a) => ({ ...a, ms: Math.round(a.ms) })),
    auditEvents: final.auditEvents,
    finalVersion: final.finalVersion,
    failures,
  });
  console.log(`results: ${file}`);
  if (failures.length > 0) throw new Error(`FAILED:\n  ${failures.join("\n  ")}`);
  console.log("all checks passed");
});
