// "Sign out everywhere" on /admin/users, through the data function its server action calls: every
// session of the user ends at its next request, in one transaction with its audit event; only admins
// may do it (anyone else: "not found", nothing changes); a stale form conflicts. A user's own sign-ins,
// audited on the same record, never pass for the admin's changes in a conflict.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, rejection, seededDatabase, tableCounts } from "./helpers";

let database: TestDatabase;
let admin: Actor;
let planner: Actor;
let liaison: Actor;
let userAdmin: typeof import("@/lib/data/users/reads") & typeof import("@/lib/data/users/writes");
let users: typeof import("@/lib/data/users/sessions");
let signIn: typeof import("@/lib/auth/sign-in");

interface UserRow extends Record<string, unknown> {
  id: string;
  sessionVersion: number;
  version: number;
}

async function userRow(email: string): Promise<UserRow> {
  const [row] = await query<UserRow>(database.url, `SELECT id, "sessionVersion", version FROM "User" WHERE email = $1`, [email]);
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

/** A signed-in session of the user, as its cookie would name it. */
async function sessionOf(email: string) {
  const user = await userRow(email);
  return { uid: user.id, sv: user.sessionVersion, sid: await users.openSession(user.id) };
}

async function openSessions(userId: string): Promise<number> {
  const [row] = await query<{ n: string }>(
    database.url,
    `SELECT count(*) AS n FROM "UserSession" WHERE "userId" = $1 AND "revokedAt" IS NULL`,
    [userId],
  );
  return Number(row!.n);
}

beforeAll(async () => {
  database = await seededDatabase("sign_out_everywhere");
  userAdmin = { ...(await import("@/lib/data/users/reads")), ...(await import("@/lib/data/users/writes")) };
  users = await import("@/lib/data/users/sessions");
  signIn = await import("@/lib/auth/sign-in");
  [admin, planner, liaison] = await Promise.all([
    actorByEmail(database.url, "admin@example.org"),
    actorByEmail(database.url, "planner@example.org"),
    actorByEmail(database.url, "liaison.ph@example.org"),
  ]);
});

afterAll(() => closeDatabase(database));

describe("signing a user out everywhere", () => {
  it("ends every open session of the user, and only theirs, audited in the same transaction", async () => {
    const sessions = [await sessionOf("liaison.kh@example.org"), await sessionOf("liaison.kh@example.org")];
    const bystander = await sessionOf("liaison.la@example.org");
    const before = await userRow("liaison.kh@example.org");
    expect(await openSessions(before.id)).toBe(2);

    expect(await userAdmin.signOutEverywhere(admin, { userId: before.id, version: String(before.version) })).toEqual({
      version: before.version + 1,
    });

    expect(await userRow("liaison.kh@example.org")).toEqual({
      ...before,
      sessionVersion: before.sessionVersion + 1,
      version: before.version + 1,
    });
    expect(await openSessions(before.id)).toBe(0);
    for (const session of sessions) expect(await users.findSessionActor(session)).toBeNull();
    expect(await users.findSessionActor(bystander)).not.toBeNull();

    const events = await query<{ action: string; actorEmail: string; before: unknown; after: unknown }>(
      database.url,
      `SELECT action, "actorEmail", before, after FROM "AuditEvent" WHERE entity = 'User' AND "entityId" = $1 ORDER BY id`,
      [before.id],
    );
    expect(events).toEqual([
      {
        action: "user.sign-out-everywhere",
        actorEmail: "admin@example.org",
        before: { sessionVersion: before.sessionVersion },
        after: { sessionVersion: before.sessionVersion + 1, sessionsEnded: 2 },
      },
    ]);

    // The user can sign in again, with a new session.
    const again = await signIn.signInWithPassword(
      { email: "liaison.kh@example.org", password: "demo-password-2026" },
      { address: "192.0.2.1", key: "192.0.2.1", trusted: true },
    );
    expect(again.ok).toBe(true);
    if (again.ok) expect(await users.findSessionActor({ uid: again.user.id, sv: again.user.sv, sid: again.user.sid })).not.toBeNull();
  });

  it("is refused to planners and liaison officers as 'not found', and nothing changes", async () => {
    const session = await sessionOf("liaison.la@example.org");
    const target = await userRow("liaison.la@example.org");
    const before = await tableCounts(database.url);
    for (const actor of [planner, liaison]) {
      expect(await rejection(userAdmin.signOutEverywhere(actor, { userId: target.id, version: String(target.version) }))).toBeInstanceOf(
        NotFoundError,
      );
      // Not even the input is read.
      expect(await rejection(userAdmin.signOutEverywhere(actor, { nonsense: true }))).toBeInstanceOf(NotFoundError);
    }
    expect(await tableCounts(database.url)).toEqual(before);
    expect(await userRow("liaison.la@example.org")).toEqual(target);
    expect(await users.findSessionActor(session)).not.toBeNull();
  });

  it("refuses a stale form with who changed the user last, not who signed in last", async () => {
    const target = await userRow("liaison.la@example.org");
    await userAdmin.signOutEverywhere(admin, { userId: target.id, version: String(target.version) });
    // The user signs in afterwards: audited on the same record, but not a change to it.
    const result = await signIn.signInWithPassword(
      { email: "liaison.la@example.org", password: "demo-password-2026" },
      { address: "192.0.2.2", key: "192.0.2.2", trusted: true },
    );
    expect(result.ok).toBe(true);

    const stale = await rejection(userAdmin.signOutEverywhere(admin, { userId: target.id, version: String(target.version) }));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).current).toMatchObject({ version: target.version + 1, updatedBy: admin.name });
    expect(await userRow("liaison.la@example.org")).toMatchObject({
      version: target.version + 1,
      sessionVersion: target.sessionVersion + 1,
    });
  });

  it("refuses an unknown user as 'not found'", async () => {
    expect(await rejection(userAdmin.signOutEverywhere(admin, { userId: "cxxxxxxxxxxxxxxxxxxxxxxxx", version: "1" }))).toBeInstanceOf(
      NotFoundError,
    );
  });
});
