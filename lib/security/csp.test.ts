import { describe, expect, it } from "vitest";
import { buildCsp, createNonce } from "@/lib/security/csp";

const directives = (csp: string) => new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)] as const));

describe("buildCsp", () => {
  const nonce = "AAECAwQFBgcICQoLDA0ODw==";

  it("gives the production policy: scripts by nonce only, nothing framed, no plugins, no <base>", () => {
    expect(buildCsp(nonce, { dev: false })).toBe(
      `default-src 'self'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'unsafe-inline'; ` +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
        "frame-ancestors 'none'; form-action 'self'",
    );
  });

  it("allows eval in development only", () => {
    expect(directives(buildCsp(nonce, { dev: true })).get("script-src")).toEqual([`'nonce-${nonce}'`, "'strict-dynamic'", "'unsafe-eval'"]);
    expect(buildCsp(nonce, { dev: false })).not.toContain("unsafe-eval");
  });

  it("never lets inline scripts or other origins' scripts in", () => {
    for (const dev of [false, true]) {
      const scripts = directives(buildCsp(nonce, { dev })).get("script-src") ?? [];
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts.filter((source) => !source.startsWith("'"))).toEqual([]);
    }
  });

  it("is read back by Next: the nonce is the first valid nonce source of script-src", async () => {
    const { getScriptNonceFromHeader } = await import("next/dist/server/app-render/get-script-nonce-from-header");
    const fresh = createNonce();
    expect(getScriptNonceFromHeader(buildCsp(fresh, { dev: false }))).toBe(fresh);
  });

  it("refuses a nonce that could break out of the header or is too short to be unguessable", () => {
    for (const bad of ["", "short", "abc'; script-src *", "AAAAAAAAAAAAAAAAAAAA\r\nX-Evil: 1", "AAAAAAAAAAAAAAAA AAAA"]) {
      expect(() => buildCsp(bad, { dev: false })).toThrow();
    }
  });
});

describe("createNonce", () => {
  it("is 128 random bits, base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => createNonce()));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    }
  });
});
