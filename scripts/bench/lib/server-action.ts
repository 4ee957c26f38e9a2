// Calling the portal's server actions over real HTTP without a browser, as Next's router does: a POST
// to a page with the action's id (from the build's server-reference-manifest.json) in `Next-Action`,
// the arguments as React's encodeReply writes plain JSON, and the answer read from the RSC (flight)
// stream. The same reader gets a page's server-rendered props (GET with `RSC: 1`).
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { HttpSession } from "./http-session";

interface ManifestEntry {
  filename: string;
  exportedName: string;
}

/** The id of `exportedName` in `filename` (e.g. "app/(portal)/plans/actions.ts") in the build of `distDir`. */
export async function serverActionId(distDir: string, filename: string, exportedName: string): Promise<string> {
  const file = path.join(distDir, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(await readFile(file, "utf8")) as { node: Record<string, ManifestEntry> };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === filename && entry.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} of ${filename} in ${file}`);
  return found[0];
}

// encodeReply sends plain JSON as is, except that a string starting with "$" is escaped as "$$".
function encodeReply(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (typeof value === "string" && value.startsWith("$") ? `$${value}` : value));
}

export interface ActionAnswer<T> {
  status: number;
  /** The action's return value; undefined when the answer held none (an error page, a redirect...). */
  result: T | undefined;
  /** The raw body, for error messages. */
  body: string;
}

/**
 * Calls action `actionId` with `args` on the page `pagePath`, with the session's cookies. Never throws
 * for an HTTP answer (the caller judges the status); throws when the connection itself fails.
 */
export async function callServerAction<T>(
  session: HttpSession,
  pagePath: string,
  actionId: string,
  args: unknown[],
  signal?: AbortSignal,
): Promise<ActionAnswer<T>> {
  const url = new URL(pagePath, session.baseUrl);
  const response = await fetch(url, {
    method: "POST",
    headers: {
      ...session.headers(),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      "Next-Action": actionId,
      Origin: url.origin, // Next refuses an action whose Origin is not the host (CSRF)
    },
    body: encodeReply(args),
    redirect: "manual",
    signal,
  });
  session.jar.store(response);
  const body = Buffer.from(await response.arrayBuffer());
  const isFlight = (response.headers.get("content-type") ?? "").includes("text/x-component");
  let result: T | undefined;
  if (isFlight && response.ok) {
    const rows = parseFlight(body);
    const root = rows.get(0) as { a?: unknown } | undefined;
    result = root && typeof root === "object" && "a" in root ? (resolveFlight(root.a, rows) as T) : undefined;
  }
  return { status: response.status, result, body: body.toString("utf8") };
}

/** The RSC payload of a page (what client navigation fetches), as rows by id. */
export async function fetchFlight(session: HttpSession, pagePath: string): Promise<{ status: number; rows: Map<number, unknown> }> {
  const get = async (url: URL) => {
    const answer = await fetch(url, { headers: { ...session.headers(), RSC: "1", Accept: "text/x-component" }, redirect: "manual" });
    session.jar.store(answer);
    return answer;
  };
  const url = new URL(pagePath, session.baseUrl);
  let response = await get(url);
  // Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect to the same
  // page with it; any other redirect (to /login, say) is the answer.
  const location = response.status === 307 ? response.headers.get("location") : null;
  if (location && new URL(location, url).pathname === url.pathname && new URL(location, url).searchParams.has("_rsc")) {
    await response.body?.cancel();
    response = await get(new URL(location, url));
  }
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, rows: response.ok ? parseFlight(body) : new Map() };
}

/** The first object anywhere in the payload that `match` accepts (a client component's props, say), references resolved. */
export function findInFlight(
  rows: Map<number, unknown>,
  match: (value: Record<string, unknown>) => boolean,
): Record<string, unknown> | undefined {
  const seen = new Set<unknown>();
  const visit = (value: unknown): Record<string, unknown> | undefined => {
    if (!value || typeof value !== "object" || seen.has(value)) return undefined;
    seen.add(value);
    if (!Array.isArray(value) && match(value as Record<string, unknown>)) return value as Record<string, unknown>;
    for (const child of Object.values(value)) {
      const found = visit(child);
      if (found) return found;
    }
    return undefined;
  };
  for (const row of rows.values()) {
    const found = visit(row);
    if (found) return resolveFlight(found, rows) as Record<string, unknown>;
  }
  return undefined;
}

// Row tags followed by a hex byte length and a comma: text and typed arrays, with no line end.
const LENGTH_PREFIXED = new Set("TABOoUSsLlGgMmV");

/** Splits a flight stream into its rows: JSON values (a tag letter before the JSON is dropped) or text. */
export function parseFlight(body: Buffer): Map<number, unknown> {
  const rows = new Map<number, unknown>();
  let at = 0;
  while (at < body.length) {
    const colon = body.indexOf(0x3a, at); // ":"
    if (colon < 0) break;
    const id = parseInt(body.subarray(at, colon).toString("latin1"), 16);
    at = colon + 1;
    const tag = String.fromCharCode(body[at] ?? 0);
    const comma = body.indexOf(0x2c, at); // ","
    const lengthText = comma > at + 1 ? body.subarray(at + 1, comma).toString("latin1") : "";
    if (LENGTH_PREFIXED.has(tag) && /^[0-9a-f]+$/i.test(lengthText)) {
      const length = parseInt(lengthText, 16);
      const text = body.subarray(comma + 1, comma + 1 + length);
      if (tag === "T") rows.set(id, text.toString("utf8"));
      at = comma + 1 + length;
      continue;
    }
    let end = body.indexOf(0x0a, at); // "\n"
    if (end < 0) end = body.length;
    const line = body.subarray(at, end).toString("utf8");
    at = end + 1;
    const json = /^[A-Za-z]/.test(line) && !/^(true|false|null)$/.test(line) ? line.slice(1) : line;
    try {
      rows.set(id, JSON.parse(json));
    } catch {
      // a row of a kind this reader does not need (module hints, debug info)
    }
  }
  return rows;
}

/** Replaces flight references ("$1", "$@1", "$1:props:children") with the rows they name, "$$" escapes with "$". */
export function resolveFlight(value: unknown, rows: Map<number, unknown>, depth = 0): unknown {
  if (depth > 64) return value;
  if (typeof value === "string") {
    if (!value.startsWith("$")) return value;
    if (value.startsWith("$$")) return value.slice(1);
    if (value === "$undefined") return undefined;
    if (value.startsWith("$D")) return value.slice(2); // a Date, kept as its ISO text
    if (value.startsWith("$n")) return value.slice(2); // a BigInt, kept as its digits
    const reference = /^\$@?L?([0-9a-f]+)((?::[^:]+)*)$/i.exec(value);
    if (!reference) return value;
    let target: unknown = rows.get(parseInt(reference[1] ?? "", 16));
    for (const key of (reference[2] ?? "").split(":").filter(Boolean)) {
      target = (target as Record<string, unknown> | undefined)?.[key];
    }
    return resolveFlight(target, rows, depth + 1);
  }
  if (Array.isArray(value)) return value.map((item) => resolveFlight(item, rows, depth + 1));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveFlight(item, rows, depth + 1)]));
  }
  return value;
}
