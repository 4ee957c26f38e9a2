// The PDF reports against the demo seed, read back as a reader sees them: the PDF's text with its
// positions (unpdf's pdf.js). A page holds at least 15 plans, and no header, date or fiscal year is
// broken over two lines.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDocumentProxy } from "unpdf";
import en from "@/messages/en.reports.json";
import enums from "@/messages/en.json";
import type { Actor } from "@/lib/authz/actor";
import type { ReportKind } from "@/lib/validation/report-filters";
import type { TestDatabase } from "@/scripts/lib/test-database";
import { actorByEmail, closeDatabase, query, seededDatabase } from "./helpers";

let database: TestDatabase;
let planner: Actor;
let reports: typeof import("@/lib/data/reports/reads");
let pdf: typeof import("@/lib/exports/report-pdf");

beforeAll(async () => {
  database = await seededDatabase("report_pdf");
  reports = await import("@/lib/data/reports/reads");
  pdf = await import("@/lib/exports/report-pdf");
  planner = await actorByEmail(database.url, "planner@example.org");
});

afterAll(() => closeDatabase(database));

interface Line {
  text: string;
  x: number;
  y: number;
}

/** Renders a report as the download route does (English), and reads each page's text lines back. */
async function renderedPages(kind: ReportKind): Promise<{ pages: Line[][]; header: string[]; count: number }> {
  const labels = enums.enums as unknown as Record<string, Record<string, string>>;
  const source = reports.openReport(kind, {
    actor: planner,
    filters: {},
    ja: false,
    enumLabel: (key) => {
      const [group, value] = key.split(".") as [string, string];
      return labels[group]?.[value] ?? key;
    },
    yes: en.reports.yes,
  });
  const count = await source.count();
  const names = en.reports.columns[kind] as Record<string, string>;
  const header = source.columns.map((column) => names[column] ?? column);
  const t = (key: string, values: Record<string, string | number> = {}) => `${key} ${JSON.stringify(values)}`;
  const stream = pdf.pdfReportStream({ kind, title: kind, columns: source.columns, header, rows: source.rows(), count, t });
  const pages = await linesOf(new Uint8Array(await new Response(stream).arrayBuffer()));
  return { pages, header: header.filter((_, i) => shownColumn(kind, source.columns[i]!)), count };
}

/** Each page's lines of text with their positions (pdf.js reads a line a text item). */
async function linesOf(file: Uint8Array): Promise<Line[][]> {
  const document = await getDocumentProxy(file);
  const pages: Line[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    const lines: Line[] = [];
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      lines.push({ text: item.str.trim(), x: item.transform[4] as number, y: item.transform[5] as number });
    }
    pages.push(lines);
  }
  return pages;
}

// The ids are left out of the printed tables (report-pdf.ts): they are the CSV's business.
const shownColumn = (kind: ReportKind, column: string) => !(column === "id" && kind !== "coverage");

/** The words of a page, as pdf.js reads them: a word cut over two lines shows as two pieces. */
const wordsOf = (lines: Line[]) => lines.flatMap((line) => line.text.split(/\s+/));

/** Every header's words whole, and every date and fiscal year whole, on every page. */
function expectWhole(pages: Line[][], header: string[]) {
  for (const lines of pages) {
    const words = wordsOf(lines);
    for (const name of header) for (const word of name.split(" ")) expect(words, `"${word}" of "${name}"`).toContain(word);
    for (const word of words) {
      // "2027-0" then "2-08", "2027-02-" then "08", "FY20" then "26". (A line may end after the
      // dash of a span in running text, as between two words; the span column is checked apart.)
      expect(word).not.toMatch(/^\(?\d{4}-\d{0,2}-?$|^\d{1,2}-\d{2},?\)?$|^FY\d{0,3}$/);
      if (/^\(?\d{4}-/.test(word)) expect(word).toMatch(/^\(?\d{4}-\d{2}-\d{2}\b/);
    }
  }
}

describe("PDF tables", () => {
  it("fit at least 15 plan rows on a page, and keep headers, dates and fiscal years whole", async () => {
    const { pages, header, count } = await renderedPages("plans");
    const [{ n }] = (await query<{ n: string }>(database.url, `SELECT count(*) AS n FROM "PlanYear"`)) as [{ n: string }];
    expect(count).toBe(Number(n));
    expect(count).toBeGreaterThan(30);
    expectWhole(pages, header);
    // The span column holds whole spans, one a line.
    for (const lines of pages) {
      const column = lines.find((line) => line.text === "Span")!;
      const spans = lines.filter((line) => Math.abs(line.x - column.x) < 1 && line.y < column.y);
      expect(spans.length).toBeGreaterThan(0);
      for (const span of spans) expect(span.text).toMatch(/^FY\d{4}–FY\d{4}$/);
    }
    // One "FY2026" line per row in the fiscal-year column: the rows of each page.
    const perPage = pages.map((lines) => {
      const column = lines.find((line) => line.text.startsWith("Fiscal"));
      expect(column, "the header is on every page").toBeDefined();
      return lines.filter((line) => /^FY\d{4}$/.test(line.text) && Math.abs(line.x - column!.x) < 1).length;
    });
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(count);
    // Every page but the last is full enough.
    expect(perPage.length).toBeGreaterThan(1);
    for (const rows of perPage.slice(0, -1)) expect(rows).toBeGreaterThanOrEqual(15);
  });

  for (const kind of ["activities", "needs", "coverage"] as const) {
    it(`keep the ${kind} report's headers and dates whole`, async () => {
      const { pages, header } = await renderedPages(kind);
      expect(pages.length).toBeGreaterThan(0);
      expectWhole(pages, header);
    });
  }

  it("keep the annual report's headers and dates whole", async () => {
    const data = await import("@/lib/data/reports/annual-report");
    const { renderAnnualReport } = await import("@/lib/pdf/annual-report");
    const pages = await linesOf(new Uint8Array(await renderAnnualReport(await data.annualReport(planner, 2025, "en"))));
    // The cover and the figures come first; the activity tables follow.
    expect(pages.flat().filter((line) => /^\d{4}-\d{2}-\d{2}/.test(line.text)).length).toBeGreaterThan(10);
    expectWhole(pages.slice(3), []);
    const words = wordsOf(pages.flat());
    for (const header of ["Dates", "Activity", "Status", "Host", "Need", "Priority"]) expect(words).toContain(header);
  });
});
