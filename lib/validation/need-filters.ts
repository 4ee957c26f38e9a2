// The needs list's filters, read from the URL. A value that does not parse is dropped (the list shows
// unfiltered on that field) rather than failing the page: URLs get edited and shared by hand.
import { z } from "zod";
import { NEED_STATUSES } from "@/lib/domain/need";
import { queryValues, type SearchParams } from "@/lib/validation/query";

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const needFiltersSchema = z.object({
  status: optional(z.enum(NEED_STATUSES)),
  state: optional(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}$/)
      .transform((s) => s.toUpperCase()),
  ),
});

export type NeedFilters = z.infer<typeof needFiltersSchema>;

export function parseNeedFilters(searchParams: SearchParams): NeedFilters {
  return needFiltersSchema.parse(queryValues(searchParams));
}
