// `npm run screenshots`: the README's screenshots (docs/screenshots/), taken from a running portal with
// the demo data (`npm start`; PORTAL_URL, default http://127.0.0.1:3000), as a planner, in English and
// Japanese, on a desktop (1366 px) and a phone (390 px). Run it again after a change a user would see.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./lib/chromium";

const BASE = process.env.PORTAL_URL ?? "http://127.0.0.1:3000";
const OUT = path.join(process.cwd(), "docs", "screenshots");

/** Each shot: a file name, a page, its language, the window's width and how much of the page to keep. */
const SHOTS: { name: string; path: string; locale: "en" | "ja"; width: number; height: number; from?: string }[] = [
  { name: "dashboard", path: "/", locale: "en", width: 1366, height: 1400 },
  { name: "plan", path: "/plans/seed-demo-ph-plan", locale: "en", width: 1366, height: 1400 },
  {
    name: "timeline",
    path: "/activities/timeline",
    locale: "en",
    width: 1366,
    height: 1400,
    // The timeline itself, past the filters.
    from: "h2",
  },
  { name: "map", path: "/insights/map", locale: "en", width: 1366, height: 1400 },
  { name: "dashboard-phone-ja", path: "/", locale: "ja", width: 390, height: 3400 },
  { name: "activities-phone", path: "/activities", locale: "en", width: 390, height: 1800 },
];

async function main() {
  await mkdir(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (const shot of SHOTS) {
      const context = await browser.newContext({ viewport: { width: shot.width, height: shot.width > 800 ? 900 : 844 } });
      await context.addCookies([{ name: "NEXT_LOCALE", value: shot.locale, url: BASE }]);
      const page = await context.newPage();
      await page.goto(`${BASE}/login`);
      await page.locator("#email").fill("planner@example.org");
      await page.locator("#password").fill("demo-password-2026");
      await page.locator("form button[type=submit]").click();
      await page.waitForURL(`${BASE}/`);
      await page.goto(`${BASE}${shot.path}`);
      // The Japanese web font's slices load as the text needs them.
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(OUT, `${shot.name}.png`);
      // From the top of the page, or of the part the shot is for (`from`), as much as `height` allows.
      const top = shot.from
        ? await page
            .locator(shot.from)
            .first()
            .evaluate((element) => Math.max(0, element.getBoundingClientRect().top + window.scrollY - 16))
        : 0;
      const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.screenshot({
        path: file,
        fullPage: true,
        clip: { x: 0, y: top, width: shot.width, height: Math.min(shot.height, pageHeight - top) },
      });
      console.log(`wrote ${path.relative(process.cwd(), file)}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
