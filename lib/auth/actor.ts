import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { FORWARDED_SESSION_HEADER, openSessionRef } from "@/lib/auth/forwarded-session";
import { loginPath, RETURN_PATH_HEADER } from "@/lib/auth/return-path";
import { sessionRefOf } from "@/lib/auth/session-policy";
import { findSessionActor, type SessionRef } from "@/lib/data/users/sessions";
import type { Actor } from "@/lib/authz/actor";

/**
 * The session behind this request, as the cookie names it (not yet checked against the database): as
 * the proxy found it, else (server actions, which the proxy leaves alone) read from the cookie here.
 */
export const getSessionRef = cache(async (): Promise<SessionRef | null> => {
  return openSessionRef((await headers()).get(FORWARDED_SESSION_HEADER)) ?? sessionRefOf(await auth());
});

/** The signed-in actor for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const ref = await getSessionRef();
  return ref ? findSessionActor(ref) : null;
});

/** For pages and server actions: the actor, or a redirect to the sign-in page (and back afterwards). */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) {
    // A cookie without a live session behind it: the session was ended on the server.
    const sessionEnded = (await getSessionRef()) !== null;
    redirect(loginPath((await headers()).get(RETURN_PATH_HEADER), { sessionEnded }));
  }
  return actor;
}
