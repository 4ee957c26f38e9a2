// "Copy as a new plan": a planner copies a plan to later fiscal years and lands on the new draft; a
// fiscal year out of range is answered beside the field, copying nothing.
import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

test("a planner copies a plan as a new draft with its years moved", async ({ page }) => {
  test.setTimeout(90_000);
  // A plan whose copy meets the principles as a new plan must: multilateral, or citing a partner need (H1).
  const [plan] = await dbQuery<{ id: string; title: string; first: number; last: number }>(
    `SELECT p.id, p.title, p."firstFiscalYear" AS first, p."lastFiscalYear" AS last FROM "ProgramPlan" p JOIN "Program" g ON g.id = p."programId"
     WHERE p.status <> 'DRAFT' AND p."lastFiscalYear" > p."firstFiscalYear"
       AND (g.kind = 'MULTILATERAL' OR EXISTS (SELECT 1 FROM "_NeedPlans" n WHERE n."B" = p.id))
     ORDER BY p."lastFiscalYear" DESC, p.id LIMIT 1`,
  );
  const count = async () => (await dbQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "ProgramPlan"`))[0]!.n;
  await signInAs(page, "planner@example.org");
  await page.goto(`/plans/${plan!.id}`);
  const copy = page.getByRole("region", { name: "Copy as a new plan" });
  const field = copy.getByLabel("First fiscal year of the copy");
  await expect(field).toHaveValue(String(plan!.last + 1));

  // Out of range: the message beside the field, nothing written.
  const before = await count();
  await field.fill("1999");
  await copy.getByRole("button", { name: "Copy as a new plan" }).click();
  await expect(copy.getByText("Enter a fiscal year from 2000 to 2100.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(new RegExp(`/plans/${plan!.id}$`));
  expect(await count()).toBe(before);

  const first = plan!.last + 10;
  await field.fill(String(first));
  await copy.getByRole("button", { name: "Copy as a new plan" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/plans/${plan!.id}$`));
  await expect(page).toHaveURL(/\/plans\/[A-Za-z0-9_-]+$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByRole("heading", { level: 1 })).toContainText(plan!.title);
  await expect(page.getByRole("main").getByText("Draft", { exact: true }).first()).toBeVisible();
  const [copied] = await dbQuery<{ first: number; last: number; status: string; supersedesId: string | null }>(
    `SELECT "firstFiscalYear" AS first, "lastFiscalYear" AS last, status::text, "supersedesId" FROM "ProgramPlan" WHERE id = $1`,
    [id],
  );
  expect(copied).toEqual({ first, last: first + plan!.last - plan!.first, status: "DRAFT", supersedesId: null });
  await expect(page.getByTestId("plan-year")).toHaveCount(plan!.last - plan!.first + 1);
});
