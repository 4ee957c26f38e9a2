// The authorization matrix's HTTP client: signing in (scripts/bench/lib/http-session.ts), pages and
// routes without following redirects, and server actions called by their build ids as Next's router
// calls them - JSON arguments as text, FormData arguments as multipart fields the way React's
// encodeReply writes them - with the answer read from the RSC stream (scripts/bench/lib/server-action.ts).
import { CookieJar, signIn, type HttpSession } from "../../scripts/bench/lib/http-session";
import { parseFlight, resolveFlight } from "../../scripts/bench/lib/server-action";
import { FormArg } from "./registry";

export function anonymousSession(baseUrl: string): HttpSession {
  const jar = new CookieJar();
  const headers = () => ({ ...(jar.names().length ? { Cookie: jar.header() } : {}), "Accept-Language": "en" });
  return {
    baseUrl,
    jar,
    headers,
    async get(path) {
      const response = await fetch(new URL(path, baseUrl), { headers: headers(), redirect: "manual" });
      jar.store(response);
      return response;
    },
  };
}

/** A HEAD request with the session's cookies, redirects not followed. */
export async function head(session: HttpSession, path: string): Promise<Response> {
  const response = await fetch(new URL(path, session.baseUrl), { method: "HEAD", headers: session.headers(), redirect: "manual" });
  session.jar.store(response);
  return response;
}

/**
 * Signs in over HTTP. Another spec's wrong passwords may have slowed this address down (the throttle
 * answers at once with a wait, never locks): wait and try again, for up to a minute.
 */
export async function signInPatiently(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const deadline = Date.now() + 60_000;
  for (let wait = 2_000; ; wait = Math.min(wait * 2, 15_000)) {
    try {
      return await signIn(baseUrl, email, password);
    } catch (error) {
      if (Date.now() + wait > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

export interface ActionAnswer {
  status: number;
  /** The path of an x-action-redirect answer ("/login"), else null. */
  redirect: string | null;
  /** Whether the answer carried a return value (undefined for a void action). */
  hasResult: boolean;
  result: unknown;
  /** The start of the raw answer, for messages. */
  excerpt: string;
}

// encodeReply: plain JSON, a string starting with "$" escaped as "$$", a FormData argument as a
// reference "$K<part>" to fields "_<part>_<name>" sent before the root field "0" (the server resolves
// the root as soon as it arrives, so the fields must already be there).
function encodeArgs(args: unknown[]): { body: string | FormData; contentType?: string } {
  const forms: FormArg[] = [];
  const json = JSON.stringify(args, (_key, value: unknown) => {
    if (value instanceof FormArg) {
      forms.push(value);
      return `$K${forms.length.toString(16)}`;
    }
    return typeof value === "string" && value.startsWith("$") ? `$${value}` : value;
  });
  if (forms.length === 0) return { body: json, contentType: "text/plain;charset=UTF-8" };
  const body = new FormData();
  forms.forEach((form, index) => {
    for (const [name, value] of Object.entries(form.fields)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(`_${(index + 1).toString(16)}_${name}`, item);
    }
  });
  body.append("0", json);
  return { body };
}

/**
 * Calls server action `actionId` with `args`, posted to `pagePath`, with the session's cookies, from the
 * portal's own origin as a browser would; `overrides` replace headers (null removes one: Origin...).
 */
export async function callAction(
  session: HttpSession,
  pagePath: string,
  actionId: string,
  args: unknown[],
  overrides: Record<string, string | null> = {},
): Promise<ActionAnswer> {
  const url = new URL(pagePath, session.baseUrl);
  const { body, contentType } = encodeArgs(args);
  const headers: Record<string, string> = {
    ...session.headers(),
    Accept: "text/x-component",
    ...(contentType ? { "Content-Type": contentType } : {}),
    "Next-Action": actionId,
    Origin: url.origin, // the portal refuses a mutation from any other origin, or from none
  };
  for (const [name, value] of Object.entries(overrides)) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  const response = await fetch(url, {
    method: "POST",
    headers,
    body,
    redirect: "manual",
  });
  session.jar.store(response);
  const raw = Buffer.from(await response.arrayBuffer());
  const location = response.headers.get("x-action-redirect");
  const redirect = location ? new URL(location.split(";")[0] ?? "", url).pathname : null;
  let hasResult = false;
  let result: unknown;
  if (response.ok && (response.headers.get("content-type") ?? "").includes("text/x-component")) {
    const rows = parseFlight(raw);
    const root = rows.get(0) as Record<string, unknown> | undefined;
    if (root && typeof root === "object" && "a" in root) {
      result = resolveFlight(root.a, rows);
      hasResult = result !== undefined;
    }
  }
  return { status: response.status, redirect, hasResult, result, excerpt: raw.toString("utf8").slice(0, 300) };
}

/**
 * A POST /api/auth/callback/credentials as the sign-in form's browser makes it (from the portal's own
 * origin), with the session's cookies and any `extraHeaders`.
 */
export async function postCredentials(
  session: HttpSession,
  email: string,
  password: string,
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const csrf = await session.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken?: string };
  const response = await fetch(new URL("/api/auth/callback/credentials", session.baseUrl), {
    method: "POST",
    headers: {
      ...session.headers(),
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: new URL(session.baseUrl).origin,
      ...extraHeaders,
    },
    body: new URLSearchParams({ csrfToken: csrfToken ?? "", email, password, callbackUrl: "/" }),
    redirect: "manual",
  });
  session.jar.store(response);
  return response;
}
