import { describe, expect, it } from "vitest";
import { readAhead } from "@/lib/data/reports/read-ahead";

// A chain of reads like a keyset: batch n + 1 needs batch n. Each read is settled by hand, so the test
// sees exactly which reads have started while the consumer holds a batch.
function keyset(total: number) {
  const started: number[] = [];
  const pending = new Map<number, { resolve: (batch: number | undefined) => void; reject: (error: Error) => void }>();
  const read = (previous: number | undefined) => {
    const n = previous === undefined ? 0 : previous + 1;
    started.push(n);
    return new Promise<number | undefined>((resolve, reject) => pending.set(n, { resolve, reject }));
  };
  const settle = async (n: number, error?: Error) => {
    await until(() => pending.has(n));
    const read = pending.get(n)!;
    pending.delete(n);
    if (error) read.reject(error);
    else read.resolve(n < total ? n : undefined);
  };
  return { read, started, settle, inFlight: () => [...pending.keys()] };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

describe("readAhead", () => {
  it("yields every batch in order and ends when a read returns undefined", async () => {
    const chain = keyset(5);
    const reader = readAhead(chain.read, 2);
    const got: number[] = [];
    const done = (async () => {
      for await (const batch of reader) got.push(batch);
    })();
    for (let n = 0; n <= 5; n++) await chain.settle(n);
    await done;
    expect(got).toEqual([0, 1, 2, 3, 4]);
  });

  it("reads while the consumer holds a batch, but never more than `depth` batches ahead", async () => {
    const chain = keyset(100);
    const reader = readAhead(chain.read, 1);
    const first = reader.next();
    await chain.settle(0);
    expect((await first).value).toBe(0);
    // The consumer is busy with batch 0: batch 1 is read meanwhile, and nothing after it.
    await until(() => chain.started.includes(1));
    await chain.settle(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chain.started).toEqual([0, 1]);
    // Taking batch 1 lets batch 2 be read.
    expect((await reader.next()).value).toBe(1);
    await until(() => chain.started.includes(2));
    expect(chain.started).toEqual([0, 1, 2]);
    await chain.settle(2);
    await reader.return(undefined);
  });

  it("reads nothing ahead with depth 0 (a preview)", async () => {
    const chain = keyset(100);
    const reader = readAhead(chain.read, 0);
    const first = reader.next();
    await chain.settle(0);
    expect((await first).value).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(chain.started).toEqual([0]);
    await reader.return(undefined);
    expect(chain.started).toEqual([0]);
  });

  it("on cancel, starts no new read and waits for the one in flight", async () => {
    const chain = keyset(100);
    const reader = readAhead(chain.read, 2);
    const first = reader.next();
    await chain.settle(0);
    await first;
    await until(() => chain.inFlight().includes(1));
    let returned = false;
    const cancelled = reader.return(undefined).then(() => (returned = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(returned).toBe(false); // batch 1 is still being read
    await chain.settle(1);
    await cancelled;
    expect(chain.started).toEqual([0, 1]);
    expect(chain.inFlight()).toEqual([]);
  });

  it("throws a failed read at its turn, without an unhandled rejection before it", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const chain = keyset(100);
      const reader = readAhead(chain.read, 1);
      const first = reader.next();
      await chain.settle(0);
      expect((await first).value).toBe(0);
      // Batch 1 fails while the consumer is still busy with batch 0.
      await chain.settle(1, new Error("connection lost"));
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
      await expect(reader.next()).rejects.toThrow("connection lost");
      expect(chain.started).toEqual([0, 1]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
