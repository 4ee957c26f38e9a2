import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("a filtered activity list keeps its filter in the URL and after reload", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/activities");
  const total = await page.getByTestId("activity-count").textContent();

  await page.getByLabel("Fiscal year").selectOption("2019");
  await page.getByLabel("Status").selectOption("CONDUCTED");
  await page.getByRole("button", { name: "Apply filters" }).click();

  await expect(page).toHaveURL(/fy=2019/);
  await expect(page).toHaveURL(/status=CONDUCTED/);
  const filtered = await page.getByTestId("activity-count").textContent();
  expect(filtered).not.toBe(total);
  const rows = page.locator("table tbody tr");
  expect(await rows.count()).toBeGreaterThan(0);
  for (const text of await rows.allTextContents()) {
    expect(text).toContain("FY2019");
    expect(text).toContain("Conducted");
  }

  await page.reload();
  await expect(page.getByLabel("Fiscal year")).toHaveValue("2019");
  await expect(page.getByLabel("Status")).toHaveValue("CONDUCTED");
  await expect(page.getByTestId("activity-count")).toHaveText(filtered ?? "");
});

test("the program filter carries only its choice until it is used, then offers the programs in scope", async ({ page }) => {
  await signInAs(page, "liaison.ph@example.org");
  await page.goto("/activities?program=seed-program-bilateral-ph");
  const program = page.getByLabel("Program", { exact: true });
  // As the page came: "any" and the program chosen.
  expect(await program.locator("option").count()).toBe(2);
  await expect(program).toHaveValue("seed-program-bilateral-ph");

  await program.focus();
  await expect(program.locator("option[value='seed-program-srcp']")).toHaveCount(1);
  await expect(program).toHaveValue("seed-program-bilateral-ph");
  // The Philippines' officer is offered no other state's bilateral program.
  await expect(program.locator("option[value='seed-program-bilateral-vn']")).toHaveCount(0);

  await program.selectOption("seed-program-srcp");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/program=seed-program-srcp/);
  for (const text of await page.locator("table tbody tr").allTextContents()) expect(text).toContain("Ship Rider");
});

test("the activity detail is reachable from the list", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/activities?q=Ship%20Rider");
  const first = page.locator("table tbody tr a[href^='/activities/']").first();
  const title = await first.textContent();
  await first.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title ?? "");
  await expect(page.getByRole("heading", { name: "Participating states" })).toBeVisible();
});

test("the main pages render for a liaison officer", async ({ page }) => {
  await signInAs(page, "liaison.tl@example.org");
  for (const [path, heading] of [
    ["/framework", "Strategic framework"],
    ["/programs", "Programs"],
    ["/activities", "Activities"],
    ["/states", "Partner states"],
    ["/states/tl", "Timor-Leste"],
    ["/needs", "Partner needs"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
  }
});
