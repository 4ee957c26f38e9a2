"use server";

import { signOut } from "@/lib/auth/config";
import { getActor } from "@/lib/auth/actor";

// Ends the caller's own session only; harmless for an anonymous caller, who is just sent to /login.
export async function signOutAction(): Promise<void> {
  await getActor();
  await signOut({ redirectTo: "/login" });
}
