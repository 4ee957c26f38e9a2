// Throttled sign-in and "Sign out everywhere", as users meet them: five wrong passwords make the
// sixth attempt wait (told how long, in words, whatever the password), and the wait ends by itself;
// an admin's "Sign out everywhere" ends the user's session in another browser at its next request.
// Accounts no other spec signs in with, since specs run in parallel against one server.
import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { DEMO_PASSWORD, sessionCookies, signInAs } from "./helpers";

async function count(sql: string, params: unknown[]): Promise<number> {
  const [row] = await dbQuery<{ n: string }>(sql, params);
  return Number(row?.n ?? 0);
}

test("five wrong passwords make the sixth attempt wait, without a lockout", async ({ page }) => {
  const email = "liaison.kh@example.org";
  const failures = () => count(`SELECT count(*) AS n FROM "SignInAttempt" WHERE email = $1 AND outcome = 'FAILURE'`, [email]);
  const before = await failures();
  const button = page.getByRole("button", { name: "Sign in", exact: true });

  await page.goto("/login");
  for (let i = 1; i <= 5; i++) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await button.click();
    // Recorded on the server, and the form is back (a form action resets the fields when it ends).
    await expect.poll(failures, { intervals: [50] }).toBe(before + i);
    await expect(button).toBeEnabled();
  }
  await expect(page.getByText("Invalid email or password.")).toBeVisible();

  // The sixth, at once and with the right password: refused without checking it.
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await button.click();
  const message = page.getByText(/^Too many attempts\. Wait \d+ seconds? and try again\.$/);
  await expect(message).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  expect(await sessionCookies(page)).toHaveLength(0);
  expect(await failures()).toBe(before + 5);
  const audited = await dbQuery<{ outcome: string }>(
    `SELECT a.after->>'outcome' AS outcome FROM "AuditEvent" a JOIN "User" u ON u.id = a."entityId"
     WHERE a.action = 'auth.sign-in' AND u.email = $1 ORDER BY a.id`,
    [email],
  );
  expect(audited.map((row) => row.outcome).slice(-6)).toEqual(["failure", "failure", "failure", "failure", "failure", "throttled"]);

  // The wait ends by itself: after it, the right password signs in.
  const seconds = Number(/Wait (\d+) second/.exec((await message.textContent()) ?? "")?.[1]);
  expect(seconds).toBeGreaterThan(0);
  expect(seconds).toBeLessThanOrEqual(30);
  await page.waitForTimeout(seconds * 1000 + 200);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await button.click();
  await expect(page.getByTestId("current-user")).toBeVisible();
  // Plain http://127.0.0.1 here: no Secure flag and no prefix (lib/auth/cookies.ts), still HttpOnly and Lax.
  const cookies = await sessionCookies(page);
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ name: "authjs.session-token", httpOnly: true, sameSite: "Lax", path: "/" });
});

test("an admin's 'Sign out everywhere' ends the user's session in another browser at its next request", async ({ browser }) => {
  test.setTimeout(90_000); // two sign-ins
  const email = "liaison.la@example.org";
  const userContext = await browser.newContext();
  const user = await userContext.newPage();
  await signInAs(user, email);
  await user.goto("/activities");
  await expect(user).toHaveURL(/\/activities$/);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInAs(admin, "admin@example.org");
  await admin.goto("/admin/users");
  const row = admin.getByTestId(`user-${email}`);
  await row.locator("summary").click();
  await row.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(row.getByText("Signed out everywhere.")).toBeVisible();

  // The user's very next request finds the session over.
  await user.goto("/activities");
  await expect(user).toHaveURL(/\/login\?callbackUrl=%2Factivities/);
  expect(
    await count(
      `SELECT count(*) AS n FROM "UserSession" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1 AND s."revokedAt" IS NULL`,
      [email],
    ),
  ).toBe(0);
  expect(
    await count(
      `SELECT count(*) AS n FROM "AuditEvent" a JOIN "User" u ON u.id = a."entityId" WHERE u.email = $1 AND a.action = 'user.sign-out-everywhere'`,
      [email],
    ),
  ).toBe(1);

  // The admin's own session goes on.
  await admin.goto("/admin/users");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Users");
  await userContext.close();
  await adminContext.close();
});
