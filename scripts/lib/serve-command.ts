// How every launcher (npm start, the e2e server, the benchmark and reliability scripts) runs the
// portal's server: scripts/serve.ts, never `next start` (see that file for why).
import { bin } from "./process";

export function serveCommand(port: string | number, hostname?: string): { command: string; args: string[] } {
  return { command: bin("tsx"), args: ["scripts/serve.ts", "-p", String(port), ...(hostname ? ["-H", hostname] : [])] };
}
