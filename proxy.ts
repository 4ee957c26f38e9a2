// A convenience only: anonymous visitors are sent to /login before a page renders, and the session
// cookie is re-issued on each request (that is what makes the idle timeout slide). Authorization
// is NOT decided here: every page, action and route handler checks the actor itself.
import { NextResponse } from "next/server";
import { auth } from "@/lib/auth/config";

const PUBLIC_PATHS = ["/login", "/api/auth", "/api/health"];

export default auth((request) => {
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
  if (isPublic || request.auth) return NextResponse.next();
  if (pathname.startsWith("/api/")) return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
  const login = new URL("/login", request.nextUrl);
  if (pathname !== "/") login.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(login);
});

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
