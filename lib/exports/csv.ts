// CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark (Excel otherwise misreads
// Japanese), and cells that a spreadsheet would run as a formula made inert (CSV injection).

import { neutralise } from "@/lib/exports/neutralise";

export const UTF8_BOM = "\uFEFF";

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutralise(value) : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
