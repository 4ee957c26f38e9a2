// User administration and the audit log viewer through the data layer their pages and actions call:
// only admins may use them (everyone else learns nothing: "not found"), every change is audited in its
// transaction without password hashes, disabling and password resets end the user's sessions at once,
// stale saves conflict, an admin cannot lock themselves out, and the audit log's filters select
// exactly what the same filters select in SQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/authz/actor";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, fieldErrorsOf, query, rejection, seededDatabase, tableCounts } from "./helpers";

let database: TestDatabase;
let admin: Actor;
let planner: Actor;
let liaison: Actor;
let userAdmin: typeof import("@/lib/data/users/reads") & typeof import("@/lib/data/users/writes");
let auditLog: typeof import("@/lib/data/audit/log");
let users: typeof import("@/lib/data/users/sessions");
let password: typeof import("@/lib/security/password");

const newLiaison = (overrides: Record<string, unknown> = {}) => ({
  name: "Khin Maung",
  email: "Khin.Maung@Example.org",
  role: "LIAISON",
  stateCode: "MM",
  password: "a long initial password",
  ...overrides,
});

interface UserRow extends Record<string, unknown> {
  id: string;
  email: string;
  role: string;
  stateCode: string | null;
  disabled: boolean;
  sessionVersion: number;
  version: number;
  passwordHash: string;
}

async function userRow(email: string): Promise<UserRow> {
  const [row] = await query<UserRow>(
    database.url,
    `SELECT id, email, role::text, "stateCode", disabled, "sessionVersion", version, "passwordHash" FROM "User" WHERE email = $1`,
    [email],
  );
  if (!row) throw new Error(`no user ${email}`);
  return row;
}

async function auditRows(entityId: string) {
  return query<{ action: string; actorEmail: string; before: unknown; after: unknown }>(
    database.url,
    `SELECT action, "actorEmail", before, after FROM "AuditEvent" WHERE entity = 'User' AND "entityId" = $1 ORDER BY id`,
    [entityId],
  );
}

/** A signed-in session of the user, as its cookie would name it. */
async function signIn(email: string) {
  const user = await userRow(email);
  const sid = await users.openSession(user.id);
  return { uid: user.id, sv: user.sessionVersion, sid };
}

async function sessionRevoked(sid: string): Promise<boolean> {
  const [row] = await query<{ revokedAt: Date | null }>(database.url, `SELECT "revokedAt" FROM "UserSession" WHERE id = $1`, [sid]);
  return row!.revokedAt !== null;
}

beforeAll(async () => {
  database = await seededDatabase("user_admin");
  userAdmin = { ...(await import("@/lib/data/users/reads")), ...(await import("@/lib/data/users/writes")) };
  auditLog = await import("@/lib/data/audit/log");
  users = await import("@/lib/data/users/sessions");
  password = await import("@/lib/security/password");
  [admin, planner, liaison] = await Promise.all([
    actorByEmail(database.url, "admin@example.org"),
    actorByEmail(database.url, "planner@example.org"),
    actorByEmail(database.url, "liaison.vn@example.org"),
  ]);
});

afterAll(() => closeDatabase(database));

describe("creating a user", () => {
  it("stores a liaison officer bound to their state, with a hashed password, audited without the hash", async () => {
    const { id } = await userAdmin.createUser(admin, newLiaison());
    const row = await userRow("khin.maung@example.org");
    expect(row).toMatchObject({ id, role: "LIAISON", stateCode: "MM", disabled: false, version: 1 });
    expect(row.passwordHash).not.toContain("a long initial password");
    expect(await password.verifyPassword(row.passwordHash, "a long initial password")).toBe(true);

    const events = await auditRows(id);
    expect(events).toEqual([
      {
        action: "user.create",
        actorEmail: "admin@example.org",
        before: null,
        after: { name: "Khin Maung", email: "khin.maung@example.org", role: "LIAISON", stateCode: "MM", disabled: false },
      },
    ]);
    expect(JSON.stringify(events)).not.toContain(row.passwordHash);
    expect(JSON.stringify(events)).not.toMatch(/password/i);
  });

  it("refuses a taken email (whatever its case) as a field error, writing nothing", async () => {
    const before = await tableCounts(database.url);
    const errors = await fieldErrorsOf(
      userAdmin.createUser(admin, newLiaison({ email: "PLANNER@example.org", role: "PLANNER", stateCode: "" })),
    );
    expect(errors).toEqual({ email: ["msg:admin.validation.emailTaken"] });
    expect(await tableCounts(database.url)).toEqual(before);
  });

  it("refuses a state that is not an ASEAN member, and a liaison officer without a state", async () => {
    const before = await tableCounts(database.url);
    expect(await fieldErrorsOf(userAdmin.createUser(admin, newLiaison({ email: "au@example.org", stateCode: "AU" })))).toEqual({
      stateCode: ["msg:admin.validation.stateUnknown"],
    });
    expect(await fieldErrorsOf(userAdmin.createUser(admin, newLiaison({ email: "none@example.org", stateCode: "" })))).toEqual({
      stateCode: ["msg:admin.validation.stateRequired"],
    });
    expect(await fieldErrorsOf(userAdmin.createUser(admin, newLiaison({ email: "short@example.org", password: "too short" })))).toEqual({
      password: ["msg:admin.validation.passwordTooShort"],
    });
    expect(await tableCounts(database.url)).toEqual(before);
  });
});

describe("who may administer users", () => {
  it("is an admin only: planners and liaison officers get 'not found' from every function, and nothing changes", async () => {
    const target = await userRow("planner2@example.org");
    const before = await tableCounts(database.url);
    const ref = { userId: target.id, version: String(target.version) };
    for (const actor of [planner, liaison]) {
      const calls: Promise<unknown>[] = [
        userAdmin.listUsers(actor),
        userAdmin.listBindableStates(actor),
        userAdmin.createUser(actor, newLiaison({ email: `by.${actor.role.toLowerCase()}@example.org` })),
        userAdmin.updateUserRole(actor, { ...ref, role: "ADMIN", stateCode: "" }),
        userAdmin.setUserDisabled(actor, { ...ref, disabled: "true" }),
        userAdmin.resetUserPassword(actor, { ...ref, password: "a brand new password" }),
        auditLog.listAuditEvents(actor, { page: 1 }),
        auditLog.listAuditFacets(actor),
        // Not even the input is read: garbage gets the same answer.
        userAdmin.updateUserRole(actor, { nonsense: true }),
      ];
      for (const call of calls) expect(await rejection(call)).toBeInstanceOf(NotFoundError);
    }
    expect(await tableCounts(database.url)).toEqual(before);
    expect(await userRow("planner2@example.org")).toEqual(target);
  });
});

describe("changing a role and state", () => {
  it("rebinds a user, audited with before and after, and refuses a stale version with the current values", async () => {
    const target = await userRow("planner2@example.org");
    const result = await userAdmin.updateUserRole(admin, {
      userId: target.id,
      version: String(target.version),
      role: "LIAISON",
      stateCode: "TH",
    });
    expect(result).toEqual({ version: target.version + 1 });
    expect(await userRow("planner2@example.org")).toMatchObject({ role: "LIAISON", stateCode: "TH", version: target.version + 1 });
    const [event] = (await auditRows(target.id)).slice(-1);
    expect(event).toMatchObject({
      action: "user.updateRole",
      before: { role: "PLANNER", stateCode: null },
      after: { role: "LIAISON", stateCode: "TH" },
    });

    const stale = await rejection(
      userAdmin.updateUserRole(admin, { userId: target.id, version: String(target.version), role: "PLANNER", stateCode: "" }),
    );
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).current).toMatchObject({
      version: target.version + 1,
      updatedBy: admin.name,
      values: { role: "LIAISON", stateCode: "TH" },
    });
    expect(await userRow("planner2@example.org")).toMatchObject({ role: "LIAISON", stateCode: "TH" });

    await userAdmin.updateUserRole(admin, { userId: target.id, version: String(target.version + 1), role: "PLANNER", stateCode: "" });
    expect(await userRow("planner2@example.org")).toMatchObject({ role: "PLANNER", stateCode: null });
  });

  it("does not let an admin remove their own ADMIN role", async () => {
    const self = await userRow(admin.email);
    expect(
      await fieldErrorsOf(
        userAdmin.updateUserRole(admin, { userId: self.id, version: String(self.version), role: "PLANNER", stateCode: "" }),
      ),
    ).toEqual({
      role: ["msg:admin.validation.ownRole"],
    });
    expect(await userRow(admin.email)).toEqual(self);
  });
});

describe("disabling a user", () => {
  it("ends every session at once: the session version moves on and the session rows are revoked", async () => {
    const session = await signIn("liaison.th@example.org");
    expect(await users.findSessionActor(session)).not.toBeNull();
    const before = await userRow("liaison.th@example.org");

    await userAdmin.setUserDisabled(admin, { userId: before.id, version: String(before.version), disabled: "true" });
    const after = await userRow("liaison.th@example.org");
    expect(after).toMatchObject({ disabled: true, sessionVersion: before.sessionVersion + 1, version: before.version + 1 });
    expect(await sessionRevoked(session.sid)).toBe(true);
    expect(await users.findSessionActor(session)).toBeNull();
    expect((await auditRows(before.id)).at(-1)).toMatchObject({
      action: "user.disable",
      before: { disabled: false },
      after: { disabled: true },
    });

    // Enabling lets them sign in again, but the old session stays over.
    await userAdmin.setUserDisabled(admin, { userId: before.id, version: String(after.version), disabled: "false" });
    expect(await userRow("liaison.th@example.org")).toMatchObject({ disabled: false });
    expect(await users.findSessionActor(session)).toBeNull();
    expect(await users.findSessionActor(await signIn("liaison.th@example.org"))).not.toBeNull();
  });

  it("refuses a stale version", async () => {
    const row = await userRow("liaison.th@example.org");
    expect(
      await rejection(userAdmin.setUserDisabled(admin, { userId: row.id, version: String(row.version - 1), disabled: "true" })),
    ).toBeInstanceOf(ConflictError);
    expect(await userRow("liaison.th@example.org")).toEqual(row);
  });

  it("does not let an admin disable themselves", async () => {
    const self = await userRow(admin.email);
    expect(
      await fieldErrorsOf(userAdmin.setUserDisabled(admin, { userId: self.id, version: String(self.version), disabled: "true" })),
    ).toEqual({
      disabled: ["msg:admin.validation.ownDisable"],
    });
    expect(await userRow(admin.email)).toEqual(self);
  });
});

describe("resetting a password", () => {
  it("sets the new hash and ends the user's sessions, audited without any hash", async () => {
    const session = await signIn("liaison.ph@example.org");
    const before = await userRow("liaison.ph@example.org");
    await userAdmin.resetUserPassword(admin, { userId: before.id, version: String(before.version), password: "another long password" });
    const after = await userRow("liaison.ph@example.org");
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(await password.verifyPassword(after.passwordHash, "another long password")).toBe(true);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await sessionRevoked(session.sid)).toBe(true);
    expect(await users.findSessionActor(session)).toBeNull();
    const events = await auditRows(before.id);
    expect(events.at(-1)).toMatchObject({ action: "user.resetPassword" });
    expect(JSON.stringify(events)).not.toContain(after.passwordHash);
    expect(JSON.stringify(events)).not.toContain(before.passwordHash);
  });

  it("refuses a short password and a stale version", async () => {
    const row = await userRow("liaison.ph@example.org");
    expect(
      await fieldErrorsOf(userAdmin.resetUserPassword(admin, { userId: row.id, version: String(row.version), password: "short" })),
    ).toEqual({
      password: ["msg:admin.validation.passwordTooShort"],
    });
    expect(
      await rejection(userAdmin.resetUserPassword(admin, { userId: row.id, version: "1", password: "long enough password" })),
    ).toBeInstanceOf(ConflictError);
    expect(await userRow("liaison.ph@example.org")).toEqual(row);
  });
});

describe("the audit log", () => {
  // Events around the Japan-time midnight that starts 2026-04-01 (15:00 UTC the day before), and
  // enough of them to need a second page.
  beforeAll(async () => {
    await query(
      database.url,
      `INSERT INTO "AuditEvent" ("actorEmail", action, entity, "entityId", before, after, at) VALUES
        ('planner@example.org', 'plan.update', 'ProgramPlan', 'p1', '{"title":"A"}', '{"title":"B"}', '2026-03-31 14:59:59.999'),
        ('planner@example.org', 'plan.update', 'ProgramPlan', 'p1', '{"title":"B"}', '{"title":"C"}', '2026-03-31 15:00:00'),
        ('planner2@example.org', 'activity.update', 'Activity', 'a1', NULL, '{"status":"CONDUCTED"}', '2026-04-01 14:59:59.999'),
        ('planner2@example.org', 'activity.update', 'Activity', 'a1', NULL, '{"status":"CANCELLED"}', '2026-04-01 15:00:00')`,
    );
    await query(
      database.url,
      `INSERT INTO "AuditEvent" ("actorEmail", action, entity, "entityId", at)
       SELECT 'bulk@example.org', 'need.acknowledge', 'PartnerNeed', 'n' || i, timestamp '2026-05-01 00:00' + i * interval '1 minute'
       FROM generate_series(1, 60) AS i`,
    );
  });

  /** The same filters in SQL: days in Japan time, the actor's email by case-insensitive substring. */
  async function sqlIds(filters: { actor?: string; entity?: string; action?: string; from?: string; to?: string }): Promise<string[]> {
    const rows = await query<{ id: string }>(
      database.url,
      `SELECT id::text FROM "AuditEvent"
       WHERE ($1::text IS NULL OR "actorEmail" ILIKE '%' || $1 || '%')
         AND ($2::text IS NULL OR entity = $2)
         AND ($3::text IS NULL OR action = $3)
         AND ($4::date IS NULL OR at >= ($4::date::timestamp AT TIME ZONE 'Asia/Tokyo') AT TIME ZONE 'UTC')
         AND ($5::date IS NULL OR at < (($5::date + 1)::timestamp AT TIME ZONE 'Asia/Tokyo') AT TIME ZONE 'UTC')
       ORDER BY at DESC, id DESC`,
      [filters.actor ?? null, filters.entity ?? null, filters.action ?? null, filters.from ?? null, filters.to ?? null],
    );
    return rows.map((row) => row.id);
  }

  async function appIds(filters: { actor?: string; entity?: string; action?: string; from?: string; to?: string }): Promise<string[]> {
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const result = await auditLog.listAuditEvents(admin, { ...filters, page });
      expect(result.events.length).toBeLessThanOrEqual(50);
      ids.push(...result.events.map((event) => event.id));
      if (page >= result.pageCount) {
        expect(ids).toHaveLength(result.total);
        return ids;
      }
    }
  }

  it.each([
    {},
    { actor: "PLANNER" },
    { actor: "planner2@" },
    { entity: "ProgramPlan" },
    { entity: "User" },
    { action: "activity.update" },
    { action: "user.create", actor: "admin" },
    { from: "2026-04-01" },
    { to: "2026-03-31" },
    { from: "2026-04-01", to: "2026-04-01" },
    { from: "2026-04-01", to: "2026-04-01", entity: "Activity" },
    { from: "2026-05-01", actor: "bulk" },
    { from: "2030-01-01" },
  ])("selects what SQL selects for %o, newest first, 50 a page", async (filters) => {
    expect(await appIds(filters)).toEqual(await sqlIds(filters));
  });

  it("counts days in Japan time, both ends included", async () => {
    const day = await auditLog.listAuditEvents(admin, { from: "2026-04-01", to: "2026-04-01", page: 1 });
    expect(day.events.map((event) => event.after)).toEqual([{ status: "CONDUCTED" }, { title: "C" }]);
  });

  it("pages 50 at a time", async () => {
    const first = await auditLog.listAuditEvents(admin, { actor: "bulk", page: 1 });
    const second = await auditLog.listAuditEvents(admin, { actor: "bulk", page: 2 });
    expect([first.total, first.pageCount, first.events.length, second.events.length]).toEqual([60, 2, 50, 10]);
    expect(first.events[0]!.entityId).toBe("n60");
  });

  it("offers the entities and actions present in the log", async () => {
    const facets = await auditLog.listAuditFacets(admin);
    expect(facets.entities).toEqual(expect.arrayContaining(["Activity", "PartnerNeed", "ProgramPlan", "User"]));
    expect(facets.actions).toEqual(expect.arrayContaining(["user.create", "user.disable", "user.resetPassword", "plan.update"]));
    expect(facets.entities).toEqual([...facets.entities].sort());
  });
});
