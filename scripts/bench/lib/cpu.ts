// CPU time of a process tree (a server and every process it spawned), read from /proc: what one request
// costs the server, whatever the load generator and the database spend beside it. Linux only.
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { processTree } from "./memory";

// /proc counts CPU time in clock ticks; USER_HZ is 100 on every Linux ABI we run on, but ask.
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** User + system CPU of one process so far, in ms; 0 once it has exited. */
async function processCpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (!stat) return 0;
  // After the command name: state (3), ppid, ... utime (14) and stime (15), counted from the state.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

/** CPU the tree under `root` has used so far, in ms (the processes alive now). */
export async function treeCpuMs(root: number): Promise<number> {
  const times = await Promise.all((await processTree(root)).map(processCpuMs));
  return times.reduce((sum, ms) => sum + ms, 0);
}

/** Runs `load` and returns the server tree's CPU time spent meanwhile, in ms, with what `load` returned. */
export async function cpuDuring<T>(root: number, load: () => Promise<T>): Promise<{ cpuMs: number; result: T }> {
  const before = await treeCpuMs(root);
  const result = await load();
  return { cpuMs: (await treeCpuMs(root)) - before, result };
}
