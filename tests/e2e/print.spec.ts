// Pages print as documents: in print media the navigation, forms, buttons and comment box are gone
// while the record is there, and Chromium's "print to PDF" gives a plan of several fiscal years one
// sheet at least per year.
import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

/** The pages of a PDF as Chromium writes it: its page objects (not the /Pages tree). */
const pdfPageCount = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test("a plan prints as a document, a sheet per fiscal year", async ({ page }) => {
  test.setTimeout(90_000);
  const [plan] = await dbQuery<{ id: string; title: string; years: number }>(
    `SELECT p.id, p.title, (SELECT count(*)::int FROM "PlanYear" y WHERE y."planId" = p.id) AS years
     FROM "ProgramPlan" p WHERE p.id = 'seed-demo-ph-plan'`,
  );
  expect(plan!.years).toBeGreaterThan(1);
  await signInAs(page, "planner@example.org");
  await page.goto(`/plans/${plan!.id}`);
  // On screen, the page's tools are there.
  await expect(page.getByRole("navigation").first()).toBeVisible();
  await expect(page.getByTestId("comment-form")).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1 })).toContainText(plan!.title);
  await expect(page.getByTestId("plan-year")).toHaveCount(plan!.years);
  for (const year of await page.getByTestId("plan-year").all()) await expect(year).toBeVisible();
  await expect(page.locator("header")).toBeHidden();
  await expect(page.locator("footer")).toBeHidden();
  await expect(page.getByTestId("comment-form")).toBeHidden();
  await expect(page.getByTestId("current-user")).toBeHidden();
  await expect(page.locator("nav:visible")).toHaveCount(0);
  await expect(page.locator("form:visible")).toHaveCount(0);
  await expect(page.locator("button:visible")).toHaveCount(0);
  // The second fiscal year starts a new sheet; the first does not.
  const breaks = await page.getByTestId("plan-year").evaluateAll((years) => years.map((y) => getComputedStyle(y).breakBefore));
  expect(breaks[0]).not.toBe("page");
  expect(breaks.slice(1).every((b) => b === "page")).toBe(true);
  // Black on white.
  expect(await page.locator("main h1").evaluate((h) => getComputedStyle(h).color)).toBe("rgb(0, 0, 0)");

  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(plan!.years);
  expect(pdfPageCount(pdf)).toBeGreaterThan(1);
});

test("an activity, a need, the review and a report print without the portal's tools", async ({ page }) => {
  test.setTimeout(120_000);
  const [activity] = await dbQuery<{ id: string }>(`SELECT id FROM "Activity" ORDER BY "startDate" DESC, id LIMIT 1`);
  const [need] = await dbQuery<{ id: string }>(`SELECT id FROM "PartnerNeed" ORDER BY id LIMIT 1`);
  await signInAs(page, "planner@example.org");
  await page.emulateMedia({ media: "print" });
  for (const path of [`/activities/${activity!.id}`, `/needs/${need!.id}`, "/review", "/reports"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expect(page.locator("header"), path).toBeHidden();
    await expect(page.locator("nav:visible, form:visible, button:visible"), path).toHaveCount(0);
  }
});
