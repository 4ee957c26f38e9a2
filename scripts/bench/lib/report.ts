// How benchmark results are shown and kept: a plain-text table for the terminal, the machine they were
// measured on (figures mean little without it), and the same as JSON under bench-results/.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { withClient } from "../../lib/database";

export const RESULTS_DIR = "bench-results";

export interface Machine {
  cpuModel: string;
  cores: number;
  totalMemoryBytes: number;
  platform: string;
  node: string;
  postgres: string;
}

export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const postgres = await withClient(
    databaseUrl,
    async (client) =>
      (await client.query<{ version: string }>("SELECT current_setting('server_version') AS version")).rows[0]?.version ?? "unknown",
  );
  const cpus = os.cpus();
  return {
    cpuModel: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    totalMemoryBytes: os.totalmem(),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    postgres: `PostgreSQL ${postgres}`,
  };
}

export function machineLine(machine: Machine): string {
  const memory = (machine.totalMemoryBytes / 1024 ** 3).toFixed(1);
  return `${machine.cpuModel}, ${machine.cores} cores, ${memory} GiB; ${machine.platform}; Node ${machine.node}; ${machine.postgres}`;
}

/** 12345.6 -> "12,346"; digits > 0 keeps decimals. */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A table with a header rule; numbers (and "-" for none) are right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const numeric = (cell: string) => cell === "-" || /^[-+]?[\d,.]+[x%]?$/.test(cell);
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (numeric(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
      .join(" | ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...rows.map(line)].join("\n");
}

/** Local date and time for file names: 2026-11-28-2215 (no colons, sorts by time). */
export function fileStamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}-${pad(date.getHours())}${pad(date.getMinutes())}`;
}

/** Writes `data` as bench-results/<name>-<date>.json and returns the path. */
export async function writeResults(name: string, date: Date, data: unknown): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}-${fileStamp(date)}.json`);
  await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
  return file;
}
