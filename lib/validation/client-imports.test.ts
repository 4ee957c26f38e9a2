import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Client components ship in the browser's JavaScript: a value imported from a module that imports zod
// (an input schema) ships all of zod with it, about 65 KB compressed on every page that holds the
// form. Their limits and choices come from zod-free modules (lib/validation/editor-limits.ts).

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

function resolve(specifier: string): string | undefined {
  if (!specifier.startsWith("@/")) return undefined;
  const base = specifier.slice(2);
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((file) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
}

describe("client components", () => {
  it("import no value from a module that imports zod", () => {
    const clientFiles = ["app", "components", "lib"].flatMap(sourceFiles).filter((file) => /^["']use client["']/m.test(readFileSync(file, "utf8")));
    expect(clientFiles.length).toBeGreaterThan(10);
    for (const file of clientFiles) {
      const text = readFileSync(file, "utf8");
      expect(text, `${file} imports zod`).not.toMatch(/from ["']zod["']/);
      // `import type` is erased at build time; any other import brings the module into the bundle.
      for (const match of text.matchAll(/^import (?!type )[^;]*? from ["']([^"']+)["']/gms)) {
        const target = resolve(match[1]!);
        if (!target) continue;
        const source = readFileSync(target, "utf8");
        if (/^["']use server["']/m.test(source)) continue; // server actions reach the client as references only
        expect(source, `${file} imports ${match[1]}, which imports zod`).not.toMatch(/from ["']zod["']/);
      }
    }
  });
});
