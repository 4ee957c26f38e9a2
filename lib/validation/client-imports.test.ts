import { describe, expect, it } from "vitest";
import { isClientModule, readSource, sourceFiles, valueImports } from "@/tests/support/source-files";

// Client components ship in the browser's JavaScript: a value imported from a module that imports zod
// (an input schema) ships all of zod with it, about 65 KB compressed on every page that holds the
// form. Their limits and choices come from zod-free modules (lib/domain/limits.ts and the other lib/domain modules).

const importsZod = (text: string) => /from ["']zod["']/.test(text);

describe("client components", () => {
  it("import no value from a module that imports zod", () => {
    const clientFiles = sourceFiles("app", "components", "lib").filter((file) => isClientModule(readSource(file)));
    expect(clientFiles.length).toBeGreaterThan(10);
    for (const file of clientFiles) {
      const text = readSource(file);
      expect(importsZod(text), `${file} imports zod`).toBe(false);
      for (const { specifier, file: target } of valueImports(text)) {
        const source = readSource(target);
        if (/^["']use server["']/m.test(source)) continue; // server actions reach the client as references only
        expect(importsZod(source), `${file} imports ${specifier}, which imports zod`).toBe(false);
      }
    }
  });
});
