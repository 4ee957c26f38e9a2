// The needs list's filters, read from the URL. A value that does not parse is dropped (the list shows
// unfiltered on that field) rather than failing the page: URLs get edited and shared by hand.
import { z } from "zod";
import { droppable, FILTER_FIELDS } from "@/lib/validation/query-filters";
import { NEED_STATUSES, PRIORITIES } from "@/lib/domain/need";
import { queryValues, type SearchParams } from "@/lib/validation/query";

export const needFiltersSchema = z.object({
  status: droppable(z.enum(NEED_STATUSES)),
  state: droppable(FILTER_FIELDS.state),
  priority: droppable(z.enum(PRIORITIES)),
  keyArea: droppable(FILTER_FIELDS.keyArea),
  // Submitted in a span of fiscal years (the review of efforts opens its needs this way).
  fyFrom: droppable(FILTER_FIELDS.fiscalYear),
  fyTo: droppable(FILTER_FIELDS.fiscalYear),
});

export type NeedFilters = z.infer<typeof needFiltersSchema>;

export function parseNeedFilters(searchParams: SearchParams): NeedFilters {
  return needFiltersSchema.parse(queryValues(searchParams));
}
