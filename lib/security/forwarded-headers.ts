// What the portal's HTTP server (scripts/serve.ts) does to each request's forwarded headers before
// Next.js sees them.
//
// Next.js copies the socket's address into X-Forwarded-For only when the request has none, and takes
// X-Forwarded-Host and X-Forwarded-Proto as they come, so a client that reaches the app directly could
// name its own address (and so dodge the per-address sign-in limit) or its own host (which Next's
// server-action origin check compares the Origin with). With TRUSTED_PROXY unset or 0 nothing in front
// of the app vouches for these headers: they are dropped, and X-Forwarded-For becomes the socket's
// address. With TRUSTED_PROXY=N the proxies wrote them, and they pass unchanged (lib/auth/client-address.ts
// then picks the N-th entry from the right).
import type { IncomingHttpHeaders } from "node:http";

export const FORWARDED_HEADERS = [
  "forwarded",
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
] as const;

export function settleForwardedHeaders(headers: IncomingHttpHeaders, socketAddress: string | undefined, trustedHops: number): void {
  if (trustedHops > 0) return;
  for (const name of FORWARDED_HEADERS) delete headers[name];
  if (socketAddress) headers["x-forwarded-for"] = socketAddress;
}
