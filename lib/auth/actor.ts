import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/config";
import { findSessionActor } from "@/lib/data/users";
import type { Actor } from "@/lib/authz/actor";

/** The signed-in actor for this request, or null. Cached per request. */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const user = session?.user as { id?: string; sv?: number } | undefined;
  if (!user?.id || typeof user.sv !== "number") return null;
  return findSessionActor(user.id, user.sv);
});

/** For pages and server actions: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
