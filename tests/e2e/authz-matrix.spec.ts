// The authorization matrix (tests/authz/registry.ts), cell by cell, over real HTTP: every page, route
// handler and server action, for an anonymous caller, an admin, a planner and the liaison officer of
// each of the 11 ASEAN states, on their own state's record and on another state's. Server actions are
// called by their ids from the build, without the UI. Every refused call (and every "allowed" probe,
// which is refused only after authorization: a stale version, an empty field) happens inside one
// window in which the database must not change at all: every table's rows are fingerprinted before
// and after. Allowed calls that write run after that window, signing out last.
//
// Runs alone, after every other spec (its own Playwright project, see playwright.config.ts): it signs in
// with every demo account, which other specs' throttle and "sign out everywhere" tests would disturb,
// and its database check must see no writes but its own. To run it by itself:
//   npm test -- e2e authz-matrix --no-deps      (without --no-deps, every other spec runs first)
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { extractText } from "unpdf";
import type { HttpSession } from "../../scripts/bench/lib/http-session";
import { parseCsv } from "../integration/csv";
import { anonymousSession, callAction, head, postCredentials, signInPatiently, type ActionAnswer } from "../authz/http";
import { loadFixtures, type Account, type Fixtures } from "../authz/records";
import {
  RECORD_KINDS,
  REGISTRY,
  entryKey,
  type ActionEntry,
  type ActorClass,
  type CallContext,
  type Entry,
  type Expect,
  type Outcome,
  type RecordRef,
  type Rule,
} from "../authz/registry";
import { dbQuery } from "./database";
import { DEMO_PASSWORD } from "./helpers";

const MESSAGES = JSON.parse(readFileSync("messages/en.json", "utf8")) as { actions: { notFound: string; invalidInput: string } };
const PLAN_STATUS_DRAFT = (JSON.parse(readFileSync("messages/en.json", "utf8")) as { enums: { planStatus: { DRAFT: string } } }).enums
  .planStatus.DRAFT;
/** A message of messages/en.json by its dotted key ("plans.beingRevised"). */
const message = (key: string): string =>
  key
    .split(".")
    .reduce<unknown>(
      (node, part) => (node as Record<string, unknown>)[part],
      JSON.parse(readFileSync("messages/en.json", "utf8")),
    ) as string;
// Rendering is the server's work: more in flight only queues on a small machine.
const PARALLEL = 6;

type Phase = "window" | "after" | "last";

interface Cell {
  entry: Entry;
  actor: Account | null;
  relation: "own" | "other" | "revising" | "any";
  record?: RecordRef;
  expected: Outcome | "cross-site";
  /** A variant of the call that the column names (the cross-site cells: "no origin", "forged host"). */
  variant?: string;
  phase: Phase;
  /** Runs the cell; answers what went wrong, or null. */
  check: () => Promise<string | null>;
}

/** At most `limit` at a time; keeps the order of results. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

const fill = (template: string, params: Record<string, string>) =>
  template.replace(/\[([^\]]+)\]/g, (whole, name: string) => (params[name] !== undefined ? encodeURIComponent(params[name]) : whole));

function outcomeOf(rule: Rule, relation: Cell["relation"]): Outcome {
  if (typeof rule === "string") return rule;
  if (relation === "any") throw new Error("an own/other rule needs an own or other record");
  // A plan back in draft is answered as another state's, unless the rule says otherwise.
  if (relation === "revising") return rule.revising ?? rule.other;
  return rule[relation];
}

// ------------------------------------------------------------------ the database, fingerprinted

/** Every table's row count and a hash of all its rows: any insert, update or delete changes it. */
async function fingerprint(): Promise<Map<string, { rows: number; hash: string }>> {
  const tables = await dbQuery<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_migrations' ORDER BY 1`,
  );
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS name, count(*)::int AS rows, md5(COALESCE(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
    )
    .join(" UNION ALL ");
  const rows = await dbQuery<{ name: string; rows: number; hash: string }>(sql);
  return new Map(rows.map((row) => [row.name, { rows: row.rows, hash: row.hash }]));
}

async function auditSummary(): Promise<string> {
  const [row] = await dbQuery<{ n: number; last: string | null }>(`SELECT count(*)::int AS n, max(at)::text AS last FROM "AuditEvent"`);
  return `${row?.n ?? 0} audit events, last at ${row?.last ?? "-"}`;
}

// ------------------------------------------------------------------ the build's action ids

interface BuiltAction {
  id: string;
  workers: string[];
}

function builtActions(): Map<string, BuiltAction> {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<string, { filename: string; exportedName: string; workers: Record<string, unknown> }>;
  };
  return new Map(
    Object.entries(manifest.node).map(([id, entry]) => [
      `${entry.filename}#${entry.exportedName}`,
      { id, workers: Object.keys(entry.workers) },
    ]),
  );
}

/** A page the action is bundled with (the router posts actions to the page that shows them), segments from the record. */
function postPath(built: BuiltAction, record: RecordRef | undefined): string {
  const routes = built.workers
    .filter((worker) => worker.endsWith("/page"))
    .map(
      (worker) =>
        `/${worker
          .split("/")
          .slice(1, -1)
          .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"))
          .join("/")}`,
    );
  const segments = (route: string) => [...route.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!);
  const best = routes.find((route) => segments(route).every((s) => record?.params[s] !== undefined)) ?? routes[0] ?? "/";
  return fill(best, record?.params ?? {}).replace(/\[[^\]]+\]/g, "x");
}

// ------------------------------------------------------------------ judging answers

function describeAnswer(answer: ActionAnswer): string {
  if (answer.redirect) return `redirect to ${answer.redirect}`;
  if (answer.hasResult) return `HTTP ${answer.status}, result ${JSON.stringify(answer.result).slice(0, 200)}`;
  return `HTTP ${answer.status}, no result: ${answer.excerpt.slice(0, 160)}`;
}

function meets(answer: ActionAnswer, expected: Expect): boolean {
  if ("redirect" in expected) return answer.redirect !== null && expected.redirect.test(answer.redirect);
  if ("void" in expected) return answer.status === 200 && !answer.redirect && !answer.hasResult;
  if (answer.status !== 200 || answer.redirect || !answer.hasResult) return false;
  const result = answer.result as { ok?: boolean; error?: string; conflict?: unknown; data?: { count?: number } };
  switch (expected.result) {
    case "notFound":
      return result.ok === false && result.error === MESSAGES.actions.notFound;
    case "invalidInput":
      return result.ok === false && result.error === MESSAGES.actions.invalidInput;
    case "conflict":
      return result.ok === false && typeof result.conflict === "object" && result.conflict !== null;
    case "ok":
      return result.ok === true && (expected.count === undefined || result.data?.count === expected.count);
  }
}

function judgePage(response: Response, expected: Outcome): string | null {
  const location = response.headers.get("location");
  const target = location ? new URL(location, "http://host").pathname : null;
  const redirected = response.status >= 300 && response.status < 400;
  const ok =
    expected === "allow"
      ? response.status === 200
      : expected === "404"
        ? response.status === 404
        : expected === "login"
          ? redirected && target === "/login"
          : redirected && target === "/";
  return ok ? null : `expected ${expected}, got HTTP ${response.status}${location ? ` -> ${location}` : ""}`;
}

function judgeRoute(response: Response, expected: Outcome): string | null {
  const location = response.headers.get("location") ?? "";
  const ok =
    expected === "allow"
      ? response.status >= 200 && response.status < 400 && !/\/login|error=/.test(location)
      : expected === "404"
        ? response.status === 404
        : response.status === 401;
  return ok ? null : `expected ${expected}, got HTTP ${response.status}${location ? ` -> ${location}` : ""}`;
}

/** The matrix as tested: one line per entry, the outcome and number of cells per caller class and relation. */
function matrixTable(cells: Cell[]): string {
  const lines = new Map<string, Map<string, { outcome: Cell["expected"]; n: number }>>();
  for (const cell of cells) {
    const key = entryKey(cell.entry);
    const column = `${cell.actor?.cls ?? "anonymous"}${cell.relation === "any" ? "" : `/${cell.relation}`}${cell.variant ? ` ${cell.variant}` : ""}`;
    const row = lines.get(key) ?? new Map();
    const seen = row.get(column) ?? { outcome: cell.expected, n: 0 };
    row.set(column, { outcome: seen.outcome, n: seen.n + 1 });
    lines.set(key, row);
  }
  return [...lines]
    .map(([key, row]) => `${key}\n    ${[...row].map(([column, { outcome, n }]) => `${column}: ${outcome} x${n}`).join(", ")}`)
    .join("\n");
}

// ------------------------------------------------------------------ the test

test("every page, route handler and server action answers each caller as the matrix says", async ({ baseURL }) => {
  test.setTimeout(15 * 60_000);
  const started = Date.now();
  const base = baseURL!;

  // Sign in once per account, a few at a time (password hashing is slow on purpose).
  const emails = [
    "admin@example.org",
    "planner@example.org",
    ...["bn", "kh", "id", "la", "my", "mm", "ph", "sg", "th", "vn", "tl"].map((s) => `liaison.${s}@example.org`),
  ];
  const sessionList = await pool(emails, 4, (email) => signInPatiently(base, email, DEMO_PASSWORD));
  const sessions = new Map(emails.map((email, i) => [email, sessionList[i]!]));
  const fixtures: Fixtures = await loadFixtures((sql, params) => dbQuery(sql, params), sessions.get("planner@example.org")!);
  const actions = builtActions();
  const stateNames = new Map(
    (await dbQuery<{ code: string; name: string }>(`SELECT code, "nameEn" AS name FROM "PartnerState"`)).map((r) => [r.code, r.name]),
  );

  const sessionOf = (actor: Account | null): HttpSession => (actor ? sessions.get(actor.email)! : anonymousSession(base));
  let markers = 0;
  const runId = Date.now().toString(36);
  const context = (actor: Account | null, record: RecordRef | undefined): CallContext => ({
    record,
    marker: `authz-${runId}-${++markers}`,
    caller: actor ? { id: actor.id, email: actor.email, stateCode: actor.stateCode } : null,
    otherStateCode: fixtures.otherStateOf(actor),
    credentials: { email: actor?.email ?? "planner2@example.org", password: DEMO_PASSWORD },
  });

  /** The records an actor's cells use: own and other where the kind has them, every one for staff. */
  function targets(entry: Entry, actor: Account | null): { relation: Cell["relation"]; record?: RecordRef }[] {
    if (!entry.record) return [{ relation: "any" }];
    const scope = RECORD_KINDS[entry.record];
    // Their own state's plan, shared, returned to draft and edited: its page says only that it is being
    // revised; everything else (the comparison of revisions too) answers as for another state's plan.
    const revising =
      actor?.key === "liaison.ph" && (entry.record === "plan" || entry.record === "planRevision")
        ? [{ relation: "revising" as const, record: fixtures.revisedDraft }]
        : [];
    if (scope === "fixed") return [{ relation: "any", record: fixtures.fixed(entry.record) }, ...revising];
    const ph = fixtures.accounts.find((a) => a.key === "liaison.ph")!;
    if (!actor)
      return [
        { relation: "any", record: scope === "user" ? fixtures.own(entry.record, fixtures.accounts[0]!) : fixtures.own(entry.record, ph) },
      ];
    if (scope === "user" || actor.cls === "liaison") {
      return [
        { relation: "own", record: fixtures.own(entry.record, actor) },
        { relation: "other", record: fixtures.other(entry.record, actor) },
        // Their own state's plan, never shared: answered as another state's is.
        ...(entry.record === "plan" && actor.key === "liaison.ph" ? [{ relation: "other" as const, record: fixtures.unsharedDraft }] : []),
        ...revising,
      ];
    }
    return fixtures.all(entry.record).map((record) => ({ relation: "any" as const, record }));
  }

  const cells: Cell[] = [];
  const actors: (Account | null)[] = [null, ...fixtures.accounts];
  for (const entry of REGISTRY) {
    for (const actor of actors) {
      const cls: ActorClass = actor?.cls ?? "anonymous";
      for (const { relation, record } of targets(entry, actor)) {
        const expected = outcomeOf(entry.rules[cls], relation);
        const common = { entry, actor, relation, record, expected };
        if (entry.kind === "page") {
          const url = fill(entry.path, record?.params ?? {}) + (entry.query ? `?${fill(entry.query, record?.params ?? {})}` : "");
          const shows = relation === "revising" && expected === "allow" ? entry.revisingShows : undefined;
          cells.push({
            ...common,
            phase: "window",
            check: async () => {
              const response = await sessionOf(actor).get(url);
              const verdict = judgePage(response, expected);
              if (verdict || !shows) {
                await response.body?.cancel().catch(() => {});
                return verdict;
              }
              return showsOnly(await response.text(), message(shows), record?.unseen ?? []);
            },
          });
        } else if (entry.kind === "route") {
          for (const probe of entry.probes) {
            const url = fill(probe.url, record?.params ?? {});
            const phase: Phase = expected === "allow" && probe.writes ? "after" : "window";
            cells.push({
              ...common,
              phase,
              check: async () => {
                if (probe.signIn) {
                  // Anonymous: a fresh client signing in; a signed-in caller signs in again as themselves.
                  const { email, password } = context(actor, record).credentials;
                  return judgeRoute(await postCredentials(sessionOf(actor), email, password), expected);
                }
                const response = entry.method === "HEAD" ? await head(sessionOf(actor), url) : await sessionOf(actor).get(url);
                const verdict = judgeRoute(response, expected);
                if (
                  verdict ||
                  expected !== "allow" ||
                  entry.method !== "GET" ||
                  !url.startsWith("/api/reports/") ||
                  actor?.cls !== "liaison"
                ) {
                  await response.body?.cancel().catch(() => {});
                  return verdict;
                }
                return scopedExport(url, Buffer.from(await response.arrayBuffer()), actor);
              },
            });
          }
        } else {
          cells.push(actionCell(entry, actor, cls, relation, record, expected));
        }
      }
    }
  }

  // Cross-site calls: every server action, as a caller it allows and with the arguments that would
  // succeed, posted without Origin or Referer, and from another site that names itself in
  // X-Forwarded-Host: refused (403) before the action runs, and nothing written (the window).
  const CROSS_SITE: Record<string, Record<string, string | null>> = {
    "no origin": { Origin: null },
    "forged host": { Origin: "https://evil.example", "X-Forwarded-Host": "evil.example" },
  };
  for (const entry of REGISTRY) {
    if (entry.kind !== "action") continue;
    const caller = allowedCaller(entry);
    for (const [variant, headers] of Object.entries(CROSS_SITE)) cells.push(crossSiteCell(entry, caller, variant, headers));
  }

  /** The first caller class (staff first) that the entry allows, with a record it allows them. */
  function allowedCaller(entry: ActionEntry): { actor: Account | null; cls: ActorClass; relation: Cell["relation"]; record?: RecordRef } {
    for (const cls of ["admin", "planner", "liaison", "anonymous"] as const) {
      const actor =
        cls === "anonymous" ? null : fixtures.accounts.find((a) => a.cls === cls && (cls !== "liaison" || a.key === "liaison.ph"))!;
      for (const { relation, record } of targets(entry, actor)) {
        const rule = entry.rules[cls];
        if ((typeof rule === "string" || relation !== "any") && outcomeOf(rule, relation) === "allow" && entry.allow[cls])
          return { actor, cls, relation, record };
      }
    }
    throw new Error(`${entryKey(entry)}: no caller is allowed, so no cross-site call can show a refusal`);
  }

  function crossSiteCell(
    entry: ActionEntry,
    caller: ReturnType<typeof allowedCaller>,
    variant: string,
    headers: Record<string, string | null>,
  ): Cell {
    const built = actions.get(`${entry.file}#${entry.name}`);
    const { actor, cls, relation, record } = caller;
    return {
      entry,
      actor,
      relation,
      record,
      expected: "cross-site",
      variant,
      phase: "window",
      check: async () => {
        if (!built) return `no server action ${entry.name} of ${entry.file} in the build's server-reference-manifest.json`;
        const args = (entry.allow[cls]?.args ?? entry.args)(context(actor, record));
        const answer = await callAction(sessionOf(actor), postPath(built, record), built.id, args, headers);
        return answer.status === 403 ? null : `expected a cross-site refusal (403), got ${describeAnswer(answer)}`;
      },
    };
  }

  function actionCell(
    entry: ActionEntry,
    actor: Account | null,
    cls: ActorClass,
    relation: Cell["relation"],
    record: RecordRef | undefined,
    expected: Outcome,
  ): Cell {
    const built = actions.get(`${entry.file}#${entry.name}`);
    const allow = expected === "allow" ? entry.allow[cls] : undefined;
    if (expected === "allow" && !allow) throw new Error(`${entryKey(entry)}: no way to show that ${cls} is allowed`);
    const phase: Phase = !allow || allow.mode === "probe" ? "window" : allow.endsSession ? "last" : "after";
    const expect: Expect =
      expected === "login" ? { redirect: /^\/login$/ } : expected === "404" ? (entry.refused ?? { result: "notFound" }) : allow!.expect;
    return {
      entry,
      actor,
      relation,
      record,
      expected,
      phase,
      check: async () => {
        if (!built) return `no server action ${entry.name} of ${entry.file} in the build's server-reference-manifest.json`;
        const call = context(actor, record);
        const args = (allow?.args ?? entry.args)(call);
        const session = sessionOf(actor);
        const answer = await callAction(session, postPath(built, record), built.id, args);
        if (!meets(answer, expect))
          return `expected ${expected} (${JSON.stringify(expect, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}), got ${describeAnswer(answer)}`;
        if (allow?.verify) {
          const { sql, params } = allow.verify(call);
          if ((await dbQuery(sql, params)).length === 0) return `answered as allowed but wrote nothing (${sql.slice(0, 80)}...)`;
        }
        if (allow?.endsSession) {
          const after = await session.get("/api/notifications/unread");
          await after.body?.cancel().catch(() => {});
          if (after.status !== 401) return `the session still works after signing out (HTTP ${after.status})`;
        }
        return null;
      },
    };
  }

  /** A page shown on a plan being revised: the notice, and none of the draft's text. */
  function showsOnly(html: string, notice: string, unseen: string[]): string | null {
    if (!html.includes(notice)) return `the page lacks "${notice}"`;
    const leaked = unseen.filter((text) => html.includes(text));
    return leaked.length ? `the page shows the draft's ${leaked.map((text) => `"${text}"`).join(", ")}` : null;
  }

  /** The text of a report file and its rows (a PDF gives text only). */
  async function readExport(url: string, file: Buffer): Promise<{ text: string; rows: string[][] | null }> {
    const format = new URL(url, base).searchParams.get("format");
    if (format === "pdf") return { text: (await extractText(new Uint8Array(file), { mergePages: true })).text, rows: null };
    if (format === "xlsx") {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file as never);
      const rows = workbook.worksheets[0]!.getSheetValues()
        .slice(1)
        .map((row) => (row as ExcelJS.CellValue[]).slice(1).map((v) => (v === undefined || v === null ? "" : String(v))));
      return { text: rows.map((row) => row.join("\t")).join("\n"), rows };
    }
    const text = file.toString("utf8").replace(/^\uFEFF/, "");
    return { text, rows: parseCsv(text) };
  }

  /** A liaison officer's export, whatever state it is filtered by, holds only records involving their own state, and no plan in draft. */
  async function scopedExport(url: string, file: Buffer, actor: Account): Promise<string | null> {
    const { text, rows: all } = await readExport(url, file);
    const leaked = fixtures.revisedDraft.unseen!.filter((unseen) => text.includes(unseen));
    if (leaked.length) return `a draft's text in ${url}: ${leaked.join(", ")}`;
    if (!all) return null;
    const [header = [], ...rows] = all.filter((row) => row.some((cell) => cell !== ""));
    const column = (name: string) => header.indexOf(name);
    const own = actor.stateCode!;
    const report = new URL(url, base).pathname.split("/").pop();
    const ids = (name: string) => rows.map((row) => row[column(name)] ?? "");
    if (report === "activities") {
      const found = await dbQuery<{ id: string }>(
        `SELECT a.id FROM "Activity" a WHERE a.id = ANY($1) AND NOT EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = $2)`,
        [ids("ID"), own],
      );
      if (column("ID") < 0 || found.length)
        return `activities without ${own} in ${url}: ${found.map((r) => r.id).join(", ") || "(no ID column)"}`;
    } else if (report === "needs") {
      const found = await dbQuery<{ id: string }>(`SELECT id FROM "PartnerNeed" WHERE id = ANY($1) AND "stateCode" <> $2`, [
        ids("ID"),
        own,
      ]);
      if (column("ID") < 0 || found.length)
        return `other states' needs in ${url}: ${found.map((r) => r.id).join(", ") || "(no ID column)"}`;
    } else if (report === "plans") {
      const name = stateNames.get(own)!;
      const foreign = rows.filter((row) => !(row[column("Shared with")] ?? "").includes(name));
      if (column("Shared with") < 0 || foreign.length)
        return `plans not shared with ${own} in ${url}: ${foreign.map((row) => row[0]).join(" | ") || "(no column)"}`;
      const drafts = rows.filter((row) => row[column("Plan status")] === PLAN_STATUS_DRAFT);
      if (column("Plan status") < 0 || drafts.length)
        return `plans in draft in ${url}: ${drafts.map((row) => row[0]).join(" | ") || "(no column)"}`;
    } else if (report === "coverage") {
      const name = stateNames.get(own)!;
      const foreign = rows.filter((row) => row[column("State")] !== name);
      if (column("State") < 0 || foreign.length)
        return `coverage of other states in ${url}: ${
          foreign
            .map((row) => row.join(","))
            .slice(0, 3)
            .join(" | ") || "(no column)"
        }`;
    }
    return null;
  }

  const label = (cell: Cell) =>
    `${entryKey(cell.entry)} | ${cell.actor?.key ?? "anonymous"}${cell.relation === "any" ? "" : ` ${cell.relation}`}${cell.record ? ` ${cell.record.label}` : ""}${cell.variant ? ` (${cell.variant})` : ""}`;
  const failures: string[] = [];
  const run = async (batch: Cell[]) => {
    const verdicts = await pool(batch, PARALLEL, (cell) =>
      cell.check().catch((error: unknown) => `threw ${error instanceof Error ? error.message : String(error)}`),
    );
    batch.forEach((cell, i) => {
      if (verdicts[i]) failures.push(`${label(cell)}: ${verdicts[i]}`);
    });
  };

  // 1. The window: refusals and probes. Nothing in the database may change.
  const ready = Date.now();
  const before = await fingerprint();
  const auditBefore = await auditSummary();
  const windowCells = cells.filter((cell) => cell.phase === "window");
  await run(windowCells);
  const after = await fingerprint();
  const changed = [...before]
    .filter(([name, print]) => after.get(name)?.hash !== print.hash)
    .map(([name, print]) => `${name} (${print.rows} -> ${after.get(name)?.rows} rows)`);
  const auditAfter = await auditSummary();
  const windowDone = Date.now();

  // 2. Allowed calls that write, entry by entry in registry order (a notification is marked read before it is opened).
  const afterCells = cells.filter((cell) => cell.phase === "after");
  for (const entry of REGISTRY) await run(afterCells.filter((cell) => cell.entry === entry));
  // 3. Signing out, last.
  await run(cells.filter((cell) => cell.phase === "last"));

  const count = (kind: Entry["kind"]) => cells.filter((cell) => cell.entry.kind === kind).length;
  const seconds = (from: number, to: number) => ((to - from) / 1000).toFixed(1);
  console.log(
    `authorization matrix: ${cells.length} cells (${count("page")} page, ${count("route")} route, ${count("action")} action) over ${REGISTRY.length} registry entries ` +
      `and ${actors.length} callers; ${windowCells.length} in the no-write window (${auditBefore} before, ${auditAfter} after), ` +
      `${afterCells.length + cells.filter((c) => c.phase === "last").length} writing; ${failures.length} failed; ` +
      `${seconds(started, Date.now())} s (sign-ins and records ${seconds(started, ready)} s, window ${seconds(ready, windowDone)} s, writes ${seconds(windowDone, Date.now())} s)`,
  );
  // The matrix as tested, beside the test's other output (test-results/), for the record.
  const table = test.info().outputPath("authz-matrix.txt");
  writeFileSync(table, `${matrixTable(cells)}\n`);
  await test.info().attach("authz-matrix.txt", { path: table, contentType: "text/plain" });
  expect.soft(changed, "tables changed by refused calls and probes").toEqual([]);
  expect(failures).toEqual([]);
});
