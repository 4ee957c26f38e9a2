// Downloads of the activities report over HTTP, timed and with the server's memory sampled, beside
// PostgreSQL's own COPY of the same rows: the export part of `npm run bench`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Prisma } from "@/generated/prisma/client";
import { ACTIVITY_JOINS, ACTIVITY_TABLE, activityColumns } from "@/lib/data/reports/activity-columns";
import { selectColumns } from "@/lib/data/reports/sql-columns";
import { inlineSql } from "@/lib/db/sql-literal";
import { copyCsv } from "./copy";
import { download } from "./http-download";
import type { HttpSession } from "./http-session";
import { baselineRss, MiB, RssSampler } from "./memory";
import { formatNumber } from "./report";
import type { AppServer } from "./server";

// The reference: COPY of the activities report's own SELECT (lib/data/reports/activity-columns.ts, the
// one definition the export reads), with the English labels as an English reader gets them, every
// activity (no scope, no filter), without the CSV's formula neutralising: the same rows as the export.
const en = JSON.parse(readFileSync(join(process.cwd(), "messages/en.json"), "utf8")) as { enums: Record<string, Record<string, string>> };
const englishEnum = (key: string) => {
  const [namespace, value] = key.split(".") as [string, string];
  return en.enums[namespace]?.[value] ?? key;
};
export const ACTIVITY_ROWS_SQL = inlineSql(
  selectColumns(
    activityColumns({ ja: false, enumLabel: englishEnum, yes: "yes" }),
    Prisma.sql`FROM ${ACTIVITY_TABLE} ${ACTIVITY_JOINS} ORDER BY a.id`,
  ),
);

export type ExportFormat = "csv" | "xlsx" | "COPY";

export interface ExportRun {
  format: ExportFormat;
  run: number;
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSecond: number;
  firstByteSeconds?: number;
  /** The `next start` process tree; not measured for COPY (that work is PostgreSQL's). */
  baselineRssMiB?: number;
  peakRssMiB?: number;
  rssSamples?: number;
}

export interface ExportMeasure {
  format: ExportFormat;
  best: ExportRun;
  runs: ExportRun[];
}

export const mib = (bytes: number) => Math.round((bytes / MiB) * 10) / 10;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function exportRun(app: AppServer, session: HttpSession, format: "csv" | "xlsx", run: number): Promise<ExportRun> {
  const url = `${app.baseUrl}/api/reports/activities?format=${format}`;
  const baseline = await baselineRss(app.pid);
  const sampler = new RssSampler(app.pid, 50);
  sampler.start();
  const result = await download(url, session.headers()).finally(() => sampler.stop());
  const memory = await sampler.stop();
  if (result.status !== 200) {
    throw new Error(`GET ${url}: HTTP ${result.status}: ${result.head.toString("utf8").slice(0, 300)}`);
  }
  const announced = Number(result.headers["x-row-count"]);
  let rows: number;
  if (format === "csv") {
    rows = result.crlfLines - 1; // the header line
    if (rows !== announced) console.warn(`  WARNING: the CSV holds ${rows} rows but X-Row-Count says ${announced}`);
  } else {
    if (result.head.subarray(0, 2).toString("latin1") !== "PK") throw new Error(`GET ${url}: the body is not an XLSX (zip) file`);
    rows = announced;
  }
  return {
    format,
    run,
    rows,
    bytes: result.bytes,
    seconds: result.seconds,
    rowsPerSecond: rows / result.seconds,
    firstByteSeconds: result.firstByteSeconds,
    baselineRssMiB: mib(baseline),
    peakRssMiB: mib(memory.peakBytes),
    rssSamples: memory.samples,
  };
}

async function copyRun(url: string, run: number): Promise<ExportRun> {
  const result = await copyCsv(url, ACTIVITY_ROWS_SQL);
  return {
    format: "COPY",
    run,
    rows: result.rows,
    bytes: result.bytes,
    seconds: result.seconds,
    rowsPerSecond: result.rows / result.seconds,
  };
}

function describeRun(r: ExportRun): string {
  const memory = r.peakRssMiB === undefined ? "" : `, RSS ${r.baselineRssMiB} -> ${r.peakRssMiB} MiB (${r.rssSamples} samples)`;
  const firstByte = r.firstByteSeconds === undefined ? "" : `, first byte ${r.firstByteSeconds.toFixed(3)} s`;
  return (
    `  ${r.format} run ${r.run}: ${formatNumber(r.rows)} rows, ${mib(r.bytes)} MiB in ${r.seconds.toFixed(3)} s ` +
    `(${formatNumber(r.rowsPerSecond)} rows/s${firstByte})${memory}`
  );
}

async function measure(format: ExportFormat, runs: number, once: (run: number) => Promise<ExportRun>): Promise<ExportMeasure> {
  const done: ExportRun[] = [];
  for (let i = 1; i <= runs; i++) {
    await pause(1000); // let the previous request's garbage settle
    const result = await once(i);
    console.log(describeRun(result));
    done.push(result);
  }
  const best = done.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { format, best, runs: done };
}

/**
 * One download of each format first, untimed, as the page latencies are measured after a warm-up: a
 * fresh server's first export loads and compiles the route's modules (close to a second), a cost of
 * its first download rather than of the rows. The CSV (flat in memory) holds one fiscal year; the XLSX
 * no row at all, so that the memory of the runs that follow starts where a fresh server's does.
 */
async function warmUp(app: AppServer, session: HttpSession): Promise<void> {
  for (const query of ["format=csv&fyFrom=2024&fyTo=2024", "format=xlsx&q=no-activity-is-called-this"]) {
    const url = `${app.baseUrl}/api/reports/activities?${query}`;
    const result = await download(url, session.headers());
    if (result.status !== 200) throw new Error(`GET ${url}: HTTP ${result.status}: ${result.head.toString("utf8").slice(0, 300)}`);
  }
}

/**
 * CSV, XLSX and COPY of every activity, `runs` times each; the fastest run of each counts (its peak
 * memory with it). Warns when a format's row count is not the database's.
 */
export async function measureExports(
  app: AppServer,
  session: HttpSession,
  databaseUrl: string,
  activityRows: number,
  runs: number,
): Promise<ExportMeasure[]> {
  await warmUp(app, session);
  // COPY right after the CSV, so that the two are measured in the same state of the machine.
  const csv = await measure("csv", runs, (i) => exportRun(app, session, "csv", i));
  const copy = await measure("COPY", runs, (i) => copyRun(databaseUrl, i));
  const results = [csv, await measure("xlsx", runs, (i) => exportRun(app, session, "xlsx", i)), copy];
  for (const { best } of results) {
    if (best.rows !== activityRows)
      console.warn(`WARNING: ${best.format} gave ${best.rows} rows; the database holds ${activityRows} activities`);
  }
  return results;
}
