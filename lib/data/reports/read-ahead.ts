// Reads a report's batches while the rows already read are being written, so that PostgreSQL and Node
// work at the same time (on a 2-core server, each on its own core) instead of taking turns. Each read
// needs the one before it (its keyset cursor), so the reads form a chain; the chain runs on its own,
// without waiting for the writer, but never more than `depth` batches ahead of it: memory stays flat
// (depth + 1 batches at most) however many rows the report has.

/**
 * Yields the batches `read` returns, in order, until it returns undefined. `read` gets the previous
 * batch (undefined for the first). A reader that stops early (a cancelled download) starts no new read
 * and waits for the one in flight, so that none is left running on a connection after it has ended.
 */
export async function* readAhead<B>(read: (previous: B | undefined) => Promise<B | undefined>, depth: number): AsyncGenerator<B> {
  const queue: Promise<B | undefined>[] = [];
  const enqueue = (batch: Promise<B | undefined>) => {
    // Handled now and thrown by the `await` below when its turn comes: a failure while earlier
    // batches are being written must not be an unhandled rejection.
    batch.catch(() => {});
    queue.push(batch);
  };
  let stopped = false;
  let last = read(undefined);
  enqueue(last);
  try {
    for (;;) {
      while (queue.length <= depth) {
        last = last.then((previous) => (previous === undefined || stopped ? undefined : read(previous)));
        enqueue(last);
      }
      const batch = await queue.shift()!;
      if (batch === undefined) return;
      yield batch;
    }
  } finally {
    stopped = true;
    await Promise.allSettled(queue);
  }
}
