import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/actor";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { audit } from "@/lib/data/audit/record";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse";
import { accountMsg, passwordChangeSchema } from "@/lib/validation/account";

// A user's own account: changing their own password. Every user may do it to their own account and to
// nobody else's (the actor is the account; there is no id in the input). The current password is
// asked again, so that a session left open on a shared desk cannot take the account over; wrong
// guesses are audited and, past GUESS_LIMIT in GUESS_WINDOW_MINUTES, refused without checking, so the
// form is no faster a way to guess a password than the sign-in page. A change ends the user's other
// sessions (their rows are revoked, each ends at its next request); this browser's session goes on.

export const GUESS_LIMIT = 5;
export const GUESS_WINDOW_MINUTES = 15;

// The transaction-scoped advisory lock of one user's password changes (a key space of its own), so
// that parallel guesses queue and each counts the ones before it.
const PASSWORD_LOCK = 0x5349_0003;

export async function changeOwnPassword(actor: Actor, sessionId: string, raw: unknown): Promise<{ otherSessionsEnded: number }> {
  const input = parseInput(passwordChangeSchema, raw);
  // Hashed before the transaction: argon2 takes tens of milliseconds, no lock should wait for it.
  const passwordHash = await hashPassword(input.newPassword);
  // The unguarded client: the scope guard keeps users, sessions and the audit trail from liaison
  // officers' clients, and this is every user's own account. Every statement below names actor.id.
  const outcome = await db().$transaction(async (tx) => {
    // scope: a lock on the actor's own id.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${PASSWORD_LOCK}, hashtext(${actor.id}))`;
    const user = await tx.user.findUnique({ where: { id: actor.id }, select: { id: true, passwordHash: true, disabled: true } });
    if (!user || user.disabled) throw new NotFoundError("user");
    const since = new Date(Date.now() - GUESS_WINDOW_MINUTES * 60_000);
    const guesses = await tx.auditEvent.count({
      where: { entity: "User", entityId: user.id, action: "user.changePassword.refused", at: { gte: since } },
    });
    if (guesses >= GUESS_LIMIT) return { refused: "tooMany" as const };
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      // Committed, though the answer is an error: the next attempt counts it.
      await audit(tx, actor, {
        action: "user.changePassword.refused",
        entity: "User",
        entityId: user.id,
        after: { reason: "wrongPassword" },
      });
      return { refused: "wrong" as const };
    }
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, version: { increment: 1 } }, select: { id: true } });
    const { count } = await tx.userSession.updateMany({
      where: { userId: user.id, revokedAt: null, id: { not: sessionId } },
      data: { revokedAt: new Date() },
    });
    // That it happened, and which sessions it ended; never the hash.
    await audit(tx, actor, { action: "user.changePassword", entity: "User", entityId: user.id, after: { otherSessionsEnded: count } });
    return { otherSessionsEnded: count };
  });
  if ("refused" in outcome) {
    throw new ValidationError({
      currentPassword: [accountMsg(outcome.refused === "wrong" ? "wrongPassword" : "tooManyAttempts")],
    });
  }
  return outcome;
}
