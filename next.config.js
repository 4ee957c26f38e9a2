// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Pages, route handlers and server actions get their headers from proxy.ts: a Content-Security-Policy
// with a fresh script nonce per request (lib/security/csp.ts) and the headers of
// lib/security/headers.ts. The proxy never sees these static files (its matcher skips them), so they
// get the same headers here. Keep this list in step with proxy.ts's matcher.
const STATIC_PATHS = ["/_next/static/:path*", "/_next/image", "/favicon.ico", "/icon.svg", "/robots.txt"];

// A copy of securityHeaders() in lib/security/headers.ts (this file cannot import TypeScript);
// lib/security/headers.test.ts fails when the two differ.
const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()";

// HSTS only where the portal is configured to be served over HTTPS: secureCookiesSetting() in
// lib/auth/cookies.ts (COOKIE_SECURE, else AUTH_URL's scheme). Pages get it per request from proxy.ts.
function configuredTls() {
  const explicit = process.env.COOKIE_SECURE?.trim().toLowerCase();
  if (explicit === "true" || explicit === "1") return true;
  if (explicit === "false" || explicit === "0") return false;
  return (process.env.AUTH_URL?.trim().toLowerCase() ?? "").startsWith("https://");
}

/** @param {boolean} tls */
function securityHeaders(tls) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(tls ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
  ];
}

// Scripts, stylesheets, fonts and images: no nonce needed. Nothing may run in them should one be
// opened on its own (an SVG can hold script), nor frame them.
const STATIC_CSP =
  "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A benchmark may build into its own folder so that it never races the test server's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The pg driver and Prisma's adapter must stay plain Node modules, not bundled; pdfkit and ExcelJS
  // read their own data files (font metrics, templates) from beside their code at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "pdfkit", "exceljs"],
  // Next compares a server action's Origin with the Host; behind a proxy that rewrites Host, the public
  // URL's host is the one browsers send. proxy.ts checks the origin of every mutation as well.
  ...(process.env.AUTH_URL ? { experimental: { serverActions: { allowedOrigins: [new URL(process.env.AUTH_URL).host] } } } : {}),
  async headers() {
    const headers = [{ key: "Content-Security-Policy", value: STATIC_CSP }, ...securityHeaders(configuredTls())];
    return STATIC_PATHS.map((source) => ({ source, headers }));
  },
};

module.exports = withNextIntl(nextConfig);
