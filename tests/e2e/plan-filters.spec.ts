// The plan list filters by program, partner state, status, fiscal year and author, kept in the URL:
// opened from a link or chosen in the form, the list shows what the records say; a liaison officer's
// list stays within the plans shared with their state.
import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

const countOf = async (sql: string, params: unknown[] = []) => (await dbQuery<{ n: number }>(sql, params))[0]!.n;

test("a planner filters the plan list by URL and by the form", async ({ page }) => {
  await signInAs(page, "planner@example.org");
  const approved2025 = await countOf(
    `SELECT count(*)::int AS n FROM "ProgramPlan" WHERE status = 'APPROVED' AND 2025 BETWEEN "firstFiscalYear" AND "lastFiscalYear"`,
  );
  expect(approved2025).toBeGreaterThan(0);
  await page.goto("/plans?status=APPROVED&fy=2025");
  await expect(page.getByTestId("plan-count")).toHaveText(approved2025 === 1 ? "1 plan" : `${approved2025} plans`);
  const filters = page.getByRole("search", { name: "Filter plans" });
  await expect(filters.getByLabel("Status")).toHaveValue("APPROVED");
  await expect(filters.getByLabel("Fiscal year")).toHaveValue("2025");

  // The form: clear, then the Philippines and an author; the URL keeps them.
  await filters.getByRole("link", { name: "Clear" }).click();
  await expect(page).toHaveURL(/\/plans$/);
  const [author] = await dbQuery<{ id: string; name: string }>(
    `SELECT u.id, u.name FROM "User" u WHERE EXISTS (SELECT 1 FROM "ProgramPlan" p WHERE p."authorId" = u.id) ORDER BY u.name LIMIT 1`,
  );
  await filters.getByLabel("Partner state").selectOption("PH");
  await filters.getByLabel("Author").selectOption({ label: author!.name });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]state=PH(&|$)/);
  await expect(page).toHaveURL(new RegExp(`[?&]author=${author!.id}(&|$)`));
  const phByAuthor = await countOf(
    `SELECT count(*)::int AS n FROM "ProgramPlan" p WHERE p."authorId" = $1 AND (
       EXISTS (SELECT 1 FROM "_PlanSharedWith" w WHERE w."B" = p.id AND w."A" = 'PH')
       OR (SELECT g."partnerStateCode" FROM "Program" g WHERE g.id = p."programId") = 'PH'
       OR EXISTS (SELECT 1 FROM "_ProgramPartnerStates" x WHERE x."B" = p."programId" AND x."A" = 'PH'))`,
    [author!.id],
  );
  await expect(page.getByTestId("plan-count")).toHaveText(
    phByAuthor === 0 ? "No plans match." : phByAuthor === 1 ? "1 plan" : `${phByAuthor} plans`,
  );
});

test("a liaison officer's filtered list holds only plans shared with their state", async ({ page }) => {
  await signInAs(page, "liaison.ph@example.org");
  await page.goto("/plans?status=DRAFT");
  // A draft is never theirs to see: the status is not offered and the filter finds nothing.
  await expect(page.getByTestId("plan-count")).toHaveText("No plans match.");
  await expect(page.getByRole("search", { name: "Filter plans" }).getByLabel("Status").locator("option[value=DRAFT]")).toHaveCount(0);
  await page.goto("/plans?state=VN");
  const shared = await dbQuery<{ title: string }>(
    `SELECT p.title FROM "ProgramPlan" p WHERE p."sharedAt" IS NOT NULL AND p.status <> 'DRAFT'
       AND EXISTS (SELECT 1 FROM "_PlanSharedWith" w WHERE w."B" = p.id AND w."A" = 'PH')
       AND (EXISTS (SELECT 1 FROM "_PlanSharedWith" w WHERE w."B" = p.id AND w."A" = 'VN')
         OR (SELECT g."partnerStateCode" FROM "Program" g WHERE g.id = p."programId") = 'VN'
         OR EXISTS (SELECT 1 FROM "_ProgramPartnerStates" x WHERE x."B" = p."programId" AND x."A" = 'VN'))`,
  );
  await expect(page.getByTestId("plan-count")).toHaveText(
    shared.length === 0 ? "No plans match." : shared.length === 1 ? "1 plan" : `${shared.length} plans`,
  );
});
