// Sign-in throttling against real PostgreSQL, through the function next-auth's authorize() calls:
// failures slow a pair down (never lock it), other addresses and known addresses stay usable, a
// success starts the pair afresh, failures expire with the window, parallel guesses cannot slip
// through, and every attempt is audited without the password. The clock is injected: each test runs
// in its own hour, so that no test's attempts fall into another's window.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ClientAddress } from "@/lib/auth/client-address";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { closeDatabase, query, seededDatabase } from "./helpers";

const PASSWORD = "demo-password-2026";
let database: TestDatabase;
let signIn: typeof import("@/lib/auth/sign-in");
let attempts: typeof import("@/lib/data/users/sign-in-attempts");

beforeAll(async () => {
  database = await seededDatabase("sign_in_throttle");
  signIn = await import("@/lib/auth/sign-in");
  attempts = await import("@/lib/data/users/sign-in-attempts");
});

afterAll(() => closeDatabase(database));

let hour = 0;
/** A clock for one test: `at(s)` is s seconds into an hour of its own. */
function clock() {
  const start = Date.now() + ++hour * 3_600_000;
  return (seconds: number) => new Date(start + seconds * 1000);
}

const from = (address: string, trusted = true): ClientAddress => ({ address, key: address, trusted });

async function userId(email: string): Promise<string> {
  const [row] = await query<{ id: string }>(database.url, `SELECT id FROM "User" WHERE email = $1`, [email]);
  return row!.id;
}

async function sessionCount(email: string): Promise<number> {
  const [row] = await query<{ n: string }>(
    database.url,
    `SELECT count(*) AS n FROM "UserSession" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
    [email],
  );
  return Number(row!.n);
}

async function signInAuditRows(entityId: string) {
  return query<{ actorId: string | null; actorEmail: string | null; after: Record<string, unknown> }>(
    database.url,
    `SELECT "actorId", "actorEmail", after FROM "AuditEvent" WHERE action = 'auth.sign-in' AND entity = 'User' AND "entityId" = $1 ORDER BY id`,
    [entityId],
  );
}

const wrong = (email: string, n = 0) => ({ email, password: `wrong password ${n}` });
const right = (email: string) => ({ email, password: PASSWORD });

describe("failed sign-ins of one account from one address", () => {
  it("are checked five times; then each attempt waits, refused at once whatever the password", async () => {
    const at = clock();
    const email = "liaison.bn@example.org";
    const home = from("203.0.113.10");
    for (let i = 0; i < 5; i++)
      expect(await signIn.signInWithPassword(wrong(email, i), home, at(i))).toEqual({ ok: false, reason: "invalid" });

    const sessionsBefore = await sessionCount(email);
    // Half a second after the fifth failure: 1.5 s of the 2 s delay remain, told as 2 s; even the
    // right password is not looked at, and no session opens.
    expect(await signIn.signInWithPassword(right(email), home, at(4.5))).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 2 });
    expect(await signIn.signInWithPassword(right(email), home, at(5.9))).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
    expect(await sessionCount(email)).toBe(sessionsBefore);

    // Refusals do not prolong the wait: once it is over, the attempt is checked.
    const result = await signIn.signInWithPassword(right(email), home, at(6));
    expect(result).toMatchObject({ ok: true, user: { email } });
    expect(await sessionCount(email)).toBe(sessionsBefore + 1);
  });

  it("wait longer with each failure past the limit, up to 30 s", async () => {
    const at = clock();
    const email = "liaison.kh@example.org";
    const home = from("203.0.113.11");
    for (let i = 0; i < 4; i++) await signIn.signInWithPassword(wrong(email, i), home, at(i));
    // From the fifth failure on, an immediate retry is refused and says how long to wait (a refusal
    // does not count as a failure); the next failure comes exactly when the wait is over.
    const waits: number[] = [];
    let t = 4;
    for (let i = 4; i < 10; i++) {
      expect(await signIn.signInWithPassword(wrong(email, i), home, at(t))).toEqual({ ok: false, reason: "invalid" });
      const retry = await signIn.signInWithPassword(wrong(email, i), home, at(t));
      expect(retry).toMatchObject({ ok: false, reason: "throttled" });
      waits.push(!retry.ok && retry.reason === "throttled" ? retry.retryAfterSeconds : 0);
      t += waits.at(-1)!;
    }
    expect(waits).toEqual([2, 4, 8, 16, 30, 30]);
  });

  it("do not hold back the same account from another address", async () => {
    const at = clock();
    const email = "liaison.id@example.org";
    for (let i = 0; i < 5; i++) await signIn.signInWithPassword(wrong(email, i), from("203.0.113.20"), at(i));
    expect(await signIn.signInWithPassword(right(email), from("203.0.113.20"), at(5))).toMatchObject({ reason: "throttled" });
    expect(await signIn.signInWithPassword(right(email), from("198.51.100.20"), at(5))).toMatchObject({ ok: true });
  });

  it("start again from zero after a successful sign-in of that pair", async () => {
    const at = clock();
    const email = "liaison.la@example.org";
    const home = from("203.0.113.30");
    for (let i = 0; i < 4; i++) await signIn.signInWithPassword(wrong(email, i), home, at(i));
    expect(await signIn.signInWithPassword(right(email), home, at(4))).toMatchObject({ ok: true });
    // Four more failures are checked, and so is the attempt after them.
    for (let i = 5; i < 9; i++)
      expect(await signIn.signInWithPassword(wrong(email, i), home, at(i))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn.signInWithPassword(wrong(email, 9), home, at(9))).toEqual({ ok: false, reason: "invalid" });
    // That was the fifth since the success.
    expect(await signIn.signInWithPassword(wrong(email, 10), home, at(10))).toMatchObject({ reason: "throttled" });
  });

  it("expire after 15 minutes", async () => {
    const at = clock();
    const email = "liaison.my@example.org";
    const home = from("203.0.113.40");
    let t = 0;
    for (let i = 0; i < 8; i++) {
      await signIn.signInWithPassword(wrong(email, i), home, at(t));
      t += 30; // past any delay: every one of them is checked
    }
    // Eight failures: the next failure would mean 30 s...
    expect(await signIn.signInWithPassword(wrong(email, 8), home, at(t))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn.signInWithPassword(wrong(email, 9), home, at(t + 1))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 29,
    });
    // ...but 15 minutes after the last of them the slate is clean: five checked failures again.
    const later = t + 15 * 60 + 1;
    for (let i = 0; i < 5; i++)
      expect(await signIn.signInWithPassword(wrong(email, i), home, at(later + i))).toEqual({ ok: false, reason: "invalid" });
    expect(await signIn.signInWithPassword(right(email), home, at(later + 5))).toMatchObject({ reason: "throttled" });
  });

  it("cannot slip through in parallel: of ten at once, five are checked and five refused", async () => {
    const at = clock();
    const email = "liaison.sg@example.org";
    const home = from("203.0.113.50");
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => signIn.signInWithPassword(wrong(email, i), home, at(0))));
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(5);
    const rows = await query<{ outcome: string; n: string }>(
      database.url,
      `SELECT outcome::text, count(*) AS n FROM "SignInAttempt" WHERE email = $1 GROUP BY outcome ORDER BY outcome`,
      [email],
    );
    expect(rows).toEqual([
      { outcome: "FAILURE", n: "5" },
      { outcome: "THROTTLED", n: "5" },
    ]);
  });
});

describe("failures across addresses and accounts", () => {
  it("slow an account after ten from anywhere, except from an address it signed in from before", async () => {
    const at = clock();
    const email = "liaison.mm@example.org";
    const office = from("192.0.2.60");
    expect(await signIn.signInWithPassword(right(email), office, at(0))).toMatchObject({ ok: true });
    for (let i = 0; i < 10; i++) await signIn.signInWithPassword(wrong(email, i), from(`198.51.100.${60 + i}`), at(10 + i));
    expect(await signIn.signInWithPassword(right(email), from("198.51.100.99"), at(20))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 1,
    });
    // The office's address as the client names it itself (no trusted proxy) is not known...
    expect(await signIn.signInWithPassword(right(email), from("192.0.2.60", false), at(20))).toMatchObject({ reason: "throttled" });
    // ...as the proxy reports it, it is: only the pair's own failures count there, and it has none.
    expect(await signIn.signInWithPassword(right(email), office, at(20))).toMatchObject({ ok: true });
  });

  it("slow an address after twenty on any accounts (password spraying), even for an account it has not tried", async () => {
    const at = clock();
    const sprayer = from("203.0.113.70");
    for (let i = 0; i < 20; i++) {
      expect(await signIn.signInWithPassword(wrong(`nobody${i}@example.org`), sprayer, at(i))).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn.signInWithPassword(right("liaison.th@example.org"), sprayer, at(20))).toEqual({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: 1,
    });
    expect(await signIn.signInWithPassword(right("liaison.th@example.org"), from("203.0.113.71"), at(20))).toMatchObject({ ok: true });
  });
});

describe("the record of attempts", () => {
  it("audits each attempt with its outcome, by user id when the account exists, never with the password", async () => {
    const at = clock();
    const email = "liaison.vn@example.org";
    const id = await userId(email);
    const home = from("203.0.113.80");
    await signIn.signInWithPassword({ email: " Liaison.VN@Example.org ", password: "a wrong password" }, home, at(0));
    for (let i = 1; i < 5; i++) await signIn.signInWithPassword(wrong(email, i), home, at(i));
    await signIn.signInWithPassword(right(email), home, at(5));
    await signIn.signInWithPassword(right(email), home, at(7));
    await signIn.signInWithPassword({ email: "no.such.user@example.org", password: "whatever it is" }, home, at(8));

    const events = await signInAuditRows(id);
    expect(events.map((event) => event.after.outcome)).toEqual([
      "failure",
      "failure",
      "failure",
      "failure",
      "failure",
      "throttled",
      "success",
    ]);
    expect(events.every((event) => event.actorEmail === email && event.after.address === "203.0.113.80")).toBe(true);
    // Only a successful sign-in has an actor.
    expect(events.map((event) => event.actorId)).toEqual([null, null, null, null, null, null, id]);
    expect(events[5]!.after).toMatchObject({ retryAfterSeconds: 1, limit: "pair" });

    const unknown = await signInAuditRows("no.such.user@example.org");
    expect(unknown).toEqual([
      { actorId: null, actorEmail: "no.such.user@example.org", after: expect.objectContaining({ outcome: "failure" }) },
    ]);

    const everything = JSON.stringify(await query(database.url, `SELECT * FROM "AuditEvent" WHERE action = 'auth.sign-in'`));
    expect(everything).not.toMatch(/wrong password|whatever it is|demo-password/);
  });

  it("tells a disabled account apart in the audit trail only: the answer is the same as for a wrong password", async () => {
    const at = clock();
    const email = "liaison.tl@example.org";
    const id = await userId(email);
    await query(database.url, `UPDATE "User" SET disabled = true WHERE id = $1`, [id]);
    try {
      const home = from("203.0.113.90");
      for (let i = 0; i < 6; i++)
        expect(await signIn.signInWithPassword(right(email), home, at(i))).toEqual({ ok: false, reason: "invalid" });
      expect((await signInAuditRows(id)).map((event) => event.after.outcome)).toEqual(Array(6).fill("disabled"));
    } finally {
      await query(database.url, `UPDATE "User" SET disabled = false WHERE id = $1`, [id]);
    }
  });

  it("keeps attempts a day, and successes 30 days (they make an address known)", async () => {
    // In the past, where the other tests' attempts are not.
    const now = new Date();
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const at = (n: number) => `$${n}::timestamptz AT TIME ZONE 'UTC'`;
    await query(
      database.url,
      `INSERT INTO "SignInAttempt" (email, address, outcome, at) VALUES
        ('prune@example.org', '192.0.2.200', 'FAILURE', ${at(1)}), ('prune@example.org', '192.0.2.200', 'THROTTLED', ${at(1)}),
        ('prune@example.org', '192.0.2.200', 'FAILURE', ${at(2)}), ('prune@example.org', '192.0.2.200', 'SUCCESS', ${at(3)}),
        ('prune@example.org', '192.0.2.200', 'SUCCESS', ${at(4)})`,
      [daysAgo(1.5), daysAgo(0.5), daysAgo(20), daysAgo(31)],
    );
    expect(await attempts.pruneSignInAttempts(now)).toBe(3);
    const left = await query<{ outcome: string }>(
      database.url,
      `SELECT outcome::text FROM "SignInAttempt" WHERE email = 'prune@example.org' ORDER BY at`,
    );
    expect(left.map((row) => row.outcome)).toEqual(["SUCCESS", "FAILURE"]);
  });
});
