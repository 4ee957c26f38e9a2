import { expect, test } from "@playwright/test";
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
  expect((await anonymous.get("/api/exports/activities", { maxRedirects: 0 })).status()).toBe(401);
  await anonymous.dispose();
});
