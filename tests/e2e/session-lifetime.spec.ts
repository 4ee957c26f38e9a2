// Sessions end after one hour idle and eight hours in all, whatever the browser keeps. The cookie is
// re-signed here with the server's secret, as only someone holding that secret could.
import { expect, test, type Page } from "@playwright/test";
import { decode, encode } from "next-auth/jwt";
import { sessionCookies, signInAs } from "./helpers";

const secret = process.env.E2E_AUTH_SECRET!;

async function rewriteSession(page: Page, change: (token: Record<string, unknown>) => Record<string, unknown>, maxAge = 3600) {
  // Let the page's link prefetches finish, then leave the portal: a request still in flight would
  // bring a freshly issued cookie back over ours (its answer's Set-Cookie is taken even once the page
  // that sent it is gone, seen under load).
  if (page.url().startsWith("http")) await page.waitForLoadState("networkidle");
  await page.goto("about:blank");
  const [cookie] = await sessionCookies(page);
  const salt = cookie!.name;
  const token = await decode({ token: cookie!.value, secret, salt });
  expect(token?.uid).toBeTruthy();
  const value = await encode({ token: change(token!), secret, salt, maxAge });
  await page.context().addCookies([{ ...cookie!, value }]);
}

test("a session signed in more than eight hours ago ends, even while active", async ({ page }) => {
  await signInAs(page, "planner2@example.org");
  // Still valid at seven hours...
  await rewriteSession(page, (token) => ({ ...token, signedInAt: Math.floor(Date.now() / 1000) - 7 * 3600 }));
  await page.goto("/activities");
  await expect(page).toHaveURL(/\/activities$/);
  // ...not past eight.
  await rewriteSession(page, (token) => ({ ...token, signedInAt: Math.floor(Date.now() / 1000) - 8 * 3600 - 60 }));
  await page.goto("/activities");
  await expect(page).toHaveURL(/\/login/);
});

test("a session idle for more than an hour ends", async ({ page }) => {
  await signInAs(page, "planner2@example.org");
  // A token whose expiry (last activity + 1 hour) has passed.
  await rewriteSession(page, (token) => token, -60);
  await page.goto("/activities");
  await expect(page).toHaveURL(/\/login/);
});

test("each request renews the idle timeout", async ({ page }) => {
  await signInAs(page, "planner2@example.org");
  const before = (await sessionCookies(page))[0]!.expires;
  await page.waitForTimeout(1100);
  await page.goto("/framework");
  const after = (await sessionCookies(page))[0]!.expires;
  expect(after).toBeGreaterThan(before);
  expect(after - Date.now() / 1000).toBeLessThanOrEqual(3600);
});
