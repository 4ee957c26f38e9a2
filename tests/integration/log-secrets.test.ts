// Passwords, session tokens and AUTH_SECRET never reach the logs. Real failures go through the real
// server-action wrapper (lib/actions/result.ts) and lib/log.ts, against real PostgreSQL, while the
// process's stdout and stderr are captured: a write Prisma refuses (its message dumps the arguments,
// password hash included), an error that echoes the request's cookies and the secret, and a database
// that cannot be reached with a password in its URL.
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { freePort } from "@/scripts/lib/free-port";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";
import { closeDatabase } from "./helpers";

// The action wrapper answers in the user's language; outside Next the messages are their keys.
vi.mock("next-intl/server", () => ({
  getLocale: async () => "en",
  getTranslations: async () => (key: string) => `actions.${key}`,
  getFormatter: async () => ({ dateTime: () => "" }),
}));

const PASSWORD = "Correct-Horse-Battery-Staple-91";
const AUTH_SECRET = randomBytes(32).toString("base64url");
const COOKIE_NAME = "__Secure-authjs.session-token";

let database: TestDatabase;
let sessionToken: string;
let passwordHash: string;
let output: string[];

beforeAll(async () => {
  database = await createTestDatabase("log_secrets");
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = AUTH_SECRET;
  // A session cookie exactly as next-auth issues it (an encrypted JWT).
  sessionToken = await encode({
    token: { uid: "u1", sv: 1, sid: "s1", email: "planner@example.org" },
    secret: AUTH_SECRET,
    salt: COOKIE_NAME,
  });
  const { hashPassword } = await import("@/lib/security/password");
  passwordHash = await hashPassword(PASSWORD);
});

afterAll(async () => {
  delete process.env.AUTH_SECRET;
  await closeDatabase(database);
});

beforeEach(() => {
  output = [];
  const capture = (chunk: unknown) => (output.push(String(chunk)), true);
  vi.spyOn(process.stdout, "write").mockImplementation(capture);
  vi.spyOn(process.stderr, "write").mockImplementation(capture);
});

afterEach(() => {
  vi.restoreAllMocks();
});

function expectNoSecrets(text: string): void {
  // The hash's salt and digest, not its "$argon2id$v=19$..." prefix.
  const hashParts = passwordHash.split("$").slice(-2);
  for (const secret of [PASSWORD, AUTH_SECRET, sessionToken, ...sessionToken.split(".").filter((part) => part.length > 8), ...hashParts]) {
    expect(text).not.toContain(secret);
  }
}

function logLines(): Record<string, unknown>[] {
  return output
    .join("")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("logs never hold a secret", () => {
  it("a write that Prisma refuses: its message dumps the arguments, the password and its hash among them", async () => {
    const { db } = await import("@/lib/db/client");
    const { runAction } = await import("@/lib/actions/result");
    const result = await runAction(() =>
      db().user.create({ data: { email: "new@example.org", name: "New", role: "PLANNER", passwordHash, password: PASSWORD } as never }),
    );

    // The user gets a generic message: no exception text, no stack.
    expect(result).toEqual({ ok: false, error: "actions.unexpected" });
    const lines = logLines();
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(line).toMatchObject({ level: "error", action: "action", outcome: "error" });
    // The log line still explains the failure: name, message and stack of the error.
    const error = line!.error as { name: string; message: string; stack: string };
    expect(error.name).toBe("PrismaClientValidationError");
    expect(error.message).toContain("user.create()");
    expect(error.message).toContain("new@example.org");
    expect(error.stack).toContain("\n");
    // Prisma put both in its message; neither is in the log.
    expect(String((await import("@/lib/log")).redact(error.message))).toContain("[REDACTED]");
    expectNoSecrets(output.join(""));
  });

  it("an error that echoes the request: its session cookie, bearer token and AUTH_SECRET are masked", async () => {
    const { runAction } = await import("@/lib/actions/result");
    const cookie = `${COOKIE_NAME}=${sessionToken}; NEXT_LOCALE=ja`;
    const result = await runAction(async () => {
      throw new Error(`upstream refused ${cookie} (key ${AUTH_SECRET})`, {
        cause: { request: { headers: new Headers({ cookie, authorization: `Bearer ${sessionToken}` }), body: { password: PASSWORD } } },
      });
    });

    expect(result).toEqual({ ok: false, error: "actions.unexpected" });
    const text = output.join("");
    expect(text).toContain("upstream refused");
    expect(text).toContain("NEXT_LOCALE=ja");
    expectNoSecrets(text);
  });

  it("a database that cannot be reached: the password in its URL stays out", async () => {
    const { createPrismaClient } = await import("@/lib/db/client");
    const { runAction } = await import("@/lib/actions/result");
    const client = createPrismaClient(`postgresql://portal:${PASSWORD}@127.0.0.1:${await freePort()}/portal`);
    try {
      const result = await runAction(() => client.user.count());
      expect(result).toEqual({ ok: false, error: "actions.unavailable" });
    } finally {
      await client.$disconnect();
    }
    expect(logLines()).toContainEqual(expect.objectContaining({ level: "error", msg: "database unavailable", outcome: "unavailable" }));
    expectNoSecrets(output.join(""));
  });

  it("fields handed to the logger: password, token and cookie values are masked, the rest kept", async () => {
    const { log } = await import("@/lib/log");
    await log.info("sign-in", {
      action: "auth.sign-in",
      outcome: "success",
      actorId: "u1",
      email: "planner@example.org",
      credentials: { email: "planner@example.org", password: PASSWORD },
      sessionToken,
      request: { headers: { Cookie: `${COOKIE_NAME}=${sessionToken}` } },
      note: `set-cookie: ${COOKIE_NAME}=${sessionToken}; Path=/; HttpOnly`,
    });
    const [line] = logLines();
    expect(line).toMatchObject({ msg: "sign-in", action: "auth.sign-in", outcome: "success", actorId: "u1", email: "planner@example.org" });
    expectNoSecrets(output.join(""));
  });
});
