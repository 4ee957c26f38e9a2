import { describe, expect, it } from "vitest";
import { ConflictError, isDatabaseUnavailable, isDatabaseUnavailableDigest, markDatabaseUnavailable } from "@/lib/errors";

// The shapes Prisma 7 with @prisma/adapter-pg throws (seen while PostgreSQL was stopped and restarted).
const prismaError = (code: string, cause?: Record<string, unknown>, message = "Invalid invocation") =>
  Object.assign(new Error(message), { code, meta: cause ? { driverAdapterError: { cause } } : { modelName: "User" } });

describe("isDatabaseUnavailable", () => {
  it("recognises an unreachable server, a connection cut by a restart and a pool timeout", () => {
    expect(isDatabaseUnavailable(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "DatabaseNotReachable" }))).toBe(true); // a raw query
    expect(isDatabaseUnavailable(prismaError("P2039", { kind: "postgres", originalCode: "57P01", code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "postgres", originalCode: "57P03" }))).toBe(true); // starting up
    expect(isDatabaseUnavailable(prismaError("P2024"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Client has encountered a connection error and is not queryable"))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error("wrapped", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) })),
    ).toBe(true);
  });

  it("leaves query errors and the app's own refusals alone", () => {
    expect(isDatabaseUnavailable(prismaError("P2002", { kind: "UniqueConstraintViolation" }))).toBe(false);
    expect(isDatabaseUnavailable(prismaError("P2010", { kind: "postgres", originalCode: "42P01" }))).toBe(false);
    expect(isDatabaseUnavailable(new ConflictError({ version: 2, updatedAt: new Date(), updatedBy: null, values: {} }))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("markDatabaseUnavailable", () => {
  it("gives an outage a digest the error page recognises, once, and other errors none", () => {
    const outage = prismaError("P1001", { kind: "DatabaseNotReachable" }) as Error & { digest?: string };
    markDatabaseUnavailable(outage);
    expect(isDatabaseUnavailableDigest(outage.digest)).toBe(true);
    const first = outage.digest;
    markDatabaseUnavailable(outage);
    expect(outage.digest).toBe(first);

    const defect = new TypeError("x is undefined") as Error & { digest?: string };
    markDatabaseUnavailable(defect);
    expect(defect.digest).toBeUndefined();
    expect(isDatabaseUnavailableDigest("1234567890")).toBe(false);
    expect(isDatabaseUnavailableDigest(undefined)).toBe(false);
  });
});
