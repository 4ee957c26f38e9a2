import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layering of shared/STYLE.md, held by the linter so that a break fails `npm test`:
//   app -> lib/data -> lib/db (the plain client private to lib/db; reads never import writes; lib/data
//   never imports lib/auth); lib/rules and lib/authz pure (no Next, no Prisma, no data access); nothing in lib
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
// One way into the database: lib/data goes through scopedDb(actor) (or sqlScopedDb for SQL that binds
// its own scope), so that the scope guard sees every liaison officer's query.
const PLAIN_CLIENT = {
  group: ["@/lib/db/client", "**/lib/db/client"],
  message: "The plain Prisma client is private to lib/db: use scopedDb(actor) or sqlScopedDb (sign-in, health, seed and migrations aside).",
};
const AUTH = {
  group: ["@/lib/auth/*"],
  message: "lib/auth (sessions, sign-in) sits above lib/data: data functions take the actor as an argument.",
};
const WRITES = {
  group: ["@/lib/data/*/writes", "@/lib/data/**/writes"],
  message: "A read never imports a write: what both need lives in the reads (or snapshot) file, which writes.ts imports.",
};

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
  // Each file gets one list of restricted imports (a later matching block replaces an earlier one's).
  { files: ["lib/**/*.{ts,tsx}"], ignores: ["lib/db/**"], rules: restrict(APP, PLAIN_CLIENT) },
  { files: ["lib/data/**/*.ts"], rules: restrict(APP, PLAIN_CLIENT, AUTH, WRITES) },
  { files: ["lib/data/**/writes.ts"], rules: restrict(APP, PLAIN_CLIENT, AUTH) },
  // Sign-in runs before there is an actor to scope by; one's own account (a password change) is the
  // actor's own row, sessions and audit trail, which the scope guard keeps from liaison officers' clients.
  {
    files: ["lib/data/users/sessions.ts", "lib/data/users/sign-in-attempts.ts", "lib/data/users/account.ts"],
    rules: restrict(APP, AUTH, WRITES),
  },
  { files: ["lib/authz/**/*.ts"], ignores: ["**/*.test.ts"], rules: restrict(APP, DATABASE, FRAMEWORK, DATA) },
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
