// Spending against budget (issue 17, point 3): a planner records a spending line and sees budget
// against actual and the activity's cost; a refused amount is explained beside the field; a liaison
// officer's plan and activity pages, HTML and RSC payload alike, carry no yen figure.
import { expect, test, type Page } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

const PLAN = "seed-demo-plan-th-fy2024"; // approved, bilateral with Thailand, with budget and spending

async function conductedActivity() {
  const [row] = await dbQuery<{ id: string; fy: number }>(
    `SELECT id, CASE WHEN EXTRACT(MONTH FROM "startDate") >= 4 THEN EXTRACT(YEAR FROM "startDate") ELSE EXTRACT(YEAR FROM "startDate") - 1 END::int AS fy
     FROM "Activity" WHERE "planId" = $1 AND status = 'CONDUCTED' ORDER BY "startDate", id LIMIT 1`,
    [PLAN],
  );
  if (!row) throw new Error(`the demo plan ${PLAN} has no conducted activity`);
  return row;
}

const yen = (text: string | null) => Number((text ?? "").replace(/[^\d-]/g, ""));

async function travelActual(page: Page, fy: number): Promise<number> {
  const row = page.locator(`[data-testid="budget-against-actual"] [data-fiscal-year="${fy}"] tr[data-category="TRAVEL"]`);
  return (await row.count()) ? yen(await row.locator("td").nth(1).textContent()) : 0;
}

test("a planner records a spending line, sees budget against actual and the activity's cost", async ({ page }) => {
  test.setTimeout(90_000);
  const activity = await conductedActivity();
  const amount = 100_000 + (Date.now() % 90_000);
  const description = `E2E flights ${Date.now()}`;
  await signInAs(page, "planner@example.org");

  // The plan page shows budget against actual, and leads to the spending page.
  await page.goto(`/plans/${PLAN}`);
  await expect(page.getByRole("heading", { name: "Budget against actual (internal)" })).toBeVisible();
  await page.getByRole("link", { name: "Record spending" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${PLAN}/spending$`));
  const before = await travelActual(page, activity.fy);

  const form = page.getByRole("form", { name: "New spending line" });
  await form.getByLabel("Date").fill(`${activity.fy}-09-15`);
  await form.getByLabel("Category").selectOption("TRAVEL");
  await form.getByLabel("Description").fill(description);
  await form.getByLabel("Activity (optional)").selectOption(activity.id);

  // A negative amount: refused beside the amount, nothing recorded.
  await form.getByLabel("Amount (JPY)").fill("-5");
  await form.getByRole("button", { name: "Record" }).click();
  await expect(form.locator("#spending-new-amountJpy-errors")).toContainText("whole number of yen");
  await expect(form.getByLabel("Amount (JPY)")).toHaveAttribute("aria-invalid", "true");
  expect(await dbQuery(`SELECT 1 FROM "SpendingLine" WHERE description = $1`, [description])).toHaveLength(0);

  await form.getByLabel("Amount (JPY)").fill(String(amount));
  await form.getByRole("button", { name: "Record" }).click();
  await expect(form.getByRole("status")).toContainText("Recorded.");
  await expect(page.locator(`[data-spending-line] input[value="${description}"]`)).toHaveCount(1);
  await expect.poll(() => travelActual(page, activity.fy)).toBe(before + amount);

  // The activity's cost names the line.
  await page.goto(`/activities/${activity.id}`);
  const cost = page.getByTestId("activity-cost");
  await expect(cost).toContainText(description);
  await expect(cost).toContainText(`¥${amount.toLocaleString("en-US")}`);
});

test("a liaison officer's plan and activity pages carry no yen figure, in HTML or RSC payload", async ({ page }) => {
  const activity = await conductedActivity();
  const figures = await dbQuery<{ amount: string }>(
    `SELECT "amountJpy"::text AS amount FROM "SpendingLine" WHERE "planId" = $1
     UNION SELECT b."amountJpy"::text FROM "BudgetLine" b JOIN "PlanYear" y ON y.id = b."planYearId" WHERE y."planId" = $1`,
    [PLAN],
  );
  expect(figures.length).toBeGreaterThan(3);
  const patterns = figures.flatMap(({ amount }) =>
    [amount, Number(amount).toLocaleString("en-US")].map((text) => new RegExp(`(?<![\\d,])${text}(?![\\d,])`)),
  );
  await signInAs(page, "liaison.th@example.org");
  for (const path of [`/plans/${PLAN}`, `/activities/${activity.id}`]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    const html = await page.content();
    const rsc = await (await page.request.get(path, { headers: { RSC: "1" } })).text();
    expect(rsc.length).toBeGreaterThan(1000);
    for (const body of [html, rsc]) {
      expect(body).not.toMatch(/[¥￥円]/);
      for (const pattern of patterns) expect(body, `${path} shows ${pattern}`).not.toMatch(pattern);
    }
  }
  // The spending page itself is not theirs.
  const response = await page.goto(`/plans/${PLAN}/spending`);
  expect(response?.status()).toBe(404);
});
