// The pieces every list's filters are made of (activities, needs, audit log, reports): read from the
// URL, where a value that does not parse is dropped (the list shows unfiltered on that field) rather
// than failing the page, because URLs get edited and shared by hand.
import { z } from "zod";

/** A filter that is dropped, not refused, when it does not parse. */
export const droppable = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** The fields several filters share; the filter schemas built from them are fuzzed (lib/validation/fuzz.test.ts). */
export const FILTER_FIELDS = {
  fiscalYear: z.coerce.number().int().min(2000).max(2100),
  state: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .transform((s) => s.toUpperCase()),
  recordId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}$/),
  keyArea: z.string().trim().regex(/^K\d$/),
  means: z.string().trim().regex(/^M\d$/),
  /** A list's page: 1 when absent or not a page number. */
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
};

/** Rows per page of every paged list (activities, plans, needs, the audit log). */
export const PAGE_SIZE = 50;

/** A list's page number from the URL (page 1 when absent or not a page number). */
export const parsePage = (value: unknown): number => FILTER_FIELDS.page.parse(value);

/** One page of a list, with what its pagination needs. */
export interface ListPage<T> {
  rows: T[];
  total: number;
  page: number;
  pageCount: number;
}

export const pageCountOf = (total: number, pageSize = PAGE_SIZE) => Math.max(1, Math.ceil(total / pageSize));

/** The query string of a filter set, for links that keep the filters (page 1 is implied). */
export function filtersQuery(filters: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
