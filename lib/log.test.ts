import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { formatLogLine, log, redact } from "@/lib/log";

const JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTEiLCJpYXQiOjE3MDB9.c2lnbmF0dXJlLWJ5dGVzLWhlcmU";
// next-auth's session cookie is a JWE: five parts, the second empty ("dir" key management).
const JWE = "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0..aXZpdml2aXZpdml2aXY.Y2lwaGVydGV4dC1jaXBoZXJ0ZXh0.dGFnLXRhZy10YWc";
const ARGON = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo";

const parse = (line: string) => JSON.parse(line) as Record<string, unknown>;

describe("formatLogLine", () => {
  it("is one line of JSON with the standard fields first, then the others", () => {
    const line = formatLogLine(
      "info",
      "plan saved",
      { action: "plan.save", outcome: "success", actorId: "u1", requestId: "req-12345678", planId: "p9" },
      new Date("2026-04-01T00:00:00Z"),
    );
    expect(line).not.toContain("\n");
    expect(Object.keys(parse(line))).toEqual(["time", "level", "msg", "requestId", "actorId", "action", "outcome", "planId"]);
    expect(parse(line)).toMatchObject({ time: "2026-04-01T00:00:00.000Z", level: "info", msg: "plan saved", planId: "p9" });
  });

  it("leaves out the fields that are not given", () => {
    expect(Object.keys(parse(formatLogLine("warn", "hello")))).toEqual(["time", "level", "msg"]);
  });

  it("keeps a multi-line message on one line", () => {
    expect(formatLogLine("error", "first\nsecond").split("\n")).toHaveLength(1);
  });
});

describe("redact", () => {
  it("masks secret keys at any depth, whatever their case or separators", () => {
    const out = redact({
      email: "planner@example.org",
      user: { Password: "hunter2-password", PASSWORD_HASH: ARGON, profile: { apiKey: "k-123456789", name: "Aiko" } },
      headers: { Cookie: "a=b", authorization: "Basic abc", "X-CSRF-Token": "csrf-value-1" },
      list: [{ sessionToken: "opaque-session-value" }, { newPassword: "another-password" }],
      AUTH_SECRET: "the-auth-secret-value",
      client_secret: "client-secret-value",
      session: { id: "s1" },
      emptyPassword: null,
    }) as Record<string, unknown>;
    expect(out).toEqual({
      email: "planner@example.org",
      user: { Password: "[REDACTED]", PASSWORD_HASH: "[REDACTED]", profile: { apiKey: "[REDACTED]", name: "Aiko" } },
      headers: { Cookie: "[REDACTED]", authorization: "[REDACTED]", "X-CSRF-Token": "[REDACTED]" },
      list: [{ sessionToken: "[REDACTED]" }, { newPassword: "[REDACTED]" }],
      AUTH_SECRET: "[REDACTED]",
      client_secret: "[REDACTED]",
      session: "[REDACTED]",
      emptyPassword: null,
    });
  });

  it("masks JWTs, session cookies, bearer tokens, URL passwords and password hashes inside any text", () => {
    const text = [
      `token ${JWT} and ${JWE}`,
      `Cookie: __Secure-authjs.session-token=opaque123456; authjs.csrf-token=abc%7Cdef; theme=dark`,
      "GET /reset?token=reset-token-value&lang=en",
      "Authorization: Bearer abcdefghijklmnop",
      "postgresql://portal:db-password-1@127.0.0.1:5432/portal",
      `hash ${ARGON}`,
      `{"password":"json-password-1","name":"Aiko"}`,
      "data: { email: 'a@b.c', passwordHash: 'inspect-hash-1' }",
    ].join("\n");
    const out = redact({ note: text }) as { note: string };
    for (const secret of [
      JWT,
      JWE,
      "opaque123456",
      "abc%7Cdef",
      "reset-token-value",
      "abcdefghijklmnop",
      "db-password-1",
      ARGON,
      "json-password-1",
      "inspect-hash-1",
    ]) {
      expect(out.note).not.toContain(secret);
    }
    // What is not secret stays readable.
    for (const kept of ["theme=dark", "lang=en", "127.0.0.1:5432/portal", "Aiko", "a@b.c"]) expect(out.note).toContain(kept);
  });

  it("masks a JWT wherever it sits: in a message, an array, a Map, Headers", () => {
    const line = formatLogLine("error", `refused ${JWT}`, {
      tokens: [JWT],
      map: new Map([["k", JWT]]),
      request: new Headers({ cookie: `authjs.session-token=${JWE}`, "user-agent": "test" }),
    });
    expect(line).not.toContain(JWT.split(".")[1]);
    expect(line).not.toContain(JWE.split(".")[3]);
    expect(parse(line).request).toEqual({ cookie: "[REDACTED]", "user-agent": "test" });
  });

  it("masks the values of secret environment variables wherever they appear", () => {
    vi.stubEnv("AUTH_SECRET", "Zm9vYmFyLXNlY3JldC1rZXktdmFsdWUtMTIzNDU2");
    try {
      const line = formatLogLine("error", "config dump", {
        detail: "key=Zm9vYmFyLXNlY3JldC1rZXktdmFsdWUtMTIzNDU2 in use",
        error: new Error("bad Zm9vYmFyLXNlY3JldC1rZXktdmFsdWUtMTIzNDU2"),
      });
      expect(line).not.toContain("Zm9vYmFyLXNlY3JldC1rZXktdmFsdWUtMTIzNDU2");
      expect(line).toContain("[REDACTED]");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("logs an Error with its name, message, stack, extra fields and cause, secrets masked", () => {
    const cause = Object.assign(new Error(`connect failed for postgresql://app:pw-123456@db:5432/x`), { code: "ECONNREFUSED" });
    const error = Object.assign(new TypeError(`bad cookie authjs.session-token=${JWE}`, { cause }), {
      meta: { target: ["email"], password: "meta-password" },
    });
    const entry = parse(formatLogLine("error", "action failed", { error })).error as Record<string, unknown>;
    expect(entry.name).toBe("TypeError");
    expect(entry.message).toBe("bad cookie authjs.session-token=[REDACTED]");
    expect(entry.stack).toMatch(/^TypeError: bad cookie authjs\.session-token=\[REDACTED\]\n\s+at /);
    expect(entry.meta).toEqual({ target: ["email"], password: "[REDACTED]" });
    expect(entry.cause).toMatchObject({
      name: "Error",
      code: "ECONNREFUSED",
      message: "connect failed for postgresql://app:[REDACTED]@db:5432/x",
    });
    expect(JSON.stringify(entry)).not.toContain("pw-123456");
  });

  it("keeps stack traces readable: file names that hold a secret-looking word are not values", () => {
    const stack = "Error: boom\n    at check (/app/lib/auth/session-policy.ts:12:5)\n    at /app/tests/log-secrets.test.ts:84:7";
    expect(redact(stack)).toBe(stack);
  });

  it("copes with cycles, bigints, dates, buffers and very long strings", () => {
    const cyclic: Record<string, unknown> = { name: "a" };
    cyclic.self = cyclic;
    const shared = { v: 1 };
    const out = redact({
      cyclic,
      pair: [shared, shared],
      big: 12n,
      at: new Date("2026-01-02T03:04:05Z"),
      bytes: Buffer.from("secret!"),
      long: "x".repeat(20_000),
    }) as Record<string, unknown>;
    expect(out.cyclic).toEqual({ name: "a", self: "[Circular]" });
    expect(out.pair).toEqual([{ v: 1 }, { v: 1 }]);
    expect(out.big).toBe("12");
    expect(out.at).toBe("2026-01-02T03:04:05.000Z");
    expect(out.bytes).toBe("[7 bytes]");
    expect((out.long as string).length).toBeLessThan(16_100);
  });

  it("stays fast on long base64 blobs", () => {
    const blob = "QUJD".repeat(4_000);
    const started = performance.now();
    redact({ blob: `${blob}token${blob}` });
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("log", () => {
  let out: string[];
  let err: string[];
  beforeEach(() => {
    out = [];
    err = [];
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (err.push(String(chunk)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  it("writes errors and warnings to stderr, the rest to stdout, one line each", async () => {
    await log.error("export failed", { action: "report.export", outcome: "failure", error: new Error("boom") });
    await log.info("exported", { action: "report.export", outcome: "success" });
    expect(err).toHaveLength(1);
    expect(out).toHaveLength(1);
    expect(err[0]!.endsWith("}\n")).toBe(true);
    expect(parse(err[0]!)).toMatchObject({
      level: "error",
      msg: "export failed",
      outcome: "failure",
      error: { name: "Error", message: "boom" },
    });
  });

  it("works outside a request (scripts, tests): no request id unless given", async () => {
    await log.info("no request");
    await log.info("given", { requestId: "req-abcdef12" });
    expect(parse(out[0]!)).not.toHaveProperty("requestId");
    expect(parse(out[1]!).requestId).toBe("req-abcdef12");
  });

  it("still logs the event when a field cannot be read", async () => {
    const hostile = {
      get detail(): string {
        throw new Error("getter exploded");
      },
    };
    await log.error("export failed", { action: "report.export", outcome: "error", context: hostile });
    expect(parse(err[0]!)).toMatchObject({
      msg: "export failed",
      action: "report.export",
      outcome: "error",
      logFailure: "getter exploded",
    });
  });

  it("drops levels below LOG_LEVEL (info by default)", async () => {
    await log.debug("hidden");
    vi.stubEnv("LOG_LEVEL", "debug");
    await log.debug("shown");
    expect(out.map((line) => parse(line).msg)).toEqual(["shown"]);
  });
});
