import "server-only";
// A spending line as the form holds it, shared by the reads (the page's forms) and the writes (the
// conflict's "theirs"): the amount as typed, no activity as "".
import type { Prisma } from "@/generated/prisma/client";
import type { SpendingCategory } from "@/lib/domain/spending";
import { isoDay } from "@/lib/dates";
import type { SpendingLineFormValues } from "@/lib/validation/spending";

/** A line as the form holds it: what a conflict shows as "theirs". */
export function spendingLineValues(line: {
  spentOn: Date;
  category: SpendingCategory;
  amountJpy: bigint;
  description: string;
  activityId: string | null;
}): SpendingLineFormValues {
  return {
    spentOn: isoDay(line.spentOn),
    category: line.category,
    amountJpy: String(line.amountJpy),
    description: line.description,
    activityId: line.activityId ?? "",
  };
}

/** What the page and the writes read of a line. */
export const spendingLineFields = {
  id: true,
  fiscalYear: true,
  spentOn: true,
  category: true,
  amountJpy: true,
  description: true,
  activityId: true,
  version: true,
  recordedBy: { select: { name: true } },
} satisfies Prisma.SpendingLineSelect;
