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
