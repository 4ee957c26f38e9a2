import pg from "pg";

/**
 * A pg client that runs its queries one after the other itself. Prisma's query interpreter may start
 * two statements of one transaction at once (independent parts of one query plan, e.g. the relations
 * of a plan read back after a save), all on the transaction's one connection. pg queues the second
 * until the first is done, but that queue is deprecated ("Calling client.query() when the client is
 * already executing a query ... will be removed in pg@9.0"): here each query waits for the one before,
 * in the same order and with the same results, so that the upgrade cannot break a save.
 */
export class SerialClient extends pg.Client {
  #previous: Promise<unknown> = Promise.resolve();

  // pg's overloads, passed through as they are.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    const first = args[0] as { submit?: unknown } | undefined;
    const direct = () => (super.query as (...a: unknown[]) => unknown)(...args);
    // Callback-style calls and submittables (a COPY stream) keep pg's own handling.
    if (typeof last === "function" || typeof first?.submit === "function") return direct() as never;
    const result = this.#previous.then(direct, direct);
    this.#previous = result.then(
      () => undefined,
      () => undefined,
    );
    return result as never;
  }
}
