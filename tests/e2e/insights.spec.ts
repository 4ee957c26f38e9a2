// The insight pages (coverage matrix, charts, map): a planner's figures match the database and open
// exactly the activities they count; the pages pass axe in both languages; a liaison officer finds
// no such pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

const ASEAN = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"];

/** The number in "12 activities" (0 for "No activities match."). */
const countIn = (text: string | null) => Number((text ?? "").replace(/\D/g, "") || 0);

/** Activities of an ASEAN state per key area in a fiscal year, busiest first, from the database. */
async function coverageCells(fy: number) {
  const rows = await dbQuery<{ stateCode: string; keyArea: string; n: string }>(
    `SELECT p."stateCode", k."B" AS "keyArea", count(*) AS n
     FROM "Activity" a
     JOIN "ActivityParticipant" p ON p."activityId" = a.id
     JOIN "PartnerState" s ON s.code = p."stateCode" AND s."isAsean"
     JOIN "_ActivityToKeyArea" k ON k."A" = a.id
     WHERE a."fiscalYear" = $1
     GROUP BY 1, 2 ORDER BY n DESC, 1, 2`,
    [fy],
  );
  return rows.map((row) => ({ ...row, n: Number(row.n) }));
}

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 3)
        .join(", ")})`,
  );
}

test("a planner reads the coverage matrix; a cell opens exactly the activities it counts", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coverage matrix");

  await page.getByLabel("Fiscal year", { exact: true }).selectOption("2025");
  await page.getByRole("search", { name: "Insight filters" }).getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/\/insights\?.*fy=2025/);

  const matrix = page.getByTestId("coverage-matrix");
  // A header row, the 11 member states, the totals.
  await expect(matrix.getByRole("row")).toHaveCount(ASEAN.length + 2);
  const cells = await coverageCells(2025);
  const busiest = cells[0]!;
  expect(busiest.n).toBeGreaterThan(0);
  await expect(page.getByTestId("coverage-total")).toHaveText(String(cells.reduce((sum, cell) => sum + cell.n, 0)));
  // A state and key area with nothing is a dash, not a link.
  const empty = ASEAN.flatMap((state) => ["K1", "K2", "K3"].map((keyArea) => ({ state, keyArea }))).find(
    ({ state, keyArea }) => !cells.some((cell) => cell.stateCode === state && cell.keyArea === keyArea),
  );
  if (empty) await expect(page.getByTestId(`cell-${empty.state}-${empty.keyArea}`).getByRole("link")).toHaveCount(0);

  const link = page.getByTestId(`cell-${busiest.stateCode}-${busiest.keyArea}`).getByRole("link");
  await expect(link).toHaveText(String(busiest.n));
  await expect(link).toHaveAccessibleName(new RegExp(`FY2025: ${busiest.n} activit`));
  await link.click();
  await expect(page).toHaveURL(/\/activities\?/);
  const url = new URL(page.url());
  expect(Object.fromEntries(url.searchParams)).toEqual({ fy: "2025", state: busiest.stateCode, keyArea: busiest.keyArea });
  expect(countIn(await page.getByTestId("activity-count").textContent())).toBe(busiest.n);
});

test("the map shows the 11 member states with their counts; a state opens its activities", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/insights/map?fyFrom=2025&fyTo=2025");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activities on the map");
  const map = page.getByTestId("region-map");
  await expect(map.locator("a[data-state]")).toHaveCount(ASEAN.length);
  await expect(page.getByTestId("marker-SG")).toBeVisible();

  const rows = await dbQuery<{ stateCode: string; n: string }>(
    `SELECT p."stateCode", count(*) AS n FROM "ActivityParticipant" p JOIN "Activity" a ON a.id = p."activityId"
     WHERE a."fiscalYear" = 2025 GROUP BY 1`,
  );
  const expected = (code: string) => Number(rows.find((row) => row.stateCode === code)?.n ?? 0);
  const table = page.getByTestId("state-counts");
  for (const code of ASEAN) {
    const state = map.locator(`a[data-state="${code}"]`);
    await expect(state, code).toHaveAttribute("href", `/activities?fy=2025&state=${code}`);
    await expect(state, code).toHaveAttribute("aria-label", new RegExp(expected(code) ? `: ${expected(code)} activit` : ": no activities"));
    await expect(table.locator(`tr[data-state="${code}"] td`), code).toHaveText(String(expected(code)));
  }
  // Shaded by quintiles of the states' counts (or a step a count), as the legend says: "none", then up to five steps, no
  // more than there are distinct counts (lib/map/shading.test.ts checks the cut itself).
  const legend = page.getByTestId("shade-legend");
  const distinct = new Set(ASEAN.map(expected).filter((n) => n > 0)).size;
  // Up to five distinct counts, a step each; more, five quintiles.
  await expect(legend).toContainText(distinct <= 5 ? "A step for each count." : "Steps by quintile");
  const steps = await legend.locator("li").count();
  expect(steps).toBeGreaterThanOrEqual(distinct > 0 ? 2 : 1);
  expect(steps).toBeLessThanOrEqual(1 + Math.min(5, distinct));

  // By keyboard: the Philippines' shape is a link like any other.
  await map.locator('a[data-state="PH"]').focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/activities\?fy=2025&state=PH$/);
  expect(countIn(await page.getByTestId("activity-count").textContent())).toBe(expected("PH"));
});

test("over several fiscal years a state opens the activity timeline of those years", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/insights/map?fyFrom=2023&fyTo=2025&keyArea=K2");
  const [row] = await dbQuery<{ n: string }>(
    `SELECT count(*) AS n FROM "ActivityParticipant" p JOIN "Activity" a ON a.id = p."activityId"
     WHERE p."stateCode" = 'VN' AND a."fiscalYear" BETWEEN 2023 AND 2025
       AND a.id IN (SELECT "A" FROM "_ActivityToKeyArea" WHERE "B" = 'K2')`,
  );
  const count = page.getByTestId("state-counts").locator('tr[data-state="VN"] td');
  await expect(count).toHaveText(String(Number(row?.n)));
  if (Number(row?.n) > 0) {
    await count.getByRole("link").click();
    await expect(page).toHaveURL(/\/activities\/timeline\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ state: "VN", keyArea: "K2", from: "2023", to: "2025" });
    expect(countIn(await page.getByTestId("timeline-count").textContent())).toBe(Number(row?.n));
  }
});

test("the charts page draws a chart per means and key area, with a legend and the figures as a table", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/insights/charts?fyFrom=2018&fyTo=2027");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activities over time");
  await expect(page.getByTestId("chart-legend")).toContainText("Conducted");

  const byMeans = page.getByRole("region", { name: "By means" });
  await expect(byMeans.getByRole("img")).toHaveCount(5);
  await expect(page.getByRole("region", { name: "By key area" }).getByRole("img")).toHaveCount(3);
  await expect(byMeans.getByTestId("chart-M4")).toHaveAccessibleName(
    /Joint training and exercises: activities per fiscal year, FY2018 to FY2027/,
  );

  await byMeans.getByText("The figures as a table").click();
  const table = byMeans.getByTestId("chart-table");
  await expect(table).toBeVisible();
  const [row] = await dbQuery<{ n: string }>(
    `SELECT count(*) AS n FROM "Activity" WHERE "fiscalYear" = 2025 AND id IN (SELECT "A" FROM "_ActivityToMeans" WHERE "B" = 'M4')`,
  );
  // Columns: the row's name, then FY2018..FY2027: FY2025 is the eighth year.
  const cells = table.getByRole("row", { name: /^Joint training and exercises/ }).getByRole("cell");
  await expect(cells.nth(7)).toHaveText(String(Number(row?.n)));
});

for (const locale of ["en", "ja"]) {
  test(`the insight pages have no WCAG A/AA violations (${locale})`, async ({ page }) => {
    test.setTimeout(90_000);
    await signInAs(page, "planner@example.org");
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "127.0.0.1", path: "/" }]);
    for (const path of ["/insights?fy=2025", "/insights/charts", "/insights/map?fyFrom=2023&fyTo=2025"]) {
      await page.goto(path);
      expect(await axeViolations(page), `${locale} ${path}`).toEqual([]);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    }
  });
}

test("the insight pages do not exist for a liaison officer", async ({ page }) => {
  await signInAs(page, "liaison.ph@example.org");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" })).toHaveCount(0);
  for (const path of ["/insights", "/insights/charts", "/insights/map", "/insights?fy=2025&program=seed-program-srcp"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
