// Text that a spreadsheet would run as a formula (CSV/formula injection, OWASP) is made inert with a
// leading apostrophe: Excel and LibreOffice then show the text as typed. Both the CSV and the XLSX
// writer use it: an XLSX string cell is not a formula, but editing it and pressing Enter makes it one.

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
