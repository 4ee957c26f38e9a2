// `prisma generate`, offline.
import { existsSync, statSync } from "node:fs";
import { bin, run } from "./process";

const SCHEMA = "prisma/schema.prisma";
const GENERATED_CLIENT = "generated/prisma/client.ts";

/** True when the generated client is missing or older than the schema (after a pull, say). */
export function prismaGenerateNeeded(): boolean {
  if (!existsSync(GENERATED_CLIENT)) return true;
  return existsSync(SCHEMA) && statSync(SCHEMA).mtimeMs > statSync(GENERATED_CLIENT).mtimeMs;
}

export function prismaGenerate(): Promise<number> {
  return run(bin("prisma"), ["generate"], {
    ...process.env,
    // The CLI wants to download its native schema engine first, from a host these machines cannot reach.
    // Generating never uses that engine, so any existing file satisfies the check.
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  });
}
