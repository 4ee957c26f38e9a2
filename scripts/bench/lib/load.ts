// A closed-loop load generator, as autocannon runs one: `connections` workers, each sending its next
// request as soon as the previous one has answered, for a fixed time after a warm-up. Written here
// rather than taken from autocannon because the same loop must also drive the reference (the page's
// SQL through raw pg), and autocannon reports p97.5 where the targets speak of p95.
import http from "node:http";

export interface LatencyStats {
  connections: number;
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface LoadOptions {
  connections: number;
  /** Measured time; requests that end after it are not started. */
  durationMs: number;
  /** Time under the same load before measuring starts (JIT, pools, caches). */
  warmupMs: number;
}

/** Milliseconds at a percentile of sorted `values` (nearest rank). */
function percentileOf(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Milliseconds at a percentile of `values`, in any order (nearest rank). */
export function percentile(values: number[], p: number): number {
  return percentileOf(
    [...values].sort((a, b) => a - b),
    p,
  );
}

export function latencyStats(latencies: number[], connections: number, errors: number, seconds: number): LatencyStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    connections,
    requests: sorted.length,
    errors,
    seconds,
    requestsPerSecond: Math.round((sorted.length / seconds) * 10) / 10,
    p50: round(percentileOf(sorted, 50)),
    p95: round(percentileOf(sorted, 95)),
    p99: round(percentileOf(sorted, 99)),
    max: round(sorted[sorted.length - 1] ?? 0),
  };
}

/**
 * Runs `task` in a closed loop on `connections` workers; each worker's n-th call gets its worker index.
 * A task that throws counts as an error (and is not timed); more than a few errors abort the run.
 */
export async function closedLoop(task: (worker: number) => Promise<void>, options: LoadOptions): Promise<LatencyStats> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: unknown;
  const warmupEnds = performance.now() + options.warmupMs;
  const ends = warmupEnds + options.durationMs;
  const worker = async (index: number) => {
    while (performance.now() < ends) {
      const started = performance.now();
      try {
        await task(index);
      } catch (error) {
        errors++;
        firstError ??= error;
        if (errors > 10) throw firstError;
        continue;
      }
      if (started >= warmupEnds) latencies.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => worker(i)));
  return latencyStats(latencies, options.connections, errors, options.durationMs / 1000);
}

/**
 * A GET that reads the whole body, on a keep-alive agent of `connections` sockets (one per worker, as
 * autocannon keeps them). Rejects on any status but 200, so that a redirect to /login never passes
 * for a fast page.
 */
export function httpGetTask(url: string, headers: Record<string, string>, connections: number): () => Promise<void> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  return () =>
    new Promise<void>((resolve, reject) => {
      const request = http.get(url, { headers, agent }, (response) => {
        response.on("data", () => {});
        response.on("end", () => (response.statusCode === 200 ? resolve() : reject(new Error(`GET ${url}: HTTP ${response.statusCode}`))));
        response.on("error", reject);
      });
      request.on("error", reject);
    });
}
