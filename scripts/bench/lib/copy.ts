// PostgreSQL's own CSV writer as the yardstick for an export: COPY (<query>) TO STDOUT streams the rows
// as fast as the server can produce them, with no application in between.
import { Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { to as copyTo } from "pg-copy-streams";

export interface CopyResult {
  rows: number;
  bytes: number;
  seconds: number;
}

/** Runs COPY (`select`) TO STDOUT as CSV with a header, counting rows and bytes and dropping the data. */
export async function copyCsv(url: string, select: string): Promise<CopyResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const started = process.hrtime.bigint();
    const stream = client.query(copyTo(`COPY (${select}) TO STDOUT WITH (FORMAT csv, HEADER)`));
    let bytes = 0;
    await pipeline(
      stream,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          bytes += chunk.length;
          done();
        },
      }),
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { rows: stream.rowCount, bytes, seconds }; // rowCount: from the server's "COPY n", header excluded
  } finally {
    await client.end().catch(() => {});
  }
}
