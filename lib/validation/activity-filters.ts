// The activity list's filters, read from the URL. A value that does not parse is dropped (the list
// shows unfiltered on that field) rather than failing the page: URLs get edited and shared by hand.
import { z } from "zod";
import { droppable, FILTER_FIELDS } from "@/lib/validation/query-filters";
import { ACTIVITY_STATUSES } from "@/lib/domain/activity";
import { queryValues, type SearchParams } from "@/lib/validation/query";

/**
 * The list's orders, a column and a direction ("-" for descending); none is the default order:
 * activities under way or to come (from today, soonest first), then those past (latest first).
 */
export const ACTIVITY_SORT_COLUMNS = ["date", "title", "program", "host", "status"] as const;
export type ActivitySortColumn = (typeof ACTIVITY_SORT_COLUMNS)[number];
export const ACTIVITY_SORTS = ACTIVITY_SORT_COLUMNS.flatMap((column) => [column, `-${column}`] as const);
export type ActivitySort = (typeof ACTIVITY_SORTS)[number];

export const activityFiltersSchema = z.object({
  fy: droppable(FILTER_FIELDS.fiscalYear),
  // A span of fiscal years: the review of efforts opens the activities behind its figures this way.
  fyFrom: droppable(FILTER_FIELDS.fiscalYear),
  fyTo: droppable(FILTER_FIELDS.fiscalYear),
  state: droppable(FILTER_FIELDS.state),
  program: droppable(FILTER_FIELDS.recordId),
  keyArea: droppable(FILTER_FIELDS.keyArea),
  means: droppable(FILTER_FIELDS.means),
  status: droppable(z.enum(ACTIVITY_STATUSES)),
  q: droppable(z.string().trim().min(1).max(100)),
  sort: droppable(z.enum(ACTIVITY_SORTS)),
  page: FILTER_FIELDS.page,
});

export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

export function parseActivityFilters(searchParams: SearchParams): ActivityFilters {
  return activityFiltersSchema.parse(queryValues(searchParams));
}
