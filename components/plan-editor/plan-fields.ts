// What the parts of the plan editor share: the plan's and a year's shape as the form holds them, and
// how a group of fields points to its messages.
import type { PlanInput } from "@/lib/validation/plan";

export type Values = PlanInput;
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
