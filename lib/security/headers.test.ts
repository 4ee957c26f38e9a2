import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { secureCookiesSetting } from "@/lib/auth/cookies";
import { securityHeaders, servedOverTls } from "@/lib/security/headers";
import { isSafeRequestId, requestIdFrom } from "@/lib/security/request-id";

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

const TLS_SETTINGS: Record<string, string | undefined>[] = [
  {},
  { AUTH_URL: "https://portal.example.go.jp" },
  { AUTH_URL: "http://portal.example.go.jp" },
  { COOKIE_SECURE: "true" },
  { COOKIE_SECURE: "false", AUTH_URL: "https://portal.example.go.jp" },
];

async function configHeaders(env: Record<string, string | undefined>): Promise<HeaderRule[]> {
  const require = createRequire(import.meta.url);
  const previous = { AUTH_URL: process.env.AUTH_URL, COOKIE_SECURE: process.env.COOKIE_SECURE };
  Object.assign(process.env, { AUTH_URL: "", COOKIE_SECURE: "", ...env });
  try {
    delete require.cache[require.resolve("../../next.config.js")];
    const config = require("../../next.config.js") as { headers: () => Promise<HeaderRule[]> };
    return await config.headers();
  } finally {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

const plainRequest = (headers: Record<string, string> = {}) => ({ headers: new Headers(headers) });

describe("securityHeaders", () => {
  it("sends HSTS for a year over TLS only", () => {
    const tls = new Map(securityHeaders({ tls: true }));
    expect(tls.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    expect(new Map(securityHeaders({ tls: false })).has("Strict-Transport-Security")).toBe(false);
  });

  it("takes TLS from the configuration, else from trusted proxies only", () => {
    expect(servedOverTls(plainRequest(), {})).toBe(false);
    expect(servedOverTls(plainRequest(), { AUTH_URL: "https://portal.example.go.jp" })).toBe(true);
    expect(servedOverTls(plainRequest(), { COOKIE_SECURE: "true" })).toBe(true);
    expect(servedOverTls(plainRequest({ "x-forwarded-proto": "https" }), { COOKIE_SECURE: "false" })).toBe(false);
    // A client reaching the app directly cannot claim TLS; a trusted proxy can say so.
    expect(servedOverTls(plainRequest({ "x-forwarded-proto": "https" }), {})).toBe(false);
    expect(servedOverTls(plainRequest({ "x-forwarded-proto": "https" }), { TRUSTED_PROXY: "1" })).toBe(true);
    expect(servedOverTls(plainRequest({ "x-forwarded-proto": "http" }), { TRUSTED_PROXY: "1" })).toBe(false);
  });

  it("forbids sniffing, framing, cross-origin referrers and powerful browser features", () => {
    const headers = new Map(securityHeaders({ tls: true }));
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(["same-origin", "no-referrer", "strict-origin", "strict-origin-when-cross-origin"]).toContain(headers.get("Referrer-Policy"));
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers.get("Permissions-Policy")).toContain(`${feature}=()`);
    }
  });

  it("are the very headers next.config.js gives the static files the proxy never sees", async () => {
    for (const env of TLS_SETTINGS) {
      const rules = await configHeaders(env);
      expect(rules.map((rule) => rule.source)).toEqual(expect.arrayContaining(["/_next/static/:path*", "/icon.svg", "/favicon.ico"]));
      for (const rule of rules) {
        const headers = rule.headers.filter((header) => header.key !== "Content-Security-Policy").map(({ key, value }) => [key, value]);
        expect(headers).toEqual(securityHeaders({ tls: secureCookiesSetting(env) === true }));
        const csp = rule.headers.find((header) => header.key === "Content-Security-Policy")?.value ?? "";
        expect(csp).toContain("default-src 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
      }
    }
  });
});

describe("request ids", () => {
  it("keeps a load balancer's plain id", () => {
    for (const id of ["0b9c6f3e-6f1c-4d6e-9d7a-3f2b1a0c9e8d", "1-67891233-abcdef012345678912345678", "req_01HZX3K5ABCDEFG"]) {
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it("replaces anything that could forge a log line or a header", () => {
    for (const bad of [null, "", "short", "a".repeat(129), "abc\ndef-ghijkl", 'abcdefgh"}', "abcdefgh ijkl", "<script>alert(1)</script>"]) {
      const id = requestIdFrom(bad);
      expect(id).not.toBe(bad);
      expect(isSafeRequestId(id)).toBe(true);
    }
  });
});
