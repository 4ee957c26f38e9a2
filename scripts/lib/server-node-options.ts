// Node's flags for the portal's server process, the same for `npm start` and the benchmarks.
//
// --max-semi-space-size=32 (MiB; Node 20's default is 16): a report export allocates a batch's rows,
// strings and chunks faster than a 16 MiB young generation lets them die young, so they were promoted
// and collected later by full GCs. Measured by `npm run bench` on 1,000,000 activities: the CSV export
// went from about 40,000 to 57,000 rows/s; pages render slightly faster; the heap may use ~48 MiB more.
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=32"];

/** NODE_OPTIONS for the server: the caller's own options first, then ours (a later flag wins in Node). */
export function serverNodeOptions(existing: string | undefined): string {
  return [existing?.trim(), ...SERVER_NODE_FLAGS].filter(Boolean).join(" ");
}
