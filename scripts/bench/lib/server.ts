// The portal as a benchmark runs it: a production build in a folder of its own (.next-bench, so that it
// never races the test server's or a developer's build in .next) and the portal's server (scripts/serve.ts) on a free local port.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { buildIsStale } from "../../lib/build";
import { bin, exitCode, run, withOwnNode } from "../../lib/process";
import { freePort } from "../../lib/free-port";
import { serveCommand } from "../../lib/serve-command";

export const BENCH_DIST_DIR = ".next-bench";

export interface AppServer {
  baseUrl: string;
  /** Pid of the the portal's server (scripts/serve.ts) process: the root of the tree whose memory is sampled. */
  pid: number;
  /** Resolves with the exit code when the server exits, for whatever reason. */
  exited: Promise<number>;
  /** SIGTERM to its process group, SIGKILL after `graceMs`. Safe to call more than once. */
  stop(graceMs?: number): Promise<void>;
}

export interface AppOptions {
  databaseUrl: string;
  distDir?: string;
  /** Defaults to a random secret: sessions need not outlive the benchmark. */
  authSecret?: string;
  /** Extra environment for the server (DB_POOL_SIZE, say). */
  env?: NodeJS.ProcessEnv;
  /** Sees each line the server prints on stdout first; a line it returns true for is not relayed. */
  onStdoutLine?: (line: string) => boolean;
}

function appEnv(options: AppOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: options.distDir ?? BENCH_DIST_DIR,
    DATABASE_URL: options.databaseUrl,
  };
  delete env.PORTAL_DEMO; // no demo hints on the sign-in page of a benchmark
  return env;
}

/**
 * Runs `next build` into the benchmark's folder when its build is missing or older than the sources.
 * Returns whether it built. Throws when the build fails (often a file someone is still writing).
 */
export async function buildIfStale(options: AppOptions): Promise<boolean> {
  const distDir = options.distDir ?? BENCH_DIST_DIR;
  // buildIsStale looks for BUILD_ID in NEXT_DIST_DIR.
  process.env.NEXT_DIST_DIR = distDir;
  if (!buildIsStale()) return false;
  console.log(`\n> next build (into ${distDir})`);
  const code = await run(bin("next"), ["build"], appEnv(options));
  if (code !== 0) throw new Error(`next build failed (exit code ${code}); see its output above`);
  return true;
}

/** A TCP port free on 127.0.0.1 right now (the kernel's choice). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

// The server's output, each line marked as its own, so that it reads apart from the benchmark's.
function relay(stream: NodeJS.ReadableStream | null, out: NodeJS.WriteStream, consume?: (line: string) => boolean): void {
  let pending = "";
  const write = (line: string) => {
    if (!consume?.(line)) out.write(`[next] ${line}\n`);
  };
  stream?.setEncoding("utf8");
  stream?.on("data", (chunk: string) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) write(line);
  });
  stream?.on("end", () => {
    if (pending) write(pending);
  });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) });
    await response.body?.cancel();
    return response.status < 500;
  } catch {
    return false;
  }
}

/**
 * Starts the portal's server (scripts/serve.ts) on a free port of 127.0.0.1 on the build of `distDir` and waits until it answers
 * HTTP. The server runs in its own process group, so `stop` ends it and any helper it spawned.
 */
export async function startApp(options: AppOptions, readyTimeoutMs = 90_000): Promise<AppServer> {
  const port = await freePort();
  const env = {
    ...appEnv(options),
    AUTH_SECRET: options.authSecret ?? randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
  };
  const serve = serveCommand(port, "127.0.0.1");
  const child = spawn(serve.command, serve.args, {
    env: withOwnNode(env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group: Ctrl-C reaches us, and we decide when it stops
  });
  relay(child.stdout, process.stdout, options.onStdoutLine);
  relay(child.stderr, process.stderr);
  const exited = exitCode(child);
  let stopping: Promise<void> | undefined;
  const server: AppServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    exited,
    stop(graceMs = 10_000) {
      stopping ??= (async () => {
        signalGroup(child, "SIGTERM");
        const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
        await exited;
        clearTimeout(timer);
        signalGroup(child, "SIGKILL"); // helpers that outlived their leader
      })();
      return stopping;
    },
  };

  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + readyTimeoutMs;
  while (!gone && Date.now() < deadline) {
    if (await answers(`${server.baseUrl}/login`)) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(
    gone
      ? `the portal's server exited (code ${await exited}) before it answered`
      : `the portal's server did not answer within ${readyTimeoutMs / 1000} s`,
  );
}
