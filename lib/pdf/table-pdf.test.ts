// The streamed table PDF without a database: rows come from generators written here.
import { describe, expect, it } from "vitest";
import { tablePdfStream, type PdfTable } from "@/lib/pdf/table-pdf";

const table = (rows: AsyncIterable<string[]>): PdfTable => ({
  title: "Activities",
  columns: [
    { header: "Date", width: 1 },
    { header: "Title", width: 3 },
  ],
  rows,
  generatedAt: new Date("2026-11-28T03:00:00Z"),
  footer: (page) => `Page ${page}`,
});

describe("tablePdfStream", () => {
  it("writes a complete PDF", async () => {
    async function* rows() {
      yield ["2025-04-01", "Seminar"];
    }
    const bytes = new Uint8Array(await new Response(tablePdfStream(table(rows()))).arrayBuffer());
    const text = new TextDecoder("latin1").decode(bytes);
    expect(text.startsWith("%PDF-")).toBe(true);
    expect(text.trimEnd().endsWith("%%EOF")).toBe(true);
  });

  it("pulls rows as pages are written, not all at once, and stops pulling when cancelled", async () => {
    let pulled = 0;
    let closed = false;
    async function* rows() {
      try {
        for (let i = 0; i < 10_000; i++) {
          pulled++;
          yield ["2025-04-01", `Activity ${i}`];
        }
      } finally {
        closed = true;
      }
    }
    const reader = tablePdfStream(table(rows())).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(pulled).toBeGreaterThan(0);
    expect(pulled).toBeLessThan(500);
    await reader.cancel();
    expect(closed).toBe(true);
  });

  it("fails the stream, not the process, when the rows fail", async () => {
    async function* rows() {
      for (let i = 0; i < 100; i++) {
        if (i === 60) throw new Error("database gone");
        yield ["2025-04-01", `Activity ${i}`];
      }
    }
    await expect(new Response(tablePdfStream(table(rows()))).arrayBuffer()).rejects.toThrow("database gone");
  });
});
