import "server-only";
import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/authz/actor";
import type { Tx } from "@/lib/db/tx";

/** What a session cookie carries: the user, their session version at sign-in, the session row. */
export interface SessionRef {
  uid: string;
  sv: number;
  sid: string;
}

/**
 * The user behind a session, if the session is still valid: not revoked (signed out), the user not
 * disabled, and the user's session version unchanged (no password change, no "sign out everywhere").
 */
export async function findSessionActor(ref: SessionRef): Promise<Actor | null> {
  // One statement (the session as an EXISTS): this runs on every request.
  const user = await db().user.findFirst({
    where: { id: ref.uid, sessions: { some: { id: ref.sid, revokedAt: null } } },
    select: { id: true, email: true, name: true, role: true, stateCode: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== ref.sv) return null;
  if (user.role === "LIAISON" && !user.stateCode) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, stateCode: user.stateCode };
}

/** For the sign-in check only: the stored hash and what the session needs. */
export async function findCredentials(email: string) {
  return db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, disabled: true, sessionVersion: true },
  });
}

/**
 * Opens a session row for a successful sign-in; its id goes into the cookie. `alongside` runs in the
 * same transaction (the sign-in's own record and audit event), so that no session opens unrecorded.
 */
export async function openSession(userId: string, alongside?: (tx: Tx) => Promise<void>): Promise<string> {
  return db().$transaction(async (tx) => {
    const session = await tx.userSession.create({ data: { userId }, select: { id: true } });
    await tx.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() }, select: { id: true } });
    await alongside?.(tx);
    return session.id;
  });
}

/** Signing out: the session is revoked on the server, not only its cookie deleted. */
export async function revokeSession(ref: Pick<SessionRef, "uid" | "sid">): Promise<void> {
  await db().userSession.updateMany({ where: { id: ref.sid, userId: ref.uid, revokedAt: null }, data: { revokedAt: new Date() } });
}
