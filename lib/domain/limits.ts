// Sizes of what users type, and the plan span: the schemas (lib/validation) enforce them, the forms
// (client bundles) use them for maxLength, and rule T1 reads MAX_PLAN_YEARS. Kept free of zod: a form
// importing a schema module would ship zod (about 65 KB compressed) to the browser;
// lib/validation/client-imports.test.ts keeps them apart.

export const LIMITS = {
  title: 300,
  /** A plan's title: 200, as the plan editor and its schemas have always enforced (other titles allow 300). */
  planTitle: 200,
  name: 300,
  description: 5000,
  outcomes: 5000,
  location: 300,
  reason: 500,
  counterpart: 300,
  summary: 2000,
  participantCount: 100_000,
} as const;

/** The span of a plan that rule T1 accepts, in fiscal years. */
export const MIN_PLAN_YEARS = 2;
export const MAX_PLAN_YEARS = 10;

/** Plan comments. */
export const MAX_COMMENT_LENGTH = 4000;

/** Reference data (admins). */
export const REFERENCE_LIMITS = { title: 300, name: 300, description: 5000, code: 32, sortOrder: 9999 } as const;

/** User administration. */
export const USER_LIMITS = { name: 100, email: 254, passwordMin: 12, passwordMax: 256 } as const;

/** The partner needs register. */
export const NEED_LIMITS = {
  titleMin: 3,
  title: 200,
  description: 4000,
  reasonMin: 3,
  reason: 2000,
} as const;
