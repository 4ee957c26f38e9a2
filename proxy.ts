// Runs before every request except static files (see `config.matcher`):
// - gives the request an id (X-Request-Id) and a fresh CSP nonce, both passed on to the app in request
//   headers - Next reads the nonce from the request's Content-Security-Policy and puts it on its
//   scripts - and puts the security headers on the response;
// - as a convenience only, sends anonymous visitors to /login before a page renders, and re-issues
//   the session cookie on each page request (that is what makes the idle timeout slide); the session
//   it found goes on to the page in a sealed header (lib/auth/forwarded-session.ts).
// - refuses a request that may change something (server actions, next-auth's callbacks) unless it
//   comes from the portal's own origin (lib/security/origin.ts).
// Authorization is NOT decided here: every page, action and route handler checks the actor itself.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import type { Session } from "next-auth";
import { trustedProxyHops } from "@/lib/auth/client-address";
import { auth } from "@/lib/auth/config";
import { FORWARDED_SESSION_HEADER, sealSessionRef } from "@/lib/auth/forwarded-session";
import { loginPath, RETURN_PATH_HEADER, SESSION_ENDED } from "@/lib/auth/return-path";
import { sessionRefOf } from "@/lib/auth/session-policy";
import { findSessionActor } from "@/lib/data/users/sessions";
import { buildCsp, createNonce } from "@/lib/security/csp";
import { servedOverTls, securityHeaders } from "@/lib/security/headers";
import { isOwnOriginRequest } from "@/lib/security/origin";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/security/request-id";

// /api/health answers load balancers, which have no session (it reveals nothing but up/degraded).
const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health"];

/** Whether the cookie's session was ended on the server (signed out, disabled, password changed...). */
async function sessionIsOver(session: Session | null): Promise<boolean> {
  const ref = sessionRefOf(session);
  return ref !== null && (await findSessionActor(ref)) === null;
}

/**
 * The session gate; `forward` are the request headers the app renders with. `onEndedSession` is told
 * when a visit to /login?session=ended carries a cookie whose session is really over.
 */
function pageProxy(forward: Headers, onEndedSession: () => void) {
  return auth(async (request) => {
    const { pathname, search } = request.nextUrl;
    if (pathname === "/login" && request.nextUrl.searchParams.get(SESSION_ENDED.param) === SESSION_ENDED.value) {
      if (await sessionIsOver(request.auth)) onEndedSession();
    }
    // The session found here travels on to the page, sealed, so that it does not decrypt the cookie again.
    const ref = sessionRefOf(request.auth);
    const sealed = ref ? sealSessionRef(ref) : undefined;
    if (sealed) forward.set(FORWARDED_SESSION_HEADER, sealed);
    const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
    if (isPublic || request.auth) return NextResponse.next({ request: { headers: forward } });
    if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    return NextResponse.redirect(new URL(loginPath(`${pathname}${search}`), request.nextUrl));
  });
}

export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const csp = buildCsp(createNonce(), { dev: process.env.NODE_ENV !== "production" });
  const forward = new Headers(request.headers);
  forward.set(REQUEST_ID_HEADER, requestId);
  forward.set("Content-Security-Policy", csp);
  forward.set(RETURN_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  // Only this proxy says which session a request carries (pageProxy): never the client.
  forward.delete(FORWARDED_SESSION_HEADER);

  const ownOrigin = isOwnOriginRequest(
    {
      method: request.method,
      origin: request.headers.get("origin"),
      referer: request.headers.get("referer"),
      host: request.headers.get("host"),
      forwardedHost: request.headers.get("x-forwarded-host"),
    },
    { publicUrl: process.env.AUTH_URL, trustedHops: trustedProxyHops() },
  );
  let response: Response;
  if (!ownOrigin) {
    response = new NextResponse("Cross-site request refused.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  } else if (request.method === "POST" && request.headers.has("next-action")) {
    // Server actions answer for themselves. Re-issuing the session cookie on their responses would
    // also race with the sign-out action, which deletes it.
    response = NextResponse.next({ request: { headers: forward } });
  } else {
    let sessionOver = false;
    response =
      (await pageProxy(forward, () => (sessionOver = true))(request, event as never)) ??
      NextResponse.next({ request: { headers: forward } });
    // A page found the cookie's session over (lib/auth/actor.ts) and sent the user here: delete the
    // cookie rather than renew it. Only then: a link to /login?session=ended signs nobody out.
    if (sessionOver) withoutSessionCookies(request, response.headers);
  }

  // Redirects, 401s and API answers get them too: one policy for everything the proxy sees.
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of securityHeaders({ tls: servedOverTls(request) })) response.headers.set(name, value);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

const SESSION_COOKIE = /authjs\.session-token(\.\d+)?$/;

/** Every name next-auth may give the session cookie (__Host-, __Secure- or none; chunked as .0, .1...). */
function withoutSessionCookies(request: NextRequest, headers: Headers): void {
  // Drop the renewal next-auth just wrote, then expire each session cookie the browser sent.
  const kept = headers.getSetCookie().filter((cookie) => !SESSION_COOKIE.test(cookie.split("=", 1)[0] ?? ""));
  headers.delete("set-cookie");
  for (const cookie of kept) headers.append("set-cookie", cookie);
  for (const { name } of request.cookies.getAll()) {
    if (!SESSION_COOKIE.test(name)) continue;
    // A prefixed cookie is only replaced by one with the same attributes (Secure, Path=/).
    const secure = name.startsWith("__") ? "; Secure" : "";
    headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax${secure}`);
  }
}

export const config = {
  // Keep in step with STATIC_PATHS in next.config.js, which gives these files their headers instead.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
