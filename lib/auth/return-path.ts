// Where a visitor is sent to sign in, and back to afterwards. proxy.ts sends anonymous visitors to
// /login itself; a session that is over (signed out elsewhere, disabled, password changed) is found by
// the page's own check (requireActor), which learns the path it was asked for from this request header.
// The proxy sets the header on every request, replacing any a client sent; the login page accepts only
// a local path as its callbackUrl in any case.

export const RETURN_PATH_HEADER = "x-portal-return-path";

/**
 * Marks a visit to /login from a session that is over although its cookie is still valid (revoked on the
 * server). The login page says so, and the proxy deletes the cookie instead of renewing it: a request
 * still in flight when the user signed out may have brought it back.
 */
export const SESSION_ENDED = { param: "session", value: "ended" } as const;

/** /login, with the page to come back to unless it is the dashboard. */
export function loginPath(returnTo: string | null | undefined, { sessionEnded = false } = {}): string {
  const params = new URLSearchParams();
  if (returnTo && returnTo !== "/" && returnTo.startsWith("/")) params.set("callbackUrl", returnTo);
  if (sessionEnded) params.set(SESSION_ENDED.param, SESSION_ENDED.value);
  const query = params.toString();
  return query ? `/login?${query}` : "/login";
}

/**
 * Where to go after signing in: a path on this site, never another origin, never /login itself. Takes
 * a path or an absolute URL (next-auth hands the sign-in page one) and keeps only its path and query.
 * Control characters (CR/LF would break the redirect's header) or anything else odd give "/".
 */
export function localPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2048 || /[\u0000-\u001f\u007f]/.test(value)) return "/";
  try {
    const url = new URL(value, "http://local");
    const path = `${url.pathname}${url.search}`;
    return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !/^\/login(?:[/?]|$)/.test(path) ? path : "/";
  } catch {
    return "/";
  }
}
