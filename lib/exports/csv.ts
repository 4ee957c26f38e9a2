// CSV for spreadsheets: RFC 4180 quoting, UTF-8 with a byte-order mark (Excel otherwise misreads
// Japanese), and cells that a spreadsheet would run as a formula made inert (CSV injection).

export const UTF8_BOM = "\uFEFF";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // A leading apostrophe makes Excel and LibreOffice show the text instead of evaluating it.
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
