import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { DEMO_PASSWORD, signIn, signInAs } from "./helpers";

// One's own account: the header's name leads to /account, where a user changes their own password.
// A wrong current password is refused beside its field; the change ends the user's session in another
// browser and keeps this one; the new password signs in. On an account of its own (a copy of a
// demo planner), so that no other test's sign-in changes.
const EMAIL = "account.e2e@example.org";

test.beforeAll(async () => {
  await dbQuery(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
     SELECT 'e2e-account-user', $1, 'Account Test Planner', "passwordHash", 'PLANNER', now() FROM "User" WHERE email = 'planner2@example.org'
     ON CONFLICT (email) DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "sessionVersion" = "User"."sessionVersion" + 1`,
    [EMAIL],
  );
});

test("a user changes their own password: refused beside the field when wrong, other sessions ended, this one kept", async ({
  page,
  browser,
}) => {
  // Another browser, signed in as the same user.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInAs(otherPage, EMAIL);

  await signInAs(page, EMAIL);
  await page.getByTestId("current-user").click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  await page.getByLabel("Current password").fill("not my password at all");
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("New password again").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  const current = page.getByLabel("Current password");
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("This is not your current password. Nothing was changed.")).toBeVisible();
  // What was typed stays, to be corrected.
  await expect(page.getByLabel("New password again")).toHaveValue("a brand new passphrase");

  await current.fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password was changed, and your session in 1 other browser was ended.")).toBeVisible();
  await expect(page.getByLabel("New password", { exact: true })).toHaveValue("");

  // This browser goes on; the other is signed out at its next request.
  await page.goto("/plans");
  await expect(page.getByRole("heading", { level: 1, name: "Plans" })).toBeVisible();
  await otherPage.goto("/plans");
  await expect(otherPage).toHaveURL(/\/login/);
  await other.close();

  // The new password signs in; the old one no longer does.
  const fresh = await browser.newContext();
  const freshPage = await fresh.newPage();
  await signIn(freshPage, EMAIL, DEMO_PASSWORD);
  await expect(freshPage).toHaveURL(/\/login/);
  await signIn(freshPage, EMAIL, "a brand new passphrase");
  await expect(freshPage.getByTestId("current-user")).toBeVisible();
  await fresh.close();
});

test("the account page in Japanese", async ({ page }) => {
  await signInAs(page, "liaison.ph@example.org");
  await page.goto("/account");
  await page.getByRole("button", { name: "日本語", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "アカウント" })).toBeVisible();
  await page.getByRole("button", { name: "パスワードを変更" }).click();
  await expect(page.getByLabel("現在のパスワード")).toHaveAttribute("aria-invalid", "true");
});
