import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import type { ReportCell } from "@/lib/exports/cell";

// lib/exports/xlsx.ts is server-only; under vitest we are the server.
vi.mock("server-only", () => ({}));
const { sheetEntryStream, xlsxStream } = await import("@/lib/exports/xlsx");

// Text that deflates slowly and poorly, so that rows come faster than the compressor takes them.
function noise(seed: number, length: number): string {
  let text = "";
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    text += String.fromCharCode(0x41 + (x % 58));
  }
  return text;
}

async function* noisyRows(count: number, pulled: { rows: number }): AsyncGenerator<ReportCell[]> {
  for (let i = 0; i < count; i++) {
    pulled.rows++;
    yield [i, ...Array.from({ length: 10 }, (_, c) => noise(i * 10 + c + 1, 200))];
  }
}

describe("xlsxStream", () => {
  it("finds the stream that carries the sheet's XML to the compressor (ExcelJS internals)", async () => {
    const out = new PassThrough();
    out.resume();
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const sheet = workbook.addWorksheet("Report");
    sheet.addRow(["a"]).commit();
    await new Promise((resolve) => setImmediate(resolve));
    const entry = sheetEntryStream(sheet);
    expect(entry).toBeDefined();
    expect(typeof entry!._writableState?.length).toBe("number");
    sheet.commit();
    await workbook.commit();
  });

  it("does not let the sheet's XML pile up in memory when rows come faster than it is compressed", async () => {
    const pulled = { rows: 0 };
    const rows = 20_000; // about 45 MiB of sheet XML, hard to compress
    const reader = xlsxStream("Report", ["n", ...Array.from({ length: 10 }, (_, i) => `c${i}`)], noisyRows(rows, pulled)).getReader();
    // Rows taken from the source against bytes handed to the reader, at each chunk.
    const progress: { pulled: number; bytes: number }[] = [];
    let bytes = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      progress.push({ pulled: pulled.rows, bytes });
    }
    expect(pulled.rows).toBe(rows);
    // The rows taken but not yet out as compressed bytes (the noise compresses evenly, so bytes per
    // row are about the same all along). Unchecked, they grow with the file: nearly all of them here;
    // with the compressor's backlog bounded, a few hundred.
    const bytesPerRow = bytes / rows;
    const waiting = Math.max(...progress.map((p) => p.pulled - p.bytes / bytesPerRow));
    expect(waiting).toBeLessThan(5_000);
  }, 60_000);
});
