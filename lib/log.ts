// Server logs: one line of JSON per event (time, level, msg, requestId, actorId, action, outcome, then
// any other fields), on stdout (debug, info) or stderr (warn, error).
//
// Everything passes through redact() first: values under secret-looking keys (password, token,
// cookie, session, authorization, ...) at any depth, and secret-looking text anywhere (JWTs - the
// session cookie is one -, cookie and query pairs, bearer tokens, passwords in URLs, password hashes,
// and the values of secret environment variables such as AUTH_SECRET). Errors keep name, message,
// stack and cause in the log line - users never see them: actions and routes answer with a generic
// message (lib/actions/result.ts).
//
// Server code only: it reads the request id from next/headers (set by proxy.ts).
import { headers } from "next/headers";
import { isSafeRequestId, REQUEST_ID_HEADER } from "@/lib/security/request-id";

export type LogLevel = "debug" | "info" | "warn" | "error";

export interface LogFields {
  /** Taken from the request (proxy.ts) when not given. */
  requestId?: string;
  actorId?: string | null;
  /** What was attempted, as a stable dotted name: "report.export", "action". */
  action?: string;
  /** "success", "failure", "denied", "unavailable", ... */
  outcome?: string;
  error?: unknown;
  [field: string]: unknown;
}

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };
const REDACTED = "[REDACTED]";
const MAX_DEPTH = 8;

// Compared lower-case with "-", "_" and spaces removed: passwordHash, set-cookie, AUTH_SECRET, x-csrf-token...
const SECRET_KEY = /pass(?:word|wd|phrase)|secret|token|authorization|cookie|session|csrf|xsrf|apikey|privatekey|credential/;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.toLowerCase().replace(/[-_\s]/g, ""));
}

// A name that holds a secret-looking word, started at the beginning of a name only (the look-behind),
// which also keeps the scan linear on long runs of letters such as base64 blobs. Cookie and
// parameter names may hold dots (authjs.session-token); keys before a colon may not, so that file
// names in stack traces (session-policy.ts:12:5) stay readable.
const SECRET_WORDS = "(?:password|passwd|secret|token|session|csrf|xsrf|api[_-]?key|authorization|cookie)";
const SECRET_NAME = `(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]*?${SECRET_WORDS}[A-Za-z0-9_.-]*`;
const SECRET_KEY_NAME = `(?<![A-Za-z0-9_./\\\\-])[A-Za-z0-9_-]*?${SECRET_WORDS}[A-Za-z0-9_-]*`;

// Applied in this order to every string (messages, stacks and values alike).
const TEXT_RULES: [RegExp, string][] = [
  // JWS (3 parts) and JWE (5 parts, next-auth's session cookie): a base64url JSON header starts "eyJ".
  [/eyJ[A-Za-z0-9_-]{4,}(?:\.[A-Za-z0-9_-]*){1,4}/g, REDACTED],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // JSON, util.inspect and Prisma's invocation dumps: "password": "...", passwordHash: '...'
  [
    new RegExp(`(["']?${SECRET_KEY_NAME}["']?\\s*:\\s*)(?:"(?:[^"\\\\]|\\\\.)*"|'(?:[^'\\\\]|\\\\.)*'|[^\\s,;}\\]]+)`, "gi"),
    `$1"${REDACTED}"`,
  ],
  // Cookie headers, query strings, form bodies: __Secure-authjs.session-token=..., ?token=..., password=...
  [new RegExp(`(${SECRET_NAME})=[^;,&\\s"']+`, "gi"), `$1=${REDACTED}`],
  // postgresql://user:password@host
  [/(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*:\/\/[^:/?#@\s]+:)[^@/\s]+@/gi, `$1${REDACTED}@`],
  // Password hashes (argon2, bcrypt).
  [/\$argon2(?:id|i|d)\$[^\s"',;]+/g, REDACTED],
  [/\$2[aby]?\$\d{2}\$[./A-Za-z0-9]{53}/g, REDACTED],
];

// Longer strings are cut (after the secrets of the environment are masked, so none is cut in two).
const MAX_STRING = 16_000;

/** Values of secret environment variables (AUTH_SECRET and the like), longest first. */
function secretEnvironmentValues(): string[] {
  const values = new Set<string>();
  for (const [key, value] of Object.entries(process.env)) {
    if (!value || !isSecretKey(key)) continue;
    for (const part of [value, ...value.split(",")]) if (part.trim().length >= 8) values.add(part.trim());
  }
  return [...values].sort((a, b) => b.length - a.length);
}

function redactText(text: string, secrets: string[]): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join(REDACTED);
  if (result.length > MAX_STRING) result = `${result.slice(0, MAX_STRING)}…[${result.length - MAX_STRING} more characters]`;
  for (const [pattern, replacement] of TEXT_RULES) result = result.replace(pattern, replacement);
  return result;
}

function redactValue(value: unknown, secrets: string[], seen: WeakSet<object>, depth: number): unknown {
  if (typeof value === "string") return redactText(value, secrets);
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "undefined" || typeof value === "function") return undefined;
  if (typeof value === "symbol") return value.toString();
  if (depth >= MAX_DEPTH) return "[Truncated]";
  if (seen.has(value)) return "[Circular]";
  seen.add(value);
  try {
    const next = (inner: unknown) => redactValue(inner, secrets, seen, depth + 1);
    if (value instanceof Error) return errorFields(value, next);
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString();
    if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[${value.byteLength} bytes]`;
    if (Array.isArray(value)) return value.map(next);
    if (value instanceof Set) return [...value].map(next);
    if (value instanceof Map || value instanceof Headers || value instanceof URLSearchParams) {
      return redactObject(Object.fromEntries(value.entries()), next);
    }
    if (value instanceof URL) return next(value.href);
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === "function") return next(toJSON.call(value)); // Prisma's Decimal, for one
    return redactObject(value as Record<string, unknown>, next);
  } finally {
    seen.delete(value); // the same object twice side by side is not a cycle
  }
}

function redactObject(object: Record<string, unknown>, next: (value: unknown) => unknown): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(object)) {
    if (inner === undefined) continue;
    result[key] = isSecretKey(key) && inner !== null ? REDACTED : next(inner);
  }
  return result;
}

function errorFields(error: Error, next: (value: unknown) => unknown): Record<string, unknown> {
  // Own enumerable extras first (Prisma's code and meta, pg's code and detail), then the standard ones.
  const fields = redactObject({ ...error } as Record<string, unknown>, next);
  delete fields.cause;
  return {
    name: error.name,
    message: next(error.message),
    ...fields,
    stack: error.stack === undefined ? undefined : next(error.stack),
    // pg reports a refused connection as an AggregateError of one error per address tried.
    errors: error instanceof AggregateError ? next(error.errors) : undefined,
    cause: error.cause === undefined ? undefined : next(error.cause),
  };
}

/** A deep copy of `value` with every secret masked; safe to print. */
export function redact(value: unknown): unknown {
  return redactValue(value, secretEnvironmentValues(), new WeakSet(), 0);
}

/** The JSON line of one event, without the trailing newline. Pure apart from the clock. */
export function formatLogLine(level: LogLevel, msg: string, fields: LogFields = {}, time = new Date()): string {
  const { requestId, actorId, action, outcome, ...rest } = fields;
  const entry = redact({ time: time.toISOString(), level, msg, requestId, actorId, action, outcome, ...rest });
  return JSON.stringify(entry);
}

async function currentRequestId(): Promise<string | undefined> {
  try {
    const id = (await headers()).get(REQUEST_ID_HEADER);
    return isSafeRequestId(id) ? id : undefined;
  } catch (error) {
    // Next's own signals carry a digest (a page being prerendered must still learn that it reads the
    // request). Anything else means there is no request here: scripts, tests, after the response.
    if (typeof (error as { digest?: unknown } | null)?.digest === "string") throw error;
    return undefined;
  }
}

function threshold(): number {
  const level = process.env.LOG_LEVEL?.toLowerCase();
  return level && level in LEVELS ? LEVELS[level as LogLevel] : LEVELS.info;
}

async function write(level: LogLevel, msg: string, fields: LogFields = {}): Promise<void> {
  if (LEVELS[level] < threshold()) return;
  const requestId = fields.requestId ?? (await currentRequestId());
  let line: string;
  try {
    line = formatLogLine(level, msg, { ...fields, requestId });
  } catch (failure) {
    // A field that cannot be read (a throwing getter, a revoked Proxy) must not turn the caller's
    // error handling into a second failure: log what is safe to.
    const { action, outcome, actorId } = fields;
    line = formatLogLine(level, msg, {
      requestId,
      actorId,
      action,
      outcome,
      logFailure: failure instanceof Error ? failure.message : "unreadable fields",
    });
  }
  (LEVELS[level] >= LEVELS.warn ? process.stderr : process.stdout).write(`${line}\n`);
}

export const log = {
  debug: (msg: string, fields?: LogFields) => write("debug", msg, fields),
  info: (msg: string, fields?: LogFields) => write("info", msg, fields),
  warn: (msg: string, fields?: LogFields) => write("warn", msg, fields),
  error: (msg: string, fields?: LogFields) => write("error", msg, fields),
};
