import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layering of shared/STYLE.md, held by the linter so that a break fails `npm test`:
//   app -> lib/data -> lib/db; lib/rules pure (no Next, no Prisma, no data access); nothing in lib
//   imports app; components and pages never reach the database but through lib/data; lib/domain is
//   plain TypeScript that every layer reads (no zod, no framework, no Prisma, no data access).
//   components never import app/: server actions reach them as props from the page or layout that
//   renders them.
// eslint.layering.test.ts shows each rule refusing a deliberate break.
const APP = { group: ["@/app/*", "**/app/*"], message: "lib/ never imports app/: the arrows point down (shared/STYLE.md)." };
const APP_FROM_COMPONENTS = {
  group: [...APP.group],
  message:
    "components/ never import app/: a server action arrives as a prop from the page or layout that renders the component (shared/STYLE.md).",
};
const DATABASE = {
  group: ["@/lib/db/client", "@/lib/db/*", "@/generated/*", "**/generated/prisma/*", "@prisma/*"],
  message: "Only lib/data reaches the database (through lib/db); pages, actions and components call lib/data.",
};
const FRAMEWORK = {
  group: ["next", "next/*", "next-intl", "next-intl/*", "next-auth", "next-auth/*", "react", "react-dom"],
  message: "lib/rules is pure: no framework imports.",
};
const DATA = { group: ["@/lib/data/*", "@/lib/auth/*"], message: "lib/rules is pure: facts come in as arguments, not from lib/data." };

// lib/domain's own messages: it sits below every layer, so each of them may import it.
const DOMAIN = [
  { group: ["zod", "zod/*"], message: "lib/domain is plain TypeScript: no zod (schemas live in lib/validation and read lib/domain)." },
  { group: [...FRAMEWORK.group], message: "lib/domain is plain TypeScript: no framework imports." },
  {
    group: [...DATABASE.group],
    message: "lib/domain is plain TypeScript: no Prisma, no database (a unit test holds its enums to Prisma's).",
  },
  {
    group: ["@/lib/data/*", "@/lib/auth/*", "@/lib/validation/*", "@/lib/rules/*"],
    message: "lib/domain sits below the layers that read it: it imports none of them.",
  },
];

const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const config = [
  ...nextVitals,
  ...nextTs,
  // next.config.js stays CommonJS: the package is not "type": "module".
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  { files: ["lib/**/*.{ts,tsx}"], rules: restrict(APP) },
  { files: ["lib/rules/**/*.ts"], ignores: ["**/*.test.ts"], rules: restrict(APP, DATABASE, FRAMEWORK, DATA) },
  { files: ["lib/domain/**/*.ts"], ignores: ["**/*.test.ts"], rules: restrict(APP, ...DOMAIN) },
  // The health check for load balancers pings the database itself (no actor, no data function).
  { files: ["app/**/*.{ts,tsx}"], ignores: ["app/api/health/route.ts"], rules: restrict(DATABASE) },
  { files: ["components/**/*.{ts,tsx}"], rules: restrict(DATABASE, APP_FROM_COMPONENTS) },
  {
    ignores: [
      "generated/**",
      ".next/**",
      ".next-bench/**",
      "node_modules/**",
      ".data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
