import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, throttleKey, trustedProxyHops } from "@/lib/auth/client-address";

const forwardedFor = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("TRUSTED_PROXY", () => {
  it("is a number of proxies; unset, false and nonsense mean none", () => {
    expect([undefined, "", "0", "false", "FALSE", "1", "true", " 2 "].map(trustedProxyHops)).toEqual([0, 0, 0, 0, 0, 1, 1, 2]);
    expect(trustedProxyHops("yes please")).toBe(0);
  });
});

describe("the client address", () => {
  it("without a trusted proxy is what Next.js put in X-Forwarded-For, not trusted", () => {
    expect(clientAddress(forwardedFor("::ffff:127.0.0.1"), 0)).toEqual({ address: "127.0.0.1", key: "127.0.0.1", trusted: false });
    // A client talking to the app directly can write the header itself: used, but never trusted.
    expect(clientAddress(forwardedFor("198.51.100.1"), 0).trusted).toBe(false);
  });

  it("behind one proxy is the entry that proxy appended, whatever the client wrote before it", () => {
    expect(clientAddress(forwardedFor("10.0.0.1, 203.0.113.7"), 1)).toEqual({ address: "203.0.113.7", key: "203.0.113.7", trusted: true });
    expect(clientAddress(forwardedFor("1.1.1.1, 10.0.0.1, 203.0.113.7, 192.0.2.10"), 2).address).toBe("203.0.113.7");
  });

  it("is unknown, and not trusted, when there is none or it is not an address", () => {
    expect(clientAddress(forwardedFor(), 1)).toEqual({ address: "unknown", key: "unknown", trusted: false });
    expect(clientAddress(forwardedFor("<script>"), 1)).toEqual({ address: "unknown", key: "unknown", trusted: false });
  });

  it("is not trusted when the header has fewer entries than there are proxies", () => {
    expect(clientAddress(forwardedFor("203.0.113.7"), 2)).toMatchObject({ address: "203.0.113.7", trusted: false });
  });
});

describe("addresses", () => {
  it("lose ports, brackets, zones and the IPv4-mapped prefix", () => {
    expect(
      ["203.0.113.7:5123", "[2001:DB8::1]:443", "fe80::1%eth0", "::FFFF:192.0.2.1", "not-an-ip", "999.1.1.1"].map(normaliseAddress),
    ).toEqual(["203.0.113.7", "2001:db8::1", "fe80::1", "192.0.2.1", null, null]);
  });

  it("are counted one by one for IPv4 and by /64 for IPv6", () => {
    expect(throttleKey("203.0.113.7")).toBe("203.0.113.7");
    expect(throttleKey("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1:2::/64");
    expect(throttleKey("2001:db8:1:2::ffff")).toBe("2001:db8:1:2::/64");
    expect(throttleKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(throttleKey("::1")).toBe("0:0:0:0::/64");
    expect(throttleKey("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
    expect(throttleKey("unknown")).toBe("unknown");
  });
});
