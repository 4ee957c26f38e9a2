// The review of efforts: a planner reads it per state and key area over a span, opens the records
// behind a figure and downloads it; a liaison officer reads their own state's review, without money.
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("a planner reviews three fiscal years, opens the activities behind a figure and downloads the review", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review of efforts" })).toBeVisible();
  await page.getByLabel("From", { exact: true }).selectOption("2024");
  await page.getByLabel("To", { exact: true }).selectOption("2026");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/fyFrom=2024&fyTo=2026/);
  const byState = page.getByRole("table", { name: "By partner state, FY2024–FY2026" });
  await expect(byState.getByRole("columnheader", { name: "Budget" })).toBeVisible();
  const philippines = byState.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Philippines" }) });
  const conducted = philippines.getByRole("link", { name: /^Philippines, Conducted: / });
  const count = Number((await conducted.textContent())!.replace(/\D/g, ""));
  expect(count).toBeGreaterThan(0);
  // The figure opens exactly the activities it counts.
  await conducted.click();
  await expect(page).toHaveURL(/\/activities\?.*status=CONDUCTED/);
  await expect(page.getByTestId("span-note")).toContainText("FY2024–FY2026");
  await expect(page.getByTestId("activity-count")).toHaveText(new RegExp(`^${count} activit`));

  await page.goBack();
  const download = page.waitForEvent("download");
  await page.getByLabel("Format", { exact: true }).selectOption("xlsx");
  await page.getByRole("button", { name: "Download" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("review-FY2024-FY2026-en.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toContain("Budget (JPY)");
  const row = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(2).value === "Philippines")!;
  expect(row.getCell(header.indexOf("Activities conducted") + 1).value).toBe(count);
});

test("a liaison officer reads their own state's review in Japanese, with no yen figure and no other state", async ({ page }) => {
  await signInAs(page, "liaison.ph@example.org");
  await page.getByRole("button", { name: "日本語", exact: true }).click();
  await page.goto("/review?fyFrom=2020&fyTo=2026");
  await expect(page.getByRole("heading", { level: 1, name: "取組のレビュー" })).toBeVisible();
  const byState = page.getByRole("table", { name: "相手国別（2020年度–2026年度）" });
  await expect(byState.getByRole("rowheader")).toHaveText(["フィリピン", "合計"]);
  const html = await page.content();
  expect(html).not.toMatch(/¥|￥|円|予算|支出/);
  // Nor in the page's data for the client (the RSC payload).
  const rsc = await page.request.get("/review?fyFrom=2020&fyTo=2026", { headers: { RSC: "1" } });
  expect(await rsc.text()).not.toMatch(/budgetJpy|actualJpy|¥/);
  // Money's own page is not theirs.
  const spending = await page.goto("/review/spending?fyFrom=2020&fyTo=2026");
  expect(spending!.status()).toBe(404);
});
