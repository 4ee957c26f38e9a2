// GET /api/health as a load balancer sees it: the route handler against a real database, then against
// one that cannot be reached.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";

let database: TestDatabase;
const globalForPrisma = globalThis as unknown as { prisma?: unknown };

beforeAll(async () => {
  database = await createTestDatabase("health");
  process.env.DATABASE_URL = database.url;
  // As in a running app, where the pool already holds a connection: a first query also pays for
  // compiling and connecting, which on a loaded CI machine can take longer than the 2 s budget.
  const { db } = await import("@/lib/db/client");
  await db().$queryRaw`SELECT 1`;
});

afterAll(async () => {
  const { db } = await import("@/lib/db/client");
  await db().$disconnect();
  await database?.drop();
});

describe("GET /api/health", () => {
  it("answers 200 with the app and database state only, never cached", async () => {
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(["app", "database", "latencyMs", "status"]);
    expect(body).toMatchObject({ status: "ok", app: "ok", database: "ok" });
    expect(body.latencyMs).toEqual(expect.any(Number));
  });

  it("answers 503 'degraded' when PostgreSQL cannot be reached, without its error text", async () => {
    const { GET } = await import("@/app/api/health/route");
    const { createPrismaClient, db } = await import("@/lib/db/client");
    const working = db();
    // Port 1: nothing listens there, so the connection is refused at once.
    const unreachable = createPrismaClient("postgresql://postgres:postgres@127.0.0.1:1/unreachable");
    globalForPrisma.prisma = unreachable;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(response.headers.get("cache-control")).toBe("no-store");
      const text = await response.text();
      expect(JSON.parse(text)).toMatchObject({ status: "degraded", app: "ok", database: "unavailable" });
      expect(text).not.toMatch(/127\.0\.0\.1|postgres|ECONNREFUSED|reach/i);
    } finally {
      globalForPrisma.prisma = working;
      await unreachable.$disconnect();
    }
  });

  it("gives up after about 2 s on a database that accepts connections but never answers", async () => {
    const { GET } = await import("@/app/api/health/route");
    const { createPrismaClient, db } = await import("@/lib/db/client");
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket)); // accepts, says nothing
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const { port } = silent.address() as net.AddressInfo;
    const working = db();
    const hanging = createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${port}/silent`);
    globalForPrisma.prisma = hanging;
    try {
      const started = performance.now();
      const response = await GET();
      const seconds = (performance.now() - started) / 1000;
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ database: "unavailable" });
      expect(seconds).toBeGreaterThanOrEqual(1.9);
      expect(seconds).toBeLessThan(4);
    } finally {
      globalForPrisma.prisma = working;
      for (const socket of sockets) socket.destroy();
      silent.close();
      await hanging.$disconnect().catch(() => {});
    }
  });
});
