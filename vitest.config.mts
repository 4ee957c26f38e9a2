import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Unit tests: pure modules, colocated as *.test.ts. No database, no network.
export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "i18n/**/*.test.ts", "messages/**/*.test.ts", "tests/authz/**/*.test.ts"],
    environment: "node",
  },
});
