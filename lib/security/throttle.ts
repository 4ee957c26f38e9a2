// Sign-in throttling: the rules, as pure functions of the recent attempts (the attempts themselves are
// kept in PostgreSQL by lib/data/users/sign-in-attempts.ts, so that every app instance sees the same ones).
//
// Failed password checks are counted over a sliding window of 15 minutes, in three scopes:
//   pair     one account from one address, 5 failures   (a user mistyping; one attacker on one account)
//   account  one account from any address, 10 failures  (a distributed guess at one password)
//   address  one address for any account, 20 failures   (password spraying)
// Reaching a limit locks nothing. Each further attempt in that scope must wait a delay after the
// scope's latest failure, doubling with each failure past the limit: 2 s, 4 s, 8 s, 16 s, then 30 s at
// most. Until the delay has passed, attempts are refused at once, without checking the password and
// without counting as failures (hammering does not prolong the wait). Failures expire with the window.
// A successful sign-in clears the pair's and the account's counts (not the address's: a sprayer could
// otherwise clear it with an account of their own).
//
// Nobody can keep a real user out for long: the delays are short and end by themselves, and from an
// address where the account signed in successfully in the last 30 days (when the address can be
// trusted, see client-address.ts) only that pair's own limit applies, not the account's or the
// address's, which strangers can fill.

export type ThrottleScope = "pair" | "account" | "address";

export interface ThrottlePolicy {
  windowMs: number;
  limits: Record<ThrottleScope, number>;
  baseDelayMs: number;
  maxDelayMs: number;
  /** How long a successful sign-in makes its address "known" for the account. */
  knownAddressMs: number;
}

export const THROTTLE: ThrottlePolicy = {
  windowMs: 15 * 60_000,
  limits: { pair: 5, account: 10, address: 20 },
  // Two seconds rather than one: the first slowdown must outlast an immediate retry to be noticed.
  baseDelayMs: 2_000,
  maxDelayMs: 30_000,
  knownAddressMs: 30 * 24 * 60 * 60_000,
};

/** An earlier attempt, as far as throttling cares: a pending check counts as a failure. */
export interface AttemptFact {
  email: string;
  address: string;
  outcome: "SUCCESS" | "FAILURE" | "PENDING";
  at: Date;
}

export interface AttemptTarget {
  email: string;
  address: string;
  /** The account signed in successfully from this (trusted) address within `knownAddressMs`. */
  knownAddress: boolean;
}

/** Allowed (retryAfterMs 0, scope null), or how long to wait and which limit says so. */
export interface ThrottleVerdict {
  retryAfterMs: number;
  scope: ThrottleScope | null;
}

/** The wait after the `failures`-th failure in a scope with this limit: none below the limit. */
export function delayAfter(failures: number, limit: number, policy: ThrottlePolicy = THROTTLE): number {
  if (failures < limit) return 0;
  const doublings = Math.min(failures - limit, 30); // 2 ** 30 already exceeds any sensible cap
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** doublings);
}

/** Whole seconds to tell the user: never "0 seconds" while a wait remains. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1000));
}

const SCOPES: { scope: ThrottleScope; matches: (a: AttemptFact, t: AttemptTarget) => boolean; clearedBySuccess: boolean }[] = [
  { scope: "pair", matches: (a, t) => a.email === t.email && a.address === t.address, clearedBySuccess: true },
  { scope: "account", matches: (a, t) => a.email === t.email, clearedBySuccess: true },
  { scope: "address", matches: (a, t) => a.address === t.address, clearedBySuccess: false },
];

/** Whether an attempt may be checked now, given the attempts before it (any order, any age). */
export function assessAttempt(
  history: AttemptFact[],
  target: AttemptTarget,
  now: Date,
  policy: ThrottlePolicy = THROTTLE,
): ThrottleVerdict {
  const windowStart = now.getTime() - policy.windowMs;
  const recent = history.filter((attempt) => attempt.at.getTime() > windowStart);
  let verdict: ThrottleVerdict = { retryAfterMs: 0, scope: null };
  for (const { scope, matches, clearedBySuccess } of SCOPES) {
    if (scope !== "pair" && target.knownAddress) continue;
    const attempts = recent.filter((attempt) => matches(attempt, target));
    const clearedAt = clearedBySuccess
      ? Math.max(-Infinity, ...attempts.filter((a) => a.outcome === "SUCCESS").map((a) => a.at.getTime()))
      : -Infinity;
    const failures = attempts.filter((a) => a.outcome !== "SUCCESS" && a.at.getTime() > clearedAt).map((a) => a.at.getTime());
    const delay = delayAfter(failures.length, policy.limits[scope], policy);
    if (delay === 0) continue;
    const wait = Math.max(...failures) + delay - now.getTime();
    if (wait > verdict.retryAfterMs) verdict = { retryAfterMs: wait, scope };
  }
  return verdict;
}
