// The activity list's filters, read from the URL. A value that does not parse is dropped (the list
// shows unfiltered on that field) rather than failing the page: URLs get edited and shared by hand.
import { z } from "zod";
import { droppable, FILTER_FIELDS } from "@/lib/validation/query-filters";
import { ACTIVITY_STATUSES } from "@/lib/domain/activity";
import { queryValues, type SearchParams } from "@/lib/validation/query";

export const activityFiltersSchema = z.object({
  fy: droppable(FILTER_FIELDS.fiscalYear),
  state: droppable(FILTER_FIELDS.state),
  program: droppable(FILTER_FIELDS.recordId),
  keyArea: droppable(FILTER_FIELDS.keyArea),
  means: droppable(FILTER_FIELDS.means),
  status: droppable(z.enum(ACTIVITY_STATUSES)),
  q: droppable(z.string().trim().min(1).max(100)),
  page: FILTER_FIELDS.page,
});

export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

export function parseActivityFilters(searchParams: SearchParams): ActivityFilters {
  return activityFiltersSchema.parse(queryValues(searchParams));
}
