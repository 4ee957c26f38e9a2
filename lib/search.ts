// The portal-wide search's words and highlighting, pure (the page, lib/data/search and their tests
// read them). The database compares text in lower case (search_norm(), migration 20261208020000_search);
// a query's terms are NFKC-normalised too (full-width letters typed in Japanese input find the usual ones).

/** The most terms a query is split into; the rest are ignored. */
export const MAX_SEARCH_TERMS = 5;

/** The fewest characters a term needs: a two-character bigram is what the index holds. */
export const MIN_TERM_LENGTH = 2;

/** How many of each kind the search page shows, and how many one kind's own page shows. */
export const SEARCH_LIMIT = 10;
export const SEARCH_KIND_LIMIT = 50;

export const SEARCH_KINDS = ["programs", "plans", "activities", "needs", "comments"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const norm = (text: string) => text.normalize("NFKC").toLowerCase();

/** The terms of a query: normalised, split on white space, without repeats and one-character terms. */
export function searchTerms(query: string): { terms: string[]; tooShort: boolean } {
  const words = [...new Set(norm(query).split(/\s+/u).filter(Boolean))];
  const terms = words.filter((w) => [...w].length >= MIN_TERM_LENGTH).slice(0, MAX_SEARCH_TERMS);
  return { terms, tooShort: words.length > terms.length && terms.length < MAX_SEARCH_TERMS };
}

/** A LIKE pattern for text containing the term, with its own %, _ and \ taken literally. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, "\\$&")}%`;
}

/** A piece of a text, marked when it matched a term. */
export interface Segment {
  text: string;
  match?: true;
}

/** The ranges [start, end) of the original text that match any term, merged and in order. */
function matchRanges(text: string, terms: readonly string[]): [number, number][] {
  // Normalise code point by code point, remembering where each normalised character came from.
  let normalised = "";
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    const n = norm(char);
    for (let k = 0; k < n.length; k++) origin.push(at);
    normalised += n;
    at += char.length;
  }
  origin.push(text.length);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let i = normalised.indexOf(term); i >= 0; i = normalised.indexOf(term, i + term.length)) {
      const end = i + term.length;
      // The end of the last normalised character's original code point.
      const last = origin[end - 1]!;
      const lastEnd = origin.slice(end).find((o) => o > last) ?? text.length;
      ranges.push([origin[i]!, lastEnd]);
    }
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const prev = merged[merged.length - 1];
    if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/**
 * The text cut into segments, the matches marked. With `excerpt`, a text longer than that many
 * characters is cut to about as many around its first match, with an ellipsis where it was cut.
 */
export function highlight(text: string, terms: readonly string[], excerpt?: number): Segment[] {
  const ranges = matchRanges(text, terms);
  let from = 0;
  let to = text.length;
  if (excerpt !== undefined && text.length > excerpt) {
    const first = ranges[0]?.[0] ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(excerpt / 3), text.length - excerpt));
    to = Math.min(text.length, from + excerpt);
    // Do not cut a surrogate pair in two.
    if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from]!)) from++;
    if (to < text.length && /[\uDC00-\uDFFF]/.test(text[to]!)) to++;
  }
  const segments: Segment[] = [];
  const push = (s: string, match?: boolean) => {
    if (s) segments.push(match ? { text: s, match: true } : { text: s });
  };
  if (from > 0) push("…");
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    push(text.slice(at, s));
    push(text.slice(s, e), true);
    at = e;
  }
  push(text.slice(at, to));
  if (to < text.length) push("…");
  return segments;
}
