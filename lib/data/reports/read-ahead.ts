// Reads a report's batches while the rows already read are being written, so that PostgreSQL and Node
// work at the same time instead of taking turns. A batch is read in two steps: its keys (a keyset
// page, which needs the previous page's last key) and then its contents. The key pages form a chain
// that runs on its own, without waiting for the writer; each batch's contents are loaded as soon as
// its keys are known, so with `depth` > 1 several loads run at once, each on its own connection. Never
// more than `depth` batches are read ahead of the writer: memory stays flat (depth + 1 batches at
// most) however many rows the report has.

/**
 * Yields `load(keys)` for each key page that `next` returns, in order, until `next` returns undefined.
 * `next` gets the previous key page (undefined for the first). A reader that stops early (a cancelled
 * download) starts no new read and waits for those in flight, so that none is left running on a
 * connection after it has ended.
 */
export async function* readAhead<K, B>(
  next: (previous: K | undefined) => Promise<K | undefined>,
  load: (keys: K) => Promise<B>,
  depth: number,
): AsyncGenerator<B> {
  const queue: Promise<B | undefined>[] = [];
  let stopped = false;
  let keys = next(undefined);
  const enqueue = () => {
    const batch = keys.then((page) => (page === undefined || stopped ? undefined : load(page)));
    // Handled now and thrown by the `await` below when its turn comes: a failure while earlier
    // batches are being written must not be an unhandled rejection.
    batch.catch(() => {});
    queue.push(batch);
  };
  enqueue();
  try {
    for (;;) {
      while (queue.length <= depth) {
        keys = keys.then((previous) => (previous === undefined || stopped ? undefined : next(previous)));
        enqueue();
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
