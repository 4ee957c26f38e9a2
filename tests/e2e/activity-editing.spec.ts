import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

async function violations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")})`,
  );
}

// The planner's journey with an activity: a refused save keeps what was typed and says what is wrong
// beside the field; fixed, it saves and shows on its page; then it is edited and its history shows.
test("a planner creates an activity, fixes a reversed date range, saves it and edits it", async ({ page }) => {
  const title = `Diving medicine workshop ${Date.now()}`;
  await signInAs(page, "planner@example.org");
  await page.goto("/activities");
  await page.getByRole("link", { name: "New activity" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New activity");

  await page.getByLabel("Program", { exact: true }).selectOption("seed-program-bilateral-vn");
  // The program's partner is proposed as a participant; its need answers rule H1.
  await expect(page.getByLabel("State", { exact: true }).first()).toHaveValue("VN");
  await page.getByRole("group", { name: "Partner needs answered" }).getByRole("checkbox").first().check();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Location").fill("Nha Trang");
  await page.getByLabel("Start date").fill("2026-11-10");
  await page.getByLabel("End date").fill("2026-11-05");
  await page.getByLabel("People").first().fill("18");
  await page.getByRole("button", { name: "Create activity" }).click();

  // Refused: the message sits beside the end date, and everything typed is still there.
  const endDate = page.getByLabel("End date");
  await expect(page.locator("#activity-endDate-errors")).toHaveText("The end date cannot come before the start date.");
  await expect(endDate).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByTestId("save-feedback")).toContainText("Nothing was saved");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Location")).toHaveValue("Nha Trang");
  await expect(page.getByLabel("Start date")).toHaveValue("2026-11-10");
  await expect(endDate).toHaveValue("2026-11-05");
  await expect(page).toHaveURL(/\/activities\/new$/);

  await endDate.fill("2026-11-12");
  await page.getByRole("button", { name: "Create activity" }).click();
  await expect(page).toHaveURL(/\/activities\/(?!new)[\w-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText("FY2026")).toBeVisible();
  const panel = page.getByTestId("principles-panel");
  await expect(panel.locator('[data-rule="H1"]')).toHaveAttribute("data-verdict", "passed");
  await expect(page.getByTestId("history")).toContainText("Created");

  await page.getByRole("link", { name: "Edit", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit activity: ${title}`);
  await page.getByLabel("Title", { exact: true }).fill(`${title} (revised)`);
  await page.getByLabel("Status").selectOption("CONFIRMED");
  await page.getByRole("button", { name: "Save activity" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (revised)`);
  await expect(page.getByText("Confirmed").first()).toBeVisible();
  const latest = page.getByTestId("history").locator("li").first();
  await expect(latest).toContainText("Edited");
  await expect(latest).toContainText("Title");
  await expect(latest).toContainText("Status");
});

test("the principles refuse an activity and say which rule, beside the field concerned", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/activities/new?program=seed-program-bilateral-vn");
  await page.getByLabel("Title", { exact: true }).fill("Activity without a cited need");
  await page.getByLabel("Start date").fill("2026-12-01");
  await page.getByLabel("End date").fill("2026-12-02");
  await page.getByRole("button", { name: "Create activity" }).click();
  await expect(page.getByTestId("save-feedback")).toContainText("H1 · Heart-to-heart");
  await expect(page.locator("#activity-needIds-errors")).toContainText("H1 · Heart-to-heart");
  await expect(page).toHaveURL(/\/activities\/new/);
});

test("a liaison officer is offered no editing and gets 404 on the editor", async ({ page }) => {
  await signInAs(page, "liaison.vn@example.org");
  await page.goto("/activities");
  await expect(page.getByRole("link", { name: "New activity" })).toHaveCount(0);
  await page.goto("/activities/seed-demo-vn-activity");
  await expect(page.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
  await expect(page.getByTestId("history")).toHaveCount(0);
  for (const url of [
    "/activities/new",
    "/activities/seed-demo-vn-activity/edit",
    "/programs/new",
    "/programs/seed-program-bilateral-vn/edit",
  ]) {
    expect((await page.goto(url))?.status(), url).toBe(404);
  }
});

test("the editors, the principles panel and the history have no WCAG A/AA violations", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "planner@example.org");
  for (const path of [
    "/activities/new?program=seed-program-srcp&fy=2026",
    "/activities/seed-demo-ph-activity",
    "/activities/seed-demo-ph-activity/edit",
    "/programs/new",
    "/programs/seed-program-srcp/edit",
  ]) {
    await page.goto(path);
    expect(await violations(page), path).toEqual([]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  }
  // With the server's errors and rules shown beside the fields.
  await page.goto("/activities/new?program=seed-program-srcp&fy=2026");
  await page.getByRole("button", { name: "Remove participating state 1", exact: true }).click();
  await page.getByRole("button", { name: "Create activity" }).click();
  await expect(page.getByTestId("save-feedback")).toBeVisible();
  expect(await violations(page), "errors shown").toEqual([]);
});
