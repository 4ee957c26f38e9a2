import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRow, UTF8_BOM } from "@/lib/exports/csv";
import { neutralise } from "@/lib/exports/neutralise";
import { crlfRecords, csvCopyStream } from "@/lib/exports/csv-copy";
import { parseCsv } from "@/tests/integration/csv";
import { fuzzParameters, spreadsheetText, wellFormed } from "@/tests/fuzz/inputs";

/** A cell as PostgreSQL's COPY ... (FORMAT csv) writes it: quoted for a separator, a quote or a line break. */
const pgCell = (text: string | null) =>
  text === null ? "" : /[",\r\n]/.test(text) || text === "" ? `"${text.replace(/"/g, '""')}"` : text;
const pgCsv = (rows: (string | null)[][]) => rows.map((row) => `${row.map(pgCell).join(",")}\n`).join("");

async function* chunks(bytes: Buffer, cuts: number[]): AsyncGenerator<Uint8Array, void, undefined> {
  let from = 0;
  for (const cut of [...cuts.filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b), bytes.length]) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
}

const read = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

const cell = fc.oneof({ weight: 5, arbitrary: spreadsheetText.map(wellFormed) }, { weight: 1, arbitrary: fc.constant(null) });
const table = fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 });

describe("crlfRecords", () => {
  it("ends records with CRLF and keeps line breaks inside quoted cells", () => {
    const toCrlf = crlfRecords();
    const out = Buffer.from(toCrlf(Buffer.from('a,"x\ny"\n"q""\n",b\n'))).toString();
    expect(out).toBe('a,"x\ny"\r\n"q""\n",b\r\n');
  });

  it("reads PostgreSQL's CSV, cut anywhere, as the same cells in CRLF records", async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.nat(4000), { maxLength: 12 }), async (rows, cuts) => {
        const bytes = Buffer.from(pgCsv(rows));
        const text = (await read(csvCopyStream(["h1", "h2", "h3"], chunks(bytes, cuts)))).toString("utf8");
        expect(text.startsWith(UTF8_BOM + csvRow(["h1", "h2", "h3"]))).toBe(true);
        const body = text.slice(UTF8_BOM.length + csvRow(["h1", "h2", "h3"]).length);
        // The same cells as csv.ts writes them: empty for NULL (and for "", which PostgreSQL quotes).
        expect(parseCsv(body)).toEqual(rows.map((row) => row.map((c) => c ?? "")));
        // Byte for byte csv.ts's rows (neutralising aside: the SQL does it), but for the quoting of ""
        // and of white space at either end.
        if (rows.every((row) => row.every((c) => c === null || (c !== "" && c.trim() === c && neutralise(c) === c))))
          expect(body).toBe(rows.map((row) => csvRow(row)).join(""));
      }),
      fuzzParameters(300),
    );
  });
});

describe("csvCopyStream", () => {
  it("ends the download as failed, without detail, when the database fails mid-file", async () => {
    async function* failing(): AsyncGenerator<Uint8Array, void, undefined> {
      yield Buffer.from("a,b\n");
      throw new Error('relation "secret" does not exist');
    }
    const error = await read(csvCopyStream(["x", "y"], failing())).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).not.toContain("secret");
  });

  it("closes the database reader when the download is cancelled", async () => {
    let closed = false;
    async function* endless(): AsyncGenerator<Uint8Array, void, undefined> {
      try {
        for (;;) yield Buffer.from("row,1\n");
      } finally {
        closed = true;
      }
    }
    const reader = csvCopyStream(["x", "y"], endless()).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    expect(closed).toBe(true);
  });
});
