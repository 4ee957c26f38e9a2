// Seeds the database at DATABASE_URL.
//   npx tsx prisma/seed.ts                    reference data, documented programs/activities, demo data and accounts
//   npx tsx prisma/seed.ts --reference-only   reference data and documented programs/activities only (production)
//   npx tsx prisma/seed.ts --refresh          also rewrite records the seed created earlier to the seed's content
// Re-running is safe: existing records are kept as they are (see prisma/seed/write.ts).
import { config } from "dotenv";
import { createPrismaClient } from "@/lib/db/client";
import { countRows, runSeed } from "./seed/run";

const USAGE = "Usage: npx tsx prisma/seed.ts [--reference-only] [--refresh]";

async function main(): Promise<number> {
  config({ quiet: true }); // DATABASE_URL may come from .env, as for prisma.config.ts
  const args = process.argv.slice(2);
  if (args.includes("--help")) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a !== "--reference-only" && a !== "--refresh");
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(" ")}\n${USAGE}`);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set.");
    return 2;
  }
  const options = { referenceOnly: args.includes("--reference-only"), refresh: args.includes("--refresh") };
  const prisma = createPrismaClient(url);
  const started = Date.now();
  try {
    const steps = await runSeed(prisma, options);
    const counts = await countRows(prisma);
    const mode = options.referenceOnly ? "reference data only" : "demo";
    console.log(`Seed (${mode}${options.refresh ? ", refresh" : ""}) done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const s of steps) {
      console.log(
        `  ${s.label.padEnd(14)} created ${String(s.created).padStart(4)}  updated ${String(s.updated).padStart(4)}  kept ${String(s.kept).padStart(4)}  ${String(s.ms).padStart(5)} ms`,
      );
    }
    console.log(
      `  rows now: ${Object.entries(counts)
        .map(([table, n]) => `${table} ${n}`)
        .join(", ")}`,
    );
    return 0;
  } catch (error) {
    console.error("Seed failed:", error);
    return 1;
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
