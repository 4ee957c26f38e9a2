/** One cell of a report as the CSV, XLSX and PDF writers take it. */
export type ReportCell = string | number | null;
