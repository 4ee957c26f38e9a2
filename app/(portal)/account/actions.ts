"use server";

import { act, type Previous } from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { getSessionRef } from "@/lib/auth/actor";
import { changeOwnPassword } from "@/lib/data/users/account";

// Thin: act() authenticates; the data layer changes the caller's own password only (there is no user
// id in the input), checks the current one, and ends the caller's other sessions. This session is
// named by the cookie, so that it goes on.
export async function changePasswordAction(
  _previous: Previous<{ otherSessionsEnded: number }>,
  input: FormData,
): Promise<ActionResult<{ otherSessionsEnded: number }>> {
  return act({ permission: "signedIn", input }, async (actor, values) =>
    changeOwnPassword(actor, (await getSessionRef())?.sid ?? "", values),
  );
}
