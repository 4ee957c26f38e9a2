// What pages and route handlers read from the query string, before any parser sees it. A value that
// PostgreSQL cannot store (U+0000, an unpaired surrogate) is dropped here, once for every reader, the
// way each filter drops a value that does not parse: the filter is ignored. Such a value would
// otherwise reach a query or an audit event and fail the whole request in the database ("invalid byte
// sequence for encoding UTF8: 0x00"). Of a repeated parameter, the first value counts.

export type SearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

// U+0000 and unpaired surrogates: PostgreSQL stores neither in text or jsonb. (The write paths refuse
// them beside their field: lib/validation/parse.ts.)
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether PostgreSQL can store the text. */
export function isStorable(text: string): boolean {
  return !UNSTORABLE.test(text);
}

/** One parameter's value: the first of repeated ones; undefined when absent or not storable. */
export function queryValue(value: string | readonly string[] | null | undefined): string | undefined {
  const first = typeof value === "string" ? value : value?.[0];
  return first !== undefined && isStorable(first) ? first : undefined;
}

/** Every parameter's value, as queryValue reads it: what the filter schemas parse. */
export function queryValues(searchParams: SearchParams): Record<string, string | undefined> {
  const entries: [string, string | readonly string[] | null | undefined][] =
    searchParams instanceof URLSearchParams
      ? [...new Set(searchParams.keys())].map((key) => [key, searchParams.get(key)])
      : Object.entries(searchParams);
  return Object.fromEntries(entries.map(([key, value]) => [key, queryValue(value)]));
}
