// The project's own source files, for tests that read the code itself (what client components import,
// which namespaces they translate with, how raw SQL is marked).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** TypeScript files under `dirs` (relative to the project root), tests left out. */
export function sourceFiles(...dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) return walk(file);
      return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
    });
  return dirs.flatMap(walk);
}

/** Whether a file's text starts a client component module. */
export const isClientModule = (text: string) => /^["']use client["']/m.test(text);

/**
 * The project files a source text imports values from (`@/...` specifiers). `import type` is left out:
 * it is erased at build time, so it brings nothing into a bundle.
 */
export function valueImports(text: string): { specifier: string; file: string }[] {
  const found: { specifier: string; file: string }[] = [];
  for (const match of text.matchAll(/^import (?!type )[^;]*? from ["'](@\/[^"']+)["']/gms)) {
    const base = match[1]!.slice(2);
    const file = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => {
      try {
        return statSync(candidate).isFile();
      } catch {
        return false;
      }
    });
    if (file) found.push({ specifier: match[1]!, file });
  }
  return found;
}

export const readSource = (file: string) => readFileSync(file, "utf8");
