import { expect, test } from "@playwright/test";
import { sessionCookies, signIn, signInAs } from "./helpers";

const accounts = [
  // The role once: not repeated after a name that says it.
  { email: "admin@example.org", role: "Portal Administrator" },
  { email: "planner@example.org", role: "Haruka Sato · Planner" },
  { email: "liaison.ph@example.org", role: "Philippines Liaison Officer (PH)" },
];

for (const account of accounts) {
  test(`${account.email} signs in and out`, async ({ page }) => {
    await signInAs(page, account.email);
    await expect(page.getByTestId("current-user")).toHaveText(`Signed in as ${account.role}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const [cookie] = await sessionCookies(page);
    expect(cookie).toBeDefined();

    // Let link prefetches settle: a late one could otherwise bring a cookie back after sign-out.
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/activities");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Factivities/);
    expect(await sessionCookies(page)).toHaveLength(0);

    // The session was revoked on the server: a copy of the old cookie no longer signs anyone in, and
    // the page says the session has ended. (Whether the browser still holds the dead cookie afterwards
    // depends on prefetches the redirected page started: not asserted, it signs no one in.)
    await page.context().addCookies([cookie!]);
    await page.goto("/activities");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Factivities&session=ended$/);
    await expect(page.getByRole("status").filter({ hasText: "Your session has ended. Please sign in again." })).toBeVisible();
  });
}

test("a wrong password leaves no session and says so without naming the cause", async ({ page }) => {
  await signIn(page, "planner@example.org", "wrong-password");
  await expect(page.getByText("Invalid email or password.")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
  expect(await sessionCookies(page)).toHaveLength(0);
  // The email stays filled in so the user can retry.
  await expect(page.getByLabel("Email")).toHaveValue("planner@example.org");

  // An unknown account gets the very same message.
  await signIn(page, "nobody@example.org", "whatever-password");
  await expect(page.getByText("Invalid email or password.")).toBeVisible();
  expect(await sessionCookies(page)).toHaveLength(0);

  const response = await page.goto("/");
  expect(response?.url()).toContain("/login");
});

test("an anonymous visit goes to /login, and signing in returns to the page asked for", async ({ page }) => {
  await page.goto("/programs");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fprograms/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.getByLabel("Email").fill("planner@example.org");
  await page.getByLabel("Password").fill("demo-password-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/programs$/);
  await expect(page.getByRole("heading", { level: 1, name: "Programs" })).toBeVisible();
});

test("an anonymous API call gets 401, not data", async ({ request }) => {
  const response = await request.get("/api/anything", { maxRedirects: 0 });
  expect(response.status()).toBe(401);
});

test("signing in never sends the user to another site", async ({ browser }) => {
  for (const target of ["https://evil.example.com/", "//evil.example.com/", "/\\evil.example.com/"]) {
    // A fresh context each time: no session, no cookie brought back by a late prefetch.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/login?callbackUrl=${encodeURIComponent(target)}`);
    await page.getByLabel("Email").fill("planner2@example.org");
    await page.getByLabel("Password").fill("demo-password-2026");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("current-user")).toBeVisible();
    expect(new URL(page.url()).host, target).toBe(`127.0.0.1:${process.env.E2E_PORT ?? "3100"}`);
    await context.close();
  }
});
