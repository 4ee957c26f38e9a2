import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages } from "@/i18n/client-messages";
import { loadMessages } from "@/i18n/messages";
import { isClientModule, readSource, sourceFiles, valueImports } from "@/tests/support/source-files";

// The namespaces translated in the browser: by client components, and by the shared components they
// import (those render on the client too). Server components' texts need nothing sent.
function clientNamespaces(): Map<string, string> {
  const found = new Map<string, string>();
  const clientFiles = sourceFiles("app", "components", "lib").filter((file) => isClientModule(readSource(file)));
  const files = new Set(clientFiles);
  for (const file of clientFiles) for (const { file: target } of valueImports(readSource(file))) files.add(target);
  for (const file of files) {
    for (const match of readSource(file).matchAll(/useTranslations\(([^)]*)\)/g)) found.set(match[1]!.trim(), file);
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

  it("never carry the demo accounts' password: the sign-in page alone shows it, rendered on the server", async () => {
    for (const locale of ["en", "ja"] as const) {
      const all = await loadMessages(locale);
      expect(JSON.stringify(all)).toContain("demo-password-2026");
      expect(JSON.stringify(pickMessages(all))).not.toContain("demo-password");
    }
  });
});
