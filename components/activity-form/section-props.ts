// What every section of the activity form receives: the values, a setter, and the server's messages
// for a field (its input errors and the blocking rules that name it).
import type { ActivityFormValues } from "@/components/activity-form-values";

export interface SectionProps {
  values: ActivityFormValues;
  set: <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => void;
  errorsAt: (path: string) => string[] | undefined;
}

/** The id of a field's input, its errors (`-errors`) and its hint (`-hint`). */
export const fieldId = (field: string) => `activity-${field}`;
