"use server";

import { signOut } from "@/lib/auth/config";
import { getSessionRef } from "@/lib/auth/actor";
import { revokeSession } from "@/lib/data/users/sessions";

// Ends the caller's own session only (revoked on the server, cookie deleted); an anonymous caller
// is just sent to /login. It fits the one action shape of lib/actions/action.ts (previous, input) by
// taking neither, and does not go through act(): there is no permission to check, the session is ended
// by its cookie whether or not it is still live, and a caller whose session already ended goes to
// /login plainly, not to the "session ended" page requireActor would send them to.
export async function signOutAction(): Promise<void> {
  const ref = await getSessionRef();
  if (ref) await revokeSession(ref);
  await signOut({ redirectTo: "/login" });
}
