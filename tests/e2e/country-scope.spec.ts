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
  const forbidden = new Set([...vn.activities.map((id) => `/activities/${id}`), ...vn.programs.map((id) => `/programs/${id}`), ...vn.needs.map((id) => `/needs/${id}`)]);
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
  const ids = text.slice(1).trim().split("\r\n").slice(1).map((line) => line.split(",")[0]);
  const [{ n }] = (await dbQuery<{ n: string }>(`SELECT count(DISTINCT "activityId") AS n FROM "ActivityParticipant" WHERE "stateCode" = 'PH'`)) as [{ n: string }];
  expect(ids).toHaveLength(Number(n));
  expect(ids.filter((id) => vn.activities.includes(id!))).toEqual([]);
});
