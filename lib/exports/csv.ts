// CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark (Excel otherwise misreads
// Japanese), and cells that a spreadsheet would run as a formula made inert (CSV injection).

import { neutralise } from "@/lib/exports/neutralise";

export const UTF8_BOM = "\uFEFF";

// A separator, a quote or a line break anywhere, or white space at either end (which a spreadsheet
// would trim): one test per cell, as `\s` is exactly what String.prototype.trim removes.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutralise(value) : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// A loop rather than map + join: this runs for every row of an export.
export function csvRow(values: (string | number | null | undefined)[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) line += i === 0 ? csvCell(values[i]) : `,${csvCell(values[i])}`;
  return `${line}\r\n`;
}
