// Property-based tests of every input schema in lib/validation: arbitrary and adversarial inputs (any
// value, the schema's keys with hostile texts and numbers, valid inputs with fields broken) never make
// a schema throw, what a schema accepts keeps its invariants (trimmed, within limits, real dates, each
// code once...), and what it refuses says so in messages a user may read: a message key that exists in
// both languages, or zod's own text, never a stack trace or an internal name.
// FUZZ_RUNS runs per schema (1,000 by default; `npm run fuzz` runs 10,000).
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { loadMessages } from "@/i18n/messages";
import { ValidationError } from "@/lib/errors";
import { ACTIVITY_SORTS, activityFiltersSchema, parseActivityFilters } from "@/lib/validation/activity-filters";
import { filtersQuery } from "@/lib/validation/query-filters";
import { activitySchema } from "@/lib/validation/activity";
import { auditFiltersSchema, parseAuditFilters } from "@/lib/validation/audit-filters";
import { commentsSeenSchema, MAX_COMMENT_LENGTH, planCommentSchema, planFollowSchema } from "@/lib/validation/comment";
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, PARTICIPANT_ROLES } from "@/lib/domain/activity";
import { PROGRAM_KINDS } from "@/lib/domain/enums";
import { LIMITS } from "@/lib/domain/limits";
import { consultationSchema, isoDate, recordId, referenceCode, shownAt, stateCode } from "@/lib/validation/fields";
import { notificationMarkSchema, notificationSubjectSchema } from "@/lib/validation/notification";
import { needFiltersSchema, parseNeedFilters } from "@/lib/validation/need-filters";
import { parsePlanFilters, planFiltersSchema } from "@/lib/validation/plan-filters";
import { parseProgramFilters, programFiltersSchema } from "@/lib/validation/program-filters";
import { reviewQuerySchema } from "@/lib/validation/review-filters";
import { searchQuerySchema } from "@/lib/validation/search";
import { SEARCH_KINDS } from "@/lib/search";
import { NEED_LIMITS } from "@/lib/domain/limits";
import { NEED_STATUSES, PRIORITIES } from "@/lib/domain/need";
import { needSubmitSchema, needTriageSchema } from "@/lib/validation/need";
import { afterActionReportSchema, feedbackSchema, followUpSchema, followUpStepSchema } from "@/lib/validation/after-action";
import { AFTER_ACTION_LIMITS, FOLLOW_UP_STEPS, RATINGS } from "@/lib/domain/after-action";
import { parseInput } from "@/lib/validation/parse";
import { isStorable } from "@/lib/validation/query";
import { PLAN_STATUSES, PLAN_TRANSITIONS } from "@/lib/domain/plan";
import {
  indicatorActualSchema,
  indicatorSchema,
  newPlanSchema,
  planCopySchema,
  planSchema,
  planYearSchema,
  revisionSchema,
  transitionSchema,
} from "@/lib/validation/plan";
import { INDICATOR_DIRECTIONS } from "@/lib/domain/indicators";
import { programSchema } from "@/lib/validation/program";
import {
  MAX_SPENDING_JPY,
  newSpendingLineSchema,
  spendingLineDeleteSchema,
  spendingLineEditSchema,
  spendingLineSchema,
} from "@/lib/validation/spending";
import { SPENDING_CATEGORIES } from "@/lib/domain/spending";
import {
  DATE_RANGE,
  FRAMEWORK_KINDS,
  frameworkCode,
  frameworkCreateSchema,
  frameworkUpdateSchema,
  partnerStateSchema,
  REFERENCE_LIMITS,
  referenceTextSchema,
  TEXT_KINDS,
} from "@/lib/validation/reference";
import { parseReportFilters, REPORT_STATUSES, REPORTS, reportFiltersSchema } from "@/lib/validation/report-filters";
import { passwordChangeSchema } from "@/lib/validation/account";
import { ROLES, USER_LIMITS, userCreateSchema, userPasswordSchema, userRoleSchema, userStatusSchema } from "@/lib/validation/user";
import {
  adversarialRecord,
  adversarialString,
  adversarialValue,
  anything,
  benignText,
  FUZZ_RUNS,
  fuzzParameters,
  fuzzTimeout,
  INTERNAL_TEXT,
  mutated,
  Tally,
  type FuzzCount,
  wellFormed,
} from "@/tests/fuzz/inputs";

// ---------------------------------------------------------------- invariants

/** A failed invariant: fast-check shrinks the input and reports it. */
function check(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`invariant: ${what}`);
}

type Out = Record<string, unknown>;

const isString = (value: unknown): value is string => typeof value === "string";
const isInt = (value: unknown, min: number, max: number) =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max && !Object.is(value, -0);

/** Zod measures texts in code points (an emoji is one character, as PostgreSQL counts it), not UTF-16 units. */
const codePoints = (text: string) => [...text].length;

function trimmed(value: unknown, min: number, max: number, what: string): void {
  check(isString(value), `${what} is text`);
  check(value === value.trim(), `${what} is trimmed`);
  const length = codePoints(value);
  check(length >= min && length <= max, `${what} has ${min}..${max} characters (has ${length})`);
}

function matches(value: unknown, pattern: RegExp, what: string): void {
  check(isString(value) && pattern.test(value), `${what} matches ${pattern}`);
}

/** A real calendar day (no 30 February) as YYYY-MM-DD, within [min, max]. */
function calendarDay(value: unknown, min: string, max: string, what: string): void {
  matches(value, /^\d{4}-\d{2}-\d{2}$/, what);
  const text = value as string;
  check(new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text, `${what} is a real day`);
  check(text >= min && text <= max, `${what} within ${min}..${max}`);
}

function distinctList(value: unknown, max: number, item: (value: unknown, what: string) => void, what: string): void {
  check(Array.isArray(value), `${what} is a list`);
  check(value.length <= max, `${what} has at most ${max} items`);
  check(new Set(value).size === value.length, `${what} has each item once`);
  value.forEach((entry, index) => item(entry, `${what}.${index}`));
}

function list(value: unknown, max: number, item: (value: unknown, what: string) => void, what: string): void {
  check(Array.isArray(value), `${what} is a list`);
  check(value.length <= max, `${what} has at most ${max} items`);
  value.forEach((entry, index) => item(entry, `${what}.${index}`));
}

function oneOf(value: unknown, options: readonly unknown[], what: string): void {
  check(options.includes(value), `${what} is one of ${options.join(", ")}`);
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const CODE = /^[A-Z][A-Z0-9_]{0,31}$/;
const STATE = /^[A-Z]{2}$/;
const PORTAL_DAYS = ["2000-04-01", "2101-03-31"] as const;

const id = (value: unknown, what: string) => matches(value, ID, what);
const code = (value: unknown, what: string) => matches(value, CODE, what);
const state = (value: unknown, what: string) => matches(value, STATE, what);
const portalDay = (value: unknown, what: string) => calendarDay(value, ...PORTAL_DAYS, what);
const optional = (check: (value: unknown, what: string) => void) => (value: unknown, what: string) =>
  value === undefined || check(value, what);
const nullable = (check: (value: unknown, what: string) => void) => (value: unknown, what: string) => value === null || check(value, what);

function consultation(value: unknown, what: string): void {
  const c = value as Out;
  portalDay(c.heldOn, `${what}.heldOn`);
  trimmed(c.counterpart, 1, LIMITS.counterpart, `${what}.counterpart`);
  trimmed(c.summary, 0, LIMITS.summary, `${what}.summary`);
}

function eachStateOnce(rows: { stateCode: string }[], what: string): void {
  check(new Set(rows.map((row) => row.stateCode)).size === rows.length, `${what}: each state once`);
}

function isoDateTime(value: unknown, what: string): void {
  check(isString(value) && !Number.isNaN(new Date(value).getTime()), `${what} is a date and time`);
}

// ---------------------------------------------------------------- valid inputs to break

const anId = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const aCode = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,31}$/);
const aState = fc.oneof(fc.constantFrom("PH", "VN", "ID", "TH"), fc.stringMatching(/^[A-Z]{2}$/));
/** Surrounding white space the schemas trim away. */
const padded = (arbitrary: fc.Arbitrary<string>) =>
  fc.tuple(arbitrary, fc.constantFrom("", "", " ", "  \t", "\n")).map(([text, pad]) => `${pad}${text}${pad}`);
const aDay = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));
const portalDate = aDay(...PORTAL_DAYS);
const aFiscalYear = fc.integer({ min: 2000, max: 2100 });
const asText = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, arbitrary.map(String));
const blankOr = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(fc.constant(""), arbitrary);
const codes = (max: number) => fc.array(padded(aCode), { maxLength: Math.min(max, 6) });

const aConsultation = fc.record({
  heldOn: portalDate,
  counterpart: padded(benignText(LIMITS.counterpart)),
  summary: fc.oneof(fc.constant(""), benignText(LIMITS.summary)),
});

const validActivity = fc
  .tuple(portalDate, fc.integer({ min: 0, max: 30 }), fc.shuffledSubarray(["PH", "VN", "ID", "TH", "MY", "LA"]))
  .chain(([start, days, states]) => {
    const end = new Date(new Date(`${start}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);
    const [taking, omitted] = [states.slice(0, 3), states.slice(3)];
    return fc.record({
      programId: padded(anId),
      planId: blankOr(anId),
      kind: fc.constantFrom(...ACTIVITY_KINDS),
      title: padded(benignText(LIMITS.title)),
      titleJa: blankOr(benignText(LIMITS.title)),
      description: fc.oneof(fc.constant(""), benignText(LIMITS.description)),
      means: codes(20),
      keyAreas: codes(20),
      startDate: fc.constant(start),
      endDate: fc.constant(end > PORTAL_DAYS[1] ? start : end),
      location: fc.oneof(fc.constant(""), benignText(LIMITS.location)),
      hostStateCode: blankOr(aState),
      participants: fc.constant(taking).chain((codes) =>
        fc.tuple(
          ...codes.map((stateCode) =>
            fc.record({
              stateCode: fc.constant(stateCode),
              role: fc.constantFrom(...PARTICIPANT_ROLES),
              participantCount: fc.oneof(fc.constant(""), fc.integer({ min: 0, max: LIMITS.participantCount })),
            }),
          ),
        ),
      ),
      status: fc.constantFrom(...ACTIVITY_STATUSES),
      outcomes: fc.oneof(fc.constant(""), benignText(LIMITS.outcomes)),
      frameworkCode: blankOr(aCode),
      nonInvitations: fc
        .constant(omitted)
        .chain((codes) =>
          fc.tuple(...codes.map((stateCode) => fc.record({ stateCode: fc.constant(stateCode), reason: benignText(LIMITS.reason) }))),
        ),
      needIds: fc.array(anId, { maxLength: 4 }),
      consultations: fc.array(aConsultation, { maxLength: 2 }),
    });
  });

const validPlanYear = (fiscalYear: number) =>
  fc.record({
    fiscalYear: fc.constant(fiscalYear),
    objectives: fc.array(fc.record({ text: benignText(1000) }), { maxLength: 3 }),
    milestones: fc.array(
      fc.record({ title: benignText(300), dueDate: portalDate, status: fc.constantFrom("PENDING", "DONE", "DELAYED") }),
      { maxLength: 3 },
    ),
    budgetLines: fc.array(fc.record({ label: benignText(200), amountJpy: asText(fc.integer({ min: 0, max: 1_000_000_000_000 })) }), {
      maxLength: 3,
    }),
  });

const aMeasure = fc.oneof(
  fc.double({ min: -1e12, max: 1e12, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 100000 }).map(String),
);
/** An indicator whose targets fall in the fiscal years first..last. */
const validIndicator = (first: number, last: number) =>
  fc.record(
    {
      id: anId,
      titleEn: padded(benignText(300)),
      titleJa: fc.oneof(fc.constant(""), benignText(300)),
      unit: padded(benignText(50)),
      direction: fc.constantFrom(...INDICATOR_DIRECTIONS),
      baselineValue: fc.oneof(fc.constant(""), fc.constant(null), aMeasure),
      baselineDate: blankOr(portalDate),
      verification: fc.oneof(fc.constant(""), benignText(1000)),
      targets: fc
        .subarray(Array.from({ length: last - first + 1 }, (_, i) => first + i))
        .chain((years) =>
          fc.tuple(...years.map((fiscalYear) => fc.record({ fiscalYear: asText(fc.constant(fiscalYear)), value: aMeasure }))),
        ),
    },
    { requiredKeys: ["titleEn", "titleJa", "unit", "direction", "baselineValue", "baselineDate", "verification", "targets"] },
  );
const measure = (value: unknown, what: string) =>
  check(typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= 1e12, what);
const indicatorInvariant = (i: Out, what = "indicator") => {
  optional(id)(i.id, `${what}.id`);
  trimmed(i.titleEn, 1, 300, `${what}.titleEn`);
  trimmed(i.titleJa, 0, 300, `${what}.titleJa`);
  trimmed(i.unit, 1, 50, `${what}.unit`);
  oneOf(i.direction, INDICATOR_DIRECTIONS, `${what}.direction`);
  nullable(measure)(i.baselineValue, `${what}.baselineValue`);
  check(i.baselineDate === "" || (portalDay(i.baselineDate, `${what}.baselineDate`), true), `${what}.baselineDate`);
  trimmed(i.verification, 0, 1000, `${what}.verification`);
  list(i.targets, 20, (t, w) => measure((t as Out).value, `${w}.value`), `${what}.targets`);
};

const validPlan = fc.tuple(fc.integer({ min: 2000, max: 2095 }), fc.integer({ min: 0, max: 5 })).chain(([first, span]) =>
  fc.record({
    version: asText(fc.integer({ min: 1, max: 1000 })),
    title: padded(benignText(200)),
    firstFiscalYear: asText(fc.constant(first)),
    lastFiscalYear: asText(fc.constant(first + span)),
    summary: fc.oneof(fc.constant(""), benignText(5000)),
    sustainment: fc.oneof(fc.constant(""), benignText(5000)),
    years: fc.subarray(Array.from({ length: span + 1 }, (_, i) => first + i)).chain((years) => fc.tuple(...years.map(validPlanYear))),
    needIds: fc.uniqueArray(anId, { maxLength: 4 }),
    consultations: fc.array(aConsultation, { maxLength: 2 }),
    indicators: fc.uniqueArray(validIndicator(first, first + span), { maxLength: 2, selector: (i) => i.id ?? Math.random() }),
  }),
);

const validProgram = fc.record({
  kind: fc.constantFrom(...PROGRAM_KINDS),
  partnerStateCode: blankOr(aState),
  nameEn: padded(benignText(LIMITS.name)),
  nameJa: padded(benignText(LIMITS.name)),
  descriptionEn: fc.oneof(fc.constant(""), benignText(LIMITS.description)),
  descriptionJa: fc.oneof(fc.constant(""), benignText(LIMITS.description)),
  ends: codes(20),
  approaches: codes(20),
  keyAreas: codes(20),
  means: codes(20),
  frameworks: codes(50),
});

const referenceDate = aDay(DATE_RANGE.min, DATE_RANGE.max);
const frameworkFields = {
  kind: fc.constantFrom(...FRAMEWORK_KINDS),
  nameEn: padded(benignText(REFERENCE_LIMITS.name)),
  nameJa: padded(benignText(REFERENCE_LIMITS.name)),
  descriptionEn: fc.oneof(fc.constant(""), benignText(REFERENCE_LIMITS.description)),
  descriptionJa: fc.oneof(fc.constant(""), benignText(REFERENCE_LIMITS.description)),
  parentCode: blankOr(
    fc.oneof(
      aCode,
      aCode.map((c) => c.toLowerCase()),
    ),
  ),
  establishedOn: blankOr(referenceDate),
  sortOrder: asText(fc.integer({ min: 1, max: REFERENCE_LIMITS.sortOrder })),
};
const aFrameworkCode = fc.oneof(
  aCode,
  aCode.map((c) => c.toLowerCase()),
);
const aVersion = asText(fc.integer({ min: 1, max: 1000 }));

const anEmail = fc.oneof(
  fc.emailAddress(),
  fc.stringMatching(/^[a-z][a-z0-9]{0,15}(\.[a-z0-9]{1,8})?@[a-z][a-z0-9-]{0,15}\.[a-z]{2,6}$/).map((e) => ` ${e.toUpperCase()} `),
);
const aPassword = fc.oneof(
  fc.string({ unit: "grapheme", minLength: 12, maxLength: 40 }),
  fc.string({ unit: "binary", minLength: 12, maxLength: 256 }),
  fc.constant("  spaces kept  "),
);
const aRoleAndState = fc.oneof(
  fc.record({ role: fc.constant("LIAISON"), stateCode: aState }),
  fc.record({ role: fc.constantFrom("ADMIN", "PLANNER"), stateCode: fc.constantFrom("", undefined) }),
  fc.record({ role: fc.constantFrom(...ROLES), stateCode: fc.oneof(aState, fc.constant("")) }),
);

/** Search parameters as a page receives them: texts, repeated ones as lists, missing ones. */
const searchParams = (keys: readonly string[], value: fc.Arbitrary<string>) =>
  fc.dictionary(
    fc.oneof(fc.constantFrom(...keys), fc.constantFrom("__proto__", "constructor", "x")),
    fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.constant(undefined)),
    { maxKeys: keys.length + 2 },
  );

// ---------------------------------------------------------------- the schemas

interface SchemaCase {
  /** The file in lib/validation and the export's name. */
  file: string;
  name: string;
  schema: z.ZodType;
  /** The keys of the object it reads (for adversarial records); none for a field schema. */
  keys: readonly string[];
  valid: fc.Arbitrary<unknown>;
  invariant: (out: never, input: unknown) => void;
  /** Its output parses again to itself (not when a transform changes the type: "true" -> true). */
  idempotent: boolean;
}

const ACTIVITY_KEYS = Object.keys(activitySchema.shape);

const activityFilterInvariant = (f: Out) => {
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fy, "fy");
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fyFrom, "fyFrom");
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fyTo, "fyTo");
  optional(state)(f.state, "state");
  optional((v, w) => matches(v, ID, w))(f.program, "program");
  optional((v, w) => matches(v, /^K\d$/, w))(f.keyArea, "keyArea");
  optional((v, w) => matches(v, /^M\d$/, w))(f.means, "means");
  optional((v, w) => oneOf(v, ACTIVITY_STATUSES, w))(f.status, "status");
  optional((v, w) => trimmed(v, 1, 100, w))(f.q, "q");
  optional((v, w) => oneOf(v, ACTIVITY_SORTS, w))(f.sort, "sort");
  check(isInt(f.page, 1, 10_000), "page");
};

const auditFilterInvariant = (f: Out) => {
  optional((v, w) => trimmed(v, 1, 254, w))(f.actor, "actor");
  optional((v, w) => matches(v, /^[A-Za-z][A-Za-z0-9_]{0,63}$/, w))(f.entity, "entity");
  optional((v, w) => matches(v, /^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/, w))(f.action, "action");
  optional((v, w) => calendarDay(v, "0000-01-01", "9999-12-31", w))(f.from, "from");
  optional((v, w) => calendarDay(v, "0000-01-01", "9999-12-31", w))(f.to, "to");
  check(isInt(f.page, 1, 10_000), "page");
};

const needFilterInvariant = (f: Out) => {
  optional((v, w) => oneOf(v, NEED_STATUSES, w))(f.status, "status");
  optional(state)(f.state, "state");
  optional((v, w) => oneOf(v, PRIORITIES, w))(f.priority, "priority");
  optional((v, w) => matches(v, /^K\d$/, w))(f.keyArea, "keyArea");
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fyFrom, "fyFrom");
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fyTo, "fyTo");
};

const planFilterInvariant = (f: Out) => {
  optional((v, w) => matches(v, ID, w))(f.program, "program");
  optional(state)(f.state, "state");
  optional((v, w) => oneOf(v, PLAN_STATUSES, w))(f.status, "status");
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fy, "fy");
  optional((v, w) => matches(v, ID, w))(f.author, "author");
  check(isInt(f.page, 1, 10_000), "page");
};

const reviewQueryInvariant = (f: Out) => {
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fyFrom, "fyFrom");
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fyTo, "fyTo");
  optional(state)(f.state, "state");
  optional((v, w) => matches(v, /^K\d$/, w))(f.keyArea, "keyArea");
  optional((v, w) => oneOf(v, ["1"], w))(f.era, "era");
  optional((v, w) => oneOf(v, ["en", "ja"], w))(f.lang, "lang");
};

const searchQueryInvariant = (f: Out) => {
  optional((v, w) => trimmed(v, 1, 100, w))(f.q, "q");
  optional((v, w) => oneOf(v, SEARCH_KINDS, w))(f.kind, "kind");
};

const programFilterInvariant = (f: Out) => {
  optional((v, w) => matches(v, /^E\d$/, w))(f.end, "end");
  optional((v, w) => matches(v, /^A\d$/, w))(f.approach, "approach");
  optional((v, w) => matches(v, /^K\d$/, w))(f.keyArea, "keyArea");
  optional((v, w) => matches(v, /^M\d$/, w))(f.means, "means");
};

const reportFilterInvariant = (f: Out) => {
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fyFrom, "fyFrom");
  optional((v, w) => check(isInt(v, 2000, 2100), w))(f.fyTo, "fyTo");
  if (f.fyFrom !== undefined && f.fyTo !== undefined) check((f.fyFrom as number) <= (f.fyTo as number), "fyFrom <= fyTo");
  optional(state)(f.state, "state");
  optional((v, w) => matches(v, ID, w))(f.program, "program");
  optional((v, w) => matches(v, /^K\d$/, w))(f.keyArea, "keyArea");
  optional((v, w) => matches(v, /^M\d$/, w))(f.means, "means");
  optional((v, w) => matches(v, /^[A-Z_]{1,20}$/, w))(f.status, "status");
  optional((v, w) => trimmed(v, 1, 100, w))(f.q, "q");
};

const planYearInvariant = (y: Out, what = "year") => {
  check(isInt(y.fiscalYear, 2000, 2100), `${what}.fiscalYear`);
  list(y.objectives, 50, (o, w) => trimmed((o as Out).text, 1, 1000, w), `${what}.objectives`);
  list(
    y.milestones,
    50,
    (m, w) => {
      trimmed((m as Out).title, 1, 300, `${w}.title`);
      portalDay((m as Out).dueDate, `${w}.dueDate`);
      oneOf((m as Out).status, ["PENDING", "DONE", "DELAYED"], `${w}.status`);
    },
    `${what}.milestones`,
  );
  list(
    y.budgetLines,
    50,
    (b, w) => {
      trimmed((b as Out).label, 1, 200, `${w}.label`);
      check(isInt((b as Out).amountJpy, 0, 1_000_000_000_000), `${w}.amountJpy`);
    },
    `${what}.budgetLines`,
  );
};

const span = (p: Out) => {
  check(isInt(p.firstFiscalYear, 2000, 2100) && isInt(p.lastFiscalYear, 2000, 2100), "fiscal years");
  check((p.lastFiscalYear as number) >= (p.firstFiscalYear as number), "last >= first");
  check((p.lastFiscalYear as number) - (p.firstFiscalYear as number) < 20, "span < 20 years");
};

const frameworkInvariant = (f: Out) => {
  matches(f.code, CODE, "code");
  check((f.code as string).length <= REFERENCE_LIMITS.code, "code length");
  oneOf(f.kind, FRAMEWORK_KINDS, "kind");
  trimmed(f.nameEn, 1, REFERENCE_LIMITS.name, "nameEn");
  trimmed(f.nameJa, 1, REFERENCE_LIMITS.name, "nameJa");
  trimmed(f.descriptionEn, 0, REFERENCE_LIMITS.description, "descriptionEn");
  trimmed(f.descriptionJa, 0, REFERENCE_LIMITS.description, "descriptionJa");
  nullable((v, w) => matches(v, CODE, w))(f.parentCode, "parentCode");
  check(f.parentCode !== f.code, "not its own parent");
  nullable((v, w) => calendarDay(v, DATE_RANGE.min, DATE_RANGE.max, w))(f.establishedOn, "establishedOn");
  check(isInt(f.sortOrder, 1, REFERENCE_LIMITS.sortOrder), "sortOrder");
};

const userBinding = (u: Out) => {
  oneOf(u.role, ROLES, "role");
  nullable(state)(u.stateCode, "stateCode");
  check(u.role === "LIAISON" ? u.stateCode !== null : u.stateCode === null, "a liaison officer has one state, others none");
};

const target = (u: Out) => {
  id(u.userId, "userId");
  check(isInt(u.version, 1, Number.MAX_SAFE_INTEGER), "version");
};

const password = (value: unknown, input: unknown) => {
  check(isString(value), "password is text");
  check(codePoints(value) >= USER_LIMITS.passwordMin && codePoints(value) <= USER_LIMITS.passwordMax, "password length");
  // Never trimmed nor changed: what was typed is what gets hashed.
  check(value === (input as Out).password, "password as typed");
};

const FOLLOW_UP_KEYS = ["id", "action", "owner", "dueDate", "closedOn"];
const aFollowUp = fc.record({
  id: fc.oneof(fc.constant(null), fc.constant(""), anId),
  action: padded(benignText(AFTER_ACTION_LIMITS.followUpAction, 1)),
  owner: padded(benignText(AFTER_ACTION_LIMITS.owner, 1)),
  dueDate: portalDate,
  closedOn: fc.oneof(fc.constant(null), fc.constant(""), portalDate),
});
function followUpInvariant(value: unknown, what = "followUp"): void {
  const f = value as Out;
  nullable(id)(f.id, `${what}.id`);
  trimmed(f.action, 1, AFTER_ACTION_LIMITS.followUpAction, `${what}.action`);
  trimmed(f.owner, 1, AFTER_ACTION_LIMITS.owner, `${what}.owner`);
  portalDay(f.dueDate, `${what}.dueDate`);
  nullable(portalDay)(f.closedOn, `${what}.closedOn`);
}

const CASES: SchemaCase[] = [
  {
    file: "activity-filters.ts",
    name: "activityFiltersSchema",
    schema: activityFiltersSchema,
    keys: ["fy", "fyFrom", "fyTo", "state", "program", "keyArea", "means", "status", "q", "sort", "page"],
    valid: fc.record(
      {
        fy: asText(aFiscalYear),
        fyFrom: asText(aFiscalYear),
        fyTo: asText(aFiscalYear),
        state: fc.stringMatching(/^[A-Za-z]{2}$/),
        program: anId,
        keyArea: fc.stringMatching(/^K\d$/),
        means: fc.stringMatching(/^M\d$/),
        status: fc.constantFrom(...ACTIVITY_STATUSES),
        q: benignText(100),
        sort: fc.constantFrom(...ACTIVITY_SORTS),
        page: asText(fc.integer({ min: 1, max: 10_000 })),
      },
      { requiredKeys: [] },
    ),
    invariant: activityFilterInvariant as never,
    idempotent: true,
  },
  {
    file: "activity.ts",
    name: "activitySchema",
    schema: activitySchema,
    keys: ACTIVITY_KEYS,
    valid: validActivity,
    invariant: ((a: Out) => {
      id(a.programId, "programId");
      nullable(id)(a.planId, "planId");
      oneOf(a.kind, ACTIVITY_KINDS, "kind");
      trimmed(a.title, 1, LIMITS.title, "title");
      nullable((v, w) => trimmed(v, 1, LIMITS.title, w))(a.titleJa, "titleJa");
      trimmed(a.description, 0, LIMITS.description, "description");
      distinctList(a.means, 20, code, "means");
      distinctList(a.keyAreas, 20, code, "keyAreas");
      portalDay(a.startDate, "startDate");
      portalDay(a.endDate, "endDate");
      check((a.endDate as string) >= (a.startDate as string), "ends after it starts");
      trimmed(a.location, 0, LIMITS.location, "location");
      nullable(state)(a.hostStateCode, "hostStateCode");
      list(
        a.participants,
        40,
        (p, w) => {
          state((p as Out).stateCode, `${w}.stateCode`);
          oneOf((p as Out).role, PARTICIPANT_ROLES, `${w}.role`);
          nullable((v, x) => check(isInt(v, 0, LIMITS.participantCount), x))((p as Out).participantCount, `${w}.participantCount`);
        },
        "participants",
      );
      oneOf(a.status, ACTIVITY_STATUSES, "status");
      trimmed(a.outcomes, 0, LIMITS.outcomes, "outcomes");
      nullable(code)(a.frameworkCode, "frameworkCode");
      list(
        a.nonInvitations,
        20,
        (n, w) => {
          state((n as Out).stateCode, `${w}.stateCode`);
          trimmed((n as Out).reason, 1, LIMITS.reason, `${w}.reason`);
        },
        "nonInvitations",
      );
      const participants = a.participants as { stateCode: string }[];
      const omitted = a.nonInvitations as { stateCode: string }[];
      eachStateOnce(participants, "participants");
      eachStateOnce(omitted, "nonInvitations");
      check(!omitted.some((n) => participants.some((p) => p.stateCode === n.stateCode)), "no state both taking part and not invited");
      distinctList(a.needIds, 100, id, "needIds");
      list(a.consultations, 100, consultation, "consultations");
    }) as never,
    idempotent: true,
  },
  {
    file: "audit-filters.ts",
    name: "auditFiltersSchema",
    schema: auditFiltersSchema,
    keys: ["actor", "entity", "action", "from", "to", "page"],
    valid: fc.record(
      {
        actor: padded(benignText(254)),
        entity: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,63}$/),
        action: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.:-]{0,63}$/),
        from: portalDate,
        to: portalDate,
        page: asText(fc.integer({ min: 1, max: 10_000 })),
      },
      { requiredKeys: [] },
    ),
    invariant: auditFilterInvariant as never,
    idempotent: true,
  },
  {
    file: "comment.ts",
    name: "planCommentSchema",
    schema: planCommentSchema,
    keys: ["planId", "body"],
    valid: fc.record({ planId: padded(anId), body: padded(benignText(MAX_COMMENT_LENGTH)) }),
    invariant: ((c: Out) => {
      id(c.planId, "planId");
      trimmed(c.body, 1, MAX_COMMENT_LENGTH, "body");
    }) as never,
    idempotent: true,
  },
  {
    file: "comment.ts",
    name: "planFollowSchema",
    schema: planFollowSchema,
    keys: ["planId", "following"],
    valid: fc.record({ planId: anId, following: fc.constantFrom("true", "false") }),
    invariant: ((f: Out, input: unknown) => {
      id(f.planId, "planId");
      check(f.following === ((input as Out).following === "true"), "following as sent");
    }) as never,
    idempotent: false,
  },
  {
    file: "comment.ts",
    name: "commentsSeenSchema",
    schema: commentsSeenSchema,
    keys: ["planId", "latest"],
    valid: fc.record({
      planId: anId,
      latest: fc.oneof(
        fc.constant(null),
        fc.constant(undefined),
        fc.date({ noInvalidDate: true, min: new Date("2000-01-01"), max: new Date("2100-01-01") }).map((d) => d.toISOString()),
      ),
    }),
    invariant: ((s: Out) => {
      id(s.planId, "planId");
      if (s.latest !== null && s.latest !== undefined) isoDateTime(s.latest, "latest");
    }) as never,
    idempotent: true,
  },
  {
    file: "fields.ts",
    name: "shownAt",
    schema: shownAt,
    keys: [],
    valid: fc.date({ noInvalidDate: true, min: new Date("2000-01-01"), max: new Date("2100-01-01") }).map((d) => d.toISOString()),
    invariant: ((v: unknown) => isoDateTime(v, "shownAt")) as never,
    idempotent: true,
  },
  {
    file: "notification.ts",
    name: "notificationMarkSchema",
    schema: notificationMarkSchema,
    keys: ["id", "upTo"],
    valid: fc.record({
      id: fc.oneof(fc.constant("all"), anId),
      upTo: fc.oneof(
        fc.constant(undefined),
        fc.date({ noInvalidDate: true, min: new Date("2000-01-01"), max: new Date("2100-01-01") }).map((d) => d.toISOString()),
      ),
    }),
    invariant: ((s: Out) => {
      if (s.id !== "all") id(s.id, "id");
      if (s.upTo !== undefined) isoDateTime(s.upTo, "upTo");
    }) as never,
    idempotent: true,
  },
  {
    file: "notification.ts",
    name: "notificationSubjectSchema",
    schema: notificationSubjectSchema,
    keys: ["planId", "needId"],
    valid: fc.oneof(fc.record({ planId: padded(anId) }), fc.record({ needId: padded(anId) })),
    // One subject, a plan or a need, by a well-formed id: never both, never anything else.
    invariant: ((s: Out) => {
      const keys = Object.keys(s);
      check(keys.length === 1 && (keys[0] === "planId" || keys[0] === "needId"), "one subject");
      id(s[keys[0]!], keys[0]!);
    }) as never,
    idempotent: true,
  },
  {
    file: "fields.ts",
    name: "recordId",
    schema: recordId,
    keys: [],
    valid: padded(anId),
    invariant: ((v: unknown) => id(v, "id")) as never,
    idempotent: true,
  },
  {
    file: "fields.ts",
    name: "referenceCode",
    schema: referenceCode,
    keys: [],
    valid: padded(aCode),
    invariant: ((v: unknown) => code(v, "code")) as never,
    idempotent: true,
  },
  {
    file: "fields.ts",
    name: "stateCode",
    schema: stateCode,
    keys: [],
    valid: padded(aState),
    invariant: ((v: unknown) => state(v, "state")) as never,
    idempotent: true,
  },
  {
    file: "fields.ts",
    name: "isoDate",
    schema: isoDate,
    keys: [],
    valid: padded(fc.oneof(portalDate, aDay("1990-01-01", "2200-12-31"))),
    invariant: ((v: unknown) => portalDay(v, "date")) as never,
    idempotent: true,
  },
  {
    file: "fields.ts",
    name: "consultationSchema",
    schema: consultationSchema,
    keys: ["heldOn", "counterpart", "summary"],
    valid: aConsultation,
    invariant: ((c: unknown) => consultation(c, "consultation")) as never,
    idempotent: true,
  },
  {
    file: "need-filters.ts",
    name: "needFiltersSchema",
    schema: needFiltersSchema,
    keys: ["status", "state", "priority", "keyArea", "fyFrom", "fyTo"],
    valid: fc.record(
      {
        fyFrom: asText(aFiscalYear),
        fyTo: asText(aFiscalYear),
        status: fc.constantFrom(...NEED_STATUSES),
        state: fc.stringMatching(/^[A-Za-z]{2}$/),
        priority: fc.constantFrom(...PRIORITIES),
        keyArea: fc.stringMatching(/^K\d$/),
      },
      { requiredKeys: [] },
    ),
    invariant: needFilterInvariant as never,
    idempotent: true,
  },
  {
    file: "plan-filters.ts",
    name: "planFiltersSchema",
    schema: planFiltersSchema,
    keys: ["program", "state", "status", "fy", "author", "page"],
    valid: fc.record(
      {
        program: anId,
        state: fc.stringMatching(/^[A-Za-z]{2}$/),
        status: fc.constantFrom(...PLAN_STATUSES),
        fy: asText(aFiscalYear),
        author: anId,
        page: asText(fc.integer({ min: 1, max: 10_000 })),
      },
      { requiredKeys: [] },
    ),
    invariant: planFilterInvariant as never,
    idempotent: true,
  },
  {
    file: "review-filters.ts",
    name: "reviewQuerySchema",
    schema: reviewQuerySchema,
    keys: ["fyFrom", "fyTo", "state", "keyArea", "era", "lang"],
    valid: fc.record(
      {
        fyFrom: asText(aFiscalYear),
        fyTo: asText(aFiscalYear),
        state: fc.stringMatching(/^[A-Za-z]{2}$/),
        keyArea: fc.stringMatching(/^K\d$/),
        era: fc.constant("1"),
        lang: fc.constantFrom("en", "ja"),
      },
      { requiredKeys: [] },
    ),
    invariant: reviewQueryInvariant as never,
    idempotent: true,
  },
  {
    file: "search.ts",
    name: "searchQuerySchema",
    schema: searchQuerySchema,
    keys: ["q", "kind"],
    valid: fc.record({ q: benignText(100), kind: fc.constantFrom(...SEARCH_KINDS) }, { requiredKeys: [] }),
    invariant: searchQueryInvariant as never,
    idempotent: true,
  },
  {
    file: "program-filters.ts",
    name: "programFiltersSchema",
    schema: programFiltersSchema,
    keys: ["end", "approach", "keyArea", "means"],
    valid: fc.record(
      {
        end: fc.stringMatching(/^E\d$/),
        approach: fc.stringMatching(/^A\d$/),
        keyArea: fc.stringMatching(/^K\d$/),
        means: fc.stringMatching(/^M\d$/),
      },
      { requiredKeys: [] },
    ),
    invariant: programFilterInvariant as never,
    idempotent: true,
  },
  {
    file: "after-action.ts",
    name: "followUpSchema",
    schema: followUpSchema,
    keys: FOLLOW_UP_KEYS,
    valid: aFollowUp,
    invariant: ((f: Out) => followUpInvariant(f)) as never,
    idempotent: true,
  },
  {
    file: "after-action.ts",
    name: "afterActionReportSchema",
    schema: afterActionReportSchema,
    keys: ["version", "doneVsPlanned", "results", "lessons", "followUps", "indicatorIds"],
    valid: fc.record({
      version: fc.oneof(fc.constant(undefined), fc.constant(""), aVersion),
      doneVsPlanned: padded(benignText(AFTER_ACTION_LIMITS.text, 1)),
      results: padded(benignText(AFTER_ACTION_LIMITS.text, 1)),
      lessons: fc.oneof(fc.constant(""), benignText(AFTER_ACTION_LIMITS.text)),
      followUps: fc.array(aFollowUp, { maxLength: 4 }),
      indicatorIds: fc.array(anId, { maxLength: 4 }),
    }),
    invariant: ((r: Out) => {
      optional((v, w) => check(isInt(v, 1, 2_147_483_647), w))(r.version, "version");
      trimmed(r.doneVsPlanned, 1, AFTER_ACTION_LIMITS.text, "doneVsPlanned");
      trimmed(r.results, 1, AFTER_ACTION_LIMITS.text, "results");
      trimmed(r.lessons, 0, AFTER_ACTION_LIMITS.text, "lessons");
      list(r.followUps, AFTER_ACTION_LIMITS.followUps, followUpInvariant, "followUps");
      distinctList(r.indicatorIds, AFTER_ACTION_LIMITS.indicators, id, "indicatorIds");
    }) as never,
    idempotent: true,
  },
  {
    file: "after-action.ts",
    name: "followUpStepSchema",
    schema: followUpStepSchema,
    keys: ["activityId", "followUpId", "version", "step"],
    valid: fc.record({ activityId: anId, followUpId: anId, version: aVersion, step: fc.constantFrom(...FOLLOW_UP_STEPS) }),
    invariant: ((f: Out) => {
      id(f.activityId, "activityId");
      id(f.followUpId, "followUpId");
      check(isInt(f.version, 1, 2_147_483_647), "version");
      oneOf(f.step, FOLLOW_UP_STEPS, "step");
    }) as never,
    idempotent: true,
  },
  {
    file: "after-action.ts",
    name: "feedbackSchema",
    schema: feedbackSchema,
    keys: ["activityId", "version", "usefulness", "fit", "comment", "stateCode", "authorId"],
    valid: fc.record({
      activityId: anId,
      version: fc.oneof(fc.constant(""), aVersion),
      usefulness: asText(fc.constantFrom(...RATINGS)),
      fit: asText(fc.constantFrom(...RATINGS)),
      comment: fc.oneof(fc.constant(""), benignText(AFTER_ACTION_LIMITS.comment)),
    }),
    invariant: ((f: Out) => {
      id(f.activityId, "activityId");
      optional((v, w) => check(isInt(v, 1, 2_147_483_647), w))(f.version, "version");
      oneOf(f.usefulness, RATINGS, "usefulness");
      oneOf(f.fit, RATINGS, "fit");
      trimmed(f.comment, 0, AFTER_ACTION_LIMITS.comment, "comment");
      // Feedback is the officer's own state's, by the officer: the input never names either.
      check(!("stateCode" in f) && !("authorId" in f), "no state or author from the input");
    }) as never,
    idempotent: true,
  },
  {
    file: "need.ts",
    name: "needSubmitSchema",
    schema: needSubmitSchema,
    keys: ["title", "description", "keyAreaCode", "priority", "stateCode"],
    valid: fc.record({
      title: padded(benignText(NEED_LIMITS.title, NEED_LIMITS.titleMin)),
      description: fc.oneof(fc.constant(""), benignText(NEED_LIMITS.description)),
      keyAreaCode: padded(aCode),
      priority: fc.constantFrom("", ...PRIORITIES),
      stateCode: aState,
    }),
    invariant: ((n: Out) => {
      trimmed(n.title, NEED_LIMITS.titleMin, NEED_LIMITS.title, "title");
      trimmed(n.description, 0, NEED_LIMITS.description, "description");
      code(n.keyAreaCode, "keyAreaCode");
      oneOf(n.priority, PRIORITIES, "priority");
      // A need is for the submitting officer's own state: the input never names it.
      check(!("stateCode" in n), "no state from the input");
    }) as never,
    idempotent: true,
  },
  {
    file: "need.ts",
    name: "needTriageSchema",
    schema: needTriageSchema,
    keys: ["needId", "version", "step", "reason", "planIds", "activityIds"],
    valid: fc.record({
      needId: padded(anId),
      version: aVersion,
      step: fc.constantFrom("acknowledge", "decline", "address", "reopen"),
      reason: padded(benignText(NEED_LIMITS.reason, NEED_LIMITS.reasonMin)),
      planIds: fc.array(anId, { maxLength: 4 }),
      activityIds: fc.array(anId, { maxLength: 4 }),
    }),
    invariant: ((t: Out) => {
      id(t.needId, "needId");
      check(isInt(t.version, 1, Number.MAX_SAFE_INTEGER), "version");
      oneOf(t.step, ["acknowledge", "decline", "address", "reopen"], "step");
      if (t.step === "decline") trimmed(t.reason, NEED_LIMITS.reasonMin, NEED_LIMITS.reason, "reason");
      if (t.step === "address") {
        distinctList(t.planIds, 200, id, "planIds");
        distinctList(t.activityIds, 1000, id, "activityIds");
        check((t.planIds as string[]).length + (t.activityIds as string[]).length > 0, "addressed by something");
      }
    }) as never,
    idempotent: true,
  },
  {
    file: "plan.ts",
    name: "newPlanSchema",
    schema: newPlanSchema,
    keys: ["programId", "title", "firstFiscalYear", "lastFiscalYear", "needId", "consultationOn", "consultationWith"],
    valid: fc.tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 0, max: 21 })).chain(([first, length]) =>
      fc.record(
        {
          programId: padded(anId),
          title: padded(benignText(200)),
          firstFiscalYear: asText(fc.constant(first)),
          lastFiscalYear: asText(fc.constant(Math.min(2100, first + length))),
          needId: blankOr(anId),
          consultationOn: blankOr(portalDate),
          consultationWith: blankOr(benignText(300)),
        },
        { requiredKeys: ["programId", "title", "firstFiscalYear", "lastFiscalYear"] },
      ),
    ),
    invariant: ((p: Out) => {
      id(p.programId, "programId");
      trimmed(p.title, 1, 200, "title");
      span(p);
      optional(id)(p.needId, "needId");
      optional(portalDay)(p.consultationOn, "consultationOn");
      optional((v, w) => trimmed(v, 1, 300, w))(p.consultationWith, "consultationWith");
      check((p.consultationOn === undefined) === (p.consultationWith === undefined), "a consultation has a date and a counterpart");
    }) as never,
    idempotent: true,
  },
  {
    file: "plan.ts",
    name: "planYearSchema",
    schema: planYearSchema,
    keys: ["fiscalYear", "objectives", "milestones", "budgetLines"],
    valid: aFiscalYear.chain(validPlanYear),
    invariant: ((y: Out) => planYearInvariant(y)) as never,
    idempotent: true,
  },
  {
    file: "plan.ts",
    name: "planSchema",
    schema: planSchema,
    keys: [
      "version",
      "title",
      "firstFiscalYear",
      "lastFiscalYear",
      "summary",
      "sustainment",
      "years",
      "needIds",
      "consultations",
      "indicators",
    ],
    valid: validPlan,
    invariant: ((p: Out) => {
      check(isInt(p.version, 1, Number.MAX_SAFE_INTEGER), "version");
      trimmed(p.title, 1, 200, "title");
      span(p);
      trimmed(p.summary, 0, 5000, "summary");
      trimmed(p.sustainment, 0, 5000, "sustainment");
      list(p.years, 20, (y, w) => planYearInvariant(y as Out, w), "years");
      check(new Set((p.years as Out[]).map((y) => y.fiscalYear)).size === (p.years as Out[]).length, "each year once");
      distinctList(p.needIds, 100, id, "needIds");
      list(p.consultations, 100, consultation, "consultations");
      list(p.indicators, 30, (i, w) => indicatorInvariant(i as Out, w), "indicators");
      for (const i of p.indicators as Out[]) {
        for (const t of i.targets as Out[]) {
          check(
            (t.fiscalYear as number) >= (p.firstFiscalYear as number) && (t.fiscalYear as number) <= (p.lastFiscalYear as number),
            "targets in the span",
          );
        }
      }
    }) as never,
    idempotent: true,
  },
  {
    file: "plan.ts",
    name: "indicatorSchema",
    schema: indicatorSchema,
    keys: ["id", "titleEn", "titleJa", "unit", "direction", "baselineValue", "baselineDate", "verification", "targets"],
    valid: validIndicator(2026, 2028),
    invariant: ((i: Out) => indicatorInvariant(i)) as never,
    idempotent: true,
  },
  {
    file: "plan.ts",
    name: "indicatorActualSchema",
    schema: indicatorActualSchema,
    keys: ["indicatorId", "fiscalYear", "version", "value", "measuredOn", "evidence"],
    valid: fc.record({
      indicatorId: padded(anId),
      fiscalYear: asText(aFiscalYear),
      version: asText(fc.integer({ min: 0, max: 1000 })),
      value: aMeasure,
      measuredOn: portalDate,
      evidence: fc.oneof(fc.constant(""), benignText(1000)),
    }),
    invariant: ((a: Out) => {
      id(a.indicatorId, "indicatorId");
      check(isInt(a.fiscalYear, 2000, 2100), "fiscalYear");
      check(isInt(a.version, 0, Number.MAX_SAFE_INTEGER), "version");
      measure(a.value, "value");
      portalDay(a.measuredOn, "measuredOn");
      trimmed(a.evidence, 0, 1000, "evidence");
    }) as never,
    idempotent: true,
  },
  {
    file: "plan.ts",
    name: "revisionSchema",
    schema: revisionSchema,
    keys: ["planId", "version"],
    valid: fc.record({ planId: padded(anId), version: aVersion }),
    invariant: ((r: Out) => {
      id(r.planId, "planId");
      check(isInt(r.version, 1, Number.MAX_SAFE_INTEGER), "version");
    }) as never,
    idempotent: true,
  },
  {
    file: "plan.ts",
    name: "planCopySchema",
    schema: planCopySchema,
    keys: ["planId", "firstFiscalYear"],
    valid: fc.record({ planId: padded(anId), firstFiscalYear: fc.oneof(aFiscalYear, asText(aFiscalYear)) }),
    invariant: ((r: Out) => {
      id(r.planId, "planId");
      check(isInt(r.firstFiscalYear, 2000, 2100), "firstFiscalYear");
    }) as never,
    idempotent: true,
  },
  {
    file: "plan.ts",
    name: "transitionSchema",
    schema: transitionSchema,
    keys: ["planId", "version", "transition", "reason"],
    valid: fc.record(
      {
        planId: anId,
        version: aVersion,
        transition: fc.constantFrom(...PLAN_TRANSITIONS),
        reason: fc.oneof(fc.constant(""), padded(benignText(2000))),
      },
      { requiredKeys: ["planId", "version", "transition"] },
    ),
    invariant: ((t: Out) => {
      id(t.planId, "planId");
      check(isInt(t.version, 1, Number.MAX_SAFE_INTEGER), "version");
      oneOf(t.transition, PLAN_TRANSITIONS, "transition");
      optional((v, w) => trimmed(v, 0, 2000, w))(t.reason, "reason");
      if (t.transition === "returnToDraft") check(isString(t.reason) && t.reason.length > 0, "returning to draft says why");
    }) as never,
    idempotent: true,
  },
  ...((): SchemaCase[] => {
    const line = {
      spentOn: padded(portalDate),
      category: fc.constantFrom(...SPENDING_CATEGORIES),
      amountJpy: asText(fc.integer({ min: 1, max: MAX_SPENDING_JPY })),
      description: padded(benignText(500)),
      activityId: fc.oneof(fc.constant(""), fc.constant(undefined), anId),
    };
    const lineInvariant = (l: Out) => {
      portalDay(l.spentOn, "spentOn");
      oneOf(l.category, SPENDING_CATEGORIES, "category");
      check(isInt(l.amountJpy, 1, MAX_SPENDING_JPY), "amountJpy: whole yen, 1 or more");
      trimmed(l.description, 0, 500, "description");
      optional(id)(l.activityId, "activityId");
    };
    const keys = Object.keys(line);
    return [
      {
        file: "spending.ts",
        name: "spendingLineSchema",
        schema: spendingLineSchema,
        keys,
        valid: fc.record(line),
        invariant: lineInvariant as never,
        idempotent: true,
      },
      {
        file: "spending.ts",
        name: "newSpendingLineSchema",
        schema: newSpendingLineSchema,
        keys: [...keys, "planId"],
        valid: fc.record({ ...line, planId: padded(anId) }),
        invariant: ((l: Out) => {
          lineInvariant(l);
          id(l.planId, "planId");
        }) as never,
        idempotent: true,
      },
      {
        file: "spending.ts",
        name: "spendingLineEditSchema",
        schema: spendingLineEditSchema,
        keys: [...keys, "version"],
        valid: fc.record({ ...line, version: aVersion }),
        invariant: ((l: Out) => {
          lineInvariant(l);
          check(isInt(l.version, 1, Number.MAX_SAFE_INTEGER), "version");
        }) as never,
        idempotent: true,
      },
      {
        file: "spending.ts",
        name: "spendingLineDeleteSchema",
        schema: spendingLineDeleteSchema,
        keys: ["id", "version"],
        valid: fc.record({ id: padded(anId), version: aVersion }),
        invariant: ((d: Out) => {
          id(d.id, "id");
          check(isInt(d.version, 1, Number.MAX_SAFE_INTEGER), "version");
        }) as never,
        idempotent: true,
      },
    ];
  })(),
  {
    file: "program.ts",
    name: "programSchema",
    schema: programSchema,
    keys: [
      "kind",
      "partnerStateCode",
      "nameEn",
      "nameJa",
      "descriptionEn",
      "descriptionJa",
      "ends",
      "approaches",
      "keyAreas",
      "means",
      "frameworks",
    ],
    valid: validProgram,
    invariant: ((p: Out) => {
      oneOf(p.kind, PROGRAM_KINDS, "kind");
      if (p.kind === "BILATERAL") state(p.partnerStateCode, "partnerStateCode");
      else check(p.partnerStateCode === null, "a multilateral program has no one partner");
      trimmed(p.nameEn, 1, LIMITS.name, "nameEn");
      trimmed(p.nameJa, 1, LIMITS.name, "nameJa");
      trimmed(p.descriptionEn, 0, LIMITS.description, "descriptionEn");
      trimmed(p.descriptionJa, 0, LIMITS.description, "descriptionJa");
      for (const [key, max] of [
        ["ends", 20],
        ["approaches", 20],
        ["keyAreas", 20],
        ["means", 20],
        ["frameworks", 50],
      ] as const)
        distinctList(p[key], max, code, key);
    }) as never,
    idempotent: true,
  },
  {
    file: "reference.ts",
    name: "frameworkCode",
    schema: frameworkCode,
    keys: [],
    valid: padded(aFrameworkCode),
    invariant: ((v: unknown) => {
      code(v, "code");
    }) as never,
    idempotent: true,
  },
  {
    file: "reference.ts",
    name: "referenceTextSchema",
    schema: referenceTextSchema,
    keys: ["kind", "code", "version", "titleEn", "titleJa", "descriptionEn", "descriptionJa"],
    valid: fc.record({
      kind: fc.constantFrom(...TEXT_KINDS),
      code: padded(aCode),
      version: aVersion,
      titleEn: padded(benignText(REFERENCE_LIMITS.title)),
      titleJa: padded(benignText(REFERENCE_LIMITS.title)),
      descriptionEn: fc.oneof(fc.constant(""), benignText(REFERENCE_LIMITS.description)),
      descriptionJa: fc.oneof(fc.constant(undefined), benignText(REFERENCE_LIMITS.description)),
    }),
    invariant: ((t: Out) => {
      oneOf(t.kind, TEXT_KINDS, "kind");
      code(t.code, "code");
      check(isInt(t.version, 1, Number.MAX_SAFE_INTEGER), "version");
      trimmed(t.titleEn, 1, REFERENCE_LIMITS.title, "titleEn");
      trimmed(t.titleJa, 1, REFERENCE_LIMITS.title, "titleJa");
      trimmed(t.descriptionEn, 0, REFERENCE_LIMITS.description, "descriptionEn");
      trimmed(t.descriptionJa, 0, REFERENCE_LIMITS.description, "descriptionJa");
    }) as never,
    idempotent: true,
  },
  {
    file: "reference.ts",
    name: "frameworkCreateSchema",
    schema: frameworkCreateSchema,
    keys: ["code", ...Object.keys(frameworkFields)],
    valid: fc.record({ code: padded(aFrameworkCode), ...frameworkFields }),
    invariant: frameworkInvariant as never,
    idempotent: true,
  },
  {
    file: "reference.ts",
    name: "frameworkUpdateSchema",
    schema: frameworkUpdateSchema,
    keys: ["code", "version", ...Object.keys(frameworkFields)],
    valid: fc.record({ code: padded(aFrameworkCode), version: aVersion, ...frameworkFields }),
    invariant: ((f: Out) => {
      frameworkInvariant(f);
      check(isInt(f.version, 1, Number.MAX_SAFE_INTEGER), "version");
    }) as never,
    idempotent: true,
  },
  {
    file: "reference.ts",
    name: "partnerStateSchema",
    schema: partnerStateSchema,
    keys: ["code", "version", "nameEn", "nameJa", "isAsean", "aseanMemberSince", "admmPlus"],
    valid: fc.record({
      code: padded(aState),
      version: aVersion,
      nameEn: padded(benignText(REFERENCE_LIMITS.name)),
      nameJa: padded(benignText(REFERENCE_LIMITS.name)),
      isAsean: fc.constantFrom(true, false, "true", "false"),
      aseanMemberSince: blankOr(referenceDate),
      admmPlus: fc.constantFrom(true, false, "true", "false"),
    }),
    invariant: ((s: Out) => {
      state(s.code, "code");
      check(isInt(s.version, 1, Number.MAX_SAFE_INTEGER), "version");
      trimmed(s.nameEn, 1, REFERENCE_LIMITS.name, "nameEn");
      trimmed(s.nameJa, 1, REFERENCE_LIMITS.name, "nameJa");
      check(typeof s.isAsean === "boolean" && typeof s.admmPlus === "boolean", "flags are booleans");
      nullable((v, w) => calendarDay(v, DATE_RANGE.min, DATE_RANGE.max, w))(s.aseanMemberSince, "aseanMemberSince");
      check(s.isAsean === (s.aseanMemberSince !== null), "a member has the date it joined, a non-member none");
      check(!(s.isAsean && s.admmPlus), "a member is not a Plus country");
    }) as never,
    idempotent: true,
  },
  {
    file: "report-filters.ts",
    name: "reportFiltersSchema",
    schema: reportFiltersSchema,
    keys: ["fyFrom", "fyTo", "state", "program", "keyArea", "means", "status", "q"],
    valid: fc.record(
      {
        fyFrom: asText(aFiscalYear),
        fyTo: asText(aFiscalYear),
        state: fc.stringMatching(/^[A-Za-z]{2}$/),
        program: anId,
        keyArea: fc.stringMatching(/^K\d$/),
        means: fc.stringMatching(/^M\d$/),
        status: fc.constantFrom(...REPORT_STATUSES.plans, ...REPORT_STATUSES.activities),
        q: benignText(100),
      },
      { requiredKeys: [] },
    ),
    invariant: reportFilterInvariant as never,
    idempotent: true,
  },
  {
    file: "user.ts",
    name: "userCreateSchema",
    schema: userCreateSchema,
    keys: ["name", "email", "role", "stateCode", "password"],
    valid: fc
      .tuple(fc.record({ name: padded(benignText(USER_LIMITS.name)), email: anEmail, password: aPassword }), aRoleAndState)
      .map(([user, binding]) => ({ ...user, ...binding })),
    invariant: ((u: Out, input: unknown) => {
      trimmed(u.name, 1, USER_LIMITS.name, "name");
      trimmed(u.email, 3, USER_LIMITS.email, "email");
      check(u.email === (u.email as string).toLowerCase() && (u.email as string).includes("@"), "email is lower-case, with an @");
      userBinding(u);
      password(u.password, input);
    }) as never,
    idempotent: true,
  },
  {
    file: "user.ts",
    name: "userRoleSchema",
    schema: userRoleSchema,
    keys: ["userId", "version", "role", "stateCode"],
    valid: fc.tuple(fc.record({ userId: padded(anId), version: aVersion }), aRoleAndState).map(([t, binding]) => ({ ...t, ...binding })),
    invariant: ((u: Out) => {
      target(u);
      userBinding(u);
    }) as never,
    idempotent: true,
  },
  {
    file: "user.ts",
    name: "userStatusSchema",
    schema: userStatusSchema,
    keys: ["userId", "version", "disabled"],
    valid: fc.record({ userId: padded(anId), version: aVersion, disabled: fc.constantFrom("true", "false") }),
    invariant: ((u: Out, input: unknown) => {
      target(u);
      check(u.disabled === ((input as Out).disabled === "true"), "disabled as sent");
    }) as never,
    idempotent: false,
  },
  {
    file: "user.ts",
    name: "userPasswordSchema",
    schema: userPasswordSchema,
    keys: ["userId", "version", "password"],
    valid: fc.record({ userId: padded(anId), version: aVersion, password: aPassword }),
    invariant: ((u: Out, input: unknown) => {
      target(u);
      password(u.password, input);
    }) as never,
    idempotent: true,
  },
  {
    file: "account.ts",
    name: "passwordChangeSchema",
    schema: passwordChangeSchema,
    keys: ["currentPassword", "newPassword", "confirmPassword"],
    valid: fc
      .record({ currentPassword: aPassword, newPassword: aPassword })
      .filter(({ currentPassword, newPassword }) => currentPassword !== newPassword)
      .map((input) => ({ ...input, confirmPassword: input.newPassword })),
    invariant: ((u: Out, input: unknown) => {
      password(u.newPassword, { password: (input as Out).newPassword });
      check(u.currentPassword === (input as Out).currentPassword, "current password as typed");
      check(u.confirmPassword === u.newPassword, "confirmed");
    }) as never,
    idempotent: true,
  },
];

/** Files of lib/validation with no input schema of their own: the parse and query helpers, and the filter fields (fuzzed within the filter schemas). */
const NO_SCHEMA = new Set(["parse.ts", "query.ts", "query-filters.ts"]);

// ---------------------------------------------------------------- messages

const catalogs = { en: await loadMessages("en"), ja: await loadMessages("ja") };

function lookup(messages: Record<string, unknown>, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

/** A "msg:<key>" names a text in both languages ("validation.<key>", or its own namespace with a dot). */
function checkMessage(message: string): void {
  check(message.trim().length > 0, "a message says something");
  if (message.startsWith("msg:")) {
    const key = message.slice(4);
    const path = key.includes(".") ? key : `validation.${key}`;
    for (const [locale, messages] of Object.entries(catalogs))
      check(typeof lookup(messages, path) === "string", `message ${path} exists in ${locale}`);
    return;
  }
  check(!INTERNAL_TEXT.test(message), `no internal text in "${message}"`);
}

/** Zod's messages in the user's language, as parseInput asks for them. */
const localeErrors = { en: z.locales.en().localeError, ja: z.locales.ja().localeError };

function checkIssues(error: z.ZodError): void {
  check(error.issues.length > 0, "a refusal names at least one issue");
  for (const issue of error.issues) {
    check(
      issue.path.every((part) => typeof part === "string" || typeof part === "number"),
      "issue paths are names and indexes",
    );
    checkMessage(issue.message);
  }
}

const objectPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort().join();

function checkNoPollution(): void {
  check(Object.getOwnPropertyNames(Object.prototype).sort().join() === objectPrototypeKeys, "Object.prototype unchanged");
  check(({} as Record<string, unknown>).polluted === undefined, "no polluted property");
}

function checkOutput(testCase: SchemaCase, out: unknown, input: unknown): void {
  if (testCase.keys.length && out && typeof out === "object" && !Array.isArray(out)) {
    check(Object.getPrototypeOf(out) === Object.prototype, "output is a plain object");
    const stray = Object.keys(out).filter((key) => !testCase.keys.includes(key));
    check(stray.length === 0, `output has only the schema's keys (stray: ${stray.join(", ")})`);
  }
  testCase.invariant(out as never, input);
  if (testCase.idempotent) {
    const again = testCase.schema.safeParse(out);
    check(again.success, "the output parses again");
    expect(again.data).toEqual(out);
  }
}

// ---------------------------------------------------------------- the properties

// ---------------------------------------------------------------- regressions

// U+0000 or an unpaired surrogate as JSON.stringify writes them.
const UNSTORABLE_TEXT = /\\u0000|\\ud[89ab][0-9a-f]{2}(?!\\ud[c-f])|(?<!\\ud[89ab][0-9a-f]{2})\\ud[c-f][0-9a-f]{2}/i;

const jsonOf = (input: unknown) => {
  try {
    return JSON.stringify(input, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)) ?? "";
  } catch {
    return "";
  }
};

const WHEN_VALID_SCHEMAS = [
  "activitySchema",
  "programSchema",
  "frameworkCreateSchema",
  "frameworkUpdateSchema",
  "partnerStateSchema",
  "userCreateSchema",
  "userRoleSchema",
];

describe("regression, found by this fuzz: whenValid-non-object", () => {
  it.each(CASES.filter((c) => WHEN_VALID_SCHEMAS.includes(c.name)).map((c) => [c.name, c.schema] as const))(
    "%s refuses a non-object input instead of throwing",
    (_name, schema) => {
      for (const input of [null, undefined, false, 0, "text", [], new Date(0)]) {
        expect(() => schema.safeParse(input), String(input)).not.toThrow();
      }
    },
  );
});

const counts: FuzzCount[] = [];

afterAll(() => {
  console.log(
    `schema fuzz (${FUZZ_RUNS} runs each):\n${counts.map((c) => `  ${c.target.padEnd(42)} ${String(c.runs).padStart(6)} runs  ${String(c.accepted).padStart(6)} accepted  ${String(c.refused).padStart(6)} refused  ${c.ms} ms`).join("\n")}`,
  );
});

describe("the fuzz list covers every input schema", () => {
  const modules = import.meta.glob<Record<string, unknown>>(["./*.ts", "!./*.test.ts"], { eager: true });
  const files = readdirSync(path.dirname(new URL(import.meta.url).pathname)).filter(
    (file) => file.endsWith(".ts") && !file.endsWith(".test.ts"),
  );

  it("lists every exported zod schema of every file in lib/validation", () => {
    const exported = Object.entries(modules)
      .filter(([file]) => !file.endsWith(".test.ts"))
      .flatMap(([file, module]) =>
        Object.entries(module)
          .filter(([, value]) => value instanceof z.ZodType)
          .map(([name]) => `${file.slice(2)}:${name}`),
      )
      .sort();
    expect(exported.length).toBeGreaterThan(20);
    expect(CASES.map((c) => `${c.file}:${c.name}`).sort()).toEqual(exported);
  });

  it("knows every file: each either has fuzzed schemas or is listed as having none", () => {
    expect(
      Object.keys(modules)
        .filter((file) => !file.endsWith(".test.ts"))
        .map((file) => file.slice(2))
        .sort(),
    ).toEqual([...files].sort());
    const withSchemas = new Set(CASES.map((c) => c.file));
    for (const file of files) expect(withSchemas.has(file) !== NO_SCHEMA.has(file), `${file}: fuzzed, or listed in NO_SCHEMA`).toBe(true);
  });
});

describe.each(CASES.map((c) => [`${c.file}:${c.name}`, c] as const))("%s", (label, testCase) => {
  const inputs = fc.oneof(
    { weight: 2, arbitrary: anything },
    { weight: 1, arbitrary: adversarialValue },
    { weight: 3, arbitrary: testCase.keys.length ? adversarialRecord(testCase.keys) : adversarialString },
    { weight: 3, arbitrary: testCase.keys.length ? mutated(testCase.valid as fc.Arbitrary<Record<string, unknown>>) : adversarialString },
    { weight: 3, arbitrary: testCase.valid },
  );

  it(
    "never throws; keeps its invariants when it accepts; explains in safe messages when it refuses",
    () => {
      const tally = new Tally("schemas", label);
      fc.assert(
        fc.property(inputs, fc.constantFrom("en", "ja"), (input, locale: "en" | "ja") => {
          const result = testCase.schema.safeParse(input, { error: localeErrors[locale] });
          if (result.success) {
            tally.accept();
            checkOutput(testCase, result.data, input);
          } else {
            tally.refuse("ZodError");
            check(result.error instanceof z.ZodError, "a refusal is a ZodError");
            checkIssues(result.error);
          }
          // The data layer's way in: the same verdict, as a ValidationError with the fields' messages.
          try {
            parseInput(testCase.schema, input);
            check(result.success, "parseInput accepts what safeParse accepts");
          } catch (error) {
            check(error instanceof ValidationError, `parseInput throws only ValidationError (threw ${String(error)})`);
            // parseInput also refuses text PostgreSQL cannot store (U+0000, unpaired surrogates).
            check(!result.success || UNSTORABLE_TEXT.test(jsonOf(input)), "parseInput refuses what safeParse refuses");
            const messages = Object.values(error.fieldErrorsIn(locale)).flat();
            check(messages.length > 0, "field errors name something");
            messages.forEach(checkMessage);
            // Worded later in the reader's language, as safeParse words them in it.
            if (!result.success && !UNSTORABLE_TEXT.test(jsonOf(input))) {
              check(
                JSON.stringify([...messages].sort()) === JSON.stringify(result.error.issues.map((issue) => issue.message).sort()),
                "parseInput's messages in the reader's language are zod's in it",
              );
            }
          }
          checkNoPollution();
        }),
        fuzzParameters(),
      );
      const count = tally.done();
      counts.push(count);
      // A property that never accepts (or never refuses) tests half of what it claims.
      expect(count.accepted, "valid inputs were generated and accepted").toBeGreaterThan(0);
      expect(count.refused, "invalid inputs were generated and refused").toBeGreaterThan(0);
    },
    fuzzTimeout(FUZZ_RUNS, 5),
  );
});

// ---------------------------------------------------------------- what pages read from the URL

describe("URL filters: any search parameters read without failing the page, and links keep them", () => {
  // Decoded from a URL a value is well-formed (an unpaired surrogate arrives as U+FFFD), but it may
  // hold U+0000; the readers take any string all the same.
  const raw = fc.oneof(
    adversarialString,
    fc.stringMatching(/^[A-Za-z]{2}$/),
    aFiscalYear.map(String),
    fc.constantFrom("K1", "M2", "PLANNED", "APPROVED", "2026-04-01", "2026/4/1", "-title", "HIGH"),
  );
  const text = fc.oneof({ weight: 3, arbitrary: raw.map(wellFormed) }, { weight: 1, arbitrary: raw });
  const cases = [
    {
      name: "parseActivityFilters",
      keys: ["fy", "state", "program", "keyArea", "means", "status", "q", "sort", "page"],
      parse: parseActivityFilters,
      invariant: activityFilterInvariant,
      query: (f: Out) => filtersQuery(f as Record<string, string | number | undefined>),
    },
    {
      name: "parseAuditFilters",
      keys: ["actor", "entity", "action", "from", "to", "page"],
      parse: parseAuditFilters,
      invariant: auditFilterInvariant,
      query: (f: Out) => filtersQuery(f as Record<string, string | number | undefined>),
    },
    {
      name: "parseNeedFilters",
      keys: ["status", "state", "priority", "keyArea"],
      parse: parseNeedFilters,
      invariant: needFilterInvariant,
      query: undefined,
    },
    {
      name: "parsePlanFilters",
      keys: ["program", "state", "status", "fy", "author", "page"],
      parse: parsePlanFilters,
      invariant: planFilterInvariant,
      query: (f: Out) => filtersQuery(f as Record<string, string | number | undefined>),
    },
    {
      name: "parseProgramFilters",
      keys: ["end", "approach", "keyArea", "means"],
      parse: parseProgramFilters,
      invariant: programFilterInvariant,
      query: (f: Out) => filtersQuery(f as Record<string, string | number | undefined>),
    },
    ...REPORTS.map((report) => ({
      name: `parseReportFilters(${report})`,
      keys: ["fyFrom", "fyTo", "state", "program", "keyArea", "means", "status", "q"],
      parse: (params: Record<string, string | string[] | undefined>) => parseReportFilters(report, params),
      invariant: (f: Out) => {
        reportFilterInvariant(f);
        optional((v, w) => oneOf(v, REPORT_STATUSES[report], w))(f.status, "status");
      },
      query: (f: Out) => filtersQuery(f as Record<string, string | number | undefined>),
    })),
  ];

  it.each(cases.map((c) => [c.name, c] as const))(
    "%s",
    (name, c) => {
      const tally = new Tally("url-filters", name);
      fc.assert(
        fc.property(searchParams(c.keys, text), (params) => {
          const filters = c.parse(params) as Out;
          tally.accept();
          c.invariant(filters);
          check(
            Object.keys(filters).every((key) => c.keys.includes(key)),
            "only the filters' keys",
          );
          // Nothing PostgreSQL cannot store reaches a query or an audit event.
          check(
            Object.values(filters).every((value) => typeof value !== "string" || isStorable(value)),
            "only storable text",
          );
          if (c.query) {
            // A link built from the filters reads back as the same filters.
            const again = c.parse(Object.fromEntries(new URLSearchParams(c.query(filters))));
            expect(again).toEqual(filters);
          }
          checkNoPollution();
        }),
        fuzzParameters(),
      );
      counts.push(tally.done());
    },
    fuzzTimeout(FUZZ_RUNS, 2),
  );
});
