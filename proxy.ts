// Runs before every request except static files (see `config.matcher`):
// - gives the request an id (X-Request-Id) and a fresh CSP nonce, both passed on to the app in request
//   headers - Next reads the nonce from the request's Content-Security-Policy and puts it on its
//   scripts - and puts the security headers on the response;
// - as a convenience only, sends anonymous visitors to /login before a page renders, and re-issues
//   the session cookie on each page request (that is what makes the idle timeout slide).
// Authorization is NOT decided here: every page, action and route handler checks the actor itself.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/config";
import { loginPath, RETURN_PATH_HEADER, SESSION_ENDED } from "@/lib/auth/return-path";
import { buildCsp, createNonce } from "@/lib/security/csp";
import { securityHeaders } from "@/lib/security/headers";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/security/request-id";

// /api/health answers load balancers, which have no session (it reveals nothing but up/degraded).
const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health"];

/** The session gate; `forward` are the request headers the app renders with. */
function pageProxy(forward: Headers) {
  return auth((request) => {
    const { pathname, search } = request.nextUrl;
    const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
    if (isPublic || request.auth) return NextResponse.next({ request: { headers: forward } });
    if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    return NextResponse.redirect(new URL(loginPath(`${pathname}${search}`), request.nextUrl));
  });
}

export default async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const production = process.env.NODE_ENV === "production";
  const requestId = requestIdFrom(request.headers.get(REQUEST_ID_HEADER));
  const csp = buildCsp(createNonce(), { dev: !production });
  const forward = new Headers(request.headers);
  forward.set(REQUEST_ID_HEADER, requestId);
  forward.set("Content-Security-Policy", csp);
  forward.set(RETURN_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);

  // Server actions answer for themselves. Re-issuing the session cookie on their responses would
  // also race with the sign-out action, which deletes it.
  const isServerAction = request.method === "POST" && request.headers.has("next-action");
  // A page found the cookie's session over (lib/auth/actor.ts): delete the cookie rather than renew it.
  const sessionEnded =
    request.nextUrl.pathname === "/login" && request.nextUrl.searchParams.get(SESSION_ENDED.param) === SESSION_ENDED.value;
  const response = sessionEnded
    ? withoutSessionCookies(request, NextResponse.next({ request: { headers: forward } }))
    : ((isServerAction ? undefined : await pageProxy(forward)(request, event as never)) ??
      NextResponse.next({ request: { headers: forward } }));

  // Redirects, 401s and API answers get them too: one policy for everything the proxy sees.
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of securityHeaders({ production })) response.headers.set(name, value);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

/** Every name next-auth may give the session cookie (__Host-, __Secure- or none; chunked as .0, .1...). */
function withoutSessionCookies(request: NextRequest, response: NextResponse): NextResponse {
  for (const { name } of request.cookies.getAll()) {
    if (!/authjs\.session-token(\.\d+)?$/.test(name)) continue;
    // A prefixed cookie is only replaced by one with the same attributes (Secure, Path=/).
    response.cookies.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: name.startsWith("__") });
  }
  return response;
}

export const config = {
  // Keep in step with STATIC_PATHS in next.config.js, which gives these files their headers instead.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
