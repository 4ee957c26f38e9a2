// The plan list's filters, read from the URL. A value that does not parse is dropped (the list shows
// unfiltered on that field) rather than failing the page: URLs get edited and shared by hand.
import { z } from "zod";
import { droppable, FILTER_FIELDS } from "@/lib/validation/query-filters";
import { PLAN_STATUSES } from "@/lib/domain/plan";
import { queryValues, type SearchParams } from "@/lib/validation/query";

export const planFiltersSchema = z.object({
  program: droppable(FILTER_FIELDS.recordId),
  /** Shared with the state, or the state is a partner of the plan's program. */
  state: droppable(FILTER_FIELDS.state),
  status: droppable(z.enum(PLAN_STATUSES)),
  /** Plans whose span of fiscal years holds this one. */
  fy: droppable(FILTER_FIELDS.fiscalYear),
  author: droppable(FILTER_FIELDS.recordId),
  page: FILTER_FIELDS.page,
});

export type PlanFilters = z.infer<typeof planFiltersSchema>;

export function parsePlanFilters(searchParams: SearchParams): PlanFilters {
  return planFiltersSchema.parse(queryValues(searchParams));
}
