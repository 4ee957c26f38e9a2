// Child processes for the start and test scripts.
//
// Every child gets its own process group (detached) so that stopping it means signalling the whole group:
// `npx`, `next` and friends spawn helpers of their own, and signalling only the direct child orphans them
// (a leftover next-server keeps the port). It also keeps the terminal's Ctrl-C away from the children, so
// the parent decides the order things stop in.
import { spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:os";
import path from "node:path";

const running = new Set<ChildProcess>();

/** Path of an executable installed in node_modules/.bin (called directly: no npx/npm wrapper to get in the way). */
export function bin(name: string): string {
  return path.join(process.cwd(), "node_modules", ".bin", name);
}

/**
 * `env` with the folder of the Node.js running us first on its PATH, so that every `#!/usr/bin/env node` script a
 * child runs (node_modules/.bin/*, and whatever those start in turn, Playwright's webServer included) runs on
 * this same Node, even when we were not started through npm.
 */
export function withOwnNode(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const own = path.dirname(process.execPath);
  const rest = (env.PATH ?? "").split(path.delimiter).filter((entry) => entry !== "" && entry !== own);
  return { ...env, PATH: [own, ...rest].join(path.delimiter) };
}

/** Starts a command in its own process group, sharing our stdout and stderr (its stderr also copied to `stderrCopy`). */
export function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  stderrCopy?: NodeJS.WritableStream,
): ChildProcess {
  const child = spawn(command, args, {
    env: withOwnNode(env),
    stdio: ["ignore", "inherit", stderrCopy ? "pipe" : "inherit"],
    detached: true,
  });
  if (stderrCopy) {
    child.stderr?.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      stderrCopy.write(chunk);
    });
  }
  running.add(child);
  child.once("exit", () => running.delete(child));
  child.once("error", () => running.delete(child));
  return child;
}

/** Resolves with the exit code; a death by signal counts as 128 + signal number, like a shell. */
export function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const codeOf = (code: number | null, signal: NodeJS.Signals | null) => code ?? 128 + (signal ? constants.signals[signal] : 0);
    if (child.exitCode !== null || child.signalCode !== null) return resolve(codeOf(child.exitCode, child.signalCode));
    child.once("exit", (code, signal) => resolve(codeOf(code, signal)));
    child.once("error", (error) => {
      console.error(`could not run ${child.spawnfile}: ${error.message}`);
      resolve(127);
    });
  });
}

/** Runs a command to completion and returns its exit code. */
export function run(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<number> {
  return exitCode(start(command, args, env));
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

/** Stops every running child: SIGTERM to its whole group, then SIGKILL if it is still there after `graceMs`. */
export async function stopChildren(graceMs = 10_000): Promise<void> {
  await Promise.all(
    [...running].map(async (child) => {
      const exited = exitCode(child);
      signalGroup(child, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
      // The group leader may exit before its helpers; make sure none outlives it.
      signalGroup(child, "SIGKILL");
    }),
  );
}

/**
 * Calls `handler` once, on the first SIGINT, SIGTERM or SIGHUP. Further signals are ignored while it runs:
 * a terminal's Ctrl-C and tsx relaying it can deliver the same signal twice.
 */
export function onTerminationSignal(handler: (signal: NodeJS.Signals) => Promise<void> | void): void {
  let handling = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      if (handling) return;
      handling = true;
      void handler(signal);
    });
  }
}

/** Exit status a shell would report for a process killed by `signal`. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}
