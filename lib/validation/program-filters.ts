// The program list's filters, read from the URL: the part of the framework the programs serve (an end,
// an approach, a key area or a means), as the framework page links to them. A value that does not
// parse is dropped (the list shows unfiltered on that field) rather than failing the page.
import { z } from "zod";
import { droppable, FILTER_FIELDS } from "@/lib/validation/query-filters";
import { queryValues, type SearchParams } from "@/lib/validation/query";

export const programFiltersSchema = z.object({
  end: droppable(z.string().trim().regex(/^E\d$/)),
  approach: droppable(z.string().trim().regex(/^A\d$/)),
  keyArea: droppable(FILTER_FIELDS.keyArea),
  means: droppable(FILTER_FIELDS.means),
});

export type ProgramFilters = z.infer<typeof programFiltersSchema>;

export function parseProgramFilters(searchParams: SearchParams): ProgramFilters {
  return programFiltersSchema.parse(queryValues(searchParams));
}
