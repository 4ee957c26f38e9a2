// Downloads a response to the end without keeping it, timing the first and the last byte: what a
// user waits for when a report is saved. node:http rather than fetch, so that the client adds as little
// of its own work as possible (no web-stream layer) to what is measured.
import http from "node:http";

export interface Download {
  status: number;
  headers: http.IncomingHttpHeaders;
  bytes: number;
  /** Lines ended by CRLF (the CSV writers' line end). */
  crlfLines: number;
  /** From sending the request to the first byte of the body, and to the last. */
  firstByteSeconds: number;
  seconds: number;
  /** The first bytes of the body, to tell a file from an error message. */
  head: Buffer;
}

const HEAD_BYTES = 512;

export function download(url: string, headers: Record<string, string> = {}): Promise<Download> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    const request = http.get(url, { headers, agent: false }, (response) => {
      let bytes = 0;
      let crlfLines = 0;
      let lastWasCr = false;
      let firstByteSeconds = 0;
      const head: Buffer[] = [];
      let headBytes = 0;
      response.on("data", (chunk: Buffer) => {
        if (bytes === 0) firstByteSeconds = elapsed();
        bytes += chunk.length;
        if (headBytes < HEAD_BYTES) {
          head.push(chunk.subarray(0, HEAD_BYTES - headBytes));
          headBytes += Math.min(chunk.length, HEAD_BYTES - headBytes);
        }
        // A CRLF may straddle two chunks.
        if (lastWasCr && chunk[0] === 0x0a) crlfLines++;
        for (let i = chunk.indexOf(0x0a, 1); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
          if (chunk[i - 1] === 0x0d) crlfLines++;
        }
        lastWasCr = chunk[chunk.length - 1] === 0x0d;
      });
      response.once("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          bytes,
          crlfLines,
          firstByteSeconds,
          seconds: elapsed(),
          head: Buffer.concat(head),
        }),
      );
      response.once("error", reject);
      response.once("close", () => {
        if (!response.complete) reject(new Error(`the connection closed before the end of the response to ${url}`));
      });
    });
    request.once("error", reject);
  });
}
