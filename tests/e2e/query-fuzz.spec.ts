// The query string of every page and GET route handler, fuzzed over real HTTP. The list of endpoints is
// the scanner's (tests/authz/app-endpoints.ts, the authorization matrix's own), their URLs and who may
// open them are the registry's (tests/authz/registry.ts), and dynamic segments are filled with seeded
// records the caller may read. Each endpoint is asked, by every caller the registry lets in (anonymous,
// a planner, an admin, a liaison officer), with every query parameter the app reads set at once to
// each hostile value: NUL, lone surrogates, an overlong NUL, a bare "%", quotes, markup, "../", empty,
// repeated parameters (the first caller every value, the others those that once reached PostgreSQL),
// and with each parameter in turn set to 10,000 characters (a URL holds one such value). No answer
// may be a 5xx: a filter the app cannot use is ignored or refused in words, never a failure. Then
// fast-check mixes parameters and values at random, with a fixed seed, printed (FUZZ_SEED replays
// another; FUZZ_QUERY_RUNS sets the count). About 2,500 requests, under two minutes on two cores.
//
// The report exports write an audit event per download, and downloads are rate-limited per user: the
// spec sends them as HEAD (the same parsing and row count, no audit event) except a few GETs per caller
// that take the hostile values through to the audit event itself.
import { expect, test } from "@playwright/test";
import fc from "fast-check";
import { timelineRangeSchema } from "@/lib/calendar";
import { activityFiltersSchema } from "@/lib/validation/activity-filters";
import { auditFiltersSchema } from "@/lib/validation/audit-filters";
import { needFiltersSchema } from "@/lib/validation/need-filters";
import { reportFiltersSchema } from "@/lib/validation/report-filters";
import type { HttpSession } from "../../scripts/bench/lib/http-session";
import { scanApplication } from "../authz/app-endpoints";
import { anonymousSession, signInPatiently } from "../authz/http";
import { readableRecords } from "../authz/records";
import { REGISTRY, entryKey, type ActorClass, type Entry, type Rule } from "../authz/registry";
import { dbQuery } from "./database";
import { DEMO_PASSWORD } from "./helpers";

/**
 * Every query parameter the app reads: the keys of the filter schemas, and the parameters read one by
 * one (each with where it is read), and two prototype keys.
 */
const PARAMETERS = [
  ...new Set([
    ...Object.keys(activityFiltersSchema.shape),
    ...Object.keys(auditFiltersSchema.shape),
    ...Object.keys(needFiltersSchema.shape),
    ...Object.keys(reportFiltersSchema.in.shape),
    ...Object.keys(timelineRangeSchema.shape),
    "month", // /activities/calendar
    "zoom", // /activities/timeline
    "report", // /reports
    "format", // /api/reports/<kind>
    "lang", // /api/reports/annual (with fy)
    "callbackUrl", // /login
    "session",
    "error", // next-auth's pages
    "created", // /admin/reference/frameworks/<code>
    "plan", // /activities/new
    "program", // /activities/new, /plans/new
    "__proto__",
    "constructor",
  ]),
];

const REQUIRED = [
  "q",
  "fy",
  "fyFrom",
  "fyTo",
  "state",
  "program",
  "keyArea",
  "means",
  "status",
  "page",
  "month",
  "zoom",
  "sort",
  "priority",
  "actor",
  "action",
  "from",
  "to",
  "report",
  "format",
  "lang",
  "callbackUrl",
];

/** Values as they travel in a URL (already percent-encoded), with a name for the report. */
const HOSTILE: { name: string; raw: string }[] = [
  { name: "NUL", raw: "%00" },
  { name: "NUL inside", raw: "K1%00x" },
  { name: "lone high surrogate", raw: "%ED%A0%80" },
  { name: "lone low surrogate", raw: "%ED%B0%80" },
  { name: "overlong NUL", raw: "%C0%80" },
  { name: "bare percent", raw: "%" },
  { name: "truncated escape", raw: "%E3%81" },
  { name: "quote", raw: "'" },
  { name: "markup", raw: encodeURIComponent("<script>alert(1)</script>") },
  { name: "dot-dot", raw: "../../etc/passwd" },
  { name: "empty", raw: "" },
  { name: "huge number", raw: "1e309" },
];
const LONG = { name: "10,000 characters", raw: "x".repeat(10_000) };
/** The hostile values that reached PostgreSQL before the fix: every caller sends them, GETs included. */
const CORE = HOSTILE.filter((value) => ["NUL", "lone high surrogate"].includes(value.name));

const CALLERS: { cls: ActorClass; email: string | null }[] = [
  { cls: "anonymous", email: null },
  { cls: "planner", email: "planner@example.org" },
  { cls: "admin", email: "admin@example.org" },
  { cls: "liaison", email: "liaison.ph@example.org" },
];

const SEED = Number.parseInt(process.env.FUZZ_SEED ?? "", 10) || 20_261_213;
const RUNS = Number.parseInt(process.env.FUZZ_QUERY_RUNS ?? "", 10) || 200;
const PARALLEL = 4;

interface Target {
  key: string;
  entry: Entry;
  /** Path with its segments filled, and the query the endpoint needs (kept unless overridden). */
  path: string;
  base: [string, string][];
  /** An allowed GET writes an audit event (the exports): sent as HEAD unless budgeted. */
  audited: boolean;
}

interface Request {
  target: Target;
  caller: (typeof CALLERS)[number];
  method: "GET" | "HEAD";
  query: string;
  label: string;
}

const allows = (rule: Rule) => (typeof rule === "string" ? rule === "allow" : rule.own === "allow");

function queryOf(pairs: [string, string][]): string {
  return pairs.map(([name, raw]) => `${encodeURIComponent(name)}=${raw}`).join("&");
}

/** Every parameter set to `raw`; the endpoint's own parameters kept unless `override`. */
function everyParameter(target: Target, raw: string, override: boolean): string {
  const own = new Set(target.base.map(([name]) => name));
  return queryOf([
    ...(override ? [] : target.base),
    ...PARAMETERS.filter((name) => override || !own.has(name)).map((name) => [name, raw] as [string, string]),
  ]);
}

async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

test("no query string makes a page or route handler fail", async ({ baseURL }) => {
  test.setTimeout(10 * 60_000);
  const started = Date.now();
  expect(
    REQUIRED.filter((name) => !PARAMETERS.includes(name)),
    "parameters the fuzz must send",
  ).toEqual([]);

  // ------------------------------------------------ the endpoints, as the scanner finds them
  const scan = scanApplication(process.cwd());
  expect(scan.problems).toEqual([]);
  const gets = scan.endpoints.filter((endpoint) => endpoint.key.startsWith("page ") || endpoint.key.startsWith("route GET "));
  const byKey = new Map(REGISTRY.map((entry) => [entryKey(entry), entry]));
  const unlisted = gets.filter((endpoint) => !byKey.has(endpoint.key)).map((endpoint) => endpoint.key);
  expect(unlisted, "endpoints the registry does not describe").toEqual([]);

  const [ph] = await dbQuery<{ code: string }>(`SELECT "stateCode" AS code FROM "User" WHERE email = 'liaison.ph@example.org'`);
  const records = await readableRecords((sql, params) => dbQuery(sql, params), ph!.code);
  const fill = (template: string, params: Record<string, string>) =>
    template.replace(/\[([^\]]+)\]/g, (whole, name: string) => (params[name] !== undefined ? encodeURIComponent(params[name]) : whole));

  const targets: Target[] = gets.flatMap(({ key }) => {
    const entry = byKey.get(key)!;
    const params = entry.record ? (records[entry.record] ?? {}) : {};
    const urls =
      entry.kind === "page"
        ? [{ url: fill(entry.path, params) + (entry.query ? `?${fill(entry.query, params)}` : ""), writes: false }]
        : entry.kind === "route"
          ? entry.probes.map((probe) => ({ url: fill(probe.url, params), writes: probe.writes === true }))
          : [];
    return urls.map(({ url, writes }) => {
      const [path = "", search = ""] = url.split("?");
      return {
        key: `${key} ${path}`,
        entry,
        path,
        base: [...new URLSearchParams(search)].map(([n, v]) => [n, encodeURIComponent(v)] as [string, string]),
        audited: writes,
      };
    });
  });

  // ------------------------------------------------ the callers
  const sessions = new Map<string, HttpSession>();
  for (const caller of CALLERS)
    sessions.set(caller.cls, caller.email ? await signInPatiently(baseURL!, caller.email, DEMO_PASSWORD) : anonymousSession(baseURL!));
  const callersOf = (target: Target) => CALLERS.filter((caller) => allows(target.entry.rules[caller.cls]));

  // ------------------------------------------------ the requests
  const requests: Request[] = [];
  const add = (target: Target, caller: Request["caller"], query: string, label: string, get = !target.audited) =>
    requests.push({ target, caller, method: get ? "GET" : "HEAD", query, label });
  const longDone = new Set<string>();
  for (const target of targets) {
    const callers = callersOf(target);
    expect(callers.length, `${target.key}: nobody may open it`).toBeGreaterThan(0);
    const repeated = (first: string, second: string) =>
      queryOf([
        ...target.base,
        ...PARAMETERS.flatMap(
          (name) =>
            [
              [name, first],
              [name, second],
            ] as [string, string][],
        ),
      ]);
    // The first caller gets every value; the others the values that reached the database before
    // (what they may see differs, so do the queries).
    callers.forEach((caller, index) => {
      add(target, caller, queryOf(target.base), "as is");
      for (const value of index === 0 ? HOSTILE : CORE) {
        add(target, caller, everyParameter(target, value.raw, false), `every parameter ${value.name}`);
        if (target.base.length) add(target, caller, everyParameter(target, value.raw, true), `every parameter ${value.name}, its own too`);
      }
      add(target, caller, repeated("%00", "1"), "every parameter twice, NUL first");
      add(target, caller, repeated("1", "%00"), "every parameter twice, NUL second");
      // The few GETs of an export that go through to its audit event (the rest are HEAD).
      if (target.audited) {
        for (const value of CORE)
          add(target, caller, everyParameter(target, value.raw, false), `every parameter ${value.name} (GET)`, true);
        add(target, caller, repeated("%00", "1"), "every parameter twice, NUL first (GET)", true);
      }
    });
    // A URL holds one value this long (the server takes 16 KB of headers): one parameter at a time,
    // on one URL of each endpoint.
    if (longDone.has(entryKey(target.entry))) continue;
    longDone.add(entryKey(target.entry));
    for (const name of PARAMETERS)
      add(target, callers[0]!, queryOf([...target.base.filter(([n]) => n !== name), [name, LONG.raw]]), `${name} ${LONG.name}`);
  }

  // fast-check: random parameters with random hostile values, any caller the endpoint admits.
  const raw = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE.map((value) => value.raw)) },
    {
      weight: 2,
      arbitrary: fc.string({ unit: "binary", maxLength: 30 }).map((text) => encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, "\uFFFD"))),
    },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.constantFrom("%00", "%ED%A0%80", "%ED%BF%BF", "%C0%80", "%", "%FF", "a", "K1", "2025", "PH", "'"), { maxLength: 8 })
        .map((parts) => parts.join("")),
    },
    { weight: 1, arbitrary: fc.integer({ min: 101, max: 4_000 }).map((length) => "%00".repeat(Math.floor(length / 3))) },
  );
  console.log(`query-string fuzz: fast-check seed ${SEED}, ${RUNS} runs (FUZZ_SEED=${SEED} replays them)`);
  const samples = fc.sample(
    fc.record({
      target: fc.nat({ max: targets.length - 1 }),
      caller: fc.nat({ max: CALLERS.length - 1 }),
      pairs: fc.array(fc.tuple(fc.constantFrom(...PARAMETERS), raw), { minLength: 1, maxLength: 6 }),
    }),
    { seed: SEED, numRuns: RUNS },
  );
  for (const sample of samples) {
    const target = targets[sample.target]!;
    const callers = callersOf(target);
    const caller = callers[sample.caller % callers.length]!;
    add(target, caller, queryOf([...target.base, ...sample.pairs]), "fast-check");
  }

  // ------------------------------------------------ run them
  const failures: string[] = [];
  const statuses = new Map<number, number>();
  await pool(requests, PARALLEL, async (request) => {
    const session = sessions.get(request.caller.cls)!;
    const url = `${request.target.path}${request.query ? `?${request.query}` : ""}`;
    const shown = url.length > 300 ? `${url.slice(0, 300)}... (${url.length} characters)` : url;
    const response = await fetch(new URL(url, baseURL), { method: request.method, headers: session.headers(), redirect: "manual" }).catch(
      (error: unknown) => {
        failures.push(
          `${request.method} ${shown} as ${request.caller.cls} [${request.label}]: no answer (${error instanceof Error ? error.message : String(error)})`,
        );
        return null;
      },
    );
    if (!response) return;
    const body = request.method === "GET" ? await response.text().catch(() => "") : "";
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status >= 500)
      failures.push(
        `${request.method} ${shown} as ${request.caller.cls} [${request.label}]: HTTP ${response.status} ${body.slice(0, 120).replace(/\s+/g, " ")}`,
      );
    else if (request.label === "as is" && response.status >= 400)
      failures.push(
        `${request.method} ${shown} as ${request.caller.cls}: HTTP ${response.status} without any hostile value (the fuzz would test nothing)`,
      );
  });
  console.log(
    `query-string fuzz: ${requests.length} requests over ${targets.length} URLs of ${gets.length} endpoints, ${PARAMETERS.length} parameters, in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  expect(failures, `${failures.length} answers failed`).toEqual([]);
});
