import { expect, test } from "@playwright/test";
import { dbQuery, vietNamBilateral } from "./database";
import { signInAs } from "./helpers";

// Records of Viet Nam's bilateral cooperation, seeded with these ids (prisma/seed/demo.ts).
const vietNam = {
  program: "/programs/seed-program-bilateral-vn",
  activity: "/activities/seed-demo-vn-activity",
  plan: "/plans/seed-demo-vn-plan",
  need: "/needs/seed-demo-vn-need",
};

test("liaison.ph gets the 404 page for Viet Nam's bilateral records", async ({ page }) => {
  await signInAs(page, "liaison.ph@example.org");
  for (const url of Object.values(vietNam)) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.locator("header"), "one site header, not one per layout").toHaveCount(1);
  }
  // The same answer as for an id that never existed.
  const response = await page.goto("/activities/no-such-activity");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();

  // Filtering the list by Viet Nam's bilateral program finds nothing.
  await page.goto("/activities?program=seed-program-bilateral-vn");
  await expect(page.getByTestId("activity-count")).toHaveText("No activities match.");
});

test("liaison.ph sees the Philippines' own records", async ({ page }) => {
  await signInAs(page, "liaison.ph@example.org");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Philippines");
  const response = await page.goto("/activities/seed-demo-ph-activity");
  expect(response?.status()).toBe(200);
  await page.goto("/plans/seed-demo-ph-plan");
  await expect(page.getByText("Budget (internal)")).toHaveCount(0);
});

test("a planner opens Viet Nam's bilateral records", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  for (const url of Object.values(vietNam)) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
  }
  await page.goto(vietNam.plan);
  await expect(page.getByText("Budget (internal)").first()).toBeVisible();
});

test("liaison.ph's CSV download holds the Philippines' activities only, ready for Excel", async ({ page, playwright }) => {
  await signInAs(page, "liaison.ph@example.org");
  await page.goto("/activities");
  const count = Number((await page.getByTestId("activity-count").textContent())?.match(/\d+/)?.[0]);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const file = await (await download).path();
  const text = (await import("node:fs")).readFileSync(file!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).trim().split("\r\n");
  expect(lines[0]).toContain("Fiscal year");
  expect(lines).toHaveLength(count + 1);
  expect(text).not.toContain("seed-demo-vn-activity");

  // Without a session: no file.
  const anonymous = await playwright.request.newContext({ baseURL: new URL(page.url()).origin });
  expect((await anonymous.get("/api/reports/activities?format=csv", { maxRedirects: 0 })).status()).toBe(401);
  await anonymous.dispose();
});

// Every link of a page, as paths.
async function linksOf(page: import("@playwright/test").Page): Promise<string[]> {
  return page.locator("a[href]").evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test("liaison.ph's dashboard, calendar and timeline hold no Viet Nam bilateral record", async ({ page }) => {
  test.setTimeout(90_000); // ten pages
  const vn = await vietNamBilateral();
  expect(vn.activities.length).toBeGreaterThan(0);
  const forbidden = new Set([
    ...vn.activities.map((id) => `/activities/${id}`),
    ...vn.programs.map((id) => `/programs/${id}`),
    ...vn.needs.map((id) => `/needs/${id}`),
  ]);
  const leaks = (paths: string[]) => paths.filter((path) => forbidden.has(path));
  await signInAs(page, "liaison.ph@example.org");
  expect(leaks(await linksOf(page))).toEqual([]);

  // The months in which Viet Nam's bilateral activities start, the latest eight.
  const months = await dbQuery<{ month: string }>(
    `SELECT DISTINCT to_char(a."startDate", 'YYYY-MM') AS month FROM "Activity" a WHERE a.id = ANY($1) ORDER BY 1 DESC LIMIT 8`,
    [vn.activities],
  );
  for (const { month } of months) {
    await page.goto(`/activities/calendar?month=${month}`);
    const shown = await linksOf(page);
    expect(leaks(shown), month).toEqual([]);
    // What the calendar lists is exactly the Philippines' activities of that month.
    const [{ n }] = (await dbQuery<{ n: string }>(
      `SELECT count(*) AS n FROM "Activity" a
       WHERE a."startDate" <= (date_trunc('month', to_date($1, 'YYYY-MM')) + interval '1 month - 1 day')::date
         AND a."endDate" >= to_date($1, 'YYYY-MM')
         AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')`,
      [month],
    )) as [{ n: string }];
    await expect(page.getByTestId("calendar-count")).toHaveText(n === "0" ? /^No activities/ : new RegExp(`^${n} activit`));
  }

  await page.goto("/activities/timeline?from=2010&to=2029");
  expect(leaks(await linksOf(page))).toEqual([]);
  for (const title of vn.titles.slice(0, 5)) expect(await page.getByText(title, { exact: true }).count()).toBe(0);
  await expect(page.getByRole("link", { name: /^Viet Nam:/ })).toHaveCount(0);
});

test("liaison.ph's CSV holds no Viet Nam bilateral row, checked against the database", async ({ page }) => {
  const vn = await vietNamBilateral();
  await signInAs(page, "liaison.ph@example.org");
  const response = await page.request.get("/api/reports/activities?format=csv");
  expect(response.status()).toBe(200);
  const text = await response.text();
  const ids = text
    .slice(1)
    .trim()
    .split("\r\n")
    .slice(1)
    .map((line) => line.split(",")[0]);
  const [{ n }] = (await dbQuery<{ n: string }>(
    `SELECT count(DISTINCT "activityId") AS n FROM "ActivityParticipant" WHERE "stateCode" = 'PH'`,
  )) as [{ n: string }];
  expect(ids).toHaveLength(Number(n));
  expect(ids.filter((id) => vn.activities.includes(id!))).toEqual([]);
});

test("a plan shared with the Philippines and returned to draft: liaison.ph's page says it is being revised and shows nothing of the draft", async ({
  browser,
}) => {
  test.setTimeout(90_000); // two users
  // A plan of the Philippines' bilateral program, shared with the Philippines, citing its need (H1).
  const id = `e2e-revised-ph-${Date.now()}`;
  const title = `Kestrel coastal watch plan ${Date.now()}`;
  const edit = "Ternstation radar hand-over, added to the draft";
  await dbQuery(
    `INSERT INTO "ProgramPlan" (id, "programId", title, "firstFiscalYear", "lastFiscalYear", status, "authorId", "updatedById", "updatedAt", "sharedAt")
     SELECT $1, 'seed-program-bilateral-ph', $2, 2027, 2028, 'SHARED', u.id, u.id, now(), now() - interval '7 days' FROM "User" u WHERE u.email = 'planner@example.org'`,
    [id, title],
  );
  await dbQuery(`INSERT INTO "_PlanSharedWith" ("A", "B") VALUES ('PH', $1)`, [id]);
  await dbQuery(`INSERT INTO "_NeedPlans" ("A", "B") VALUES ('seed-demo-ph-need', $1)`, [id]);
  for (const fy of [2027, 2028]) {
    await dbQuery(`INSERT INTO "PlanYear" (id, "planId", "fiscalYear") VALUES ($1, $2, $3)`, [`${id}-fy${fy}`, id, fy]);
    await dbQuery(`INSERT INTO "PlanObjective" (id, "planYearId", text, position) VALUES ($1, $2, $3, 0)`, [
      `${id}-o${fy}`,
      `${id}-fy${fy}`,
      `Shared objective for FY${fy}`,
    ]);
    await dbQuery(`INSERT INTO "Milestone" (id, "planYearId", title, "dueDate") VALUES ($1, $2, $3, $4)`, [
      `${id}-m${fy}`,
      `${id}-fy${fy}`,
      `Course held in FY${fy}`,
      `${fy}-10-01`,
    ]);
  }

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signInAs(officer, "liaison.ph@example.org");
  await officer.goto(`/plans/${id}`);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(title);

  // A planner returns it to draft and adds an objective.
  const plannerContext = await browser.newContext();
  const planner = await plannerContext.newPage();
  await signInAs(planner, "planner@example.org");
  await planner.goto(`/plans/${id}`);
  await planner.locator("summary", { hasText: "Other actions" }).click();
  await planner.getByLabel("Reason for returning it to draft").fill("The partner asked for the radar a year later");
  await planner.getByRole("button", { name: "Return to draft" }).click();
  await expect(planner.getByRole("button", { name: "Share with partners" })).toBeVisible();
  await planner.goto(`/plans/${id}/edit`);
  await planner.getByRole("button", { name: "Add objective (FY2028)" }).click();
  await planner.locator("#fy2028-objective-1").fill(edit);
  await planner.getByRole("button", { name: "Save plan" }).click();
  await expect(planner.getByText(/Saved\. Version/)).toBeVisible();
  await plannerContext.close();

  // liaison.ph: the plan's page answers, with only the notice; the plan is gone from the list.
  const response = await officer.goto(`/plans/${id}`);
  expect(response?.status()).toBe(200);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Plan being revised");
  await expect(officer.getByTestId("plan-being-revised")).toHaveText(
    /This plan is being revised by the Ministry of Defense\. It will be shown here again when it is shared\./,
  );
  await expect(officer.getByText(edit)).toHaveCount(0);
  await expect(officer.getByText(title)).toHaveCount(0);
  await expect(officer.getByText("Shared objective for FY2027")).toHaveCount(0);
  expect(await officer.content()).not.toContain("Ternstation");
  await officer.getByRole("link", { name: "Back to the plans" }).click();
  await expect(officer).toHaveURL(/\/plans$/);
  await expect(officer.getByText(title)).toHaveCount(0);

  // In Japanese too.
  await officerContext.addCookies([{ name: "NEXT_LOCALE", value: "ja", domain: "127.0.0.1", path: "/" }]);
  await officer.goto(`/plans/${id}`);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("改訂中の計画");
  await expect(officer.getByTestId("plan-being-revised")).toContainText("この計画は防衛省が改訂しています。");
  await officerContext.close();
});

test("liaison.ph reads JMOD's report and its own state's feedback on a shared activity, never another state's, not even in the payload", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // four users
  // A conducted activity the Philippines and another ASEAN state took part in, with JMOD's report.
  const [row] = await dbQuery<{ id: string; other: string }>(
    `SELECT a.id, (SELECT p."stateCode" FROM "ActivityParticipant" p JOIN "PartnerState" s ON s.code = p."stateCode"
                   WHERE p."activityId" = a.id AND s."isAsean" AND p."stateCode" <> 'PH' ORDER BY p."stateCode" LIMIT 1) AS other
     FROM "Activity" a WHERE a.status = 'CONDUCTED'
       AND EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id)
       AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')
       AND (SELECT count(*) FROM "ActivityParticipant" p JOIN "PartnerState" s ON s.code = p."stateCode"
            WHERE p."activityId" = a.id AND s."isAsean") BETWEEN 2 AND 10
     ORDER BY a."startDate", a.id LIMIT 1`,
  );
  expect(row?.other).toBeTruthy();
  const { id, other } = row!;
  // Words only the other state's feedback holds: neither the page nor its RSC payload may carry them.
  const secret = `Confidential view ${other} ${Date.now()}`;
  await dbQuery(
    `INSERT INTO "PartnerFeedback" (id, "activityId", "stateCode", usefulness, fit, comment, "updatedAt")
     VALUES ($1, $2, $3, 2, 2, $4, now())
     ON CONFLICT ("activityId", "stateCode") DO UPDATE SET comment = EXCLUDED.comment`,
    [`e2e-feedback-${other.toLowerCase()}`, id, other, secret],
  );

  await signInAs(page, "liaison.ph@example.org");
  const response = await page.goto(`/activities/${id}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("after-action-report")).toBeVisible();
  await expect(page.getByTestId("feedback-form")).toBeVisible();
  expect(await response!.text()).not.toContain(secret);
  expect(await page.content()).not.toContain(secret);
  await expect(page.getByTestId("feedback-row")).toHaveCount(0);

  // Each other user in a browser context of their own.
  const as = async (email: string) => {
    const context = await browser.newContext();
    const other = await context.newPage();
    await signInAs(other, email);
    return other;
  };
  // The other state's officer reads it; a state that did not take part gets the 404 page.
  const officer = await as(`liaison.${other.toLowerCase()}@example.org`);
  await officer.goto(`/activities/${id}`);
  await expect(officer.getByTestId("feedback-form").getByLabel("Comment")).toHaveValue(secret);
  const [outsider] = await dbQuery<{ code: string }>(
    `SELECT s.code FROM "PartnerState" s WHERE s."isAsean"
       AND NOT EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = $1 AND p."stateCode" = s.code) ORDER BY s.code LIMIT 1`,
    [id],
  );
  const stranger = await as(`liaison.${outsider!.code.toLowerCase()}@example.org`);
  expect((await stranger.goto(`/activities/${id}`))?.status()).toBe(404);

  // Planners read every state's feedback, the other state's among them.
  const planner = await as("planner@example.org");
  await planner.goto(`/activities/${id}`);
  await expect(planner.getByTestId("feedback-row").filter({ hasText: secret })).toHaveCount(1);
  await expect(planner.getByTestId("feedback-averages")).toBeVisible();
});
