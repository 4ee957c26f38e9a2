// Whatever the server prints through the console - Next.js's own report of an unhandled error, a
// library's warning - leaves as the same one-line JSON as lib/log.ts writes (redacted, the stack one
// field), never as a multi-line plain-text stack that log collectors split into separate events.
// Installed once per server process by instrumentation.ts.
import { formatWithOptions } from "node:util";
import { formatLogLine, type LogLevel } from "@/lib/log";

type ConsoleMethod = "debug" | "log" | "info" | "warn" | "error" | "trace";

const LEVEL_OF: Record<ConsoleMethod, LogLevel> = {
  debug: "debug",
  log: "info",
  info: "info",
  warn: "warn",
  error: "error",
  trace: "debug",
};
const INSTALLED = Symbol.for("portal.console-as-json");

/** The JSON line for one console call: its text as `msg`, the first error as `error` (with its stack). */
export function consoleLine(level: LogLevel, args: unknown[], time = new Date()): string {
  const error = args.find((arg) => arg instanceof Error);
  const rest = args.filter((arg) => arg !== error);
  // Next prefixes its reports with a coloured marker (" ⨯"); colours and markers mean nothing in a log.
  const text = formatWithOptions({ colors: false, depth: 4 }, ...rest)
    .replace(/\u001b\[[0-9;]*m/g, "")
    .replace(/^\s*[⨯⚠○●✓▲]\s*/u, "")
    .trim();
  const msg = text || (error instanceof Error ? `${error.name}: ${error.message}` : "");
  return formatLogLine(level, msg, { source: "console", ...(error ? { error } : {}) }, time);
}

export function logConsoleAsJson(
  target: Console = console,
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
): void {
  const marked = target as Console & { [INSTALLED]?: boolean };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  for (const method of Object.keys(LEVEL_OF) as ConsoleMethod[]) {
    const level = LEVEL_OF[method];
    const stream = level === "warn" || level === "error" ? err : out;
    target[method] = (...args: unknown[]) => {
      try {
        stream.write(`${consoleLine(level, args)}\n`);
      } catch {
        stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg: "unprintable console output" })}\n`);
      }
    };
  }
}
