// Administration: an admin creates a liaison officer who can then sign in, sees the change in the
// audit log; the admin pages do not exist for anyone else.
import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { signIn, signInAs } from "./helpers";

test("an admin creates a liaison officer, who signs in; the audit log shows the change", async ({ browser }) => {
  test.setTimeout(90_000);
  const admin = await browser.newPage();
  await signInAs(admin, "admin@example.org");
  await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Users");
  const email = `liaison.th.${Date.now()}@example.org`;
  const form = admin.locator("form").filter({ has: admin.getByRole("button", { name: "Create the user" }) });
  await form.getByLabel("Name").fill("Test Thai Liaison");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("LIAISON");
  await form.getByLabel("Bound state").selectOption("TH");
  await form.getByLabel("Initial password").fill("a-long-enough-password");
  await form.getByRole("button", { name: "Create the user" }).click();
  await expect(admin.getByText("The user was created.")).toBeVisible();
  const [row] = await dbQuery<{ role: string; stateCode: string }>('SELECT role::text, "stateCode" FROM "User" WHERE email = $1', [email]);
  expect(row).toEqual({ role: "LIAISON", stateCode: "TH" });

  await admin.goto(`/admin/audit?actor=admin%40example.org`);
  // The newest event is the creation; opening it shows the new user's values.
  const event = admin.locator("details").filter({ hasText: email }).first();
  await expect(event.locator("summary")).toContainText("user.create");
  await event.locator("summary").click();
  await expect(event.getByText(email).first()).toBeVisible();
  await admin.context().close();

  const officer = await browser.newPage();
  await signIn(officer, email, "a-long-enough-password");
  await expect(officer.getByTestId("current-user")).toContainText("Liaison officer (TH)");
  await officer.context().close();
});

test("the admin pages do not exist for a planner or a liaison officer", async ({ browser }) => {
  test.setTimeout(90_000); // two sign-ins, four pages
  for (const email of ["planner@example.org", "liaison.ph@example.org"]) {
    // A fresh context each: a late prefetch of the first session must not sign the second in.
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, email);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toHaveCount(0);
    for (const path of ["/admin/users", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), `${email} ${path}`).toBe(404);
    }
    await context.close();
  }
});
