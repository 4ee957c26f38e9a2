import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSessionRef, sealSessionRef } from "@/lib/auth/forwarded-session";

const ref = { uid: "user-1", sv: 3, sid: "session-9" };
const NOW = 1_800_000_000;

describe("the session the proxy forwards to the page", () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "a-test-secret-of-the-portal-32-bytes-long!";
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.AUTH_SECRET;
    else process.env.AUTH_SECRET = saved;
  });

  it("opens to the session it was sealed with, within the minute", () => {
    const sealed = sealSessionRef(ref, NOW)!;
    expect(openSessionRef(sealed, NOW)).toEqual(ref);
    expect(openSessionRef(sealed, NOW + 60)).toEqual(ref);
  });

  it("refuses a header that is stale, altered, made up or empty", () => {
    const sealed = sealSessionRef(ref, NOW)!;
    const [body, mac] = sealed.split(".") as [string, string];
    expect(openSessionRef(sealed, NOW + 61)).toBeNull();
    const otherBody = Buffer.from(JSON.stringify(["admin-1", 3, "session-9", NOW])).toString("base64url");
    expect(openSessionRef(`${otherBody}.${mac}`, NOW)).toBeNull();
    expect(openSessionRef(`${body}.${mac.slice(1)}x`, NOW)).toBeNull();
    expect(openSessionRef(`${body}.`, NOW)).toBeNull();
    expect(openSessionRef(body, NOW)).toBeNull();
    expect(openSessionRef("", NOW)).toBeNull();
    expect(openSessionRef(null, NOW)).toBeNull();
  });

  it("is not valid under another secret", () => {
    const sealed = sealSessionRef(ref, NOW)!;
    process.env.AUTH_SECRET = "another-secret-another-secret-another-secret";
    expect(openSessionRef(sealed, NOW)).toBeNull();
  });

  it("is not made without a secret, so that the page reads the cookie itself", () => {
    delete process.env.AUTH_SECRET;
    expect(sealSessionRef(ref, NOW)).toBeUndefined();
    expect(openSessionRef("anything.at-all", NOW)).toBeNull();
  });
});
