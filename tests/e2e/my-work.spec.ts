// "My work" across two users: a need a liaison officer submits waits in a planner's My work, counted
// in the navigation; a plan submitted for review waits in another planner's My work, never its author's.
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

/** The number beside "My work" in the navigation (0 when none is shown). */
async function navCount(page: Page): Promise<number> {
  const badge = page.getByRole("navigation", { name: "Main" }).getByTestId("nav-count");
  return (await badge.count()) ? Number((await badge.textContent())!.replace("+", "")) : 0;
}

test("a need a liaison officer submits is in a planner's My work, and the navigation counts it", async ({ browser }) => {
  test.setTimeout(120_000);
  const planner = await (await browser.newContext()).newPage();
  await signInAs(planner, "planner@example.org");
  // First in the navigation.
  await expect(planner.getByRole("navigation", { name: "Main" }).getByRole("link").first()).toHaveText(/^My work/);
  const before = await navCount(planner);

  const officer = await (await browser.newContext()).newPage();
  await signInAs(officer, "liaison.vn@example.org");
  await officer.goto("/needs/new");
  const title = `Submarine rescue familiarisation ${Date.now()}`;
  await officer.getByLabel("Title").fill(title);
  await officer.getByLabel("Description").fill("Observers from the Vietnam People's Navy at a submarine rescue drill.");
  await officer.getByLabel("Key area").selectOption({ index: 1 });
  await officer.getByLabel("Priority").selectOption({ label: "High" });
  await officer.getByRole("button", { name: "Submit the need" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(title);
  // The officer's own My work: their state's lists, not JMOD's triage.
  await officer.goto("/my-work");
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("My work");
  await expect(officer.getByRole("heading", { name: "Partner needs to triage" })).toHaveCount(0);

  await planner.goto("/my-work");
  const triage = planner.locator("section").filter({ has: planner.getByRole("heading", { name: "Partner needs to triage" }) });
  const link = triage.getByRole("link", { name: title });
  await expect(link).toBeVisible();
  await expect(triage).toContainText("Viet Nam");
  if (before < 99) expect(await navCount(planner)).toBe(before + 1);
  await link.click();
  await expect(planner.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a plan submitted for review waits in planner2's My work, not in its author's", async ({ browser }) => {
  test.setTimeout(120_000);
  const PLAN = "/plans/seed-demo-plan-bn-fy2026"; // planner@'s plan, back in draft in the demo
  const author = await (await browser.newContext()).newPage();
  await signInAs(author, "planner@example.org");
  await author.goto(PLAN);
  const title = (await author.getByRole("heading", { level: 1 }).textContent())!.trim();
  await author.getByRole("button", { name: "Share with partners" }).click();
  await expect(author.getByRole("button", { name: "Submit for review" })).toBeVisible();
  await author.getByRole("button", { name: "Submit for review" }).click();
  await expect(author.getByTestId("announcement")).toHaveText("Submitted for review.");

  const approvals = (page: Page) =>
    page.locator("section").filter({ has: page.getByRole("heading", { name: "Plans submitted for review that you may approve" }) });
  await author.goto("/my-work");
  await expect(approvals(author)).toBeVisible();
  await expect(approvals(author).getByRole("link", { name: title })).toHaveCount(0);

  const reviewer = await (await browser.newContext()).newPage();
  await signInAs(reviewer, "planner2@example.org");
  await reviewer.goto("/my-work");
  await expect(approvals(reviewer).getByRole("link", { name: title })).toBeVisible();
  await approvals(reviewer).getByRole("link", { name: title }).click();
  await expect(reviewer.getByRole("button", { name: "Approve" })).toBeVisible();
});
