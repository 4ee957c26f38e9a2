import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/authz/actor";

/** The user behind a session, if the session is still valid (not disabled, same session version). */
export async function findSessionActor(userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, stateCode: true, disabled: true, sessionVersion: true },
  });
  if (!user || user.disabled || user.sessionVersion !== sessionVersion) return null;
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

export async function recordSignIn(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { lastSignInAt: new Date() }, select: { id: true } });
}
