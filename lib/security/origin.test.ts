import { describe, expect, it } from "vitest";
import { isOwnOriginRequest, type MutationRequest } from "@/lib/security/origin";

const post = (fields: Partial<MutationRequest>): MutationRequest => ({
  method: "POST",
  origin: null,
  referer: null,
  host: "127.0.0.1:3000",
  forwardedHost: null,
  ...fields,
});
const direct = { trustedHops: 0 };

describe("the origin of a mutation", () => {
  it("lets reads through whatever they carry", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) expect(isOwnOriginRequest(post({ method }), direct)).toBe(true);
  });

  it("accepts the portal's own origin, from Origin or else Referer", () => {
    expect(isOwnOriginRequest(post({ origin: "http://127.0.0.1:3000" }), direct)).toBe(true);
    expect(isOwnOriginRequest(post({ referer: "http://127.0.0.1:3000/plans/abc?x=1" }), direct)).toBe(true);
  });

  it("refuses a mutation with neither Origin nor Referer, an opaque Origin, or another site's", () => {
    expect(isOwnOriginRequest(post({}), direct)).toBe(false);
    expect(isOwnOriginRequest(post({ origin: "null", referer: "http://127.0.0.1:3000/" }), direct)).toBe(false);
    expect(isOwnOriginRequest(post({ origin: "https://evil.example" }), direct)).toBe(false);
    expect(isOwnOriginRequest(post({ referer: "https://evil.example/page" }), direct)).toBe(false);
    expect(isOwnOriginRequest(post({ origin: "javascript:alert(1)" }), direct)).toBe(false);
    for (const method of ["PUT", "PATCH", "DELETE"]) expect(isOwnOriginRequest(post({ method }), direct)).toBe(false);
  });

  it("believes X-Forwarded-Host only behind trusted proxies", () => {
    const spoofed = post({ origin: "https://evil.example", forwardedHost: "evil.example" });
    expect(isOwnOriginRequest(spoofed, direct)).toBe(false);
    expect(
      isOwnOriginRequest(post({ origin: "https://portal.example", forwardedHost: "portal.example", host: "10.0.0.5:3000" }), {
        trustedHops: 1,
      }),
    ).toBe(true);
  });

  it("with AUTH_URL, accepts exactly that origin", () => {
    const configured = { publicUrl: "https://portal.example.go.jp", trustedHops: 0 };
    expect(isOwnOriginRequest(post({ origin: "https://portal.example.go.jp", host: "10.0.0.5:3000" }), configured)).toBe(true);
    expect(isOwnOriginRequest(post({ origin: "http://portal.example.go.jp" }), configured)).toBe(false);
    expect(isOwnOriginRequest(post({ origin: "http://127.0.0.1:3000" }), configured)).toBe(false);
  });
});
