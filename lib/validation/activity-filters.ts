// The activity list's filters, read from the URL. A value that does not parse is dropped (the list
// shows unfiltered on that field) rather than failing the page: URLs get edited and shared by hand.
import { z } from "zod";
import { ACTIVITY_STATUSES } from "@/lib/domain/activity";
import { queryValues, type SearchParams } from "@/lib/validation/query";

export const PAGE_SIZE = 50;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const activityFiltersSchema = z.object({
  fy: optional(z.coerce.number().int().min(2000).max(2100)),
  state: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/)
      .transform((s) => s.toUpperCase()),
  ),
  program: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/),
  ),
  keyArea: optional(z.string().trim().regex(/^K\d$/)),
  means: optional(z.string().trim().regex(/^M\d$/)),
  status: optional(z.enum(ACTIVITY_STATUSES)),
  q: optional(z.string().trim().min(1).max(100)),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export type ActivityFilters = z.infer<typeof activityFiltersSchema>;

export function parseActivityFilters(searchParams: SearchParams): ActivityFilters {
  return activityFiltersSchema.parse(queryValues(searchParams));
}

/** The query string of a filter set, for links that keep the filters (page 1 is implied). */
export function activityFiltersQuery(filters: Partial<ActivityFilters>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
