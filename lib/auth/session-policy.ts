// Session lifetimes (ASVS V7): the cookie is re-issued on every page request through proxy.ts, so
// its max age is the idle timeout; the absolute lifetime is checked against the sign-in time.
import type { SessionRef } from "@/lib/data/users/sessions";

export const IDLE_TIMEOUT_SECONDS = 60 * 60;
export const ABSOLUTE_TIMEOUT_SECONDS = 8 * 60 * 60;

export interface SessionClaims extends SessionRef {
  signedInAt: number; // epoch seconds
}

export function isSessionExpired(claims: Pick<SessionClaims, "signedInAt">, nowSeconds: number): boolean {
  return nowSeconds - claims.signedInAt > ABSOLUTE_TIMEOUT_SECONDS;
}

export function readClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  if (!token) return null;
  const { uid, sv, sid, signedInAt } = token;
  if (typeof uid !== "string" || typeof sv !== "number" || typeof sid !== "string" || typeof signedInAt !== "number") return null;
  return { uid, sv, sid, signedInAt };
}

/** The session a decoded cookie names (what next-auth's session() callback put in `user`), or null. */
export function sessionRefOf(session: { user?: unknown } | null | undefined): SessionRef | null {
  const { id, sv, sid } = (session?.user ?? {}) as { id?: unknown; sv?: unknown; sid?: unknown };
  if (typeof id !== "string" || !id || typeof sv !== "number" || typeof sid !== "string" || !sid) return null;
  return { uid: id, sv, sid };
}
