import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db/client";
import {
  assessAttempt,
  retryAfterSeconds,
  THROTTLE,
  type AttemptFact,
  type ThrottlePolicy,
  type ThrottleScope,
} from "@/lib/security/throttle";
import { toAuditJson } from "@/lib/data/audit/record";
import type { Tx } from "@/lib/db/tx";

// Sign-in attempts in PostgreSQL, so that every app instance throttles alike (the rules are in
// lib/security/throttle.ts). An attempt is decided and reserved in one short transaction that holds
// advisory locks on its email and its address: parallel guesses queue there, and each sees the ones
// before it as pending failures, so a burst cannot slip past the limits. The password is checked
// outside that transaction; its outcome then replaces the reservation, with the audit event.
//
// Each attempt is audited as "auth.sign-in" on entity "User" (the user's id when the email has an
// account, else the email as typed), with its outcome: success, failure, throttled or disabled.

export interface SignInClaim {
  /** Trimmed and lower-cased as typed (possibly no account's, possibly not an email at all). */
  email: string;
  /** The client address for the audit trail, and the key throttling counts by (see client-address.ts). */
  address: string;
  addressKey: string;
  addressTrusted: boolean;
}

export type SignInOutcome = "success" | "failure" | "throttled" | "disabled";

export type AttemptStart =
  { allowed: true; attemptId: bigint } | { allowed: false; retryAfterSeconds: number; scope: ThrottleScope; userId: string | null };

// Two-key advisory locks (a key space apart from the migration runner's one-key lock).
const EMAIL_LOCK = 0x5349_0001;
const ADDRESS_LOCK = 0x5349_0002;
// Enough to decide: a scope with this many recent failures is far past its limit anyway.
const HISTORY_ROWS = 500;
const PRUNE_AFTER_MS = 24 * 60 * 60_000;
const PRUNE_BATCH = 5_000;

const counted = ["SUCCESS", "FAILURE", "PENDING"] as const;

async function history(tx: Tx, where: Prisma.SignInAttemptWhereInput, since: Date): Promise<(AttemptFact & { id: bigint })[]> {
  return tx.signInAttempt.findMany({
    where: { ...where, at: { gt: since }, outcome: { in: [...counted] } },
    select: { id: true, email: true, address: true, outcome: true, at: true },
    orderBy: { at: "desc" },
    take: HISTORY_ROWS,
  }) as Promise<(AttemptFact & { id: bigint })[]>;
}

/**
 * Decides whether an attempt may check its password now. Allowed: reserves it (a pending failure until
 * finished). Throttled: records and audits the refusal, and says how long to wait. Time is the
 * database's (every instance shares that clock) unless `now` is given, as tests do.
 */
export async function startSignInAttempt(claim: SignInClaim, now?: Date, policy: ThrottlePolicy = THROTTLE): Promise<AttemptStart> {
  return db().$transaction(async (tx) => {
    // scope: sign-in, before there is an actor; no state's records.
    // Always the email's lock first, then the address's: no two attempts can wait on each other in a cycle.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${EMAIL_LOCK}::int, hashtext(${claim.email}))`;
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ADDRESS_LOCK}::int, hashtext(${claim.addressKey}))`;
    // scope: none needed (the clock).
    // The time once the locks are held (not the transaction's start): attempts are ordered as decided.
    const at = now ?? (await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`)[0]!.now;
    const since = new Date(at.getTime() - policy.windowMs);
    const byEmail = await history(tx, { email: claim.email }, since);
    const byAddress = await history(tx, { address: claim.addressKey }, since);
    const known = claim.addressTrusted
      ? await tx.signInAttempt.findFirst({
          where: {
            email: claim.email,
            address: claim.addressKey,
            outcome: "SUCCESS",
            at: { gt: new Date(at.getTime() - policy.knownAddressMs) },
          },
          select: { id: true },
        })
      : null;
    const seen = new Set<bigint>();
    const attempts = [...byEmail, ...byAddress].filter((attempt) => !seen.has(attempt.id) && seen.add(attempt.id));
    const verdict = assessAttempt(attempts, { email: claim.email, address: claim.addressKey, knownAddress: known !== null }, at, policy);

    if (verdict.scope) {
      const wait = retryAfterSeconds(verdict.retryAfterMs);
      await tx.signInAttempt.create({
        data: { email: claim.email, address: claim.addressKey, outcome: "THROTTLED", at },
        select: { id: true },
      });
      const account = await tx.user.findUnique({ where: { email: claim.email }, select: { id: true } });
      await auditAttempt(tx, claim, "throttled", account?.id ?? null, { retryAfterSeconds: wait, limit: verdict.scope });
      return { allowed: false, retryAfterSeconds: wait, scope: verdict.scope, userId: account?.id ?? null };
    }
    const { id } = await tx.signInAttempt.create({
      data: { email: claim.email, address: claim.addressKey, outcome: "PENDING", at },
      select: { id: true },
    });
    return { allowed: true, attemptId: id };
  });
}

/** A checked attempt that did not sign in: a wrong password (or unknown email), or a disabled account. */
export async function finishFailedSignIn(
  attemptId: bigint,
  claim: SignInClaim,
  outcome: "failure" | "disabled",
  userId: string | null,
): Promise<void> {
  await db().$transaction(async (tx) => {
    await tx.signInAttempt.update({
      where: { id: attemptId },
      data: { outcome: outcome === "failure" ? "FAILURE" : "DISABLED" },
      select: { id: true },
    });
    await auditAttempt(tx, claim, outcome, userId);
  });
}

/** A successful attempt: call inside the transaction that opens the session (users.ts openSession). */
export async function finishSuccessfulSignIn(tx: Tx, attemptId: bigint, claim: SignInClaim, userId: string): Promise<void> {
  await tx.signInAttempt.update({ where: { id: attemptId }, data: { outcome: "SUCCESS" }, select: { id: true } });
  await auditAttempt(tx, claim, "success", userId);
}

async function auditAttempt(tx: Tx, claim: SignInClaim, outcome: SignInOutcome, userId: string | null, extra: object = {}): Promise<void> {
  await tx.auditEvent.create({
    data: {
      // Only a successful sign-in has an actor; otherwise this is who someone claimed to be.
      actorId: outcome === "success" ? userId : null,
      actorEmail: claim.email || null,
      action: "auth.sign-in",
      entity: "User",
      entityId: userId ?? (claim.email || "(empty)"),
      after: toAuditJson({ outcome, email: claim.email, address: claim.address, addressTrusted: claim.addressTrusted, ...extra }),
    },
    select: { id: true },
  });
}

/**
 * Deletes attempts nobody needs any more: everything after a day, except successes, which mark known
 * addresses for `knownAddressMs`. Bounded per call, so that a backlog is worked off in slices.
 */
export async function pruneSignInAttempts(now: Date = new Date(), policy: ThrottlePolicy = THROTTLE): Promise<number> {
  const dayAgo = new Date(now.getTime() - Math.max(PRUNE_AFTER_MS, policy.windowMs));
  const knownUntil = new Date(now.getTime() - Math.max(policy.knownAddressMs, PRUNE_AFTER_MS));
  const stale = await db().signInAttempt.findMany({
    where: { OR: [{ at: { lt: knownUntil } }, { at: { lt: dayAgo }, outcome: { not: "SUCCESS" } }] },
    select: { id: true },
    take: PRUNE_BATCH,
  });
  if (stale.length === 0) return 0;
  const { count } = await db().signInAttempt.deleteMany({ where: { id: { in: stale.map((row) => row.id) } } });
  return count;
}
