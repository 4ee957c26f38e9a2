import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "@/lib/security/headers";
import { isSafeRequestId, requestIdFrom } from "@/lib/security/request-id";

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

async function configHeaders(nodeEnv: string): Promise<HeaderRule[]> {
  const require = createRequire(import.meta.url);
  const previous = process.env.NODE_ENV;
  (process.env as Record<string, string>).NODE_ENV = nodeEnv;
  try {
    const config = require("../../next.config.js") as { headers: () => Promise<HeaderRule[]> };
    return await config.headers();
  } finally {
    (process.env as Record<string, string | undefined>).NODE_ENV = previous;
  }
}

describe("securityHeaders", () => {
  it("sends HSTS for a year in production only", () => {
    const production = new Map(securityHeaders({ production: true }));
    expect(production.get("Strict-Transport-Security")).toBe("max-age=31536000; includeSubDomains");
    expect(new Map(securityHeaders({ production: false })).has("Strict-Transport-Security")).toBe(false);
  });

  it("forbids sniffing, framing, cross-origin referrers and powerful browser features", () => {
    const headers = new Map(securityHeaders({ production: true }));
    expect(headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(headers.get("X-Frame-Options")).toBe("DENY");
    expect(headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(["same-origin", "no-referrer", "strict-origin", "strict-origin-when-cross-origin"]).toContain(headers.get("Referrer-Policy"));
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers.get("Permissions-Policy")).toContain(`${feature}=()`);
    }
  });

  it("are the very headers next.config.js gives the static files the proxy never sees", async () => {
    for (const production of [true, false]) {
      const rules = await configHeaders(production ? "production" : "development");
      expect(rules.map((rule) => rule.source)).toEqual(expect.arrayContaining(["/_next/static/:path*", "/icon.svg", "/favicon.ico"]));
      for (const rule of rules) {
        const headers = rule.headers.filter((header) => header.key !== "Content-Security-Policy").map(({ key, value }) => [key, value]);
        expect(headers).toEqual(securityHeaders({ production }));
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
