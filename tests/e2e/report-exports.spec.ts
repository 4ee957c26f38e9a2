// Exports on the audit trail, over real HTTP: a download writes exactly one `report.export` event; the
// reports page's row count and preview and a HEAD request write none; past the per-user limit
// (REPORT_EXPORT_LIMIT, see playwright.config.ts) an export is refused with 429, Retry-After and words
// in the user's language, shown beside the download link, and writes nothing, while other users go on.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

const LIMIT = Number(process.env.REPORT_EXPORT_LIMIT ?? 30);
// A report with no rows: quick to produce, yet a real, audited export.
const SMALL = "/api/reports/coverage?format=csv&fyFrom=2100&fyTo=2100";

async function exportsBy(email: string): Promise<number> {
  const [row] = await dbQuery<{ n: string }>(
    `SELECT count(*) AS n FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId" WHERE u.email = $1 AND e.action = 'report.export'`,
    [email],
  );
  return Number(row!.n);
}

async function exportsInWindow(email: string): Promise<number> {
  const [row] = await dbQuery<{ n: string }>(
    `SELECT count(*) AS n FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId"
     WHERE u.email = $1 AND e.action = 'report.export' AND e.at > clock_timestamp() - interval '10 minutes'`,
    [email],
  );
  return Number(row!.n);
}

test("HEAD answers an export's headers without the file and writes nothing; the page's preview neither; a download writes one event", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const email = "liaison.my@example.org";
  const page = await browser.newPage();
  await signInAs(page, email);
  const before = await exportsBy(email);

  await page.goto("/reports?report=activities");
  await expect(page.getByTestId("report-count")).toHaveText(/\d+ rows? match/);
  const url = "/api/reports/activities?format=csv&fyFrom=2015&fyTo=2030";
  const headers = await page.request.head(url);
  expect(headers.status()).toBe(200);
  expect(headers.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(headers.headers()["content-disposition"]).toMatch(/^attachment; filename="activities-FY2015-to-FY2030-.*\.csv"$/);
  expect((await headers.body()).length).toBe(0);
  expect(await exportsBy(email)).toBe(before);

  const download = await page.request.get(url);
  expect(download.status()).toBe(200);
  expect(download.headers()["x-row-count"]).toBe(headers.headers()["x-row-count"]);
  expect(await exportsBy(email)).toBe(before + 1);
  const [event] = await dbQuery<{ entityId: string; after: { format: string; rows: number; filters: Record<string, unknown> } }>(
    `SELECT e."entityId", e.after FROM "AuditEvent" e JOIN "User" u ON u.id = e."actorId"
     WHERE u.email = $1 AND e.action = 'report.export' ORDER BY e.id DESC LIMIT 1`,
    [email],
  );
  expect(event).toEqual({
    entityId: "activities",
    after: { format: "csv", rows: Number(headers.headers()["x-row-count"]), filters: { fyFrom: 2015, fyTo: 2030 } },
  });
  await page.close();
});

test("past the export limit: 429 with Retry-After and words in the user's language, nothing written, other users unaffected", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const email = "planner2@example.org";
  const page = await browser.newPage();
  await signInAs(page, email);
  const request: APIRequestContext = page.request;

  // The annual report's HEAD: its headers, nothing rendered, nothing recorded.
  const annualHead = await request.head("/api/reports/annual?fy=2025&lang=ja");
  expect(annualHead.status()).toBe(200);
  expect(annualHead.headers()["content-disposition"]).toBe('attachment; filename="annual-report-FY2025-ja.pdf"');

  // Up to the limit, every download goes through and is recorded once.
  const already = await exportsInWindow(email);
  const total = await exportsBy(email);
  const remaining = LIMIT - already;
  expect(remaining).toBeGreaterThan(0);
  for (let sent = 0; sent < remaining; sent += 4) {
    const batch = await Promise.all(Array.from({ length: Math.min(4, remaining - sent) }, () => request.get(SMALL)));
    expect(batch.map((response) => response.status())).toEqual(batch.map(() => 200));
  }
  expect(await exportsBy(email)).toBe(total + remaining);

  // One more: refused, with the wait in seconds and in words.
  const refused = await request.get(SMALL);
  expect(refused.status()).toBe(429);
  expect(refused.headers()["content-type"]).toBe("text/plain; charset=utf-8");
  const wait = Number(refused.headers()["retry-after"]);
  expect(wait).toBeGreaterThan(0);
  expect(wait).toBeLessThanOrEqual(600);
  const minutes = Math.ceil(wait / 60);
  expect(await refused.text()).toBe(
    `You have reached the limit of ${LIMIT} report downloads in 10 minutes. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
  );
  const japanese = await request.get(SMALL, { headers: { "Accept-Language": "ja" } });
  expect(japanese.status()).toBe(429);
  expect(await japanese.text()).toMatch(
    new RegExp(`^報告書のダウンロードは10分間に${LIMIT}件までです。\\d+分後にもう一度お試しください。$`),
  );
  // Every kind of export shares the limit; HEAD says so too, without counting.
  expect((await request.get("/api/reports/annual?fy=2025&lang=en")).status()).toBe(429);
  expect((await request.head("/api/reports/plans?format=xlsx")).status()).toBe(429);
  expect(await exportsBy(email)).toBe(total + remaining);

  // The download link shows the refusal, not a generic error.
  await page.goto("/reports?report=plans");
  const link = page.getByRole("link", { name: "Download Plans as CSV" });
  await expect(link).toHaveAttribute("data-interactive", "true"); // the refusal is shown by the link's script
  await link.click();
  // (Next's route announcer is an alert of its own, and empty.)
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    /^You have reached the limit of \d+ report downloads in 10 minutes\. Try again in \d+ minutes?\.$/,
  );
  expect(await exportsBy(email)).toBe(total + remaining);

  // Another user exports as usual.
  const other = "liaison.my@example.org";
  const otherPage = await browser.newPage();
  await signInAs(otherPage, other);
  const otherBefore = await exportsBy(other);
  expect((await otherPage.request.get(SMALL)).status()).toBe(200);
  expect(await exportsBy(other)).toBe(otherBefore + 1);
  await otherPage.close();
  await page.close();
});

test("the plans PDF holds at least 15 rows a page, as downloaded", async ({ page }) => {
  const { getDocumentProxy } = await import("unpdf");
  await signInAs(page, "admin@example.org");
  const response = await page.request.get("/api/reports/plans?format=pdf");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const rows = Number(response.headers()["x-row-count"]);
  const document = await getDocumentProxy(new Uint8Array(await response.body()));
  // Each row has one fiscal year of its own ("FY2026") in the fiscal-year column.
  const perPage: number[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const items = (await (await document.getPage(number)).getTextContent()).items.flatMap((item) =>
      "str" in item ? [{ text: item.str.trim(), x: item.transform[4] as number }] : [],
    );
    const column = items.find((item) => item.text.startsWith("Fiscal"))!;
    perPage.push(items.filter((item) => /^FY\d{4}$/.test(item.text) && Math.abs(item.x - column.x) < 1).length);
  }
  expect(perPage.reduce((a, b) => a + b, 0)).toBe(rows);
  expect(perPage.length).toBeGreaterThan(1);
  for (const count of perPage.slice(0, -1)) expect(count).toBeGreaterThanOrEqual(15);
});
