// Regressions for the outside probe's findings (issue 13), over real HTTP against the production
// server (scripts/serve.ts): the client address is the socket's, a link cannot sign anyone out,
// next-auth's session endpoint refuses a revoked session, a sign-in's return path cannot break its
// redirect, mutations come only from the portal's own origin, and the demo password stays on the
// sign-in page. Accounts no other spec signs in with, since specs run in parallel against one server.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { sealSessionRef } from "@/lib/auth/forwarded-session";
import { anonymousSession, postCredentials, signInPatiently } from "../authz/http";
import { dbQuery } from "./database";
import { DEMO_PASSWORD, sessionCookies, signIn, signInAs } from "./helpers";

test("a failed sign-in is counted and audited under the socket's address, whatever X-Forwarded-For says", async ({ baseURL }) => {
  const email = `probe-${Date.now()}@example.org`;
  const response = await postCredentials(anonymousSession(baseURL!), email, "wrong password", { "X-Forwarded-For": "7.7.7.8" });
  await response.body?.cancel();
  const attempts = await dbQuery<{ address: string; outcome: string }>(
    `SELECT address, outcome::text FROM "SignInAttempt" WHERE email = $1`,
    [email],
  );
  expect(attempts).toEqual([{ address: "127.0.0.1", outcome: "FAILURE" }]);
  const audited = await dbQuery<{ address: string }>(
    `SELECT after->>'address' AS address FROM "AuditEvent" WHERE action = 'auth.sign-in' AND after->>'email' = $1`,
    [email],
  );
  expect(audited).toEqual([{ address: "127.0.0.1" }]);
});

test("a link to /login?session=ended signs no one out while their session stands", async ({ page }) => {
  await signInAs(page, "liaison.my@example.org");
  await page.goto("/login?session=ended");
  // The sign-in page sends a signed-in visitor home, and the session goes on.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("current-user")).toBeVisible();
  expect(await sessionCookies(page)).toHaveLength(1);
  await page.goto("/activities");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/activities$/);
});

test("next-auth's session endpoint answers only while the session row stands, without its ids", async ({ baseURL }) => {
  const email = "liaison.id@example.org";
  const session = await signInPatiently(baseURL!, email, DEMO_PASSWORD);
  const live = await session.get("/api/auth/session");
  expect(live.status).toBe(200);
  const body = (await live.json()) as { user?: Record<string, unknown> } | null;
  expect(body?.user).toEqual({ name: expect.any(String), email });
  expect(JSON.stringify(body)).not.toMatch(/"(sid|sv|id)"/);

  // Signed out elsewhere (the session row revoked), while this client keeps its cookie.
  await dbQuery(
    `UPDATE "UserSession" SET "revokedAt" = now() WHERE "userId" = (SELECT id FROM "User" WHERE email = $1) AND "revokedAt" IS NULL`,
    [email],
  );
  const revoked = await session.get("/api/auth/session");
  expect(revoked.status).toBe(200);
  expect(await revoked.json()).toBeNull();
});

test("a return path with CR/LF cannot break the sign-in's redirect: the user lands on the dashboard", async ({ page }) => {
  const errors: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.url()}`);
  });
  await page.goto("/login?callbackUrl=%2Factivities");
  await page.locator('input[name="callbackUrl"]').evaluate((input: HTMLInputElement) => (input.value = "/activities\r\nX-Injected: 1"));
  await page.getByLabel("Email").fill("liaison.bn@example.org");
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  expect(errors).toEqual([]);
});

test("next-auth's sign-in callback refuses another site's or no origin, and checks no password", async ({ baseURL }) => {
  const email = `probe-origin-${Date.now()}@example.org`;
  for (const origin of ["https://evil.example", "null"]) {
    const response = await postCredentials(anonymousSession(baseURL!), email, DEMO_PASSWORD, {
      Origin: origin,
      "X-Forwarded-Host": "evil.example",
    });
    expect(response.status).toBe(403);
    await response.body?.cancel();
  }
  expect(await dbQuery(`SELECT 1 FROM "SignInAttempt" WHERE email = $1`, [email])).toEqual([]);
});

test("the demo password is on the sign-in page of a demo, and in no other page's payload", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByText(/demo-password-2026/)).toBeVisible();
  await signIn(page, "liaison.sg@example.org");
  await expect(page.getByTestId("current-user")).toBeVisible();
  for (const path of ["/", "/activities", "/needs"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html.includes('data-testid="current-user"'), `${path} rendered for the signed-in user`).toBe(true);
    expect(html.includes("demo-password"), `${path} carries the demo password`).toBe(false);
  }
});

test("the server writes its errors as JSON lines, an unhandled one's stack as one field", async ({ baseURL }) => {
  const file = process.env.E2E_SERVER_STDERR!;
  // A server action the build does not have: Next reports the error with its stack.
  const response = await fetch(new URL("/activities", baseURL), {
    method: "POST",
    headers: {
      Origin: new URL(baseURL!).origin,
      "Next-Action": "00deadbeef00deadbeef00deadbeef00deadbeef00",
      "Content-Type": "text/plain;charset=UTF-8",
    },
    body: "[]",
  });
  await response.body?.cancel();
  await expect.poll(() => readFileSync(file, "utf8"), { timeout: 10_000 }).toContain("00deadbeef00deadbeef");
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "");
  const notJson = lines.filter((line) => {
    try {
      const entry = JSON.parse(line) as { time?: unknown; level?: unknown; msg?: unknown };
      return typeof entry.time !== "string" || typeof entry.level !== "string" || typeof entry.msg !== "string";
    } catch {
      return true;
    }
  });
  expect(notJson, "lines of the server's stderr that are not one JSON event each").toEqual([]);
  const report = lines
    .map((line) => JSON.parse(line) as { level: string; error?: { stack?: string } })
    .find((entry) => JSON.stringify(entry).includes("00deadbeef00deadbeef"));
  expect(["warn", "error"]).toContain(report?.level);
  expect(report?.error?.stack).toMatch(/Failed to find Server Action[\s\S]*\n\s+at /);
});

test("a session header sent by a client is not believed: the proxy replaces it with the cookie's own", async ({ baseURL }) => {
  // An admin's live session, sealed with the server's own secret: the best forgery there could be.
  await (await signInPatiently(baseURL!, "admin@example.org", DEMO_PASSWORD)).get("/");
  const [admin] = await dbQuery<{ uid: string; sv: number; sid: string }>(
    `SELECT u.id AS uid, u."sessionVersion" AS sv, s.id AS sid FROM "User" u JOIN "UserSession" s ON s."userId" = u.id
     WHERE u.email = 'admin@example.org' AND s."revokedAt" IS NULL ORDER BY s."createdAt" DESC LIMIT 1`,
  );
  const secret = process.env.AUTH_SECRET;
  process.env.AUTH_SECRET = process.env.E2E_AUTH_SECRET;
  const forged = { "x-portal-session": sealSessionRef(admin!)! };
  process.env.AUTH_SECRET = secret;

  // Without a cookie: anonymous, as ever.
  const anonymous = await fetch(new URL("/admin/audit", baseURL), { headers: forged, redirect: "manual" });
  expect(anonymous.status).toBe(307);
  expect(anonymous.headers.get("location")).toContain("/login");
  const api = await fetch(new URL("/api/notifications/unread", baseURL), { headers: forged });
  expect(api.status).toBe(401);

  // With a liaison officer's cookie: the officer, not the admin.
  const officer = await signInPatiently(baseURL!, "liaison.id@example.org", DEMO_PASSWORD);
  const page = await fetch(new URL("/admin/audit", baseURL), { headers: { ...officer.headers(), ...forged }, redirect: "manual" });
  expect(page.status).toBe(404);
  await page.body?.cancel();
});
