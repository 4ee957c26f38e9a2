// Reports from the browser: choose a report, filter it, download each format with progress shown,
// and get the database's rows; a liaison officer's report holds their state only.
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

async function download(page: Page, name: RegExp) {
  const link = page.getByRole("link", { name });
  // The progress and the "downloaded" message come from the link's script: wait until it runs.
  await expect(link).toHaveAttribute("data-interactive", "true");
  const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

const count = async (sql: string) => Number((await dbQuery<{ n: string }>(sql))[0]!.n);

test("a planner downloads the plans report as CSV, XLSX and PDF for a fiscal-year range", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await browser.newPage();
  await signInAs(page, "planner@example.org");
  // The activities report's preview leads with what a reader knows an activity by, not its internal
  // id (the files' first column), and says that the files hold it.
  await page.goto("/reports?report=activities");
  const preview = page.getByRole("region", { name: /The first \d+ rows? of the report/ });
  await expect(preview.locator("th").first()).toHaveText("Fiscal year");
  await expect(preview.locator("th", { hasText: /^ID$/ })).toHaveCount(0);
  await expect(page.getByText("The files also hold each record's id, in their first column.")).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reports" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reports");
  await page
    .getByRole("navigation", { name: "Report" })
    .getByRole("link", { name: /^Plans/ })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Plans" })).toBeVisible();
  await page.getByLabel("From fiscal year").selectOption("2024");
  await page.getByLabel("To fiscal year").selectOption("2025");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/report=plans.*fyFrom=2024.*fyTo=2025/);
  const expected = await count(`SELECT count(*) AS n FROM "PlanYear" WHERE "fiscalYear" BETWEEN 2024 AND 2025`);
  await expect(page.getByTestId("report-count")).toHaveText(`${expected} rows match these filters`);

  const csv = await download(page, /Download Plans as CSV/);
  await expect(page.getByText("Plans (CSV) is downloaded.")).toBeVisible();
  expect(csv.name).toMatch(/^plans-FY2024-to-FY2025-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\uFEFFPlan,Program,Plan status")).toBe(true);
  // One line per row: objectives and milestones are joined with "; " on one line.
  expect(text.trim().split("\r\n")).toHaveLength(expected + 1);

  const xlsx = await download(page, /Download Plans as Excel/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.bytes as never);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe("Plan");
  expect(sheet.actualRowCount).toBe(expected + 1);

  const pdf = await download(page, /Download Plans as PDF/);
  expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
});

test("the export route refuses what it should, in words", async ({ browser }) => {
  const page = await browser.newPage();
  await signInAs(page, "planner@example.org");
  expect((await page.request.get("/api/reports/unknown?format=csv")).status()).toBe(404);
  const bad = await page.request.get("/api/reports/activities?format=exe");
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toBe("Choose CSV, XLSX or PDF.");
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get("/api/reports/activities?format=csv")).status()).toBe(401);
  await anonymous.close();
});

test("a liaison officer's reports hold their state only, and the export is on the audit trail", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await browser.newPage();
  await signInAs(page, "liaison.ph@example.org");
  await page.goto("/reports?report=needs");
  await expect(page.getByText("Your reports hold Philippines's records only", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Partner state")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Annual report (PDF)" })).toHaveCount(0);
  const expected = await count(`SELECT count(*) AS n FROM "PartnerNeed" WHERE "stateCode" = 'PH'`);
  const csv = await download(page, /Download Partner needs as CSV/);
  const rows = csv.bytes.toString("utf8").trim().split("\r\n").slice(1);
  expect(rows).toHaveLength(expected);
  for (const row of rows) expect(row).toContain(",Philippines,");
  const [event] = await dbQuery<{ entityId: string; after: { format: string; rows: number } }>(
    `SELECT e."entityId", e.after FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId"
     WHERE u.email = 'liaison.ph@example.org' AND e.action = 'report.export' ORDER BY e.at DESC LIMIT 1`,
  );
  expect(event).toMatchObject({ entityId: "needs", after: { format: "csv", rows: expected } });
});

test("an admin downloads the annual report in Japanese", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await browser.newPage();
  await signInAs(page, "admin@example.org");
  await page.goto("/reports");
  const annual = page.getByRole("region", { name: "Annual report (PDF)" });
  await annual.getByLabel("Fiscal year").selectOption("2024");
  await annual.getByLabel("Language").selectOption("ja");
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    annual.getByRole("button", { name: "Download the annual report" }).click(),
  ]);
  expect(file.suggestedFilename()).toBe("annual-report-FY2024-ja.pdf");
  const bytes = await readFile((await file.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
});
