// The rule catalogue of DESIGN.md ("The three principles as validation rules"): for each stable code,
// its principle, severity, the records it applies to and the step from which it applies. The checks
// are in principles.ts, the texts in messages.ts.

export const RULE_CODES = ["H1", "H2", "H3", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "O1", "O2", "O3"] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** H = Heart-to-heart, T = Tailored and lasting, O = Equal and open (the Principle table's codes). */
export const PRINCIPLES = ["H", "T", "O"] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** An error blocks the save or the state change; a warning is saved and shown with the record. */
export type Severity = "error" | "warning";

export type RecordKind = "program" | "plan" | "activity";

/**
 * The step a rule gates, and every step after it. "save": every create and update of a record. The
 * others are a plan's lifecycle steps, in order: "share" (leaving DRAFT), "submit" (for review),
 * "approve", "archive". Before its step a rule is "not yet applicable": a refused step lists only the rules of
 * that step, and the principles panel says when a later rule will apply instead of calling it passed.
 */
export const RULE_STEPS = ["save", "share", "submit", "approve", "archive"] as const;
export type RuleStep = (typeof RULE_STEPS)[number];

export interface RuleDefinition {
  readonly code: RuleCode;
  readonly principle: Principle;
  readonly severity: Severity;
  /** The records whose check returns this rule (one result each). */
  readonly appliesTo: readonly RecordKind[];
  /** The first step the rule applies to (and blocks, if an error). */
  readonly step: RuleStep;
}

const RULES = {
  H1: { code: "H1", principle: "H", severity: "error", appliesTo: ["plan", "activity"], step: "save" },
  H2: { code: "H2", principle: "H", severity: "error", appliesTo: ["activity"], step: "save" },
  H3: { code: "H3", principle: "H", severity: "warning", appliesTo: ["activity"], step: "save" },
  T1: { code: "T1", principle: "T", severity: "error", appliesTo: ["plan"], step: "save" },
  T2: { code: "T2", principle: "T", severity: "error", appliesTo: ["plan"], step: "share" },
  T3: { code: "T3", principle: "T", severity: "error", appliesTo: ["plan"], step: "submit" },
  T4: { code: "T4", principle: "T", severity: "error", appliesTo: ["plan"], step: "approve" },
  T5: { code: "T5", principle: "T", severity: "warning", appliesTo: ["plan", "activity"], step: "save" },
  T6: { code: "T6", principle: "T", severity: "error", appliesTo: ["plan"], step: "submit" },
  T7: { code: "T7", principle: "T", severity: "warning", appliesTo: ["plan", "activity"], step: "save" },
  T8: { code: "T8", principle: "T", severity: "error", appliesTo: ["plan"], step: "archive" },
  T9: { code: "T9", principle: "T", severity: "warning", appliesTo: ["plan"], step: "save" },
  O1: { code: "O1", principle: "O", severity: "error", appliesTo: ["program", "plan", "activity"], step: "save" },
  O2: { code: "O2", principle: "O", severity: "error", appliesTo: ["activity"], step: "save" },
  O3: { code: "O3", principle: "O", severity: "warning", appliesTo: ["activity"], step: "save" },
} as const satisfies { readonly [C in RuleCode]: RuleDefinition & { readonly code: C } };

/** Every rule, in catalogue order (H, T, O). */
export const CATALOGUE: readonly RuleDefinition[] = RULE_CODES.map((code) => RULES[code]);

export function ruleDefinition(code: RuleCode): RuleDefinition {
  return RULES[code];
}

/** The rules that a check of this kind of record returns, in catalogue order. */
export function rulesFor(kind: RecordKind): RuleDefinition[] {
  return CATALOGUE.filter((rule) => rule.appliesTo.includes(kind));
}
