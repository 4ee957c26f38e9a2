// The portal's HTTP server in production: Next.js's request handler behind a plain Node server, so
// that the client's address is the socket's and forwarded headers are trusted only as TRUSTED_PROXY
// says (lib/security/forwarded-headers.ts). `next start` gives no such hook.
//
//   tsx scripts/serve.ts [-p PORT] [-H HOST]     (PORT and HOST from the environment otherwise)
//
// Serves the build of NEXT_DIST_DIR (else .next); NODE_ENV is production.
import { createServer } from "node:http";
import next from "next";
import { trustedProxyHops } from "../lib/auth/client-address";
import { settleForwardedHeaders } from "../lib/security/forwarded-headers";

function option(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  (process.env as Record<string, string>).NODE_ENV = "production";
  const port = Number(option("-p") ?? process.env.PORT ?? 3000);
  const hostname = option("-H") ?? process.env.HOST ?? undefined;
  const hops = trustedProxyHops();

  const app = next({ dev: false, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    // A client that goes away before its body is read (after a refusal, say) makes the request emit
    // "aborted"; nothing is left to answer, and unheard it would surface as an uncaught exception.
    request.on("error", () => {});
    settleForwardedHeaders(request.headers, request.socket.remoteAddress, hops);
    void handle(request, response);
  });
  const stop = () => {
    server.close();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  server.listen(port, hostname, () => {
    console.log(`portal listening on http://${hostname ?? "0.0.0.0"}:${port}${hops > 0 ? ` (trusting ${hops} proxy hop(s))` : ""}`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
