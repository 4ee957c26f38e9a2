// The search page's query string (/search?q=...&kind=activities): a value that does not parse is
// dropped, as the lists' filters do. `kind` narrows the page to one kind, with more of it.
import { z } from "zod";
import { SEARCH_KINDS, type SearchKind } from "@/lib/search";
import { droppable } from "@/lib/validation/query-filters";
import { queryValues, type SearchParams } from "@/lib/validation/query";

export const searchQuerySchema = z.object({
  q: droppable(z.string().trim().min(1).max(100)),
  kind: droppable(z.enum(SEARCH_KINDS)),
});

export interface SearchQuery {
  q?: string;
  kind?: SearchKind;
}

export function parseSearchQuery(searchParams: SearchParams): SearchQuery {
  const parsed = searchQuerySchema.parse(queryValues(searchParams));
  return { ...(parsed.q ? { q: parsed.q } : {}), ...(parsed.kind ? { kind: parsed.kind } : {}) };
}
