// Where a visitor is sent to sign in, and back to afterwards. proxy.ts sends anonymous visitors to
// /login itself; a session that is over (signed out elsewhere, disabled, password changed) is found by
// the page's own check (requireActor), which learns the path it was asked for from this request header.
// The proxy sets the header on every request, replacing any a client sent; the login page accepts only
// a local path as its callbackUrl in any case.

export const RETURN_PATH_HEADER = "x-portal-return-path";

/** /login, with the page to come back to unless it is the dashboard. */
export function loginPath(returnTo: string | null | undefined): string {
  if (!returnTo || returnTo === "/" || !returnTo.startsWith("/")) return "/login";
  return `/login?${new URLSearchParams({ callbackUrl: returnTo })}`;
}
