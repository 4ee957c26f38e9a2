// Resident memory of a process tree (a server and every process it spawned), read from /proc: the
// figure that decides whether a server fits its machine. Linux only.
import { readdir, readFile } from "node:fs/promises";

export const MiB = 1024 * 1024;

/** Parent pid from /proc/<pid>/stat; the command name may hold spaces and parentheses, so parse after the last ")". */
async function parentPid(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
  if (!stat) return undefined;
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[1]); // after the name: state, ppid, ...
}

/** `root` and all its descendants that are alive now. */
export async function processTree(root: number): Promise<number[]> {
  const pids = (await readdir("/proc")).filter((name) => /^\d+$/.test(name)).map(Number);
  const children = new Map<number, number[]>();
  await Promise.all(
    pids.map(async (pid) => {
      const ppid = await parentPid(pid);
      if (ppid !== undefined) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    }),
  );
  const tree: number[] = [];
  for (const queue = [root]; queue.length > 0;) {
    const pid = queue.shift() as number;
    tree.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
}

/** VmRSS of one process in bytes; 0 once it has exited (or for a zombie, which has none). */
async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

/** Total resident memory of the tree under `root`, in bytes. */
export async function treeRss(root: number, tree?: number[]): Promise<number> {
  const sizes = await Promise.all((tree ?? (await processTree(root))).map(rssBytes));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** The tree's RSS when idle: the median of a few samples, so a passing blip does not count. */
export async function baselineRss(root: number, samples = 5, intervalMs = 50): Promise<number> {
  const tree = await processTree(root);
  const values: number[] = [];
  for (let i = 0; i < samples; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, intervalMs));
    values.push(await treeRss(root, tree));
  }
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? 0;
}

export interface RssSummary {
  samples: number;
  peakBytes: number;
  meanBytes: number;
}

/**
 * Samples the tree's RSS every `intervalMs` until stopped. The list of processes is refreshed once a
 * second rather than on every sample: walking all of /proc 20 times a second would cost the measuring
 * process more than reading a few status files.
 */
export class RssSampler {
  private tree: number[] = [];
  private treeReadAt = 0;
  private values: number[] = [];
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private summary: Promise<RssSummary> | undefined;

  constructor(
    private readonly root: number,
    private readonly intervalMs = 50,
    private readonly treeRefreshMs = 1000,
  ) {}

  start(): void {
    const tick = async () => {
      if (Date.now() - this.treeReadAt >= this.treeRefreshMs) {
        this.tree = await processTree(this.root);
        this.treeReadAt = Date.now();
      }
      this.values.push(await treeRss(this.root, this.tree));
    };
    const loop = () => {
      if (this.stopped) return;
      const started = Date.now();
      this.running = tick().finally(() => {
        if (!this.stopped) this.timer = setTimeout(loop, Math.max(0, this.intervalMs - (Date.now() - started)));
      });
    };
    loop();
  }

  /** Stops sampling (one last sample included) and summarises. Later calls give the same summary. */
  stop(): Promise<RssSummary> {
    this.summary ??= (async () => {
      this.stopped = true;
      clearTimeout(this.timer);
      await this.running;
      this.values.push(await treeRss(this.root, this.tree.length > 0 ? this.tree : undefined));
      const peakBytes = Math.max(...this.values);
      const meanBytes = this.values.reduce((sum, v) => sum + v, 0) / this.values.length;
      return { samples: this.values.length, peakBytes, meanBytes };
    })();
    return this.summary;
  }
}
