// Expected failures. Their `code` is a message key that the UI translates; anything that is not a
// SafeError is logged on the server and answered with a generic message, never its own text.

export class SafeError extends Error {
  constructor(
    readonly code: string,
    message = code,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Outside the actor's scope, or absent: both answer "not found" so that nothing leaks. */
export class NotFoundError extends SafeError {
  constructor(what = "record") {
    super("notFound", `${what} not found`);
  }
}

export class ValidationError extends SafeError {
  /**
   * `fieldErrors` in English (or as message keys, "msg:<key>"); `inLanguage`, where given, words them
   * in another language (zod's own messages, which the data layer does not translate: it takes no
   * language, and the action wrapper asks for the user's).
   */
  constructor(
    readonly fieldErrors: Record<string, string[]>,
    private readonly inLanguage?: (locale: string) => Record<string, string[]>,
  ) {
    super("invalidInput");
  }

  fieldErrorsIn(locale: string): Record<string, string[]> {
    return this.inLanguage?.(locale) ?? this.fieldErrors;
  }
}

/** A save based on a stale version: someone else changed the record first. */
export class ConflictError extends SafeError {
  constructor(readonly current: { version: number; updatedAt: Date; updatedBy: string | null; values: unknown }) {
    super("conflict");
  }
}

/** The principle rules refuse the change; `results` says which rules and which fields. */
export class RuleViolationError extends SafeError {
  constructor(readonly results: unknown[]) {
    super("ruleViolation");
  }
}

/** A change the record's state does not allow (approving a draft, editing an approved plan...). */
export class InvalidStateError extends SafeError {
  constructor(code: string) {
    super(code);
  }
}

/**
 * The digest prefix of a database outage. lib/db/client.ts stamps it on the error, Next.js keeps an error's
 * own digest when it hides the message in production, and the error page shows "try again in a
 * moment" for it instead of the generic failure.
 */
export const DATABASE_UNAVAILABLE_DIGEST = "DATABASE_UNAVAILABLE";

// Prisma's codes for an unreachable server, a closed connection and a pool timeout; PostgreSQL's
// SQLSTATEs for a server shutting down, starting up or cutting connections (classes 08, 57P, 53300).
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_SQLSTATE = /^(08\d{3}|57P0[1-4]|53300)$/;
const UNAVAILABLE_TEXT =
  /Can't reach database server|Connection terminated|ECONNREFUSED|ECONNRESET|ETIMEDOUT|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|timeout exceeded when trying to connect|Server has closed the connection|connection error and is not queryable/i;

interface ErrorShape {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; originalCode?: unknown; code?: unknown } } };
  cause?: unknown;
}

// Two transactions that wanted the same rows at once: PostgreSQL rolled one back whole (deadlock
// 40P01, serialization failure 40001; Prisma's P2034). Nothing of it was saved: the user may just try again.
const CONTENTION_PRISMA_CODES = new Set(["P2034"]);
const CONTENTION_SQLSTATE = /^(40P01|40001)$/;
const CONTENTION_ADAPTER_KINDS = new Set(["TransactionWriteConflict"]);

/** Whether `error` is a write that lost a deadlock or a serialization conflict (rolled back, nothing saved). */
export function isWriteContention(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 3) return false;
  const { code, meta, cause } = error as ErrorShape;
  if (
    typeof code === "string" &&
    (CONTENTION_PRISMA_CODES.has(code) || CONTENTION_SQLSTATE.test(code) || CONTENTION_ADAPTER_KINDS.has(code))
  )
    return true;
  const adapterCause = meta?.driverAdapterError?.cause;
  if (adapterCause) {
    if (typeof adapterCause.kind === "string" && CONTENTION_ADAPTER_KINDS.has(adapterCause.kind)) return true;
    for (const sqlstate of [adapterCause.originalCode, adapterCause.code]) {
      if (typeof sqlstate === "string" && CONTENTION_SQLSTATE.test(sqlstate)) return true;
    }
  }
  return isWriteContention(cause, depth + 1);
}

/** Whether `error` says the database cannot be reached right now (as opposed to a bad query). */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 3) return false;
  const { code, message, meta, cause } = error as ErrorShape;
  if (
    typeof code === "string" &&
    (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code) || UNAVAILABLE_ADAPTER_KINDS.has(code))
  )
    return true;
  const adapterCause = meta?.driverAdapterError?.cause;
  if (adapterCause) {
    if (typeof adapterCause.kind === "string" && UNAVAILABLE_ADAPTER_KINDS.has(adapterCause.kind)) return true;
    for (const sqlstate of [adapterCause.originalCode, adapterCause.code]) {
      if (typeof sqlstate === "string" && UNAVAILABLE_SQLSTATE.test(sqlstate)) return true;
    }
  }
  if (typeof message === "string" && UNAVAILABLE_TEXT.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}

/** Stamps the outage digest on a database-unavailable error (once); other errors pass unchanged. */
export function markDatabaseUnavailable(error: unknown): void {
  if (!isDatabaseUnavailable(error) || typeof error !== "object" || error === null) return;
  const target = error as { digest?: unknown };
  if (typeof target.digest === "string") return;
  // A short random suffix: the page shows it as the reference to find this failure in the server log.
  target.digest = `${DATABASE_UNAVAILABLE_DIGEST};${Math.random().toString(36).slice(2, 10)}`;
}

export function isDatabaseUnavailableDigest(digest: string | undefined): boolean {
  return digest?.startsWith(`${DATABASE_UNAVAILABLE_DIGEST};`) ?? false;
}
