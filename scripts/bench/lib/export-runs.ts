// Downloads of the activities report over HTTP, timed and with the server's memory sampled, beside
// PostgreSQL's own COPY of the same rows: the export part of `npm run bench`.
import { copyCsv } from "./copy";
import { download } from "./http-download";
import type { HttpSession } from "./http-session";
import { baselineRss, MiB, RssSampler } from "./memory";
import { formatNumber } from "./report";
import type { AppServer } from "./server";

// The rows of the CSV export as SQL: the detailsQuery of lib/data/reports/activities.ts with English
// names and without its batch filter (WHERE a.id = ANY(...)). Keep the two in step.
export const ACTIVITY_ROWS_SQL = `
  SELECT a.id, a.title AS title, a.kind::text AS kind, a.status::text AS status,
         to_char(a."startDate", 'YYYY-MM-DD') AS "startDate", to_char(a."endDate", 'YYYY-MM-DD') AS "endDate",
         a."fiscalYear", a.location, a.illustrative, p."nameEn" AS program, h."nameEn" AS host,
         (SELECT string_agg(k."titleEn", '; ' ORDER BY k."sortOrder") FROM "_ActivityToKeyArea" x
            JOIN "KeyArea" k ON k.code = x."B" WHERE x."A" = a.id) AS "keyAreas",
         (SELECT string_agg(m."titleEn", '; ' ORDER BY m."sortOrder") FROM "_ActivityToMeans" x
            JOIN "Means" m ON m.code = x."B" WHERE x."A" = a.id) AS means,
         (SELECT string_agg(s."nameEn", '; ' ORDER BY s."nameEn") FROM "ActivityParticipant" ap
            JOIN "PartnerState" s ON s.code = ap."stateCode" WHERE ap."activityId" = a.id) AS participants
  FROM "Activity" a
  JOIN "Program" p ON p.id = a."programId"
  LEFT JOIN "PartnerState" h ON h.code = a."hostStateCode"
  ORDER BY a.id`;

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
  const results = [
    await measure("csv", runs, (i) => exportRun(app, session, "csv", i)),
    await measure("xlsx", runs, (i) => exportRun(app, session, "xlsx", i)),
    await measure("COPY", runs, (i) => copyRun(databaseUrl, i)),
  ];
  for (const { best } of results) {
    if (best.rows !== activityRows)
      console.warn(`WARNING: ${best.format} gave ${best.rows} rows; the database holds ${activityRows} activities`);
  }
  return results;
}
