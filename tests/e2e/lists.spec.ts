// Lists people can work with: the activity list opens on what is coming and sorts by its columns (kept
// in the URL), a state's and a program's activities come a page at a time, a plan starts from the plans
// list, needs filter by priority and key area, and the dashboard folds its long lists.
import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

const today = () => new Date().toISOString().slice(0, 10);

test("the activity list opens on activities under way or to come, then sorts by a column kept in the URL", async ({ page }) => {
  test.setTimeout(90_000); // six page loads
  await signInAs(page, "planner@example.org");
  await page.goto("/activities");
  await expect(page.getByTestId("activity-order")).toHaveText(/Under way and upcoming first/);
  // The first row is the soonest activity not yet ended, as the database says.
  const [soonest] = await dbQuery<{ title: string }>(
    `SELECT title FROM "Activity" WHERE "endDate" >= $1::date ORDER BY "startDate", id LIMIT 1`,
    [today()],
  );
  const table = page.getByRole("table", { name: "Activities" });
  const firstTitle = table.locator("tbody tr").first().getByRole("link").first();
  if (soonest) await expect(firstTitle).toHaveText(soonest.title);

  await table.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=title(&|$)/);
  await expect(table.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(page.getByTestId("activity-order")).toHaveText("Sorted by column.");
  const [first] = await dbQuery<{ title: string }>(`SELECT title FROM "Activity" ORDER BY lower(title), "startDate" DESC, id LIMIT 1`);
  await expect(firstTitle).toHaveText(first!.title);

  await table.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
  await expect(page).toHaveURL(/[?&]sort=-title(&|$)/);
  await expect(table.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "descending");

  // A filter keeps the order; "Show upcoming first" returns to the default.
  await page.getByLabel("Status").selectOption("CONDUCTED");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=CONDUCTED/);
  await expect(page).toHaveURL(/sort=-title/);
  await page.getByRole("link", { name: "Show upcoming first" }).click();
  await expect(page).not.toHaveURL(/sort=/);
  await expect(page).toHaveURL(/status=CONDUCTED/);
});

test("a state's activities come twenty a page; a program's list does not repeat the program on every row", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  const [{ n }] = (await dbQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "ActivityParticipant" WHERE "stateCode" = 'PH'`)) as [
    { n: number },
  ];
  expect(n).toBeGreaterThan(20);
  await page.goto("/states/ph");
  const rows = page.getByRole("table", { name: "Activities" }).locator("tbody tr");
  await expect(rows).toHaveCount(20);
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText(`Page 1 of ${Math.ceil(n / 20)}`);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/states\/PH\?page=2#activities$/i);
  await expect(rows).toHaveCount(Math.min(20, n - 20));

  await page.goto("/programs/seed-program-bilateral-ph");
  const table = page.getByRole("table", { name: "Activities" });
  await expect(table.getByRole("columnheader", { name: "Host" })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Program" })).toHaveCount(0);
});

test("a planner starts a plan from the plans list by choosing its program", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/plans");
  await page.getByRole("link", { name: "New plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New plan: choose its program");
  await page.getByLabel("Program").selectOption({ label: "Philippines: ship maintenance, medicine, engineering and aviation medicine" });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/plans\/new\?program=seed-program-bilateral-ph$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("New plan for");
});

test("needs filter by priority and key area", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/needs");
  await page.getByLabel("Priority").selectOption("HIGH");
  await page.getByLabel("Key area").selectOption({ index: 1 });
  const keyArea = await page.getByLabel("Key area").inputValue();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`priority=HIGH.*keyArea=${keyArea}|keyArea=${keyArea}.*priority=HIGH`));
  const [{ n }] = (await dbQuery<{ n: number }>(
    `SELECT count(*)::int AS n FROM "PartnerNeed" WHERE priority = 'HIGH' AND "keyAreaCode" = $1`,
    [keyArea],
  )) as [{ n: number }];
  await expect(page.getByTestId("need-count")).toHaveText(n === 0 ? "No need matches" : n === 1 ? "1 need" : `${n} needs`);
});

test("the dashboard draws activities by key area, folds its long lists and explains the demo mark once", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  const chart = page.getByTestId("key-area-chart");
  await expect(chart.getByRole("img", { name: "Activities per fiscal year by key area" })).toBeVisible();
  const recent = page.getByRole("table", { name: "Recent activities" }).locator("tbody tr");
  await expect(recent).toHaveCount(8);
  await expect(recent.nth(2)).toBeVisible();
  await expect(recent.nth(3)).toBeHidden();
  const more = page.getByRole("region", { name: "Recent activities" }).getByRole("button", { name: "Show all 8" });
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await more.click();
  await expect(recent.nth(7)).toBeVisible();
  await expect(page.getByRole("region", { name: "Recent activities" }).getByRole("button", { name: "Show fewer" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  // One note a page says what the small mark on demo rows means; no row carries a badge for it.
  await expect(page.getByTestId("illustrative-note")).toBeVisible();
  await expect(page.getByTestId("illustrative-note")).toHaveCount(1);
  await expect(page.locator(".badge", { hasText: "Illustrative" })).toHaveCount(0);
  // The figures stay one click away.
  await page.getByText("Show the figures by key area and means").click();
  await expect(page.getByTestId("counts-keyArea")).toBeVisible();
});
