import { describe, expect, it } from "vitest";
import { assessAttempt, delayAfter, retryAfterSeconds, THROTTLE, type AttemptFact } from "@/lib/security/throttle";

const T0 = new Date("2026-11-28T03:00:00Z").getTime();
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const EMAIL = "planner@example.org";
const HOME = "203.0.113.7";

function failures(count: number, options: { email?: string; address?: string; from?: number; every?: number } = {}): AttemptFact[] {
  const { email = EMAIL, address = HOME, from = 0, every = 1 } = options;
  return Array.from({ length: count }, (_, i) => ({ email, address, outcome: "FAILURE" as const, at: at(from + i * every) }));
}

const target = { email: EMAIL, address: HOME, knownAddress: false };

describe("the delay after each failure", () => {
  it("is none below the limit, then doubles from 2 s up to 30 s", () => {
    const pair = THROTTLE.limits.pair;
    expect([1, 2, 3, 4].map((n) => delayAfter(n, pair))).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 50, 10_000].map((n) => delayAfter(n, pair) / 1000)).toEqual([2, 4, 8, 16, 30, 30, 30, 30]);
  });

  it("is told in whole seconds, never zero while a wait remains", () => {
    expect([1, 999, 1000, 1001, 29_999].map(retryAfterSeconds)).toEqual([1, 1, 1, 2, 30]);
  });

  it("uses the limits of the policy: 5 per pair, 10 per account, 20 per address, over 15 minutes", () => {
    expect(THROTTLE.limits).toEqual({ pair: 5, account: 10, address: 20 });
    expect(THROTTLE.windowMs).toBe(15 * 60_000);
  });
});

describe("an attempt after failures of the same account from the same address", () => {
  it("is allowed after four failures, and waits 2 s after the fifth", () => {
    expect(assessAttempt(failures(4), target, at(4))).toEqual({ retryAfterMs: 0, scope: null });
    expect(assessAttempt(failures(5), target, at(4.5))).toEqual({ retryAfterMs: 1500, scope: "pair" });
    expect(assessAttempt(failures(5), target, at(6))).toEqual({ retryAfterMs: 0, scope: null });
  });

  it("waits longer with each further failure, counting from the latest", () => {
    expect(assessAttempt(failures(7, { every: 20 }), target, at(120))).toEqual({ retryAfterMs: 8000, scope: "pair" });
  });

  it("counts a pending check as a failure", () => {
    const history = [...failures(4), { email: EMAIL, address: HOME, outcome: "PENDING" as const, at: at(4) }];
    expect(assessAttempt(history, target, at(4)).scope).toBe("pair");
  });

  it("forgets failures older than the window", () => {
    expect(assessAttempt(failures(9, { from: -15 * 60 - 10 }), target, at(0))).toEqual({ retryAfterMs: 0, scope: null });
    // Ten failures in the window: 30 s after the latest. Of the same ten with six older than 15
    // minutes, four remain: no wait at all.
    const inWindow = [...failures(9, { from: -895 }), ...failures(1, { from: 0 })];
    expect(assessAttempt(inWindow, target, at(1))).toEqual({ retryAfterMs: 29_000, scope: "pair" });
    const partlyOld = [...failures(9, { from: -905 }), ...failures(1, { from: 0 })];
    expect(assessAttempt(partlyOld, target, at(1))).toEqual({ retryAfterMs: 0, scope: null });
  });

  it("starts again after a successful sign-in of that pair", () => {
    const history = [
      ...failures(5),
      { email: EMAIL, address: HOME, outcome: "SUCCESS" as const, at: at(10) },
      ...failures(4, { from: 11 }),
    ];
    expect(assessAttempt(history, target, at(15))).toEqual({ retryAfterMs: 0, scope: null });
  });
});

describe("an attempt from another address", () => {
  it("is not held back by the first pair's limit", () => {
    expect(assessAttempt(failures(5), { ...target, address: "198.51.100.9" }, at(5))).toEqual({ retryAfterMs: 0, scope: null });
  });

  it("is slowed once the account has 10 failures from anywhere", () => {
    const spread = Array.from({ length: 10 }, (_, i) => ({
      email: EMAIL,
      address: `198.51.100.${i}`,
      outcome: "FAILURE" as const,
      at: at(i),
    }));
    expect(assessAttempt(spread, { ...target, address: "192.0.2.1" }, at(10))).toEqual({ retryAfterMs: 1000, scope: "account" });
    // ...but not from an address the account is known to sign in from: only its own pair counts there.
    expect(assessAttempt(spread, { ...target, address: "192.0.2.1", knownAddress: true }, at(10))).toEqual({
      retryAfterMs: 0,
      scope: null,
    });
  });
});

describe("an address trying many accounts", () => {
  const spray = Array.from({ length: 20 }, (_, i) => ({
    email: `user${i}@example.org`,
    address: HOME,
    outcome: "FAILURE" as const,
    at: at(i),
  }));

  it("is slowed after 20 failures, for every account, even one it has not tried", () => {
    expect(assessAttempt(spray.slice(0, 19), { ...target, email: "new@example.org" }, at(20)).scope).toBeNull();
    expect(assessAttempt(spray, { ...target, email: "new@example.org" }, at(20))).toEqual({ retryAfterMs: 1000, scope: "address" });
  });

  it("is not cleared by a success on one of the accounts", () => {
    const history = [...spray, { email: "user0@example.org", address: HOME, outcome: "SUCCESS" as const, at: at(20) }];
    expect(assessAttempt(history, { ...target, email: "other@example.org" }, at(20.5)).scope).toBe("address");
  });

  it("does not slow an account that signed in from there before", () => {
    expect(assessAttempt(spray, { ...target, knownAddress: true }, at(20))).toEqual({ retryAfterMs: 0, scope: null });
  });
});

describe("when several limits apply", () => {
  it("the longest wait wins", () => {
    // Seven failures of the pair (8 s after the latest, at 6 s) and, with thirteen on other accounts
    // at 6 s, twenty from the address (2 s after the latest).
    const others = Array.from({ length: 13 }, (_, i) => ({
      email: `u${i}@example.org`,
      address: HOME,
      outcome: "FAILURE" as const,
      at: at(6),
    }));
    const history = [...failures(7), ...others];
    expect(assessAttempt(history, target, at(7))).toEqual({ retryAfterMs: 7000, scope: "pair" });
    expect(assessAttempt(history, { ...target, email: "someone@example.org" }, at(7))).toEqual({ retryAfterMs: 1000, scope: "address" });
  });
});
