// Two writes that deadlock in PostgreSQL: the one rolled back reaches the user as "another change was
// being saved; try again", not as an unexpected failure. Checked on the error Prisma and the pg adapter
// really throw, not on a hand-made one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseUnavailable, isWriteContention } from "@/lib/errors";
import { createTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("contention");
});

afterAll(async () => {
  await database?.drop();
});

describe("a write that loses a deadlock", () => {
  it("is told apart from an outage and from a defect", async () => {
    const { createPrismaClient } = await import("@/lib/db/client");
    const client = createPrismaClient(database.url);
    try {
      await client.$executeRawUnsafe(`CREATE TABLE contention (id int PRIMARY KEY, n int NOT NULL)`);
      await client.$executeRawUnsafe(`INSERT INTO contention VALUES (1, 0), (2, 0)`);
      let firstHeld!: () => void;
      let secondHeld!: () => void;
      const first = new Promise<void>((resolve) => (firstHeld = resolve));
      const second = new Promise<void>((resolve) => (secondHeld = resolve));
      // Each takes one row, waits until the other has taken its own, then asks for the other's: a cycle.
      const write = (mine: number, theirs: number, held: () => void, other: Promise<void>) =>
        client.$transaction(
          async (tx) => {
            await tx.$executeRawUnsafe(`UPDATE contention SET n = n + 1 WHERE id = ${mine}`);
            held();
            await other;
            await tx.$executeRawUnsafe(`UPDATE contention SET n = n + 1 WHERE id = ${theirs}`);
          },
          { timeout: 20_000 },
        );
      const outcomes = await Promise.allSettled([write(1, 2, firstHeld, second), write(2, 1, secondHeld, first)]);
      const failed = outcomes.filter((outcome) => outcome.status === "rejected");
      expect(failed).toHaveLength(1);
      const error = (failed[0] as PromiseRejectedResult).reason;
      expect(isWriteContention(error)).toBe(true);
      expect(isDatabaseUnavailable(error)).toBe(false);
      expect(isWriteContention(new Error("relation does not exist"))).toBe(false);
    } finally {
      await client.$disconnect();
    }
  });
});
