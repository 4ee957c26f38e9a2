// Input schemas of the spending lines' actions: shared by the form (client) and the action (server).
import { z } from "zod";
import { SPENDING_CATEGORIES, type SpendingCategory } from "@/lib/domain/spending";
import { isoDate, recordId, text } from "@/lib/validation/fields";
import { msg } from "@/lib/validation/parse";

/** A message of the spending area's own texts (messages/*.spending.json, "spending.validation.<key>"). */
export const spendingMsg = (key: "outsidePlan" | "amount" | "activityElsewhere") => msg(`spending.validation.${key}`);

/** The largest line the portal takes: far beyond any real one, and exact as a JavaScript number. */
export const MAX_SPENDING_JPY = 1_000_000_000_000;

// Whole yen, 1 or more: an empty field, a fraction, a negative or a word get the one message beside
// the amount, in the user's language (zod's own would say "expected number, received NaN").
const amountJpy = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? Number.NaN : Number(value.trim())) : value),
  z
    .number({ error: spendingMsg("amount") })
    .int(spendingMsg("amount"))
    .min(1, spendingMsg("amount"))
    .max(MAX_SPENDING_JPY, spendingMsg("amount")),
);

export const spendingLineSchema = z.object({
  spentOn: isoDate,
  category: z.enum(SPENDING_CATEGORIES),
  amountJpy,
  description: text(500),
  /** The activity it served, one of the plan's; "" or absent for none. */
  activityId: z.preprocess((value) => (value === "" || value === null ? undefined : value), recordId.optional()),
});

export type SpendingLineInput = z.infer<typeof spendingLineSchema>;

/** A line as its form holds it: the amount as typed, no activity as "". */
export type SpendingLineFormValues = {
  spentOn: string;
  category: SpendingCategory;
  amountJpy: string;
  description: string;
  activityId: string;
};

/** A new line: the plan it belongs to, and its values. */
export const newSpendingLineSchema = spendingLineSchema.extend({ planId: recordId });

/** A change of a line: its values and the version they are based on. */
export const spendingLineEditSchema = spendingLineSchema.extend({ version: z.coerce.number().int().min(1) });

export const spendingLineDeleteSchema = z.object({ id: recordId, version: z.coerce.number().int().min(1) });
