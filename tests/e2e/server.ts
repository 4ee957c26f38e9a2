// The e2e test server (Playwright's webServer): a fresh database with the demo seed, a production
// build of the current sources, and `next start` on it. The database is dropped when Playwright
// stops the server.
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { buildIsStale } from "../../scripts/lib/build";
import { bin, exitCode, onTerminationSignal, run, start, stopChildren } from "../../scripts/lib/process";
import { serveCommand } from "../../scripts/lib/serve-command";
import { createTestDatabase } from "../../scripts/lib/test-database";

async function main(): Promise<void> {
  // Named by playwright.config.ts, so that the specs can check pages against the database itself.
  const database = await createTestDatabase("e2e", undefined, process.env.E2E_DATABASE_NAME);
  const port = process.env.E2E_PORT ?? "3100";
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: database.url,
    AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? randomBytes(32).toString("base64url"),
    AUTH_TRUST_HOST: "true",
    PORTAL_DEMO: "1",
  };
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopChildren();
    await database.drop().catch((error: unknown) => console.error(`could not drop ${database.url}: ${String(error)}`));
    process.exit(code);
  };
  onTerminationSignal(() => stop(0));

  if ((await run(bin("tsx"), ["prisma/seed.ts"], env)) !== 0) return stop(1);
  if (buildIsStale() && (await run(bin("next"), ["build"], env)) !== 0) return stop(1);
  const serve = serveCommand(port, "127.0.0.1");
  // A copy of what the server writes to stderr, for the spec that checks it is all JSON lines.
  const stderrCopy = process.env.E2E_SERVER_STDERR ? createWriteStream(process.env.E2E_SERVER_STDERR, { flags: "w" }) : undefined;
  const code = await exitCode(start(serve.command, serve.args, env, stderrCopy));
  await stop(code);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
