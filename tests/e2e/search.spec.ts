// The portal-wide search: typed into the header's box, results grouped by kind with the matching words
// marked; Japanese two-character terms; a liaison officer finds nothing of another state's.
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("a planner searches from the header: grouped results, matches marked, descriptions searched", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  const box = page.getByRole("searchbox", { name: "Search the portal" });
  await box.fill("DECOMPRESSION");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=DECOMPRESSION/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search: DECOMPRESSION");
  const activities = page.getByRole("region", { name: /^Activities/ });
  // Found in a description, in any case; the activity's title leads to it.
  await expect(activities.getByRole("link", { name: "Diving medicine seminar" }).first()).toBeVisible();
  await expect(activities.locator("mark").first()).toHaveText(/^decompression$/i);

  await box.fill("訓練");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=%E8%A8%93%E7%B7%B4/);
  const training = page.getByRole("region", { name: /^Activities/ });
  await expect(training.locator("li").first()).toBeVisible();
  await expect(training.locator("mark", { hasText: "訓練" }).first()).toBeVisible();
  await box.fill("高気圧");
  await box.press("Enter");
  await expect(
    page
      .getByRole("region", { name: /^Activities/ })
      .getByRole("link", { name: "Hyperbaric treatment training" })
      .first(),
  ).toBeVisible();
});

test("a one-character query asks for two characters", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/search?q=a");
  await expect(page.getByText("Type at least two characters.")).toBeVisible();
});

test("a liaison officer finds their state's records, never another state's, in Japanese too", async ({ page }) => {
  await signInAs(page, "liaison.ph@example.org");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "ja", domain: "127.0.0.1", path: "/" }]);
  await page.goto("/");
  const box = page.getByRole("searchbox", { name: "ポータル内を検索" });
  await box.fill("訓練");
  await box.press("Enter");
  const activities = page.getByRole("region", { name: /^活動/ });
  await expect(activities.locator("mark", { hasText: "訓練" }).first()).toBeVisible();
  await expect(page.getByText("高気圧酸素治療訓練")).toHaveCount(0);
  // Two words, both required: the Philippines' field medical training.
  await page.getByRole("searchbox", { name: "ポータル内を検索" }).fill("野外 訓練");
  await page.getByRole("searchbox", { name: "ポータル内を検索" }).press("Enter");
  await expect(page).toHaveURL(/q=%E9%87%8E%E5%A4%96\+%E8%A8%93%E7%B7%B4/);
  const field = page.getByRole("region", { name: /^活動/ }).getByRole("link", { name: "災害対処のための野外衛生訓練" });
  await expect(field.first()).toBeVisible();
  await expect(field.first().locator("mark")).toHaveText(["野外", "訓練"]);
  // Viet Nam's activities, found by the planner above, are not the Philippines' officer's to find.
  for (const q of ["高気圧", "decompression"]) {
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    await expect(page.getByText(`「${q}」に一致するものはありません。`)).toBeVisible();
  }
});
