// The layering rules of eslint.config.mjs, shown refusing a deliberate break in each layer (and
// letting the allowed arrows through), so that a config change that drops one fails here.
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

// ESLint's first run loads the whole config (typescript-eslint, the Next plugins): seconds on a busy
// machine, past the default test timeout. Load it once before the tests, with time to spare.
beforeAll(() => eslint.lintText("export {};\n", { filePath: "lib/warm-up.ts" }), 120_000);

describe("the layering lint", { timeout: 30_000 }, () => {
  it("keeps lib/rules pure: no framework, no database, no data access", async () => {
    for (const source of [
      "next/headers",
      "next-intl/server",
      "@/lib/db/client",
      "@/generated/prisma/client",
      "@/lib/data/plans/reads",
      "@/app/(portal)/plans/actions",
    ]) {
      expect(await layeringErrors("lib/rules/new-rule.ts", `import { x } from "${source}";`), source).toHaveLength(1);
    }
    expect(await layeringErrors("lib/rules/new-rule.ts", `import { x } from "@/lib/fiscal-year";`)).toEqual([]);
  });

  it("keeps lib/domain plain TypeScript: no zod, no framework, no Prisma, no data access", async () => {
    for (const source of [
      "zod",
      "next/navigation",
      "@/lib/db/client",
      "@/lib/db/join-tables",
      "@/generated/prisma/enums",
      "@prisma/client",
      "@/lib/data/plans/reads",
      "@/lib/validation/plan",
      "@/app/(portal)/plans/actions",
    ]) {
      expect(await layeringErrors("lib/domain/new-lifecycle.ts", `import { x } from "${source}";`), source).toHaveLength(1);
    }
    expect(await layeringErrors("lib/domain/new-lifecycle.ts", `import { x } from "@/lib/domain/plan";`)).toEqual([]);
    // Every layer reads it.
    for (const file of [
      "lib/rules/new-rule.ts",
      "lib/validation/new-schema.ts",
      "lib/data/plans-extra.ts",
      "components/plan-list.tsx",
      "app/(portal)/plans/page.tsx",
    ]) {
      expect(await layeringErrors(file, `import { x } from "@/lib/domain/plan";`), file).toEqual([]);
    }
  });

  it("never lets lib import app", async () => {
    expect(await layeringErrors("lib/data/plans-extra.ts", `import { x } from "@/app/(portal)/plans/actions";`)).toHaveLength(1);
    expect(await layeringErrors("lib/data/plans-extra.ts", `import { x } from "@/lib/db/scope-guard";`)).toEqual([]);
  });

  it("keeps the plain client private to lib/db, sign-in and one's own account aside", async () => {
    for (const file of ["lib/data/plans/reads.ts", "lib/data/plans/writes.ts", "lib/actions/result.ts", "lib/auth/actor.ts"]) {
      expect(await layeringErrors(file, `import { db } from "@/lib/db/client";`), file).toHaveLength(1);
    }
    for (const file of [
      "lib/db/scope-guard.ts",
      "lib/data/users/sessions.ts",
      "lib/data/users/sign-in-attempts.ts",
      "lib/data/users/account.ts",
    ]) {
      expect(await layeringErrors(file, `import { db } from "@/lib/db/client";`), file).toEqual([]);
    }
  });

  it("never lets a read import a write, nor lib/data import lib/auth", async () => {
    expect(await layeringErrors("lib/data/plans/reads.ts", `import { x } from "@/lib/data/plans/writes";`)).toHaveLength(1);
    expect(await layeringErrors("lib/data/insights/dashboard.ts", `import { x } from "@/lib/data/needs/writes";`)).toHaveLength(1);
    expect(await layeringErrors("lib/data/plans/writes.ts", `import { x } from "@/lib/data/notifications/writes";`)).toEqual([]);
    expect(await layeringErrors("lib/data/plans/writes.ts", `import { x } from "@/lib/data/plans/reads";`)).toEqual([]);
    expect(await layeringErrors("lib/data/plans/reads.ts", `import { x } from "@/lib/auth/actor";`)).toHaveLength(1);
  });

  it("keeps lib/authz pure: no Prisma, no framework, no data access", async () => {
    for (const source of ["@/generated/prisma/client", "next/headers", "@/lib/data/scope", "@/lib/db/scope-guard"]) {
      expect(await layeringErrors("lib/authz/policy.ts", `import { x } from "${source}";`), source).toHaveLength(1);
    }
    expect(await layeringErrors("lib/authz/policy.ts", `import { x } from "@/lib/domain/plan";`)).toEqual([]);
  });

  it("keeps pages, actions and components off the database", async () => {
    expect(await layeringErrors("app/(portal)/plans/page.tsx", `import { x } from "@/lib/db/client";`)).toHaveLength(1);
    expect(await layeringErrors("components/plan-list.tsx", `import { x } from "@/generated/prisma/client";`)).toHaveLength(1);
    expect(await layeringErrors("app/(portal)/plans/page.tsx", `import { x } from "@/lib/data/plans/reads";`)).toEqual([]);
  });

  it("keeps components off app/: server actions arrive as props", async () => {
    for (const [file, source] of [
      ["components/plan-workflow.tsx", "@/app/(portal)/plans/actions"],
      ["components/site-header.tsx", "@/app/actions/sign-out"],
      ["components/need-form.tsx", "../app/(portal)/needs/actions"],
      ["components/plan-editor/plan-editor.tsx", "../../app/(portal)/plans/actions"],
    ]) {
      const errors = await layeringErrors(file!, `import { x } from "${source}";`);
      expect(errors, `${file} importing ${source}`).toHaveLength(1);
      expect(errors[0]).toContain("arrives as a prop");
    }
    // Their other imports stay allowed, and so do pages importing their own actions.
    expect(await layeringErrors("components/plan-workflow.tsx", `import { x } from "@/components/ui/button";`)).toEqual([]);
    expect(await layeringErrors("components/plan-workflow.tsx", `import type { x } from "@/lib/actions/action";`)).toEqual([]);
    expect(await layeringErrors("app/(portal)/plans/[id]/page.tsx", `import { x } from "@/app/(portal)/plans/actions";`)).toEqual([]);
  });
});
