// What the parts of the plan editor share: the plan's and a year's shape as the form holds them, and
// how a group of fields points to its messages.
import type { IndicatorInput, PlanInput } from "@/lib/validation/plan";

/**
 * An indicator as the form holds it: numbers as typed (text, so that a value that is not a number
 * reaches the server and is refused beside its field); a target only for years with a value.
 */
export type IndicatorDraft = Omit<IndicatorInput, "baselineValue" | "targets"> & {
  baselineValue: string;
  targets: { fiscalYear: number; value: string }[];
};

export type Values = Omit<PlanInput, "indicators"> & { indicators: IndicatorDraft[] };

/** A plan's values (as loaded, or a conflict's) as the form holds them. */
export function toFormValues(plan: PlanInput): Values {
  return {
    ...plan,
    indicators: (plan.indicators ?? []).map((indicator) => ({
      ...indicator,
      baselineValue: indicator.baselineValue === null ? "" : String(indicator.baselineValue),
      targets: indicator.targets.map((target) => ({ fiscalYear: target.fiscalYear, value: String(target.value) })),
    })),
  };
}
export type Year = PlanInput["years"][number];

/** A need the plan may answer, as the editor lists it. */
export interface NeedOption {
  id: string;
  label: string;
}

/** The server's input errors at a path ("years.0.objectives.1.text"). */
export type ErrorsAt = (path: string) => string[] | undefined;

/** A group of fields (fieldset) marked invalid and pointing to its messages at `${id}-errors`, when there are any. */
export const groupErrors = (id: string, messages: string[] | undefined) =>
  messages?.length ? { "aria-describedby": `${id}-errors`, "aria-invalid": true as const } : {};

/** What each list of a fiscal year receives (objectives, milestones, budget lines). */
export interface YearListProps {
  year: Year;
  /** Where the year's input errors are: "years.<index>". */
  path: string;
  /** The year as read ("FY2026"), in the labels of its fields. */
  label: string;
  errors: ErrorsAt;
  changeYear: (change: (year: Year) => Year) => void;
  /** Marks the list invalid and points it to the year's rule messages (T2), when a rule names it. */
  invalid: { "aria-describedby"?: string; "aria-invalid"?: true };
}
