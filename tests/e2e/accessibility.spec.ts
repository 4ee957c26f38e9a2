// WCAG 2.2 AA checks by axe-core on the main pages, in both languages, plus keyboard reachability.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

// What a liaison officer reaches, and what only planners see (the triage panel, new-comment marks).
const LIAISON_PAGES = [
  "/",
  "/framework",
  "/programs",
  "/activities",
  "/activities/calendar?month=2026-09",
  "/activities/timeline",
  "/activities/seed-demo-ph-activity",
  "/states",
  "/states/ph",
  "/plans/seed-demo-ph-plan",
  "/needs",
  "/needs/new",
  "/needs/seed-demo-ph-need",
  "/notifications",
  "/account",
  "/my-work",
  "/reports?report=needs",
  "/review",
  "/review/feedback?fyFrom=2020&fyTo=2026",
  `/search?q=${encodeURIComponent("訓練")}`,
];
const PLANNER_PAGES = [
  "/",
  "/plans",
  "/plans/new",
  "/plans/new?program=seed-program-bilateral-ph",
  "/plans/seed-demo-ph-plan/edit",
  "/plans/seed-demo-ph-plan", // with the principles panel and the history
  "/plans/seed-demo-plan-th-fy2024", // budget against actual
  "/plans/seed-demo-plan-th-fy2024/spending", // the spending lines' forms
  "/needs/seed-demo-ph-need",
  "/notifications",
  "/my-work",
  "/reports",
  "/reports?report=plans&fyFrom=2024&fyTo=2025",
  "/review",
  "/review/indicators?fyFrom=2020&fyTo=2026",
  "/review/spending?fyFrom=2020&fyTo=2026&state=PH",
  "/activities?fyFrom=2024&fyTo=2026&state=PH",
  "/search?q=seminar",
];
const ADMIN_PAGES = [
  "/my-work",
  "/admin/users",
  "/admin/audit",
  "/admin/reference",
  "/admin/reference/states/PH",
  "/admin/reference/frameworks/new",
];

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

test("the sign-in page has no WCAG A/AA violations", async ({ page }) => {
  await page.goto("/login");
  expect(await violations(page)).toEqual([]);
});

for (const locale of ["en", "ja"]) {
  for (const [email, pages] of [
    ["liaison.ph@example.org", LIAISON_PAGES],
    ["planner@example.org", PLANNER_PAGES],
    ["admin@example.org", ADMIN_PAGES],
  ] as const) {
    test(`the main pages have no WCAG A/AA violations: ${email}, ${locale}`, async ({ page }) => {
      // axe on up to fifteen pages, the timeline with a link a bar among them: about ten seconds a page
      // on a busy two-core machine.
      test.setTimeout(300_000);
      await signInAs(page, email);
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "127.0.0.1", path: "/" }]);
      for (const path of pages) {
        await page.goto(path);
        expect(await violations(page), `${locale} ${path}`).toEqual([]);
        await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      }
    });
  }
}

// On a phone the lists turn into cards and the navigation into a menu: the same checks there.
const PHONE_PAGES = ["/", "/activities", "/programs", "/states/ph", "/plans", "/needs", "/admin/audit"];
for (const locale of ["en", "ja"]) {
  test(`the main pages on a phone (390 px) have no WCAG A/AA violations, menu open or closed: ${locale}`, async ({ page }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, "admin@example.org");
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "127.0.0.1", path: "/" }]);
    for (const path of PHONE_PAGES) {
      await page.goto(path);
      expect(await violations(page), `${locale} ${path}`).toEqual([]);
    }
    await page.getByRole("button", { name: locale === "ja" ? "メニュー" : "Menu" }).click();
    expect(await violations(page), `${locale} menu open`).toEqual([]);
  });
}

for (const locale of ["en", "ja"]) {
  test(`a plan's results indicators, with their charts and the form that records an actual, have no WCAG A/AA violations: ${locale}`, async ({
    page,
  }) => {
    test.setTimeout(120_000); // axe on two long pages of a busy two-core machine
    await signInAs(page, "planner@example.org");
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "127.0.0.1", path: "/" }]);
    await page.goto("/plans/seed-demo-ph-plan");
    const indicators = page.getByTestId("indicator");
    await expect(indicators.first()).toBeVisible();
    await expect(page.getByTestId("indicator-chart").first()).toBeVisible();
    for (const summary of await page.locator('section[aria-labelledby="indicators"] summary').all()) await summary.click();
    expect(await violations(page), `${locale} indicators`).toEqual([]);
    await page.goto("/plans/seed-demo-ph-plan/edit");
    await expect(page.getByTestId("plan-indicators")).toBeVisible();
    expect(await violations(page), `${locale} indicators in the editor`).toEqual([]);
  });
}

// The after-action report's editor, the report and feedback on an activity page (a planner's, with
// follow-ups to close; a liaison officer's, with the feedback form refused once), in both languages.
for (const locale of ["en", "ja"]) {
  test(`the after-action report and partner feedback have no WCAG A/AA violations: ${locale}`, async ({ page }) => {
    test.setTimeout(150_000);
    const [activity] = await dbQuery<{ id: string }>(
      `SELECT a.id FROM "Activity" a JOIN "AfterActionReport" r ON r."activityId" = a.id
       WHERE EXISTS (SELECT 1 FROM "FollowUpAction" f WHERE f."reportId" = r.id)
         AND EXISTS (SELECT 1 FROM "PartnerFeedback" f WHERE f."activityId" = a.id AND f."stateCode" <> 'PH')
         AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')
       ORDER BY a.id LIMIT 1`,
    );
    const [planned] = await dbQuery<{ id: string }>(`SELECT id FROM "Activity" WHERE status = 'PLANNED' ORDER BY id LIMIT 1`);
    const cookie = { name: "NEXT_LOCALE", value: locale, domain: "127.0.0.1", path: "/" };
    await signInAs(page, "planner@example.org");
    await page.context().addCookies([cookie]);
    for (const path of [`/activities/${activity!.id}/report`, `/activities/${activity!.id}`, `/activities/${planned!.id}/report`]) {
      await page.goto(path);
      expect(await violations(page), `${locale} ${path}`).toEqual([]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    }
    await page.context().clearCookies();
    await signInAs(page, "liaison.ph@example.org");
    await page.context().addCookies([cookie]);
    await page.goto(`/activities/${activity!.id}`);
    const form = page.getByTestId("feedback-form");
    await form.getByRole("combobox").first().selectOption("");
    await form.getByRole("button").click();
    await expect(page.locator("#feedback-usefulness-errors")).toBeVisible();
    expect(await violations(page), `${locale} feedback refused`).toEqual([]);
  });
}

test("a refused new plan, its rule beside the fields, has no WCAG A/AA violations", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/plans/new?program=seed-program-bilateral-ph");
  await page.getByLabel("Title").fill("Plan that cites no need");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.locator("#cite-errors")).toContainText("H1");
  expect(await violations(page)).toEqual([]);
});

test("the skip link and the navigation work with the keyboard", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);

  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Activities" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Activities" })).toHaveAttribute("aria-current", "page");
});
