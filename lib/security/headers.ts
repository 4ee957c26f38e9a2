// The security headers of every response besides the Content-Security-Policy (lib/security/csp.ts).
// proxy.ts puts them on everything it answers; next.config.js repeats the same list for the files the
// proxy never sees (/_next/static, icons) - lib/security/headers.test.ts keeps the two equal.

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

export function securityHeaders({ production }: { production: boolean }): [name: string, value: string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    // Stricter than strict-origin-when-cross-origin: other sites never learn which page linked to them.
    ["Referrer-Policy", "same-origin"],
    ["Permissions-Policy", PERMISSIONS_POLICY],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    // Only behind TLS in production: on `next dev` over http://localhost it would only confuse browsers.
    ...(production ? [["Strict-Transport-Security", "max-age=31536000; includeSubDomains"] as [string, string]] : []),
  ];
}
