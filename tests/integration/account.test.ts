// A user's own account (/account): changing one's own password through the data layer its server
// action calls, against real PostgreSQL: the current password is asked again, the new one replaces the
// hash with its audit event in one transaction, the user's other sessions end and this one goes on,
// refusals come beside their fields and change nothing, and wrong guesses are counted and limited,
// also when they arrive at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ValidationError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { DEMO_PASSWORD } from "@/prisma/seed/users";
import { actorByEmail, closeDatabase, fieldErrorsOf, query, rejection, seededDatabase } from "./helpers";

let database: TestDatabase;
let account: typeof import("@/lib/data/users/account");
let password: typeof import("@/lib/security/password");

beforeAll(async () => {
  database = await seededDatabase("account");
  account = await import("@/lib/data/users/account");
  password = await import("@/lib/security/password");
});

afterAll(() => closeDatabase(database));

/** Two sessions of the user: the one acting, and another browser's. */
async function twoSessions(actor: Actor): Promise<{ current: string; other: string }> {
  const [current, other] = await Promise.all(
    ["current", "other"].map(async () => {
      const [row] = await query<{ id: string }>(
        database.url,
        `INSERT INTO "UserSession" (id, "userId") VALUES (gen_random_uuid()::text, $1) RETURNING id`,
        [actor.id],
      );
      return row!.id;
    }),
  );
  return { current: current!, other: other! };
}

const userRow = async (id: string) =>
  (
    await query<{ passwordHash: string; version: number; x: string }>(
      database.url,
      `SELECT "passwordHash", version, xmin::text AS x FROM "User" WHERE id = $1`,
      [id],
    )
  )[0]!;
const sessionRevoked = async (id: string) =>
  (await query<{ revoked: boolean }>(database.url, `SELECT "revokedAt" IS NOT NULL AS revoked FROM "UserSession" WHERE id = $1`, [id]))[0]!
    .revoked;
const events = (userId: string, action: string) =>
  query<{ after: Record<string, unknown>; x: string; actorId: string }>(
    database.url,
    `SELECT after, xmin::text AS x, "actorId" FROM "AuditEvent" WHERE entity = 'User' AND "entityId" = $1 AND action = $2 ORDER BY id`,
    [userId, action],
  );
const change = (currentPassword: string, newPassword: string, confirmPassword = newPassword) => ({
  currentPassword,
  newPassword,
  confirmPassword,
});

describe("changing one's own password", () => {
  it("replaces the hash, ends the other sessions and keeps this one, audited in the same transaction", async () => {
    const planner = await actorByEmail(database.url, "planner2@example.org");
    const sessions = await twoSessions(planner);
    const before = await userRow(planner.id);
    const result = await account.changeOwnPassword(planner, sessions.current, change(DEMO_PASSWORD, "a brand new passphrase"));
    expect(result).toEqual({ otherSessionsEnded: 1 });
    const after = await userRow(planner.id);
    expect(await password.verifyPassword(after.passwordHash, "a brand new passphrase")).toBe(true);
    expect(await password.verifyPassword(after.passwordHash, DEMO_PASSWORD)).toBe(false);
    expect(after.version).toBe(before.version + 1);
    expect(await sessionRevoked(sessions.other)).toBe(true);
    expect(await sessionRevoked(sessions.current)).toBe(false);
    const [event] = await events(planner.id, "user.changePassword");
    expect(event).toMatchObject({ after: { otherSessionsEnded: 1 }, actorId: planner.id, x: after.x });
    // Never the hash.
    expect(JSON.stringify(event)).not.toContain(after.passwordHash);
  });

  it("is every user's own: a liaison officer changes theirs", async () => {
    const liaison = await actorByEmail(database.url, "liaison.vn@example.org");
    const sessions = await twoSessions(liaison);
    await account.changeOwnPassword(liaison, sessions.current, change(DEMO_PASSWORD, "vientiane vision two"));
    expect(await password.verifyPassword((await userRow(liaison.id)).passwordHash, "vientiane vision two")).toBe(true);
  });

  it.each([
    [
      "a wrong current password",
      change("not my password at all", "a brand new passphrase"),
      "currentPassword",
      "account.validation.wrongPassword",
    ],
    [
      "a confirmation that differs",
      change(DEMO_PASSWORD, "a brand new passphrase", "a brand new passphrasE"),
      "confirmPassword",
      "account.validation.confirmMismatch",
    ],
    ["a short new password", change(DEMO_PASSWORD, "short"), "newPassword", "account.validation.passwordTooShort"],
    ["the same password again", change(DEMO_PASSWORD, DEMO_PASSWORD), "newPassword", "account.validation.samePassword"],
    ["an empty current password", change("", "a brand new passphrase"), "currentPassword", "required"],
  ])("refuses %s beside its field, changing nothing", async (_case, input, field, key) => {
    const admin = await actorByEmail(database.url, "admin@example.org");
    const sessions = await twoSessions(admin);
    const before = await userRow(admin.id);
    expect((await fieldErrorsOf(account.changeOwnPassword(admin, sessions.current, input)))[field]).toEqual([`msg:${key}`]);
    const after = await userRow(admin.id);
    expect(after.passwordHash).toBe(before.passwordHash);
    expect(after.version).toBe(before.version);
    expect(await sessionRevoked(sessions.other)).toBe(false);
  });

  it(`refuses past 5 wrong guesses in 15 minutes, even the right password, also when the guesses come at once`, async () => {
    const officer = await actorByEmail(database.url, "liaison.ph@example.org");
    const sessions = await twoSessions(officer);
    const before = await userRow(officer.id);
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        rejection(account.changeOwnPassword(officer, sessions.current, change(`wrong guess ${i}!`, "a brand new passphrase"))),
      ),
    );
    const messages = guesses.map((error) => (error as ValidationError).fieldErrors.currentPassword?.[0]);
    expect(messages.filter((m) => m === "msg:account.validation.wrongPassword")).toHaveLength(account.GUESS_LIMIT);
    expect(messages.filter((m) => m === "msg:account.validation.tooManyAttempts")).toHaveLength(8 - account.GUESS_LIMIT);
    expect(await events(officer.id, "user.changePassword.refused")).toHaveLength(account.GUESS_LIMIT);
    const right = (await rejection(
      account.changeOwnPassword(officer, sessions.current, change(DEMO_PASSWORD, "a brand new passphrase")),
    )) as ValidationError;
    expect(right.fieldErrors.currentPassword).toEqual(["msg:account.validation.tooManyAttempts"]);
    expect((await userRow(officer.id)).passwordHash).toBe(before.passwordHash);
  });
});
