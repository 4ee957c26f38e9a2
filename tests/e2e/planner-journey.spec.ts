// DESIGN.md journey 1: a planner creates a multi-year plan for a multilateral program, fixes every
// principle the portal points out, shares and submits it; another planner approves it; the author
// cannot approve their own plan. Each step is refused only by its own rules, beside their fields, and
// says what the later steps will ask; each done step is confirmed.
import { expect, test, type Page } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

const PROGRAM = "/programs/seed-program-srcp"; // Ship Rider Cooperation Program (multilateral, M2)

/** The unread notifications of a user about a plan or need, as the database has them. */
async function unreadAbout(email: string, subject: { planId: string } | { needId: string }): Promise<number> {
  const [column, id] = "planId" in subject ? ['"planId"', subject.planId] : ['"needId"', subject.needId];
  const [row] = await dbQuery<{ n: string }>(
    `SELECT count(*) AS n FROM "Notification" n JOIN "User" u ON u.id = n."userId" WHERE u.email = $1 AND n.${column} = $2 AND n."readAt" IS NULL`,
    [email, id],
  );
  return Number(row?.n);
}

async function fillYear(page: Page, fy: number) {
  await page.getByRole("button", { name: `Add objective (FY${fy})` }).click();
  await page.locator(`#fy${fy}-objective-0`).fill(`Ship Rider objective for FY${fy}`);
  await page.getByRole("button", { name: `Add milestone (FY${fy})` }).click();
  await page.locator(`#fy${fy}-milestone-0-title`).fill(`Round held in FY${fy}`);
  await page.locator(`#fy${fy}-milestone-0-due`).fill(`${fy}-10-01`);
}

test("a planner's plan goes from draft to approved, by another planner", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const title = `Ship Rider plan ${Date.now()}`;
  await signInAs(page, "planner@example.org");
  await page.goto(PROGRAM);
  await page.getByRole("link", { name: "New plan" }).click();

  // A reversed span says which field to fix: beside it, and named at the top as a link to it.
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("First fiscal year").fill("2028");
  await page.getByLabel("Last fiscal year").fill("2026");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.locator("#lastFiscalYear-errors")).toHaveText(
    "The last fiscal year comes before the first: set it to the first fiscal year or a later one.",
  );
  await expect(page.getByLabel("Last fiscal year")).toHaveAttribute("aria-invalid", "true");
  await page.getByTestId("field-error-summary").getByRole("link", { name: "Last fiscal year" }).click();
  await expect(page.getByLabel("Last fiscal year")).toBeFocused();

  // T1: a one-year plan is refused, with the rule's code and principle, and the input is kept. Only
  // the rules of creating a draft refuse it; T2, T3 and T4 are a quiet note of what comes later.
  await page.getByLabel("First fiscal year").fill("2026");
  await page.getByLabel("Last fiscal year").fill("2026");
  await page.getByRole("button", { name: "Create plan" }).click();
  await expect(page.locator("#lastFiscalYear-errors")).toContainText(/T1 · Tailored and lasting: a plan spans at least two fiscal years/);
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.locator("form [role=alert]")).not.toContainText(/T2|T3|T4/);
  const later = page.getByTestId("later-rules");
  for (const code of ["T2", "T3", "T4"]) await expect(later.locator(`[data-rule="${code}"]`)).toBeVisible();
  await expect(later.locator('[data-rule="T2"]')).toContainText("Will apply when the plan is shared with partners.");

  await page.getByLabel("Last fiscal year").fill("2028");
  await page.getByRole("button", { name: "Create plan" }).click();
  // Each step says what happened, in the page's status region.
  await expect(page).toHaveURL(/\/plans\/[^/]+\/edit\?done=planCreated$/);
  await expect(page.getByTestId("announcement")).toHaveText("Plan created: fill in its years, then share it with the partner states.");
  const planUrl = page.url().replace(/\/edit\?.*$/, "");
  await expect(page.getByRole("heading", { name: "FY2026" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "FY2028" })).toBeVisible();

  // The principles panel shows where the plan stands before anything is submitted.
  await page.goto(planUrl);
  const panel = page.getByTestId("principles-panel");
  await expect(panel.locator('[data-rule="T1"]')).toHaveAttribute("data-verdict", "passed");
  await expect(panel.locator('[data-rule="T2"]')).toHaveAttribute("data-verdict", "notYetApplicable");
  await expect(page.getByTestId("history")).toContainText("Haruka Sato");

  // T2 on sharing: every fiscal year needs an objective and a milestone. T3 and T4 do not block
  // sharing: they are noted as later steps' rules, outside the refusal.
  await page.getByRole("button", { name: "Share with partners" }).click();
  const shareRefusal = page.getByRole("alert").filter({ hasText: /T2 · Tailored and lasting/ });
  await expect(shareRefusal).toBeVisible();
  await expect(shareRefusal).not.toContainText(/T3|T4/);
  await expect(page.getByTestId("later-rules").locator('[data-rule="T3"]')).toContainText("submitted for review");
  await expect(page.getByTestId("later-rules").locator('[data-rule="T4"]')).toBeVisible();

  await page.goto(`${planUrl}/edit`);
  for (const fy of [2026, 2027, 2028]) await fillYear(page, fy);
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByText(/Saved\. Version/)).toBeVisible();

  await page.goto(planUrl);
  await page.getByRole("button", { name: "Share with partners" }).click();
  await expect(page.getByRole("button", { name: "Submit for review" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Shared with the partner states." })).toBeVisible();

  // Shared, not approved: T4 does not apply yet, and never reads as passed.
  const t4 = page.getByTestId("principles-panel").locator('[data-rule="T4"]');
  await expect(t4).toHaveAttribute("data-verdict", "notYetApplicable");
  await expect(t4).toContainText("Not yet applicable");
  await expect(t4).not.toContainText("Passed");

  // One primary step; returning to draft waits behind "Other actions".
  const workflow = page.getByTestId("plan-workflow");
  await expect(workflow.getByRole("button", { name: "Submit for review" })).toBeVisible();
  await expect(workflow.getByRole("button", { name: "Return to draft" })).toBeHidden();
  await workflow.locator("summary", { hasText: "Other actions" }).click();
  await expect(workflow.getByLabel("Reason for returning it to draft")).toBeVisible();
  await expect(workflow.getByRole("button", { name: "Return to draft" })).toBeVisible();

  // A partner's officer was told; opening the plan by its address, not the notification, reads it.
  const planId = planUrl.split("/").pop()!;
  expect(await unreadAbout("liaison.ph@example.org", { planId })).toBe(1);
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signInAs(officer, "liaison.ph@example.org");
  await officer.goto(planUrl);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect.poll(() => unreadAbout("liaison.ph@example.org", { planId })).toBe(0);
  await officerContext.close();

  // T3 and T6 on submitting: a capacity-building plan needs its sustainment section, and a results
  // indicator with a baseline and a target for each fiscal year (named in the message).
  await page.getByRole("button", { name: "Submit for review" }).click();
  const submitRefusal = page.getByRole("alert").filter({ hasText: /T3 · Tailored and lasting/ });
  await expect(submitRefusal).toBeVisible();
  await expect(submitRefusal).toContainText(/T6 · Tailored and lasting: .*FY2026, FY2027, FY2028/);
  await page.goto(`${planUrl}/edit`);
  await page
    .getByLabel("Sustainment and hand-over")
    .fill("ASEAN navies run the course themselves from FY2029; JMSDF hands over the syllabus.");
  // The indicator, with a target that is no number: refused beside that target, nothing saved.
  await page.getByRole("button", { name: "Add indicator" }).click();
  await page.getByLabel("Indicator 1: Title (English)").fill("Partner instructors qualified");
  await page.getByLabel("Indicator 1: Title (Japanese)").fill("資格を得た相手国教官数");
  await page.getByLabel("Indicator 1: Unit").fill("people");
  await page.getByLabel("Indicator 1: Baseline value").fill("2");
  await page.getByLabel("Indicator 1: Baseline date").fill("2026-04-01");
  await page.getByLabel("Indicator 1: Target FY2026").fill("4");
  await page.getByLabel("Indicator 1: Target FY2027").fill("eight");
  await page.getByLabel("Indicator 1: Target FY2028").fill("12");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.locator("#indicator-0-target-2027-errors")).toHaveText("Enter a number (digits, with a decimal point if needed).");
  await page.getByLabel("Indicator 1: Target FY2027").fill("8");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByText(/Saved\. Version/)).toBeVisible();
  await page.goto(planUrl);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("button", { name: "Approve" })).toBeVisible();
  await expect(page.getByTestId("announcement")).toHaveText("Submitted for review.");

  // In review, the plan takes actual values: the indicator's FY2026 actual meets its target.
  const indicator = page.getByTestId("indicator").filter({ hasText: "Partner instructors qualified" });
  await expect(indicator).toHaveAttribute("data-indicator-status", "noData");
  await indicator.locator("summary", { hasText: "Record an actual value" }).click();
  await indicator.getByLabel("Actual value (people)").fill("4");
  await indicator.getByLabel("Date measured").fill("2026-11-20");
  await indicator.getByLabel("Evidence (short note)").fill("Course completion roster");
  await indicator.getByRole("button", { name: "Save actual" }).click();
  await expect(indicator.getByText("Actual saved.")).toBeVisible();
  await expect(indicator).toHaveAttribute("data-indicator-status", "achieved");
  await expect(indicator.locator('tr[data-year="2026"]')).toContainText("Achieved");
  await expect(indicator.locator('tr[data-year="2026"]')).toContainText("recorded by Haruka Sato");
  await expect(indicator.getByRole("img", { name: /Partner instructors qualified: targets and actuals/ })).toBeVisible();

  // T4: the author cannot approve their own plan.
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /T4 · Tailored and lasting/ })).toBeVisible();

  // Another planner approves it.
  const other = await browser.newContext();
  const reviewer = await other.newPage();
  await signInAs(reviewer, "planner2@example.org");
  await reviewer.goto(planUrl);
  await reviewer.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByText("Approved", { exact: true }).first()).toBeVisible();
  await expect(reviewer.getByTestId("announcement")).toHaveText("Approved.");
  await expect(reviewer.getByRole("button", { name: "Start a new version" })).toBeVisible();

  // Changing the approved plan starts revision 2; the comparison shows what changed, year by year.
  await reviewer.getByRole("button", { name: "Start a new version" }).click();
  await expect(reviewer).toHaveURL(/\/plans\/[^/]+\/edit\?done=newVersion$/);
  await expect(reviewer.getByTestId("announcement")).toHaveText("A new version was started.");
  await reviewer.locator("#fy2027-objective-0").fill("Ship Rider objective for FY2027, extended to Timor-Leste");
  await reviewer.getByRole("button", { name: "Save plan" }).click();
  await expect(reviewer.getByText(/Saved\. Version/)).toBeVisible();
  await reviewer.goto(reviewer.url().replace(/\/edit\?.*$/, ""));
  await expect(reviewer.getByTestId("announcement")).toBeEmpty(); // said once, on the page where it happened
  await expect(reviewer.getByText("Revision 2").first()).toBeVisible();
  await reviewer.getByRole("link", { name: "Compare with the previous version" }).click();
  await expect(reviewer.getByRole("heading", { name: "Changes from revision 1 to revision 2" })).toBeVisible();
  await expect(reviewer.getByText("+ Ship Rider objective for FY2027, extended to Timor-Leste")).toBeVisible();
  await expect(reviewer.getByText("− Ship Rider objective for FY2027", { exact: true })).toBeVisible();
  await other.close();

  // Approved: read-only for its author too.
  await page.goto(`${planUrl}/edit`);
  await expect(page.getByText(/cannot be edited/)).toBeVisible();

  // An activity added from a year of the approved plan starts in that year and is listed with it.
  await page.goto(planUrl);
  await page.getByRole("link", { name: "Add an activity in FY2027" }).click();
  await expect(page.getByLabel("Start date")).toHaveValue("2027-04-01");
  await page.getByLabel("Title", { exact: true }).fill(`${title}: first round`);
  await page.getByRole("button", { name: "Create activity" }).click();
  await expect(page).toHaveURL(/\/activities\/(?!new)[\w-]+$/);
  await page.goto(planUrl);
  const row = page.getByRole("row").filter({ hasText: `${title}: first round` });
  await expect(row).toContainText("FY2027");
});

test("a bilateral plan that cites no need is refused beside the need and consultation fields, naming the partner in the reader's language", async ({
  page,
}) => {
  await signInAs(page, "planner@example.org");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "ja", domain: "127.0.0.1", path: "/" }]);
  await page.goto("/plans/new?program=seed-program-bilateral-ph");
  await page.locator("#title").fill(`フィリピン計画 ${Date.now()}`);
  await page.getByRole("button", { name: "計画を作成" }).click();

  // H1 is shown once for the group, and each of its fields leads to it.
  const cite = page.locator("#cite-errors");
  await expect(cite).toContainText("H1 · 心と心の協力");
  await expect(cite).toContainText("フィリピン");
  for (const id of ["#needId", "#consultationOn", "#consultationWith"]) {
    await expect(page.locator(id)).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator(id)).toHaveAttribute("aria-describedby", /\bcite-errors\b/);
  }
  await expect(page.locator("form [role=alert]")).toBeVisible();
  await expect(page.locator("form [role=alert]")).not.toContainText("H1");

  // Citing a need creates it; its principles panel names the states it is not yet shared with.
  await page.locator("#needId").selectOption({ index: 1 });
  await page.getByRole("button", { name: "計画を作成" }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+\/edit\?done=planCreated$/);
  await expect(page.getByTestId("announcement")).toHaveText("計画を作成しました。各年度を記入し、相手国と共有してください。");
  await page.goto(page.url().replace(/\/edit\?.*$/, ""));
  const t4 = page.getByTestId("principles-panel").locator('[data-rule="T4"]');
  await expect(t4).toContainText("未共有：フィリピン");
});

test("on a phone, in Japanese: a reversed span names the field to fix; a new plan's workflow has one primary step and T4 is not yet applicable", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "planner@example.org");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "ja", domain: "127.0.0.1", path: "/" }]);
  await page.goto("/plans/new?program=seed-program-srcp");
  await page.locator("#title").fill(`スマートフォンの計画 ${Date.now()}`);
  await page.locator("#firstFiscalYear").fill("2028");
  await page.locator("#lastFiscalYear").fill("2026");
  await page.getByRole("button", { name: "計画を作成" }).click();
  await expect(page.locator("#lastFiscalYear-errors")).toHaveText(
    "最終年度が開始年度より前になっています。開始年度以降の年度を設定してください。",
  );
  await expect(page.getByTestId("field-error-summary").getByRole("link", { name: "最終年度" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

  await page.locator("#lastFiscalYear").fill("2029");
  await page.getByRole("button", { name: "計画を作成" }).click();
  await expect(page).toHaveURL(/\/plans\/[^/]+\/edit\?done=planCreated$/);
  await page.goto(page.url().replace(/\/edit\?.*$/, ""));
  const workflow = page.getByTestId("plan-workflow");
  await expect(workflow.getByRole("button", { name: "パートナーと共有" })).toBeVisible();
  await expect(workflow.getByRole("link", { name: "計画を編集" })).toBeVisible();
  expect((await workflow.boundingBox())!.width).toBeLessThanOrEqual(390);
  const t4 = page.getByTestId("principles-panel").locator('[data-rule="T4"]');
  await expect(t4).toHaveAttribute("data-verdict", "notYetApplicable");
  await expect(t4).toContainText("適用前");
  await expect(t4).toContainText("計画の承認時に適用されます。");
});

test("opening a need by its address marks the officer's notification about it read", async ({ page }) => {
  const email = "liaison.ph@example.org";
  const [need] = await dbQuery<{ id: string }>(`SELECT id FROM "PartnerNeed" WHERE "stateCode" = 'PH' ORDER BY id LIMIT 1`);
  const [user] = await dbQuery<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [email]);
  await dbQuery(`INSERT INTO "Notification" (id, "userId", kind, "needId", data) VALUES ($1, $2, 'NEED_STATUS', $3, $4)`, [
    `e2e-need-status-${Date.now()}`,
    user!.id,
    need!.id,
    JSON.stringify({ title: "Need", status: "ACKNOWLEDGED" }),
  ]);
  expect(await unreadAbout(email, { needId: need!.id })).toBeGreaterThan(0);
  await signInAs(page, email);
  await page.goto(`/needs/${need!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect.poll(() => unreadAbout(email, { needId: need!.id })).toBe(0);
});
