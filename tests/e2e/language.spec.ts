import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("the language switch shows Japanese labels, and switches back", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  await page.goto("/activities");
  await expect(page.getByRole("heading", { level: 1, name: "Activities" })).toBeVisible();

  await page.getByRole("button", { name: "日本語", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "活動" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("navigation", { name: "メイン" }).getByRole("link", { name: "プログラム" })).toBeVisible();
  await expect(page.getByLabel("年度")).toBeVisible();
  // Fiscal years read as the ministry writes them in Japanese (2026年度), not FY2026.
  const fiscalYears = await page.getByLabel("年度").locator("option").allTextContents();
  expect(fiscalYears.filter((text) => /^\d{4}年度$/.test(text)).length).toBeGreaterThan(5);
  expect(fiscalYears.some((text) => text.includes("FY"))).toBe(false);

  // The choice survives a reload and other pages.
  await page.goto("/framework");
  await expect(page.getByRole("heading", { level: 1, name: "戦略的枠組み" })).toBeVisible();
  await expect(page.getByText("心と心の協力").first()).toBeVisible();

  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Strategic framework" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("the sign-in page can be switched to Japanese before signing in", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "日本語", exact: true }).click();
  await expect(page.getByRole("heading", { name: "サインイン" })).toBeVisible();
  await expect(page.getByLabel("メールアドレス")).toBeVisible();
});

test("Japanese text has a font in any browser: the self-hosted Noto Sans JP, served in slices from the portal", async ({ page }) => {
  const fonts: string[] = [];
  page.on("response", (response) => {
    if (/noto-sans-jp.*\.woff2/.test(response.url())) fonts.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  await page.goto("/login");
  // Ask for the glyphs of the language switch, as a browser without Japanese system fonts does.
  const loaded = await page.evaluate(async () => {
    const faces = await document.fonts.load('16px "Noto Sans JP"', "日本語");
    return { faces: faces.length, covered: document.fonts.check('16px "Noto Sans JP"', "日本語") };
  });
  expect(loaded.faces).toBeGreaterThan(0);
  expect(loaded.covered).toBe(true);
  // Only the slices holding those three characters, each from the portal itself.
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.length).toBeLessThan(5);
  for (const font of fonts) expect(font).toMatch(/^200 \/_next\/static\/media\//);

  // And the browser draws the switch with it (or a Japanese system font), not with empty boxes: the
  // fonts Chromium actually used for the button's glyphs. (A stack with `system-ui` or Arial before
  // it drew them as boxes in DejaVu Sans or Liberation Sans on Linux.)
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "header button[lang=ja]" });
  // (Fonts that drew none of them may be listed too: the button's own font, say.)
  const used = (await cdp.send("CSS.getPlatformFontsForNode", { nodeId })).fonts.filter((font) => font.glyphCount > 0);
  expect(used.reduce((sum, font) => sum + font.glyphCount, 0)).toBe(3);
  for (const font of used)
    expect(font.isCustomFont || /CJK|Hiragino|Yu Gothic|Meiryo|Noto Sans JP/.test(font.familyName), font.familyName).toBe(true);
});

test("the audit log's date filters take and show days as the user's language writes them", async ({ page }) => {
  await signInAs(page, "admin@example.org");
  await page.goto("/admin/audit");
  await page.getByRole("button", { name: "日本語", exact: true }).click();
  const from = page.getByLabel("開始日");
  await expect(from).toHaveAttribute("placeholder", "2026/12/07");
  await from.fill("2026/1/5");
  await page.getByLabel("終了日").fill("2099年12月31日");
  await from.press("Enter");
  await expect(page).toHaveURL(/from=2026%2F1%2F5|from=2026\/1\/5/);
  // Read as ISO days, shown back in the Japanese form.
  await expect(page.getByLabel("開始日")).toHaveValue("2026/01/05");
  await expect(page.getByLabel("終了日")).toHaveValue("2099/12/31");

  await page.getByRole("button", { name: "English", exact: true }).click();
  await expect(page.getByLabel("From (date)")).toHaveValue("2026-01-05");
  await expect(page.getByLabel("From (date)")).toHaveAttribute("placeholder", "YYYY-MM-DD");
});
