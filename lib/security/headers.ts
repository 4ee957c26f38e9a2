// The security headers of every response besides the Content-Security-Policy (lib/security/csp.ts).
// proxy.ts puts them on everything it answers; next.config.js repeats the same list for the files the
// proxy never sees (/_next/static, icons) - lib/security/headers.test.ts keeps the two equal.
import { trustedProxyHops } from "@/lib/auth/client-address";
import { secureCookiesSetting } from "@/lib/auth/cookies";

export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "hid=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "serial=()",
  "usb=()",
].join(", ");

/**
 * Whether this request reached the portal over HTTPS: as configured (COOKIE_SECURE, else AUTH_URL's
 * scheme, the same setting that makes cookies Secure), else as the trusted proxies say
 * (X-Forwarded-Proto, kept only with TRUSTED_PROXY; scripts/serve.ts drops it otherwise).
 */
export function servedOverTls(request: { headers: Headers }, env: Record<string, string | undefined> = process.env): boolean {
  const configured = secureCookiesSetting(env);
  if (configured !== undefined) return configured;
  return trustedProxyHops(env.TRUSTED_PROXY) > 0 && request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
}

export function securityHeaders({ tls }: { tls: boolean }): [name: string, value: string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    // Stricter than strict-origin-when-cross-origin: other sites never learn which page linked to them.
    ["Referrer-Policy", "same-origin"],
    ["Permissions-Policy", PERMISSIONS_POLICY],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    // Only over TLS: browsers ignore it on plain HTTP, and a demo on http://host must not claim it.
    ...(tls ? [["Strict-Transport-Security", "max-age=31536000; includeSubDomains"] as [string, string]] : []),
  ];
}
