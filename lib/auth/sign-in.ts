// Signing in with email and password, for next-auth's Credentials provider (lib/auth/config.ts) and
// for tests: the throttle first (a throttled attempt is refused at once, its password never checked),
// then the password, then the session. Every attempt is recorded, audited and logged (one JSON line),
// never with the password.
import "server-only";
import { z } from "zod";
import type { ClientAddress } from "@/lib/auth/client-address";
import { dummyPasswordHash, verifyPassword } from "@/lib/security/password";
import type { ThrottleScope } from "@/lib/security/throttle";
import {
  finishFailedSignIn,
  finishSuccessfulSignIn,
  pruneSignInAttempts,
  startSignInAttempt,
  type SignInClaim,
  type SignInOutcome,
} from "@/lib/data/users/sign-in-attempts";
import { findCredentials, openSession } from "@/lib/data/users/sessions";
import { log } from "@/lib/log";

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

/** What the session cookie is made from (see the jwt callback). */
export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  sv: number;
  sid: string;
}

export type SignInResult =
  { ok: true; user: SignedInUser } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/** The email an attempt is counted under: as typed, trimmed and lower-cased (accounts are stored so). */
export function claimedEmail(credentials: unknown): string {
  const email = (credentials as { email?: unknown } | null | undefined)?.email;
  // A NUL cannot be stored (the attempt is recorded): such a claim is no email at all.
  return typeof email === "string" && !email.includes("\u0000") ? email.trim().toLowerCase().slice(0, 254) : "";
}

/** `now` is for tests; by default the throttle goes by the database's clock. */
export async function signInWithPassword(credentials: unknown, client: ClientAddress, now?: Date): Promise<SignInResult> {
  const claim: SignInClaim = {
    email: claimedEmail(credentials),
    address: client.address,
    addressKey: client.key,
    addressTrusted: client.trusted,
  };
  try {
    const start = await startSignInAttempt(claim, now);
    if (!start.allowed) {
      await logAttempt(claim, "throttled", start.userId, { retryAfterSeconds: start.retryAfterSeconds, limit: start.scope });
      return { ok: false, reason: "throttled", retryAfterSeconds: start.retryAfterSeconds };
    }
    const parsed = credentialsSchema.safeParse(credentials);
    const user = parsed.success ? await findCredentials(parsed.data.email) : null;
    // Unknown emails are checked against a dummy hash: both paths take the same time.
    const passwordOk = parsed.success && (await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password));
    if (!user || !passwordOk || user.disabled) {
      const outcome = user && passwordOk ? "disabled" : "failure";
      await finishFailedSignIn(start.attemptId, claim, outcome, user?.id ?? null);
      await logAttempt(claim, outcome, user?.id ?? null);
      return { ok: false, reason: "invalid" };
    }
    const sid = await openSession(user.id, (tx) => finishSuccessfulSignIn(tx, start.attemptId, claim, user.id));
    await logAttempt(claim, "success", user.id);
    return { ok: true, user: { id: user.id, email: user.email, name: user.name, sv: user.sessionVersion, sid } };
  } finally {
    await pruneNowAndThen();
  }
}

/** One log line per attempt (lib/log.ts, JSON); the audit trail holds the same facts. */
async function logAttempt(
  claim: SignInClaim,
  outcome: SignInOutcome,
  userId: string | null,
  extra: { retryAfterSeconds?: number; limit?: ThrottleScope } = {},
) {
  const fields = {
    action: "auth.sign-in",
    outcome,
    // As in the audit trail: only a successful sign-in has an actor; otherwise the account tried.
    actorId: outcome === "success" ? userId : null,
    userId,
    email: claim.email,
    address: claim.address,
    addressTrusted: claim.addressTrusted,
    ...extra,
  };
  await (outcome === "success" ? log.info("sign-in", fields) : log.warn("sign-in", fields));
}

// Old attempts are deleted by whichever sign-in comes along, at most once a minute per instance.
const PRUNE_EVERY_MS = 60_000;
let lastPrune = 0;

async function pruneNowAndThen(): Promise<void> {
  if (Date.now() - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = Date.now();
  try {
    await pruneSignInAttempts();
  } catch (error) {
    // Housekeeping: never the reason a sign-in fails.
    await log.error("pruning sign-in attempts failed", { action: "auth.sign-in.prune", outcome: "failure", error });
  }
}
