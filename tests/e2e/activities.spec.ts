import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
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

test.describe("calendar and timeline", () => {
  test("the calendar draws a multi-day activity once per week row, as a bar across its days, reachable by keyboard", async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    // An activity within one month whose days fall in two or more Monday-first weeks.
    const [activity] = await dbQuery<{ id: string; title: string; month: string; weeks: number; days: number }>(
      `SELECT id, title, to_char("startDate", 'YYYY-MM') AS month,
         ((date_trunc('week', "endDate")::date - date_trunc('week', "startDate")::date) / 7 + 1)::int AS weeks,
         ("endDate" - "startDate" + 1)::int AS days
       FROM "Activity"
       WHERE date_trunc('week', "startDate") <> date_trunc('week', "endDate") AND date_trunc('month', "startDate") = date_trunc('month', "endDate")
       ORDER BY "startDate" DESC, id LIMIT 1`,
    );
    expect(activity).toBeDefined();
    await signInAs(page, "planner@example.org");
    await page.goto(`/activities/calendar?month=${activity!.month}`);
    const bars = page.getByTestId("month-calendar").locator(`a[data-activity="${activity!.id}"]`);
    await expect(bars).toHaveCount(activity!.weeks);
    // Each bar spans its days of that row: its width is that many day columns (less the bar's margins).
    const week = page.getByTestId("calendar-week").first();
    const dayWidth = (await week.boundingBox())!.width / 7;
    let drawnDays = 0;
    for (const bar of await bars.all()) {
      const span = Number(await bar.getAttribute("data-span"));
      const box = (await bar.boundingBox())!;
      expect(box.width).toBeGreaterThan(span * dayWidth - 12);
      expect(box.width).toBeLessThanOrEqual(span * dayWidth + 1);
      drawnDays += span;
      // The full title is the link's name, whatever the bar shows.
      await expect(bar).toHaveAccessibleName(new RegExp(`^${activity!.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    }
    expect(drawnDays).toBe(activity!.days);
    // Each bar sits in a different week row.
    const rows = await bars.evaluateAll((links) => links.map((link) => link.closest("li")?.getAttribute("aria-label")));
    expect(new Set(rows).size).toBe(activity!.weeks);

    await bars.first().focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/activities/${activity!.id}$`));
  });

  test("the timeline shows programs as rows with plans, milestones, activities and today, by fiscal year and by month", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await signInAs(page, "planner@example.org");
    await page.goto("/activities/timeline?from=2024&to=2027");
    const programs = page.getByTestId("timeline-program");
    const [{ n }] = (await dbQuery<{ n: string }>(
      `SELECT count(DISTINCT "programId") AS n FROM (
         SELECT "programId" FROM "Activity" WHERE "fiscalYear" BETWEEN 2024 AND 2027
         UNION SELECT "programId" FROM "ProgramPlan" WHERE "firstFiscalYear" <= 2027 AND "lastFiscalYear" >= 2024) x`,
    )) as [{ n: string }];
    await expect(programs).toHaveCount(Number(n));
    await expect(page.getByTestId("timeline-plan").first()).toBeVisible();
    await expect(page.getByTestId("timeline-activity").first()).toBeVisible();
    await expect(page.getByTestId("timeline-milestone").first()).toBeAttached();
    // Four fiscal years fit a desktop screen: today's line is in view.
    await expect(page.getByTestId("timeline-today")).toBeInViewport();
    // A plan bar opens its plan.
    const plan = page.getByTestId("timeline-plan").first();
    const href = await plan.getAttribute("href");
    await plan.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));

    // By month: three fiscal years of month columns, the zoom kept in the URL.
    await page.goto("/activities/timeline?from=2024&to=2027");
    await page.getByRole("link", { name: "Months", exact: true }).click();
    await expect(page).toHaveURL(/zoom=month/);
    await expect(page.getByRole("heading", { name: /FY2025 to FY2027/ })).toBeVisible();
    await expect(page.getByTestId("timeline-activity").first()).toBeAttached();
    // The frame scrolled to today.
    await expect(page.getByTestId("timeline-today")).toBeInViewport();
  });

  test("on a phone the timeline scrolls its time axis only: the page does not, and the program names stay put", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, "planner@example.org");
    await page.goto("/activities/timeline?zoom=month");
    const frame = page.getByTestId("timeline-scroll");
    await expect(frame).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    const { scrollWidth, clientWidth } = await frame.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
    expect(scrollWidth).toBeGreaterThan(clientWidth * 2);
    const name = page.getByTestId("timeline-program").first().getByRole("link").first();
    const activity = page.getByTestId("timeline-activity").first();
    await frame.evaluate((el) => (el.scrollLeft = 0));
    const [nameBefore, barBefore] = [(await name.boundingBox())!, (await activity.boundingBox())!];
    await frame.evaluate((el) => (el.scrollLeft = 600));
    await expect.poll(async () => (await activity.boundingBox())!.x).toBeLessThan(barBefore.x - 500);
    expect((await name.boundingBox())!.x).toBeCloseTo(nameBefore.x, 0);
  });

  test("the calendar and timeline speak Japanese", async ({ page }) => {
    await signInAs(page, "planner@example.org");
    await page.goto("/activities/timeline");
    await page.getByRole("button", { name: "日本語", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("活動年表");
    await expect(page.getByRole("navigation", { name: "時間の単位" }).getByRole("link", { name: "月", exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "凡例" })).toContainText("マイルストーン");
    await expect(page.getByTestId("timeline-today")).toContainText("今日");
    await page.goto("/activities/calendar?month=2027-11");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("活動カレンダー");
    await expect(page.getByTestId("calendar-week").first()).toHaveAttribute("aria-label", /からの週$/);
  });
});
