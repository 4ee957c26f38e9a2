import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages } from "@/i18n/client-messages";
import { loadMessages } from "@/i18n/messages";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

// useTranslations runs in client components, and in the few shared components that render on both
// sides; getTranslations (server only) needs nothing sent to the browser.
function clientNamespaces(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of ["app", "components", "lib"].flatMap(sourceFiles)) {
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(/useTranslations\(([^)]*)\)/g)) {
      found.set(match[1]!.trim(), file);
    }
  }
  return found;
}

describe("client messages", () => {
  it("cover every namespace a component translates with useTranslations", () => {
    const used = clientNamespaces();
    expect(used.size).toBeGreaterThan(10);
    for (const [argument, file] of used) {
      // A namespace must be a literal, or this list cannot be checked.
      expect(argument, `${file}: useTranslations(${argument})`).toMatch(/^"[\w.]+"$/);
      const namespace = argument.slice(1, -1);
      const covered = CLIENT_NAMESPACES.some((path) => namespace === path || namespace.startsWith(`${path}.`));
      expect(covered, `${file} uses "${namespace}", which i18n/client-messages.ts does not send to the browser`).toBe(true);
    }
  });

  it("keep only the listed parts, nested as they were, in both languages", async () => {
    for (const locale of ["en", "ja"] as const) {
      const all = await loadMessages(locale);
      const picked = pickMessages(all);
      for (const path of CLIENT_NAMESPACES) {
        const value = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], picked);
        expect(value, `${locale}: ${path}`).toBeDefined();
      }
      // Server-rendered pages' texts stay on the server.
      for (const serverOnly of ["dashboard", "framework", "insights", "annual"]) expect(Object.keys(picked)).not.toContain(serverOnly);
    }
  });
});
