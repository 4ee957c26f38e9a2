import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { scopedDb } from "@/lib/db/scope-guard";
import type { Actor } from "@/lib/authz/actor";
import { assertCan } from "@/lib/authz/policy";
import { hashPassword } from "@/lib/security/password";
import { audit } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";
import type { AdminUserRow } from "@/lib/data/users/reads";
import { staleVersion } from "@/lib/data/editing";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { adminMsg, userCreateSchema, userPasswordSchema, userRoleSchema, userStatusSchema } from "@/lib/validation/user";

// User administration (admins only): create users, change their role and bound state, disable and
// enable them, reset their password, sign them out everywhere. Each mutation checks the version the
// form was loaded with and writes its change and audit event in one transaction. Password hashes never
// reach the audit trail or any DTO. Disabling, resetting a password and signing out everywhere end
// every session of the user: the session version is bumped (every cookie names the version it was
// issued under) and their session rows revoked.

/** Names a user and the version the form was loaded with, and nothing else. */
const userTargetSchema = userStatusSchema.pick({ userId: true, version: true });

/** What the audit trail and a conflict show of a user: never the hash, never session bookkeeping. */
type UserValues = { name: string; email: string; role: AdminUserRow["role"]; stateCode: string | null; disabled: boolean };

function userValues(user: UserValues): UserValues {
  return { name: user.name, email: user.email, role: user.role, stateCode: user.stateCode, disabled: user.disabled };
}

const snapshotSelect = {
  name: true,
  email: true,
  role: true,
  stateCode: true,
  disabled: true,
  version: true,
  updatedAt: true,
  sessionVersion: true,
} as const;

async function loadUser(tx: Tx, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, ...snapshotSelect } });
  if (!user) throw new NotFoundError("user");
  return user;
}

/**
 * Throws the conflict of a stale save, with the user as they are now. A user records no editor of
 * their own, so "who" is the author of the latest audit event on them.
 */
async function conflict(tx: Tx, id: string): Promise<never> {
  const current = await loadUser(tx, id);
  const last = await tx.auditEvent.findFirst({
    // Changes to the account only: the user's own sign-ins and reads are audited on it too.
    where: { entity: "User", entityId: id, action: { startsWith: "user." } },
    select: { actorEmail: true, actor: { select: { name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
  });
  const updatedBy = last?.actor?.name ?? last?.actorEmail ?? null;
  throw staleVersion({ version: current.version, updatedAt: current.updatedAt.toISOString(), updatedBy }, userValues(current));
}

/** A liaison officer's state must be an ASEAN member (the schema checked only its shape). */
async function checkState(tx: Tx, stateCode: string | null): Promise<void> {
  if (!stateCode) return;
  const state = await tx.partnerState.findFirst({ where: { code: stateCode, isAsean: true }, select: { code: true } });
  if (!state) throw new ValidationError({ stateCode: [adminMsg("stateUnknown")] });
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

const emailTaken = () => new ValidationError({ email: [adminMsg("emailTaken")] });

export async function createUser(actor: Actor, raw: unknown): Promise<{ id: string }> {
  assertCan(actor, "user:manage"); // before reading the input
  const input = parseInput(userCreateSchema, raw);
  // Hashed outside the transaction: argon2 is slow on purpose, and holds no lock meanwhile.
  const passwordHash = await hashPassword(input.password);
  try {
    return await scopedDb(actor).$transaction(async (tx) => {
      await checkState(tx, input.stateCode);
      if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw emailTaken();
      const values: UserValues = { name: input.name, email: input.email, role: input.role, stateCode: input.stateCode, disabled: false };
      const { id } = await tx.user.create({ data: { ...values, passwordHash }, select: { id: true } });
      await audit(tx, actor, { action: "user.create", entity: "User", entityId: id, after: values });
      return { id };
    });
  } catch (error) {
    // Two admins creating the same email at once: the unique index decides, and it is still a field error.
    if (isUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/** Ends every session of a user: cookies of an older session version, and all open session rows. */
async function endSessions(tx: Tx, userId: string): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** The version in the WHERE makes the write itself the check (see lib/data/activities/writes.ts). */
async function writeUser(tx: Tx, id: string, version: number, data: Prisma.UserUncheckedUpdateManyInput) {
  const { count } = await tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) await conflict(tx, id);
}

export async function updateUserRole(actor: Actor, raw: unknown): Promise<{ version: number }> {
  assertCan(actor, "user:manage");
  const input = parseInput(userRoleSchema, raw);
  // Refused up front, whatever the version: an admin cannot lock themselves (and maybe everyone) out.
  if (input.userId === actor.id && input.role !== "ADMIN") throw new ValidationError({ role: [adminMsg("ownRole")] });
  return scopedDb(actor).$transaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (user.version !== input.version) return conflict(tx, user.id);
    await checkState(tx, input.stateCode);
    const before = userValues(user);
    const after: UserValues = { ...before, role: input.role, stateCode: input.stateCode };
    await writeUser(tx, user.id, input.version, { role: after.role, stateCode: after.stateCode });
    await audit(tx, actor, { action: "user.updateRole", entity: "User", entityId: user.id, before, after });
    return { version: input.version + 1 };
  });
}

export async function setUserDisabled(actor: Actor, raw: unknown): Promise<{ version: number }> {
  assertCan(actor, "user:manage");
  const input = parseInput(userStatusSchema, raw);
  if (input.userId === actor.id && input.disabled) throw new ValidationError({ disabled: [adminMsg("ownDisable")] });
  return scopedDb(actor).$transaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (user.version !== input.version) return conflict(tx, user.id);
    const before = userValues(user);
    const after: UserValues = { ...before, disabled: input.disabled };
    if (input.disabled) {
      await writeUser(tx, user.id, input.version, { disabled: true, sessionVersion: { increment: 1 } });
      await endSessions(tx, user.id);
    } else {
      await writeUser(tx, user.id, input.version, { disabled: false });
    }
    await audit(tx, actor, { action: input.disabled ? "user.disable" : "user.enable", entity: "User", entityId: user.id, before, after });
    return { version: input.version + 1 };
  });
}

export async function resetUserPassword(actor: Actor, raw: unknown): Promise<{ version: number }> {
  assertCan(actor, "user:manage");
  const input = parseInput(userPasswordSchema, raw);
  const passwordHash = await hashPassword(input.password);
  return scopedDb(actor).$transaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (user.version !== input.version) return conflict(tx, user.id);
    await writeUser(tx, user.id, input.version, { passwordHash, sessionVersion: { increment: 1 } });
    await endSessions(tx, user.id);
    // That it happened, and that it ended the user's sessions; never the hash.
    await audit(tx, actor, {
      action: "user.resetPassword",
      entity: "User",
      entityId: user.id,
      before: { sessionVersion: user.sessionVersion },
      after: { sessionVersion: user.sessionVersion + 1, passwordReset: true },
    });
    return { version: input.version + 1 };
  });
}

/**
 * Ends every session of a user, wherever they are signed in: each ends at its next request. An admin
 * may do it to themselves too (a lost laptop); this browser's session then ends as well.
 */
export async function signOutEverywhere(actor: Actor, raw: unknown): Promise<{ version: number }> {
  assertCan(actor, "user:manage");
  const input = parseInput(userTargetSchema, raw);
  return scopedDb(actor).$transaction(async (tx) => {
    const user = await loadUser(tx, input.userId);
    if (user.version !== input.version) return conflict(tx, user.id);
    await writeUser(tx, user.id, input.version, { sessionVersion: { increment: 1 } });
    const sessionsEnded = await endSessions(tx, user.id);
    await audit(tx, actor, {
      action: "user.sign-out-everywhere",
      entity: "User",
      entityId: user.id,
      before: { sessionVersion: user.sessionVersion },
      after: { sessionVersion: user.sessionVersion + 1, sessionsEnded },
    });
    return { version: input.version + 1 };
  });
}
