// Column widths of a PDF table sized by what the columns hold. A column is never narrower than its
// longest word (header included), so that text breaks only between words and a date such as
// "2027-02-08" or a span "FY2024–FY2026" stays whole; the width left over goes first to the columns
// whose text would then fit on one line, and the rest is shared by the relative weights. Pure: the
// caller measures text (pdfkit's widthOfString) and passes the measure in.

/** Width of a text on one line, in points; `bold` for the header row. */
export type Measure = (text: string, bold: boolean) => number;

// Japanese and Chinese text breaks between any two characters, so each such character is a word.
const CJK = /([\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])/u;

/** The pieces of a text that a line may not break inside: space-separated words, CJK characters. */
export function unbreakable(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((word) => word.split(CJK))
    .filter((piece) => piece.length > 0);
}

export interface FitInput {
  headers: readonly string[];
  /** The first rows of the table (or all of them): the widths follow them. */
  sample: readonly (readonly string[])[];
  /** Relative weights for sharing what is left once every column holds its words. */
  weights: readonly number[];
  /** The table's width in points. */
  total: number;
  /** Padding on each side of a cell, in points. */
  padding: number;
  measure: Measure;
}

export interface ColumnFit {
  widths: number[];
  /** Whether every column holds its longest word: false when even that does not fit the page. */
  wordsFit: boolean;
  /** Whether every cell of the sample fits on one line (a table narrow enough for a portrait page). */
  linesFit: boolean;
}

/**
 * A single word wider than this share of the table (a long address, say) may still break: one such
 * cell must not squeeze every other column.
 */
const LONGEST_WORD_SHARE = 0.3;

export function fitColumns({ headers, sample, weights, total, padding, measure }: FitInput): ColumnFit {
  const count = headers.length;
  const cellsOf = (i: number) => sample.map((row) => row[i] ?? "");
  const wordWidth = (text: string, bold: boolean) => Math.max(0, ...unbreakable(text).map((word) => measure(word, bold)));
  const lineWidth = (text: string, bold: boolean) =>
    Math.max(0, ...text.split("\n").map((line) => (line.trim() ? measure(line.trim(), bold) : 0)));

  const least = headers.map((header, i) =>
    Math.min(total * LONGEST_WORD_SHARE, Math.max(wordWidth(header, true), ...cellsOf(i).map((cell) => wordWidth(cell, false)))),
  );
  const natural = headers.map((header, i) => Math.max(lineWidth(header, true), ...cellsOf(i).map((cell) => lineWidth(cell, false))));
  const min = least.map((width) => Math.ceil(width + padding * 2 + 0.5));
  const want = natural.map((width, i) => Math.max(min[i]!, Math.ceil(width + padding * 2 + 0.5)));
  const safeWeights = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1));
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

  const needed = sum(min);
  if (needed > total) {
    // Not even the words fit: shrink every column alike (some words will break).
    return { widths: min.map((width) => (width * total) / needed), wordsFit: false, linesFit: false };
  }
  if (sum(want) <= total) {
    // Everything fits on one line: the spare width goes by weight, so the table spans the page.
    const spare = total - sum(want);
    const weightSum = sum(safeWeights);
    return { widths: want.map((width, i) => width + (spare * safeWeights[i]!) / weightSum), wordsFit: true, linesFit: true };
  }
  // Water-filling: share what is left over the columns that still want more, by weight; a column
  // whose share would take it past its one-line width gets just that, and frees the rest.
  const widths = [...min];
  const open = new Set(Array.from({ length: count }, (_, i) => i).filter((i) => want[i]! > min[i]!));
  let left = total - needed;
  while (open.size > 0 && left > 0.01) {
    const weightSum = sum([...open].map((i) => safeWeights[i]!));
    const capped = [...open].filter((i) => widths[i]! + (left * safeWeights[i]!) / weightSum >= want[i]!);
    if (capped.length === 0) {
      for (const i of open) widths[i] = widths[i]! + (left * safeWeights[i]!) / weightSum;
      left = 0;
      break;
    }
    for (const i of capped) {
      left -= want[i]! - widths[i]!;
      widths[i] = want[i]!;
      open.delete(i);
    }
  }
  return { widths, wordsFit: true, linesFit: false };
}
