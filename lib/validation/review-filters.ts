// The review of efforts' span, read from the URL (?fyFrom=2024&fyTo=2026&era=1): a value that does
// not parse is dropped like the lists' filters. The default span is the three fiscal years up to the
// current one, as Vientiane Vision 2.0 reviewed its first three years; a reversed span is put in order.
import { z } from "zod";
import { droppable, FILTER_FIELDS } from "@/lib/validation/query-filters";
import { queryValues, type SearchParams } from "@/lib/validation/query";

/** The longest span a review covers: twenty fiscal years, the portal's history. */
export const MAX_REVIEW_YEARS = 20;

/** Fiscal years to look back by default, the current one included. */
const DEFAULT_YEARS = 3;

/** What the review's drill-down pages list (each figure's records): /review/<records>. */
export type ReviewRecords = "indicators" | "follow-ups" | "feedback" | "spending";

export const reviewQuerySchema = z.object({
  fyFrom: droppable(FILTER_FIELDS.fiscalYear),
  fyTo: droppable(FILTER_FIELDS.fiscalYear),
  state: droppable(FILTER_FIELDS.state),
  keyArea: droppable(FILTER_FIELDS.keyArea),
  // Formal Japanese reports name the era (令和8年度): the PDF's switch.
  era: droppable(z.enum(["1"])),
  lang: droppable(z.enum(["en", "ja"])),
});

export interface ReviewQuery {
  fyFrom: number;
  fyTo: number;
  /** A drill-down's row: one state or one key area (neither: the total). */
  state?: string;
  keyArea?: string;
  era: boolean;
  lang?: "en" | "ja";
}

export function parseReviewQuery(searchParams: SearchParams, currentFiscalYear: number): ReviewQuery {
  const parsed = reviewQuerySchema.parse(queryValues(searchParams));
  let fyTo = parsed.fyTo ?? Math.max(parsed.fyFrom ?? currentFiscalYear, currentFiscalYear);
  let fyFrom = parsed.fyFrom ?? fyTo - (DEFAULT_YEARS - 1);
  if (fyFrom > fyTo) [fyFrom, fyTo] = [fyTo, fyFrom];
  if (fyTo - fyFrom >= MAX_REVIEW_YEARS) fyFrom = fyTo - (MAX_REVIEW_YEARS - 1);
  return {
    fyFrom,
    fyTo,
    ...(parsed.state ? { state: parsed.state } : {}),
    ...(parsed.keyArea ? { keyArea: parsed.keyArea } : {}),
    era: parsed.era === "1",
    ...(parsed.lang ? { lang: parsed.lang } : {}),
  };
}
