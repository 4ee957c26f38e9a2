import { describe, expect, it } from "vitest";
import { settleForwardedHeaders } from "@/lib/security/forwarded-headers";

const forged = () => ({
  host: "127.0.0.1:3000",
  "x-forwarded-for": "7.7.7.7",
  "x-forwarded-host": "evil.example",
  "x-forwarded-proto": "https",
  "x-forwarded-port": "443",
  forwarded: "for=7.7.7.7;host=evil.example",
  "x-real-ip": "7.7.7.7",
});

describe("forwarded headers", () => {
  it("reached directly: the socket's address replaces whatever the client wrote, and no forwarded host or scheme is kept", () => {
    const headers = forged();
    settleForwardedHeaders(headers, "::ffff:127.0.0.1", 0);
    expect(headers).toEqual({ host: "127.0.0.1:3000", "x-forwarded-for": "::ffff:127.0.0.1" });
  });

  it("behind trusted proxies: the proxies wrote them, so they pass unchanged", () => {
    const headers = forged();
    settleForwardedHeaders(headers, "10.0.0.2", 1);
    expect(headers).toEqual(forged());
  });

  it("without a socket address: nothing forged is left either", () => {
    const headers = forged();
    settleForwardedHeaders(headers, undefined, 0);
    expect(headers).toEqual({ host: "127.0.0.1:3000" });
  });
});
