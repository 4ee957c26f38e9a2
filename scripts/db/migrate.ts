// Applies pending migrations to DATABASE_URL (from the environment or .env).
//
//   npx tsx scripts/db/migrate.ts [--migrations prisma/migrations]
import { config } from "dotenv";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations } from "../lib/migrate";

async function main(): Promise<void> {
  config({ quiet: true });
  const { values } = parseArgs({ options: { migrations: { type: "string", default: "prisma/migrations" } } });
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (set it in the environment or in .env)");
  const applied = await applyMigrations(url, path.resolve(values.migrations));
  if (applied.length === 0) console.log("database is up to date");
  for (const name of applied) console.log(`applied ${name}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
