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
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("invalidInput");
  }
}

/** A save based on a stale version: someone else changed the record first. */
export class ConflictError extends SafeError {
  constructor(
    readonly current: { version: number; updatedAt: Date; updatedBy: string | null; values: unknown },
  ) {
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
