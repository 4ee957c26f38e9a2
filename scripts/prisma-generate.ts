// `npm install`'s postinstall and `npm run build`'s prebuild: generates the Prisma client into ./generated
// (offline, see scripts/lib/prisma-generate.ts) when it is missing or older than the schema, so that a fresh
// clone builds with a plain `npm install && npm run build`. `npm start` and `npm test` do the same themselves.
import { existsSync } from "node:fs";
import { prismaGenerate, prismaGenerateNeeded } from "./lib/prisma-generate";
import { bin } from "./lib/process";

async function main(): Promise<number> {
  if (!prismaGenerateNeeded()) return 0;
  // `npm ci --omit=dev` (a production install) has no Prisma CLI: building is then not its business.
  if (!existsSync(bin("prisma"))) {
    console.warn("prisma generate skipped: the Prisma CLI (a dev dependency) is not installed");
    return 0;
  }
  console.log("prisma generate");
  return prismaGenerate();
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
