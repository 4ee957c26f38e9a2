import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/lib/chromium";
import { testDatabaseName } from "./scripts/lib/test-database";

// Shared by the test server and the tests (set once in the main process, inherited by the workers
// and the web server), so that session tests can forge expired cookies.
process.env.E2E_AUTH_SECRET ??= randomBytes(32).toString("base64url");
// Exports per user in 10 minutes (lib/security/export-limit.ts; 30 in production): the authorization
// matrix alone exports about 150 times as each of the admin and the planner. Specs read it to reach the limit.
process.env.REPORT_EXPORT_LIMIT ??= "400";
// The test server's database (created and dropped by tests/e2e/server.ts); specs read it via tests/e2e/database.ts.
process.env.E2E_DATABASE_NAME ??= testDatabaseName("e2e");

// What the test server writes to stderr, copied here by tests/e2e/server.ts (read by server-log.spec.ts).
process.env.E2E_SERVER_STDERR ??= path.join(tmpdir(), `${process.env.E2E_DATABASE_NAME}.stderr.log`);

const port = process.env.E2E_PORT ?? "3100";
const baseURL = `http://127.0.0.1:${port}`;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
};

const AUTHZ_MATRIX = /authz-matrix\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [["list"]],
  use: {
    baseURL,
    locale: "en-US",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: AUTHZ_MATRIX,
      use: browser,
    },
    // The authorization matrix signs in with every demo account and checks that its refused calls
    // change nothing in the database: it runs alone, once every other spec is done.
    { name: "authz-matrix", testMatch: AUTHZ_MATRIX, dependencies: ["chromium"], use: browser },
  ],
  webServer: {
    // On the Node running Playwright (the project's, node_modules/.bin/node), not whichever `node` the shell finds.
    command: `${JSON.stringify(process.execPath)} node_modules/.bin/tsx tests/e2e/server.ts`,
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
