// The database client's connections run one query at a time themselves (lib/db/serial-client.ts):
// Prisma may start two statements of one transaction at once, and pg's own queue for that is
// deprecated (removed in pg@9). Against the test server, with queries issued together.
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { SerialClient } from "@/lib/db/serial-client";

const url = process.env.TEST_DATABASE_ADMIN_URL!;
const clients: pg.Client[] = [];

async function connected<C extends pg.Client>(client: C): Promise<C> {
  clients.push(client);
  await client.connect();
  return client;
}

/** How many queries pg holds in its own queue right after three are issued together. */
async function queuedInPg(client: pg.Client): Promise<{ queued: number; results: unknown[] }> {
  const pending = [client.query("SELECT pg_sleep(0.05), 1 AS n"), client.query("SELECT 2 AS n"), client.query("SELECT 3 AS n")];
  const queued = (client as unknown as { _queryQueue: unknown[] })._queryQueue.length;
  const results = (await Promise.all(pending)).map((result) => result.rows[0]?.n);
  return { queued, results };
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.end()));
});

describe("a connection of the app's pool", () => {
  it("issues overlapping queries one after the other, in order, with the same results", async () => {
    const plain = await queuedInPg(await connected(new pg.Client({ connectionString: url })));
    expect(plain.queued).toBeGreaterThan(0); // what pg@9 will refuse
    const serial = await queuedInPg(await connected(new SerialClient({ connectionString: url })));
    expect(serial.queued).toBe(0);
    expect(serial.results).toEqual([1, 2, 3]);
  });

  it("passes a failure to its own query only: the next ones still run", async () => {
    const client: pg.Client = await connected(new SerialClient({ connectionString: url }));
    const [failed, next] = await Promise.allSettled([client.query("SELECT 1/0"), client.query("SELECT 4 AS n")]);
    expect(failed.status).toBe("rejected");
    expect(next.status === "fulfilled" && next.value.rows[0]).toEqual({ n: 4 });
  });
});
