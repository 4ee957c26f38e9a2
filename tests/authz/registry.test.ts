// The authorization matrix lists every endpoint: a page, route handler or server action added to app/
// without an entry in tests/authz/registry.ts fails here, and so does an entry whose endpoint is gone.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ACTIONS, REGISTRY, RECORD_KINDS, entryKey, type Entry, type Rule } from "./registry";
import { routePath, scanApplication, scanSource } from "./app-endpoints";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("the authorization registry", () => {
  const scan = scanApplication(ROOT);

  it("reads every endpoint of app/", () => {
    expect(scan.problems).toEqual([]);
    // A scanner that finds nothing would pass everything below.
    expect(scan.endpoints.length).toBeGreaterThan(50);
  });

  it("lists every page, route handler and server action, and nothing that is gone", () => {
    const listed = new Set(REGISTRY.map(entryKey));
    const found = new Set(scan.endpoints.map((endpoint) => endpoint.key));
    const missing = scan.endpoints.filter((endpoint) => !listed.has(endpoint.key)).map((endpoint) => `${endpoint.key}  (${endpoint.file})`);
    const gone = [...listed].filter((key) => !found.has(key));
    expect(missing, "endpoints missing from tests/authz/registry.ts").toEqual([]);
    expect(gone, "registry entries whose endpoint no longer exists").toEqual([]);
  });

  it("names each endpoint once, by the file that holds it", () => {
    const keys = REGISTRY.map(entryKey);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
    const fileOf = new Map(scan.endpoints.map((endpoint) => [endpoint.key, endpoint.file]));
    const wrongFile = REGISTRY.filter((entry) => fileOf.has(entryKey(entry)) && fileOf.get(entryKey(entry)) !== entry.file).map(entryKey);
    expect(wrongFile).toEqual([]);
  });

  it("gives every page and route its path from its file", () => {
    const mismatched = REGISTRY.filter((entry) => entry.kind === "page" && routePath(entry.file) !== entry.path).map(entryKey);
    expect(mismatched).toEqual([]);
  });

  it("fills every dynamic segment from a record, and says how every allowed action cell is shown", () => {
    const problems: string[] = [];
    const classes = ["anonymous", "admin", "planner", "liaison"] as const;
    for (const entry of REGISTRY as Entry[]) {
      const templates =
        entry.kind === "page" ? [entry.path, entry.query ?? ""] : entry.kind === "route" ? entry.probes.map((p) => p.url) : [];
      const segments = templates.flatMap((template) => [...template.matchAll(/\[([^\]]+)\]/g)].map((match) => match[1]));
      // Catch-all segments ([...nextauth]) are served by fixed probe URLs, not records.
      const needed = segments.filter((segment) => segment && !segment.startsWith("..."));
      if (needed.length > 0 && !entry.record) problems.push(`${entryKey(entry)}: [${needed.join("], [")}] but no record`);
      const relational = (rule: Rule) => typeof rule === "object";
      for (const cls of classes) {
        const rule = entry.rules[cls] as Rule;
        if (relational(rule) && (!entry.record || RECORD_KINDS[entry.record] === "fixed"))
          problems.push(`${entryKey(entry)}: ${cls} has own/other rules but no own/other record`);
        if (relational(rule) && cls !== "liaison" && entry.record && RECORD_KINDS[entry.record] === "state") {
          problems.push(`${entryKey(entry)}: ${cls} sees every state: one outcome, not own/other`);
        }
        // Only a plan is shared and returned to draft; a page that shows it says what it shows.
        if (typeof rule === "object" && rule.revising !== undefined && (cls !== "liaison" || entry.record !== "plan"))
          problems.push(`${entryKey(entry)}: ${cls} has a revising rule but no plan`);
        if (typeof rule === "object" && rule.revising === "allow" && entry.kind === "page" && !entry.revisingShows)
          problems.push(`${entryKey(entry)}: allowed on a plan being revised without saying what it shows`);
        if (entry.kind === "action") {
          const outcomes = typeof rule === "string" ? [rule] : [rule.own, rule.other, ...(rule.revising ? [rule.revising] : [])];
          if (outcomes.includes("allow") && !entry.allow[cls])
            problems.push(`${entryKey(entry)}: ${cls} is allowed but the entry says not how to show it`);
          if (outcomes.includes("home")) problems.push(`${entryKey(entry)}: "home" is for pages`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("has every action file's exports, so a new export cannot slip past", () => {
    // The same set the scan finds for "use server" files, from the registry's side.
    const files = new Set(ACTIONS.map((entry) => entry.file));
    const scanned = new Set(scan.endpoints.filter((endpoint) => endpoint.key.startsWith("action ")).map((endpoint) => endpoint.file));
    expect([...files].sort()).toEqual([...scanned].sort());
  });
});

describe("the endpoint reader", () => {
  it('finds a page, the methods of a route handler, and the exports of a "use server" file', () => {
    expect(
      scanSource("app/(portal)/things/[id]/page.tsx", "export default function Page() { return null; }").endpoints.map((e) => e.key),
    ).toEqual(["page /things/[id]"]);
    const route = scanSource(
      "app/api/things/route.ts",
      `export const dynamic = "force-dynamic"; export async function GET() {} export const { POST, DELETE: remove } = handlers; export { PUT };`,
    );
    expect(route.endpoints.map((e) => e.key)).toEqual(["route GET /api/things", "route POST /api/things", "route PUT /api/things"]);
    const actions = scanSource(
      "app/things/actions.ts",
      `"use server";\nexport interface State { a: number }\nexport type T = string;\nexport async function save() {}\nexport const remove = async () => {};\nexport default async function main() {}`,
    );
    expect(actions.endpoints.map((e) => e.key)).toEqual([
      "action app/things/actions.ts#save",
      "action app/things/actions.ts#remove",
      "action app/things/actions.ts#default",
    ]);
  });

  it('refuses what it cannot name: an inline "use server" and an export * from an actions file', () => {
    const inline = scanSource(
      "app/(portal)/things/page.tsx",
      `export default function Page() { async function act() { "use server"; } return <form action={act} />; }`,
    );
    expect(inline.problems).toHaveLength(1);
    expect(scanSource("lib/things.ts", `"use server";\nexport * from "./other";`).problems).toHaveLength(1);
    expect(scanSource("app/things/not-actions.ts", `export async function helper() {}`).endpoints).toEqual([]);
  });

  it("serves metadata files as routes", () => {
    expect(scanSource("app/icon.svg", "").endpoints.map((e) => e.key)).toEqual(["route GET /icon.svg"]);
    expect(scanSource("app/sitemap.ts", "export default function sitemap() { return []; }").endpoints.map((e) => e.key)).toEqual([
      "route GET /sitemap.xml",
    ]);
  });
});
