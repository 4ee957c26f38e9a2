// A session ends at the next request when it is signed out, when the user is disabled, and when the
// user's session version changes (password change, sign-out everywhere).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let users: typeof import("@/lib/data/users/sessions");
let userId: string;

beforeAll(async () => {
  database = await seededDatabase("sessions");
  users = await import("@/lib/data/users/sessions");
  const [row] = await query<{ id: string }>(database.url, `SELECT id FROM "User" WHERE email = 'liaison.ph@example.org'`);
  userId = row!.id;
});

afterAll(() => closeDatabase(database));

beforeEach(async () => {
  await query(database.url, `UPDATE "User" SET disabled = false WHERE id = $1`, [userId]);
});

async function sessionVersion(): Promise<number> {
  const [row] = await query<{ sessionVersion: number }>(database.url, `SELECT "sessionVersion" FROM "User" WHERE id = $1`, [userId]);
  return row!.sessionVersion;
}

describe("sessions", () => {
  it("resolve to the user's current role and state while valid", async () => {
    const sid = await users.openSession(userId);
    const actor = await users.findSessionActor({ uid: userId, sv: await sessionVersion(), sid });
    expect(actor).toMatchObject({ id: userId, role: "LIAISON", stateCode: "PH" });
  });

  it("end when signed out, and only that session", async () => {
    const sv = await sessionVersion();
    const [first, second] = [await users.openSession(userId), await users.openSession(userId)];
    await users.revokeSession({ uid: userId, sid: first });
    expect(await users.findSessionActor({ uid: userId, sv, sid: first })).toBeNull();
    expect(await users.findSessionActor({ uid: userId, sv, sid: second })).not.toBeNull();
  });

  it("end when the user is disabled", async () => {
    const sid = await users.openSession(userId);
    const sv = await sessionVersion();
    await query(database.url, `UPDATE "User" SET disabled = true WHERE id = $1`, [userId]);
    expect(await users.findSessionActor({ uid: userId, sv, sid })).toBeNull();
  });

  it("end when the session version changes", async () => {
    const sid = await users.openSession(userId);
    const sv = await sessionVersion();
    await query(database.url, `UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE id = $1`, [userId]);
    expect(await users.findSessionActor({ uid: userId, sv, sid })).toBeNull();
    expect(await users.findSessionActor({ uid: userId, sv: sv + 1, sid })).not.toBeNull();
  });

  it("cannot be borrowed by another user", async () => {
    const sid = await users.openSession(userId);
    const [other] = await query<{ id: string; sessionVersion: number }>(
      database.url,
      `SELECT id, "sessionVersion" FROM "User" WHERE email = 'admin@example.org'`,
    );
    expect(await users.findSessionActor({ uid: other!.id, sv: other!.sessionVersion, sid })).toBeNull();
  });
});
