// Whether `next build` must run again: when .next/BUILD_ID is missing or older than any input.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

// What `next build` reads. A change to any of these makes the last build stale.
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "i18n",
  "public",
  "proxy.ts",
  "prisma/schema.prisma",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const stats = statSync(file);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(file).map((entry) => newestMtime(path.join(file, entry))));
}

export function buildIsStale(): boolean {
  const buildId = path.join(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(input) > builtAt);
}
