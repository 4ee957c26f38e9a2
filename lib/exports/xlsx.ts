import "server-only";
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { neutralise } from "@/lib/exports/neutralise";
import type { ReportCell } from "@/lib/exports/cell";

// XLSX written while it is read: ExcelJS's streaming writer commits each row into the zip as it
// goes, and rows are pulled from the database only when the reader has room and the compressor has
// caught up (see pull below), so the server holds a few batches at most whatever the row count. No
// styles and no shared-strings table: both would keep state for every row.

/** Excel's sheet size: 1,048,576 rows, the header included. */
export const EXCEL_MAX_ROWS = 1_048_576;

export function exceedsExcelRows(dataRows: number): boolean {
  return dataRows + 1 > EXCEL_MAX_ROWS;
}

const ROWS_PER_PULL = 500;

/** Sheet XML that may wait for the compressor before pull waits for it to catch up. */
const XML_BACKLOG = 1 << 20;

// ExcelJS (4.4) hands each committed row's XML to the zip entry's stream without waiting for the
// compressor (its StreamBuf ignores backpressure): when rows come faster than zlib deflates them,
// the XML piles up there - hundreds of MiB for a million rows. pull waits for that stream to drain
// when its backlog passes XML_BACKLOG. It is found through ExcelJS's internals (the worksheet's
// stream and what that pipes into); lib/exports/xlsx.test.ts fails if an upgrade moves them.
interface EntryStream extends Writable {
  _writableState?: { length: number };
}

export function sheetEntryStream(sheet: ExcelJS.Worksheet): EntryStream | undefined {
  return (sheet as unknown as { stream?: { pipes?: EntryStream[] } }).stream?.pipes?.[0];
}

function drained(entry: EntryStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of ["drain", "close", "error"]) entry.off(event, done);
      resolve();
    };
    for (const event of ["drain", "close", "error"]) entry.on(event, done);
  });
}

// ExcelJS drops C0 control characters (other than tab, CR, LF) and DEL when it writes a cell: drop them
// first, or "\u0001=HYPERLINK(...)" would pass neutralise() and be written as "=HYPERLINK(...)".
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const cell = (value: ReportCell) => (typeof value === "string" ? neutralise(value.replace(CONTROL, "")) : value);

export function xlsxStream(sheetName: string, header: string[], rows: AsyncGenerator<ReportCell[]>): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, " ").slice(0, 31));
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        out.on("data", (chunk: Buffer) => controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)));
        out.on("end", () => controller.close());
        out.on("error", (error) => controller.error(error));
        sheet.addRow(header).commit();
      },
      async pull(controller) {
        if (finished) return;
        try {
          for (let i = 0; i < ROWS_PER_PULL; i++) {
            const next = await rows.next();
            if (next.done) {
              finished = true;
              sheet.commit();
              await workbook.commit(); // ends `out`, which closes the stream
              return;
            }
            sheet.addRow(next.value.map(cell)).commit();
          }
          const entry = sheetEntryStream(sheet);
          if (entry && (entry._writableState?.length ?? 0) > XML_BACKLOG) await drained(entry);
        } catch (error) {
          finished = true;
          out.destroy();
          controller.error(error);
        }
      },
      async cancel() {
        finished = true;
        out.destroy();
        await rows.return(undefined);
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 1 << 20 }),
  );
}
