// Property-based tests of the export writers: whatever text a record holds (formulas, quotes,
// separators, line breaks, control characters, any Unicode), a CSV cell reads back as the neutralised
// text and an XLSX string cell holds it, and no cell starts as a formula would (= + - @ tab CR).
// FUZZ_RUNS runs per property (1,000 by default; `npm run fuzz` runs 10,000).
import ExcelJS from "exceljs";
import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { csvCell, csvRow, UTF8_BOM } from "@/lib/exports/csv";
import { csvStream } from "@/lib/exports/csv-stream";
import { neutralise } from "@/lib/exports/neutralise";
import type { ReportCell } from "@/lib/exports/cell";
import { parseCsv } from "@/tests/integration/csv";
import { FUZZ_RUNS, fuzzParameters, fuzzTimeout, spreadsheetText, Tally, wellFormed, type FuzzCount } from "@/tests/fuzz/inputs";

// lib/exports/xlsx.ts is server-only; under vitest we are the server.
vi.mock("server-only", () => ({}));
const { xlsxStream } = await import("@/lib/exports/xlsx");

/** What a spreadsheet runs as a formula when a cell starts with it (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

const cellValue: fc.Arbitrary<ReportCell> = fc.oneof(
  { weight: 6, arbitrary: spreadsheetText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2026, 1_500_000, -0)) },
  { weight: 1, arbitrary: fc.constant(null) },
);

const rows = fc.array(fc.array(cellValue, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 4 });

async function* generate(list: ReportCell[][]): AsyncGenerator<ReportCell[]> {
  for (const row of list) yield row;
}

async function read(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  return Buffer.from(await new Response(stream).arrayBuffer());
}

/** The text as the CSV file holds it: strings neutralised, numbers as written, nothing as empty; UTF-8. */
const csvText = (value: ReportCell) => wellFormed(value === null ? "" : typeof value === "string" ? neutralise(value) : String(value));

function expectInert(text: string, what: string): void {
  expect(FORMULA_START.test(text), `${what} ${JSON.stringify(text)} starts as a formula`).toBe(false);
}

const counts: FuzzCount[] = [];
afterAll(() =>
  console.log(`export fuzz:\n${counts.map((c) => `  ${c.target.padEnd(40)} ${String(c.runs).padStart(6)} runs  ${c.ms} ms`).join("\n")}`),
);

describe("CSV", () => {
  it(
    "csvCell: any text reads back (RFC 4180) as the neutralised text, never starting as a formula",
    () => {
      const tally = new Tally("exports", "csvCell");
      fc.assert(
        fc.property(spreadsheetText, (text) => {
          tally.accept();
          const parsed = parseCsv(`${csvCell(text)}\r\n`);
          expect(parsed).toEqual([[neutralise(text)]]);
          expectInert(parsed[0]![0]!, "cell");
          // Neutralising only ever adds the apostrophe: the text itself is kept.
          expect([text, `'${text}`]).toContain(neutralise(text));
        }),
        fuzzParameters(),
      );
      counts.push(tally.done());
    },
    fuzzTimeout(FUZZ_RUNS, 1),
  );

  it(
    "csvStream: rows of any cells read back as the header and the neutralised cells, one row per record",
    async () => {
      const tally = new Tally("exports", "csvStream");
      await fc.assert(
        fc.asyncProperty(fc.array(spreadsheetText, { minLength: 1, maxLength: 4 }), rows, async (header, body) => {
          tally.accept();
          const text = (await read(csvStream(header, generate(body)))).toString("utf8");
          expect(text.startsWith(UTF8_BOM)).toBe(true);
          const parsed = parseCsv(text.slice(UTF8_BOM.length));
          expect(parsed).toEqual([header.map(csvText), ...body.map((row) => row.map(csvText))]);
          parsed.forEach((row, r) =>
            row.forEach((cell, c) => {
              const source = r === 0 ? header[c] : body[r - 1]![c];
              if (typeof source === "string") expectInert(cell, `row ${r} cell ${c}`);
            }),
          );
          expect(text).toBe(wellFormed(UTF8_BOM + [header, ...body].map((row) => csvRow(row)).join("")));
        }),
        fuzzParameters(),
      );
      counts.push(tally.done());
    },
    fuzzTimeout(FUZZ_RUNS, 5),
  );
});

// ---------------------------------------------------------------- XLSX

/**
 * The text an XLSX string cell holds for `text`: XML reads CR LF and a lone CR as LF; ExcelJS drops
 * the control characters XML 1.0 cannot carry (U+0000-U+0008, U+000B, U+000C, U+000E-U+001F, U+007F);
 * an unpaired surrogate is written (as UTF-8 must) as U+FFFD.
 */
const XML_DROPPED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function xlsxText(text: string): string {
  return text
    .replace(XML_DROPPED, "")
    .replace(/\r\n?/g, "\n")
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

/** The column names: the app's own translations (reports.columns.*), written as they are. */
const columnName = fc.stringMatching(/^[A-Za-z][A-Za-z ()/]{0,30}$/);

async function xlsxCells(header: string[], body: ReportCell[][]): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await read(xlsxStream("Fuzz: report/1", header, generate(body)))) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const width = Math.max(header.length, ...body.map((row) => row.length));
  const cells: unknown[][] = [];
  for (let r = 1; r <= body.length + 1; r++) {
    const row = sheet.getRow(r);
    cells.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1).value ?? null));
  }
  return cells;
}

// -0 reads back as 0: a spreadsheet number has no sign of zero.
const expectedXlsx = (value: ReportCell | undefined) =>
  value === null || value === undefined
    ? null
    : typeof value === "string"
      ? xlsxText(neutralise(value.replace(XML_DROPPED, ""))) || null
      : value === 0
        ? 0
        : value;
const expectedHeader = (value: string | undefined) => (value === undefined ? null : value);

describe("XLSX", () => {
  const runs = Math.max(100, Math.round(FUZZ_RUNS / 5));

  it(
    `xlsxStream: string cells read back (ExcelJS) as the neutralised text and never start as a formula (${runs} workbooks)`,
    async () => {
      const tally = new Tally("exports", "xlsxStream");
      await fc.assert(
        fc.asyncProperty(fc.array(columnName, { minLength: 1, maxLength: 3 }), rows, async (header, body) => {
          const cells = await xlsxCells(header, body);
          expect(cells[0]).toEqual(cells[0]!.map((_, c) => expectedHeader(header[c])));
          cells.slice(1).forEach((row, index) =>
            row.forEach((cell, c) => {
              const r = index + 1;
              const value = body[index]![c];
              expect(cell, `row ${r + 1} cell ${c + 1} of ${JSON.stringify(value)}`).toEqual(expectedXlsx(value));
              if (typeof cell === "string") expectInert(cell, `row ${r + 1} cell ${c + 1}`);
            }),
          );
          tally.accept();
        }),
        fuzzParameters(runs),
      );
      counts.push(tally.done());
    },
    fuzzTimeout(runs, 40),
  );

  it("a control character or DEL before a formula start does not get past neutralising", async () => {
    const attacks = ['\u0001=HYPERLINK("http://evil.example","x")', "\u000B+1+1", "\u001F@SUM(1)", "\u0000-2+3", "\u007F=1+1"];
    const cells = await xlsxCells(["Title"], [attacks]);
    for (const cell of cells[1]!) expectInert(String(cell), "cell");
  });
});
