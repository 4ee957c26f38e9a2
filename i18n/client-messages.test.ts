import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages, SHELL_NAMESPACES } from "@/i18n/client-messages";
import { loadMessages } from "@/i18n/messages";
import { isClientModule, readSource, sourceFiles, valueImports } from "@/tests/support/source-files";

// The namespaces a module translates with on the client: its own useTranslations, and those of the
// project modules it imports (they render on the client too), followed through every import.
function namespacesOf(file: string, seen = new Set<string>()): Set<string> {
  const found = new Set<string>();
  if (seen.has(file)) return found;
  seen.add(file);
  const text = readSource(file);
  for (const match of text.matchAll(/useTranslations\(([^)]*)\)/g)) found.add(match[1]!.trim());
  for (const { file: target } of valueImports(text)) for (const namespace of namespacesOf(target, seen)) found.add(namespace);
  return found;
}

const literal = (argument: string) => argument.slice(1, -1);
const covers = (paths: readonly string[], namespace: string) =>
  paths.some((path) => namespace === path || namespace.startsWith(`${path}.`));

describe("client messages", () => {
  const files = sourceFiles("app", "components", "lib");
  const clientFiles = files.filter((file) => isClientModule(readSource(file)));
  const importers = (file: string) => files.filter((other) => valueImports(readSource(other)).some((i) => i.file === file));

  it("cover every namespace a component translates with useTranslations", () => {
    const used = new Map<string, string>();
    for (const file of clientFiles) for (const argument of namespacesOf(file)) used.set(argument, file);
    expect(used.size).toBeGreaterThan(10);
    for (const [argument, file] of used) {
      // A namespace must be a literal, or this list cannot be checked.
      expect(argument, `${file}: useTranslations(${argument})`).toMatch(/^"[\w.]+"$/);
      expect(covers(CLIENT_NAMESPACES, literal(argument)), `${file} uses ${argument}, missing from CLIENT_NAMESPACES`).toBe(true);
    }
  });

  it("reach each client component from the pages that render it: the shell's, or sent beside it with <ClientMessages>", () => {
    let islands = 0;
    for (const file of clientFiles) {
      const serverImporters = importers(file).filter((importer) => !isClientModule(readSource(importer)));
      const needed = [...namespacesOf(file)].map(literal);
      for (const sender of serverImporters) {
        const text = readSource(sender);
        const sent = [...text.matchAll(/<ClientMessages namespaces=\{\[([^\]]*)\]\}/g)].flatMap((m) => m[1]!.match(/[\w.]+/g) ?? []);
        if (sent.length) islands++;
        for (const namespace of needed) {
          expect
            .soft(
              covers([...SHELL_NAMESPACES, ...sent], namespace),
              `${sender} renders ${file}, which translates "${namespace}": send it with <ClientMessages>`,
            )
            .toBe(true);
        }
      }
      // Rendered by Next.js itself (error boundaries): the shell's texts only.
      if (!importers(file).length) {
        for (const namespace of needed)
          expect(covers(SHELL_NAMESPACES, namespace), `${file} (rendered by Next.js) needs "${namespace}" in SHELL_NAMESPACES`).toBe(true);
      }
    }
    expect(islands).toBeGreaterThan(5);
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
