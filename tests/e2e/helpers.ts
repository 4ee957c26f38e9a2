import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-password-2026";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, email: string): Promise<void> {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("current-user")).toBeVisible();
}

export async function sessionCookies(page: Page) {
  return (await page.context().cookies()).filter((cookie) => cookie.name.includes("session-token"));
}
