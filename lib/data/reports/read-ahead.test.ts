import { describe, expect, it } from "vitest";
import { readAhead } from "@/lib/data/reports/read-ahead";

// Reads like a keyset's: key page n + 1 needs page n, and each page's contents are loaded apart. Every
// read is settled by hand, so the test sees exactly which reads have started while the consumer holds
// a batch.
function manual<T>() {
  const started: number[] = [];
  const pending = new Map<number, { resolve: (value: T) => void; reject: (error: Error) => void }>();
  const start = (n: number) => {
    started.push(n);
    return new Promise<T>((resolve, reject) => pending.set(n, { resolve, reject }));
  };
  const settle = async (n: number, value: T | Error) => {
    await until(() => pending.has(n));
    const read = pending.get(n)!;
    pending.delete(n);
    if (value instanceof Error) read.reject(value);
    else read.resolve(value);
  };
  return { start, started, settle, inFlight: () => [...pending.keys()] };
}

function keyset(pages: number) {
  const keys = manual<number | undefined>();
  const loads = manual<string>();
  const next = (previous: number | undefined) => keys.start(previous === undefined ? 0 : previous + 1);
  return {
    keys,
    loads,
    reader: (depth: number) => readAhead(next, (page: number) => loads.start(page), depth),
    /** Settles key page n (the end past the last page) and its load. */
    async page(n: number) {
      await keys.settle(n, n < pages ? n : undefined);
      if (n < pages) await loads.settle(n, `batch ${n}`);
    },
  };
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("readAhead", () => {
  it("yields every batch in order and ends when the key pages end", async () => {
    const chain = keyset(5);
    const got: string[] = [];
    const done = (async () => {
      for await (const batch of chain.reader(2)) got.push(batch);
    })();
    for (let n = 0; n <= 5; n++) await chain.page(n);
    await done;
    expect(got).toEqual(["batch 0", "batch 1", "batch 2", "batch 3", "batch 4"]);
  });

  it("reads while the consumer holds a batch, but never more than `depth` batches ahead", async () => {
    const chain = keyset(100);
    const reader = chain.reader(1);
    const first = reader.next();
    await chain.page(0);
    expect((await first).value).toBe("batch 0");
    // The consumer is busy with batch 0: batch 1 is read meanwhile, and nothing after it.
    await chain.page(1);
    await pause();
    expect(chain.keys.started).toEqual([0, 1]);
    expect(chain.loads.started).toEqual([0, 1]);
    // Taking batch 1 lets batch 2 be read.
    expect((await reader.next()).value).toBe("batch 1");
    await until(() => chain.keys.started.includes(2));
    expect(chain.keys.started).toEqual([0, 1, 2]);
    await chain.page(2);
    await reader.return(undefined);
  });

  it("loads the batches ahead at once, each as soon as its keys are known", async () => {
    const chain = keyset(100);
    const reader = chain.reader(2);
    const first = reader.next();
    await chain.page(0);
    await first;
    await chain.keys.settle(1, 1);
    await chain.keys.settle(2, 2);
    await until(() => chain.loads.inFlight().length === 2);
    expect(chain.loads.inFlight()).toEqual([1, 2]);
    await pause();
    expect(chain.keys.started).toEqual([0, 1, 2]); // no third batch ahead
    await chain.loads.settle(1, "batch 1");
    await chain.loads.settle(2, "batch 2");
    await reader.return(undefined);
  });

  it("reads nothing ahead with depth 0 (a preview)", async () => {
    const chain = keyset(100);
    const reader = chain.reader(0);
    const first = reader.next();
    await chain.page(0);
    expect((await first).value).toBe("batch 0");
    await pause();
    expect(chain.keys.started).toEqual([0]);
    await reader.return(undefined);
    expect(chain.keys.started).toEqual([0]);
  });

  it("on cancel, starts no new read and waits for those in flight", async () => {
    const chain = keyset(100);
    const reader = chain.reader(2);
    const first = reader.next();
    await chain.page(0);
    await first;
    await until(() => chain.keys.inFlight().includes(1));
    let returned = false;
    const cancelled = reader.return(undefined).then(() => (returned = true));
    await pause();
    expect(returned).toBe(false); // key page 1 is still being read
    await chain.keys.settle(1, 1);
    await cancelled;
    // Nothing was loaded from key page 1, and no page after it was asked for.
    await pause();
    expect(chain.keys.started).toEqual([0, 1]);
    expect(chain.loads.started).toEqual([0]);
  });

  it("waits on cancel for a load in flight", async () => {
    const chain = keyset(100);
    const reader = chain.reader(1);
    const first = reader.next();
    await chain.page(0);
    await first;
    await chain.keys.settle(1, 1);
    await until(() => chain.loads.inFlight().includes(1));
    let returned = false;
    const cancelled = reader.return(undefined).then(() => (returned = true));
    await pause();
    expect(returned).toBe(false);
    await chain.loads.settle(1, "batch 1");
    await cancelled;
    expect(chain.keys.started).toEqual([0, 1]);
  });

  it("throws a failed read at its turn, without an unhandled rejection before it", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const chain = keyset(100);
      const reader = chain.reader(1);
      const first = reader.next();
      await chain.page(0);
      expect((await first).value).toBe("batch 0");
      // Batch 1 fails while the consumer is still busy with batch 0.
      await chain.keys.settle(1, 1);
      await chain.loads.settle(1, new Error("connection lost"));
      await pause();
      expect(unhandled).toEqual([]);
      const failed = expect(reader.next()).rejects.toThrow("connection lost");
      await chain.keys.settle(2, 2); // asked for before the failure was seen; nothing is loaded from it
      await failed;
      expect(chain.loads.started).toEqual([0, 1]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
