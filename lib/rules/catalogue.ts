// The rule catalogue of DESIGN.md ("The three principles as validation rules"): for each stable code,
// its principle, severity, the records it applies to and the moment from which it blocks. The
// checks are in principles.ts, the texts in messages.ts.

export const RULE_CODES = ["H1", "H2", "H3", "T1", "T2", "T3", "T4", "T5", "O1", "O2", "O3"] as const;
export type RuleCode = (typeof RULE_CODES)[number];

/** H = Heart-to-heart, T = Tailored and lasting, O = Equal and open (the Principle table's codes). */
export const PRINCIPLES = ["H", "T", "O"] as const;
export type Principle = (typeof PRINCIPLES)[number];

/** An error blocks the save or the state change; a warning is saved and shown with the record. */
export type Severity = "error" | "warning";

export type RecordKind = "program" | "plan" | "activity";

/**
 * When a rule starts to block. "always": every create and update. The others are plan lifecycle
 * moments: "leaveDraft" (sharing, and any later step), "enterReview" (submitting for review, and
 * later), "approval" (approving). Before its moment a failing rule is still reported, marked as not
 * yet enforced, so the principles panel can say "will block when the plan is shared".
 */
export type RuleMoment = "always" | "leaveDraft" | "enterReview" | "approval";

export interface RuleDefinition {
  readonly code: RuleCode;
  readonly principle: Principle;
  readonly severity: Severity;
  /** The records whose check returns this rule (one result each). */
  readonly appliesTo: readonly RecordKind[];
  readonly moment: RuleMoment;
}

const RULES = {
  H1: { code: "H1", principle: "H", severity: "error", appliesTo: ["plan", "activity"], moment: "always" },
  H2: { code: "H2", principle: "H", severity: "error", appliesTo: ["activity"], moment: "always" },
  H3: { code: "H3", principle: "H", severity: "warning", appliesTo: ["activity"], moment: "always" },
  T1: { code: "T1", principle: "T", severity: "error", appliesTo: ["plan"], moment: "always" },
  T2: { code: "T2", principle: "T", severity: "error", appliesTo: ["plan"], moment: "leaveDraft" },
  T3: { code: "T3", principle: "T", severity: "error", appliesTo: ["plan"], moment: "enterReview" },
  T4: { code: "T4", principle: "T", severity: "error", appliesTo: ["plan"], moment: "approval" },
  T5: { code: "T5", principle: "T", severity: "warning", appliesTo: ["plan", "activity"], moment: "always" },
  O1: { code: "O1", principle: "O", severity: "error", appliesTo: ["program", "plan", "activity"], moment: "always" },
  O2: { code: "O2", principle: "O", severity: "error", appliesTo: ["activity"], moment: "always" },
  O3: { code: "O3", principle: "O", severity: "warning", appliesTo: ["activity"], moment: "always" },
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
