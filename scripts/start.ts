// `npm start`: from a fresh clone to a running portal with demo data, with nothing to configure.
//
// Without DATABASE_URL it runs its own PostgreSQL (scripts/lib/embedded-postgres.ts); without AUTH_SECRET it
// keeps one in .data/auth-secret. Then: migrate, generate the Prisma client, seed an empty database, build
// when the sources changed, and run the portal's server (scripts/serve.ts) until Ctrl-C, which stops the app first and the database last.
import { config } from "dotenv";
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { applyMigrations } from "./lib/migrate";
import { buildIsStale } from "./lib/build";
import { ensureDatabase, withClient } from "./lib/database";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { checkNodeRuntime } from "./lib/node-runtime";
import { prismaGenerate, prismaGenerateNeeded } from "./lib/prisma-generate";
import { serveCommand } from "./lib/serve-command";
import { bin, exitCode, onTerminationSignal, run, signalExitCode, start, stopChildren } from "./lib/process";

const DATABASE_NAME = "vvportal";
const AUTH_SECRET_FILE = ".data/auth-secret";
const DEMO_HINT = "Demo accounts: admin@example.org / demo-password-2026";

let embedded: EmbeddedPostgres | undefined;
let shuttingDown: Promise<never> | undefined;

// Idempotent: a signal can arrive while a failed step is already shutting down; the first exit code wins.
function shutdown(code: number): Promise<never> {
  shuttingDown ??= (async () => {
    await stopChildren();
    await embedded?.stop().catch((error: unknown) => console.error(`could not stop embedded PostgreSQL: ${String(error)}`));
    process.exit(code);
  })();
  return shuttingDown;
}

async function authSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const existing = (await readFile(AUTH_SECRET_FILE, "utf8").catch(() => "")).trim();
  if (existing) return existing;
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(AUTH_SECRET_FILE), { recursive: true });
  // 600: it signs every session, so anyone who can read it can log in as anyone.
  await writeFile(AUTH_SECRET_FILE, `${secret}\n`, { mode: 0o600 });
  await chmod(AUTH_SECRET_FILE, 0o600); // `mode` above only applies when the file is created
  console.log(`generated a session secret in ${AUTH_SECRET_FILE}`);
  return secret;
}

// "Empty" means no reference data and no users: a production database prepared with the reference
// seed and its first admin must never receive the demo accounts.
async function isEmptyDatabase(databaseUrl: string): Promise<boolean> {
  return withClient(databaseUrl, async (client) => {
    try {
      const { rows } = await client.query<{ empty: boolean }>(
        'SELECT NOT EXISTS (SELECT 1 FROM "User") AND NOT EXISTS (SELECT 1 FROM "PartnerState") AS empty',
      );
      return rows[0]?.empty ?? false;
    } catch (error) {
      if ((error as { code?: string }).code === "42P01") {
        throw new Error('the database has no "User" table after migrating: is prisma/migrations missing its migrations?');
      }
      throw error;
    }
  });
}

async function step(label: string, command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  console.log(`\n> ${label}`);
  const code = await run(command, args, env);
  if (code !== 0) {
    console.error(`\n${label} failed (exit code ${code})`);
    await shutdown(code);
  }
}

function isListening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitForPort(host: string, port: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isListening(host, port)) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

async function main(): Promise<void> {
  checkNodeRuntime();
  config({ quiet: true });
  onTerminationSignal((signal) => {
    console.log(`\n${signal}: stopping`);
    return shutdown(signalExitCode(signal));
  });

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres();
    databaseUrl = await ensureDatabase(embedded.adminUrl, DATABASE_NAME);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: await authSecret(),
    AUTH_TRUST_HOST: "true",
  };

  const applied = await applyMigrations(databaseUrl);
  for (const name of applied) console.log(`applied migration ${name}`);

  // Before seeding: the seed imports the generated client.
  if (prismaGenerateNeeded()) {
    console.log("\n> prisma generate");
    const code = await prismaGenerate();
    if (code !== 0) {
      console.error(`\nprisma generate failed (exit code ${code})`);
      await shutdown(code);
    }
  }
  if (await isEmptyDatabase(databaseUrl)) {
    await step("seeding demo data", bin("tsx"), ["prisma/seed.ts"], env);
    env.PORTAL_DEMO ??= "1";
  }
  // The sign-in page shows the demo accounts only on a demo (the embedded database, or one just seeded).
  if (embedded) env.PORTAL_DEMO ??= "1";
  if (buildIsStale()) await step("next build", bin("next"), ["build"], env);

  const port = process.env.PORT ?? "3000";
  // HOST, not HOSTNAME: shells and containers export HOSTNAME as the machine's name.
  // Unset: this machine only, since the demo's passwords are published (README); HOST=0.0.0.0 opens it.
  const hostname = process.env.HOST || "127.0.0.1";
  const local = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname; // where we check it answers
  // Said here rather than left to Next's EADDRINUSE, since the usual culprit is our own earlier run.
  if (await isListening(local, Number(port))) {
    throw new Error(
      `port ${port} is already in use, perhaps by a next-server left from an earlier run (see \`ss -ltnp 'sport = :${port}'\`); ` +
        "stop it, or choose another port with PORT=<port>",
    );
  }
  const serve = serveCommand(port, hostname);
  const next = start(serve.command, serve.args, { ...env, PORT: port });
  const nextExit = exitCode(next);
  if (await Promise.race([waitForPort(local, Number(port), 60_000), nextExit.then(() => false)])) {
    const reach = !process.env.HOST
      ? "Only this machine can open it; to let others reach it, start it with HOST=0.0.0.0 (and change the demo passwords first)."
      : `Listening on ${hostname}.`;
    console.log(`\nVientiane Vision portal: http://${local}:${port}\n${reach}\n${DEMO_HINT}\nCtrl-C to stop.\n`);
  }
  const code = await nextExit;
  if (!shuttingDown) console.log(`next exited on its own (code ${code}); stopping`);
  await shutdown(code);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
