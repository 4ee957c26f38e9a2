// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Response headers for every route. The full Content-Security-Policy with per-request script nonces
// comes with the security hardening work; these already forbid framing, plugins and <base> tricks.
const securityHeaders = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  // Browsers ignore it over plain HTTP (the local demo); behind TLS it pins HTTPS for a year.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A benchmark may build into its own folder so that it never races the test server's build.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The pg driver and Prisma's adapter must stay plain Node modules, not bundled; pdfkit and ExcelJS
  // read their own data files (font metrics, templates) from beside their code at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "pdfkit", "exceljs"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
