// The layout holds on a tablet and a phone: no page scrolls sideways (wide tables scroll inside their
// own frame), and the header's navigation, language switch and sign-out stay reachable.
import { expect, test, type Page } from "@playwright/test";
import { signIn, signInAs } from "./helpers";

const VIEWPORTS = [
  { name: "tablet", width: 768, height: 1024 },
  { name: "phone", width: 390, height: 844 },
];
const PAGES = [
  "/",
  "/framework",
  "/programs",
  "/programs/seed-program-srcp",
  "/activities",
  "/activities/seed-demo-ph-activity",
  "/activities/calendar?month=2026-09",
  "/activities/timeline",
  "/activities/timeline?zoom=month",
  "/states",
  "/states/ph",
  "/plans",
  "/plans/seed-demo-ph-plan",
  "/plans/seed-demo-ph-plan/edit",
  "/needs",
  "/reports",
  "/admin/users",
  "/admin/audit",
];

async function sidewaysOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const viewport of VIEWPORTS) {
  test(`the main pages fit a ${viewport.name} (${viewport.width} px) without scrolling sideways`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    // A failed sign-in puts the claimed email, one long word, on the audit log's page.
    await signIn(page, `${"a".repeat(60)}@${"b".repeat(60)}.example.org`, "wrong-password");
    await expect(page.getByText("Invalid email or password.")).toBeVisible();
    await signInAs(page, "admin@example.org");
    for (const path of PAGES) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect.soft(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
    }
    await expect(page.getByRole("button", { name: "日本語", exact: true })).toBeVisible();
  });
}

test("on a phone the navigation folds behind a menu button, lists turn into cards and the dashboard stays short", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "planner@example.org");
  const nav = page.getByRole("navigation", { name: "Main" });
  const menu = nav.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Activities" })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("link", { name: "Activities" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
  // Following a link closes the menu; it names the page the user is on.
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(menu).toContainText("Activities");

  // Every cell of a row is on the screen: program, host and status under the title, each named by
  // its column (the label drawn before it).
  const row = page.getByRole("table", { name: "Activities" }).locator("tbody tr").first();
  for (const [column, label] of [
    [3, "Program"],
    [4, "Host"],
    [5, "Status"],
  ] as const) {
    const cell = row.locator(`td:nth-child(${column})`);
    await expect(cell).toBeVisible();
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await cell.evaluate((td) => getComputedStyle(td, "::before").content)).toBe(`"${label}: "`);
  }
  await expect(row.locator(".badge").first()).toBeVisible();

  // The column headers stay, as sort links above the cards.
  const table = page.getByRole("table", { name: "Activities" });
  await table.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(table.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");

  // The dashboard folds its lists: a few screens, not the 5,000 px and more it was.
  await page.goto("/");
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(4000);

  // The same in Japanese.
  await page.getByRole("button", { name: "日本語", exact: true }).click();
  await expect(page.getByRole("navigation", { name: "メイン" }).getByRole("button", { name: "メニュー" })).toBeVisible();
  for (const path of ["/", "/activities", "/states/ph"]) {
    await page.goto(path);
    expect.soft(await sidewaysOverflow(page), path).toBeLessThanOrEqual(0);
  }
  await page.getByRole("button", { name: "English", exact: true }).click();
});
