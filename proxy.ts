// A convenience only: anonymous visitors are sent to /login before a page renders, and the session
// cookie is re-issued on each page request (that is what makes the idle timeout slide).
// Authorization is NOT decided here: every page, action and route handler checks the actor itself.
import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/config";

const PUBLIC_PATHS = ["/login", "/api/auth"];

const pageProxy = auth((request) => {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  if (isPublic || request.auth) return NextResponse.next();
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const login = new URL("/login", request.nextUrl);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
});

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  // Server actions answer for themselves. Re-issuing the session cookie on their responses would
  // also race with the sign-out action, which deletes it.
  if (request.method === "POST" && request.headers.has("next-action")) return NextResponse.next();
  return pageProxy(request, event as never);
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
