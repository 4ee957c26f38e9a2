import { csvRow, UTF8_BOM } from "@/lib/exports/csv";

// A CSV that PostgreSQL wrote (COPY ... TO STDOUT WITH (FORMAT csv)), passed on as bytes: the byte-order
// mark and the header line first (the header is the reader's language, written as csv.ts writes it),
// then PostgreSQL's rows with each record's LF made CRLF (RFC 4180, and what csv.ts writes), line
// breaks inside quoted cells left as they are. PostgreSQL quotes a cell only for a separator, a quote
// or a line break, and writes an empty string as ""; the report's SQL writes empty text as NULL (an
// empty cell) and csv.ts also quotes white space at either end: such a cell differs in its bytes, not
// in what an RFC 4180 reader reads.

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const CHUNK_BYTES = 64 * 1024;

/** Turns record-ending LFs into CRLF across chunks; a quote toggles "inside a cell" ("" toggles twice). */
export function crlfRecords(): (chunk: Uint8Array) => Uint8Array {
  let quoted = false;
  const ends: number[] = [];
  return (chunk) => {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    ends.length = 0;
    let quote = bytes.indexOf(QUOTE);
    for (let lf = bytes.indexOf(LF); lf !== -1; lf = bytes.indexOf(LF, lf + 1)) {
      while (quote !== -1 && quote < lf) {
        quoted = !quoted;
        quote = bytes.indexOf(QUOTE, quote + 1);
      }
      if (!quoted) ends.push(lf);
    }
    while (quote !== -1) {
      quoted = !quoted;
      quote = bytes.indexOf(QUOTE, quote + 1);
    }
    if (ends.length === 0) return bytes;
    const out = Buffer.allocUnsafe(bytes.length + ends.length);
    let from = 0;
    let to = 0;
    for (const lf of ends) {
      to += bytes.copy(out, to, from, lf);
      out[to++] = CR;
      out[to++] = LF;
      from = lf + 1;
    }
    bytes.copy(out, to, from);
    return out;
  };
}

export function csvCopyStream(header: string[], body: AsyncGenerator<Uint8Array, void, undefined>): ReadableStream<Uint8Array> {
  const toCrlf = crlfRecords();
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(new TextEncoder().encode(UTF8_BOM + csvRow(header)));
      },
      async pull(controller) {
        // PostgreSQL's rows arrive a socket read at a time (10 KiB or so): pass them on in fewer,
        // larger chunks, each one write to the client.
        const parts: Uint8Array[] = [];
        let size = 0;
        try {
          while (size < CHUNK_BYTES) {
            const next = await body.next();
            if (next.done) {
              if (size) controller.enqueue(toCrlf(parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)));
              controller.close();
              return;
            }
            parts.push(next.value);
            size += next.value.byteLength;
          }
          controller.enqueue(toCrlf(parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)));
        } catch {
          // Logged where it happened (lib/db/copy.ts); the download ends as failed, without detail.
          controller.error(new Error("the report could not be completed"));
        }
      },
      async cancel() {
        await body.return(undefined);
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 1 << 20 }),
  );
}
