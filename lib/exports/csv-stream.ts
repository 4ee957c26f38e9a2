import { csvRow, UTF8_BOM } from "@/lib/exports/csv";
import type { ReportCell } from "@/lib/exports/cell";

// CSV written while it is read: each pull turns a few hundred rows into one chunk, and the next rows
// are read from the database only when the reader has taken the previous ones.

const ROWS_PER_CHUNK = 500;

export function csvStream(header: string[], rows: AsyncGenerator<ReportCell[]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(UTF8_BOM + csvRow(header)));
      },
      async pull(controller) {
        let text = "";
        for (let i = 0; i < ROWS_PER_CHUNK; i++) {
          const next = await rows.next();
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text));
            controller.close();
            return;
          }
          text += csvRow(next.value);
        }
        controller.enqueue(encoder.encode(text));
      },
      async cancel() {
        await rows.return(undefined);
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 1 << 20 }),
  );
}
