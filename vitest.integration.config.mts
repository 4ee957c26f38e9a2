import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Integration tests against real PostgreSQL: each file creates its own database
// (TEST_DATABASE_ADMIN_URL, set by `npm test`), so files may run in parallel.
export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // lib/data is server-only; under vitest we are the server.
      "server-only": fileURLToPath(new URL("./tests/integration/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
