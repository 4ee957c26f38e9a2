import { describe, expect, it } from "vitest";
import { ABSOLUTE_TIMEOUT_SECONDS, IDLE_TIMEOUT_SECONDS, isSessionExpired, readClaims } from "@/lib/auth/session-policy";

describe("session lifetimes", () => {
  it("are one hour idle and eight hours at most", () => {
    expect(IDLE_TIMEOUT_SECONDS).toBe(3600);
    expect(ABSOLUTE_TIMEOUT_SECONDS).toBe(8 * 3600);
  });
  it("end a session eight hours after sign-in, however active", () => {
    const signedInAt = 1_000_000;
    expect(isSessionExpired({ signedInAt }, signedInAt + 8 * 3600)).toBe(false);
    expect(isSessionExpired({ signedInAt }, signedInAt + 8 * 3600 + 1)).toBe(true);
  });
});

describe("readClaims", () => {
  it("reads a well-formed token", () => {
    expect(readClaims({ uid: "u", sv: 2, sid: "s", signedInAt: 5, email: "x" })).toEqual({ uid: "u", sv: 2, sid: "s", signedInAt: 5 });
  });
  it("refuses tokens missing a claim or with a wrong type", () => {
    expect(readClaims(null)).toBeNull();
    expect(readClaims({ uid: "u", sv: 2, signedInAt: 5 })).toBeNull();
    expect(readClaims({ uid: "u", sv: "2", sid: "s", signedInAt: 5 })).toBeNull();
    expect(readClaims({ uid: 1, sv: 2, sid: "s", signedInAt: 5 })).toBeNull();
  });
});
