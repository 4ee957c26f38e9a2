"use server";

import { signOut } from "@/lib/auth/config";
import { getSessionRef } from "@/lib/auth/actor";
import { revokeSession } from "@/lib/data/users/sessions";

// Ends the caller's own session only (revoked on the server, cookie deleted); an anonymous caller
// is just sent to /login.
export async function signOutAction(): Promise<void> {
  const ref = await getSessionRef();
  if (ref) await revokeSession(ref);
  await signOut({ redirectTo: "/login" });
}
