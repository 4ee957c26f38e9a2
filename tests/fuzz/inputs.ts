// Generated and adversarial inputs for the property-based (fuzz) tests: the input schemas
// (lib/validation/fuzz.test.ts), the server actions' data functions (tests/integration/fuzz-actions.test.ts)
// and the exports (lib/exports/exports.fuzz.test.ts). `npm run fuzz` runs them all with FUZZ_RUNS=10000.
import { appendFileSync } from "node:fs";
import fc from "fast-check";

/** Runs per target: 1,000 by default (CI), more with FUZZ_RUNS (the long fuzz: 10,000). */
export const FUZZ_RUNS = Math.max(1, Number.parseInt(process.env.FUZZ_RUNS ?? "", 10) || 1000);

/**
 * The seed of `npm test`: fixed, so that a change never fails the suite by drawing an input no earlier
 * run drew. `npm run fuzz` explores with a random seed, which it prints and passes as FUZZ_SEED; a
 * failure report names the seed and path, and FUZZ_SEED=<seed> replays it.
 */
export const FIXED_FUZZ_SEED = 20_261_207;

export function fuzzSeed(): number {
  const seed = Number.parseInt(process.env.FUZZ_SEED ?? "", 10);
  return Number.isSafeInteger(seed) ? seed : FIXED_FUZZ_SEED;
}

export function fuzzParameters(numRuns: number = FUZZ_RUNS): fc.Parameters<unknown> {
  return { numRuns, seed: fuzzSeed() };
}

/** Milliseconds for a test of `runs` runs at about `msPerRun` each, with room for setup. */
export function fuzzTimeout(runs: number, msPerRun: number): number {
  return 60_000 + runs * msPerRun;
}

// ---------------------------------------------------------------- strings

/** Texts that have broken parsers, databases, HTML pages and spreadsheets before. */
export const PAYLOADS = [
  "",
  " ",
  "   \t ",
  "\n",
  "\r\n",
  "\u0000",
  "a\u0000b",
  "%00",
  "\u202E\u0645\u0631\u062D\u0628\u0627", // right-to-left override + Arabic
  "\u200F\u200E\u202A\u202B\u202C\u2066\u2069",
  "\u200B\u200C\u200D\u2060\uFEFF",
  "\u00A0\u2028\u2029\u3000",
  "\uD800",
  "\uDFFF",
  "x\uD83D",
  "𝕏𝔞𝔪𝔭𝔩𝔢",
  "👨‍👩‍👧‍👦🏳️‍🌈",
  "日本語の計画　ベトナム",
  "ภาษาไทย ພາສາລາວ ភាសាខ្មែរ မြန်မာ",
  "Z̷̢̛a̶l̸g̵o̴",
  "' OR '1'='1",
  '\'; DROP TABLE "User"; --',
  "1; SELECT pg_sleep(10) --",
  "\\'; \\\\",
  "$1 $$ $$",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  '"><svg onload=alert(1)>',
  '=HYPERLINK("http://evil.example","x")',
  "=cmd|' /C calc'!A0",
  "+1+1",
  "-2+3",
  "@SUM(1,2)",
  "\t=1+1",
  "\r=1+1",
  "${7*7}",
  "{{7*7}}",
  "{name}",
  "%s%n%x",
  "../../../etc/passwd",
  "C:\\Windows\\system32",
  "null",
  "undefined",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "1e308",
  "1e309",
  "0x10",
  "9007199254740993",
  "-1",
  "1.5",
  "true",
  "false",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "msg:required",
  "msg:../../x",
  "all",
  "2026-02-30",
  "2026-04-01",
  "2026-04-01T00:00:00Z",
  "9999-12-31",
  "0000-01-01",
  "ADMIN",
  "LIAISON",
  "PH",
  "ph",
  "K1",
  "M1",
  "E1",
  "ADMM_PLUS",
] as const;

/** Lengths at and around the portal's limits (2, 32, 64, 100, 200, 254, 256, 300, 500, 1000, 2000, 4000, 5000). */
const LENGTHS = [
  1, 2, 3, 11, 12, 13, 31, 32, 33, 63, 64, 65, 99, 100, 101, 199, 200, 201, 253, 254, 255, 256, 257, 299, 300, 301, 499, 500, 501, 999,
  1000, 1001, 1999, 2000, 2001, 3999, 4000, 4001, 4999, 5000, 5001, 20_000, 100_000,
];

const anyString = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "binary-ascii", maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);

/** A very long text, mostly at or around a limit: one character repeated, or a pattern. */
export const longString = fc
  .tuple(fc.constantFrom(...LENGTHS), fc.constantFrom("x", "あ", " ", "𝕏", "\u0000", "=", "A", "1", "a "), fc.boolean())
  .map(([length, unit, padded]) => {
    const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
    return padded ? `  ${body}  ` : body;
  });

/** Any text an attacker or a careless paste might send. */
export const adversarialString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PAYLOADS) },
  { weight: 3, arbitrary: anyString },
  { weight: 2, arbitrary: longString },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...PAYLOADS), anyString, fc.constantFrom(...PAYLOADS), fc.constantFrom("", " ", "\t", "\n"))
      .map(([a, b, c, pad]) => `${pad}${a}${b}${c}${pad}`),
  },
);

/** Texts aimed at spreadsheets: a formula start, then quotes, separators and line breaks. */
export const spreadsheetText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: adversarialString },
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom("=", "+", "-", "@", "\t", "\r", "\r\n", "\n", " =", "'", '"', "", "\u0001=", "\u000B+", "\u001F@", "\u007F-"),
        fc.array(
          fc.constantFrom(
            "SUM(A1:A9)",
            "1+1",
            "cmd|' /C calc'!A0",
            'HYPERLINK("http://x","y")',
            '"',
            '""',
            ",",
            ";",
            "\r",
            "\n",
            "\r\n",
            "\t",
            " ",
            "日本",
            "𝕏",
            "'",
          ),
          { maxLength: 6 },
        ),
      )
      .map(([start, parts]) => start + parts.join("")),
  },
);

/** The text with each unpaired surrogate replaced by U+FFFD, as UTF-8 encoders (URLs, pg) carry it. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

// ---------------------------------------------------------------- other values

export const oddNumbers = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  -1,
  1.5,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.EPSILON,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  -Number.MAX_SAFE_INTEGER,
  2026,
  2100,
  2101,
  1999,
  9999,
  10_000,
);

/** An object whose own keys try prototype pollution (as JSON.parse and Object.fromEntries make them). */
export const pollutingObject: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom("__proto__", "constructor", "prototype"),
    fc.constantFrom<unknown>({ polluted: true }, { prototype: { polluted: true } }, "x", null),
  )
  .map(([key, value]) => withOwn({}, key, value));

/** Sets an own property, even "__proto__" (plain assignment would change the prototype instead). */
export function withOwn<T extends object>(target: T, key: string, value: unknown): T {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  return target;
}

/** Anything a server action's arguments can carry (React encodes these over the wire), and more. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 8,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  stringUnit: "binary",
});

/**
 * Anything a client can send as a server action's argument: React encodes primitives (NaN, Infinity,
 * -0, undefined, BigInt), plain objects and arrays (sparse too), Date, Map, Set and typed arrays; never
 * an object without a prototype, nor a boxed primitive (JSON reads those as the primitive).
 */
export const wireValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 8,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  stringUnit: "binary",
});

/** A value for one field: an odd text, number, array, object or nothing; `any` for the rest. */
function adversarialValueWith(any: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: adversarialString },
    { weight: 2, arbitrary: oddNumbers },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 2, arbitrary: fc.array(adversarialString, { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    { weight: 1, arbitrary: pollutingObject },
    { weight: 1, arbitrary: any },
  );
}

/** Any odd value, objects without a prototype and boxed primitives included (for the schemas). */
export const adversarialValue: fc.Arbitrary<unknown> = adversarialValueWith(anything);
/** Any odd value a client can send to a server action (see wireValue). */
export const wireAdversarialValue: fc.Arbitrary<unknown> = adversarialValueWith(wireValue);

const EXTRA_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "id",
  "stateCode",
  "role",
  "authorId",
  "status",
  "version",
  "$where",
  "_form",
  "",
];

/** An object with (some of) `keys`, each an adversarial value, and sometimes keys nobody asked for. */
export function adversarialRecord(
  keys: readonly string[],
  value: fc.Arbitrary<unknown> = adversarialValue,
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: keys.length + 2 }),
      fc.array(fc.tuple(fc.constantFrom(...EXTRA_KEYS), value), { maxLength: 2 }),
    )
    .map(([fields, extras]) => {
      const record: Record<string, unknown> = {};
      for (const [key, value] of [...fields, ...extras]) withOwn(record, key, value);
      return record;
    });
}

/** What a form can post for a field: a text (possibly repeated) or a file. */
export type FormValue = string | string[] | { file: string; name: string; type: string };

export const formValue: fc.Arbitrary<FormValue> = fc.oneof(
  { weight: 12, arbitrary: adversarialString },
  { weight: 1, arbitrary: fc.array(adversarialString, { minLength: 2, maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.record({
      file: adversarialString,
      name: fc.constantFrom("a.txt", "", "../x", "x.exe"),
      type: fc.constantFrom("", "text/plain", "application/octet-stream"),
    }),
  },
);

/** A form's fields: some of `keys` (and stray ones), each an adversarial text, repeat or file. */
export function adversarialForm(keys: readonly string[]): fc.Arbitrary<Record<string, FormValue>> {
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...keys), formValue), { maxLength: keys.length + 2 }),
      fc.array(fc.tuple(fc.constantFrom(...EXTRA_KEYS), formValue), { maxLength: 2 }),
    )
    .map(([fields, extras]) => {
      const record: Record<string, FormValue> = {};
      for (const [key, value] of [...fields, ...extras]) withOwn(record, key, value);
      return record;
    });
}

/** FormData as a browser (or a hand-made multipart POST) would send it. */
export function toFormData(fields: Record<string, FormValue>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string") form.append(key, value);
    else if (Array.isArray(value)) for (const item of value) form.append(key, item);
    else form.append(key, new File([value.file], value.name, { type: value.type }));
  }
  return form;
}

/**
 * A valid input with some fields replaced by adversarial values, some removed, or none touched: the
 * inputs that get past the first checks and reach the database.
 */
export function mutated<T extends Record<string, unknown>>(
  base: fc.Arbitrary<T>,
  value: fc.Arbitrary<unknown> = adversarialValue,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(base, fc.array(fc.tuple(fc.nat(), fc.option(value, { freq: 8 })), { maxLength: 3 })).map(([valid, changes]) => {
    const keys = Object.keys(valid);
    const copy: Record<string, unknown> = { ...valid };
    for (const [index, change] of changes) {
      const key = keys[index % Math.max(1, keys.length)];
      if (key === undefined) continue;
      if (change === null) delete copy[key];
      else withOwn(copy, key, change);
    }
    return copy;
  });
}

/** Text that passes a `trim().min(1).max(max)` field: odd but acceptable content, within the limit. */
export function benignText(max: number, min = 1): fc.Arbitrary<string> {
  return fc
    .oneof(
      fc.constantFrom(
        "Maritime security seminar",
        "海洋安全保障セミナー",
        "=1+1",
        "@here",
        "-",
        "<b>bold</b>",
        "' OR 1=1 --",
        "\u202Eevil",
        "👨‍👩‍👧",
        "line\nbreak",
        "tab\there",
        'a,b;"c"',
      ),
      fc.string({ unit: "grapheme", minLength: min, maxLength: Math.min(max, 60) }),
      fc.integer({ min, max }).map((length) => "x".repeat(length)),
    )
    .map((text) => text.slice(0, max))
    .filter((text) => text.trim().length >= min);
}

// ---------------------------------------------------------------- checks and counts

/**
 * Text a user must never see: stack frames, source paths, SQL, database and ORM internals, raw
 * exception names. (Zod's own messages, "Invalid input: expected string, received number", are fine.)
 */
export const INTERNAL_TEXT =
  /\n\s+at\s|\bat\s+\S+\s+\(|\.(?:ts|js|mjs|cjs|tsx):\d+|node_modules|\/work\/|[A-Za-z]*Error:|\bprisma\b|PrismaClient|\$Zod|ZodError|\b(?:SELECT|INSERT|UPDATE|DELETE)\s.+\b(?:FROM|INTO|SET|WHERE)\b|invalid byte sequence|violates .* constraint|relation "|column "|duplicate key|\[object Object\]|Cannot read propert|is not a function|undefined is not/i;

export interface FuzzCount {
  suite: string;
  target: string;
  runs: number;
  /** Runs whose input was accepted (the schema parsed it, the action saved it). */
  accepted: number;
  /** Runs refused the expected way (a ZodError, ValidationError, NotFoundError...). */
  refused: number;
  ms: number;
  /** Refusals by kind, e.g. { ValidationError: 812, NotFoundError: 40 }. */
  outcomes?: Record<string, number>;
  /** Milliseconds spent per kind of outcome (where measured). */
  outcomeMs?: Record<string, number>;
  /** Runs and milliseconds per kind of input (where told): e.g. raw, changed, valid. */
  inputs?: Record<string, { runs: number; ms: number }>;
}

/** Records a target's counts: printed by the test, collected by `npm run fuzz` (FUZZ_REPORT). */
export function reportFuzzCount(count: FuzzCount): void {
  const file = process.env.FUZZ_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify(count)}\n`);
}

export class Tally {
  accepted = 0;
  refused = 0;
  runs = 0;
  readonly outcomes: Record<string, number> = {};
  readonly outcomeMs: Record<string, number> = {};
  readonly inputs: Record<string, { runs: number; ms: number }> = {};
  private readonly started = performance.now();

  constructor(
    readonly suite: string,
    readonly target: string,
  ) {}

  accept(kind = "accepted", ms?: number): void {
    this.runs++;
    this.accepted++;
    this.count(kind, ms);
  }

  refuse(kind: string, ms?: number): void {
    this.runs++;
    this.refused++;
    this.count(kind, ms);
  }

  /** Times one run by the kind of its input. */
  input(kind: string, ms: number): void {
    const entry = (this.inputs[kind] ??= { runs: 0, ms: 0 });
    entry.runs++;
    entry.ms = Math.round(entry.ms + ms);
  }

  private count(kind: string, ms: number | undefined): void {
    this.outcomes[kind] = (this.outcomes[kind] ?? 0) + 1;
    if (ms !== undefined) this.outcomeMs[kind] = Math.round((this.outcomeMs[kind] ?? 0) + ms);
  }

  /** Reports and returns the counts (runs include fast-check's shrinking runs after a failure). */
  done(): FuzzCount {
    const count: FuzzCount = {
      suite: this.suite,
      target: this.target,
      runs: this.runs,
      accepted: this.accepted,
      refused: this.refused,
      ms: Math.round(performance.now() - this.started),
      outcomes: this.outcomes,
      ...(Object.keys(this.outcomeMs).length ? { outcomeMs: this.outcomeMs } : {}),
      ...(Object.keys(this.inputs).length ? { inputs: this.inputs } : {}),
    };
    reportFuzzCount(count);
    return count;
  }
}
