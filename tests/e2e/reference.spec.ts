// Reference data: an admin edits an ASEAN-led framework's Japanese name, sees it saved and listed, and
// the audit log shows the change with its before and after; the pages do not exist for a planner.
import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

test("an admin edits a framework's Japanese name; the list and the audit log show the change", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "admin@example.org");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reference data" }).click();
  await expect(page).toHaveURL(/\/admin\/reference$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reference data");

  const [before] = await dbQuery<{ nameJa: string; version: number }>(`SELECT "nameJa", version FROM "Framework" WHERE code = 'JA_DVMF'`);
  await page.getByTestId("framework-JA_DVMF").getByRole("link", { name: "Edit Japan-ASEAN Defence Vice-Ministerial Forum" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Japan-ASEAN Defence Vice-Ministerial Forum");
  const nameJa = page.getByLabel("Name (Japanese)");
  await expect(nameJa).toHaveValue(before!.nameJa);

  // A refusal is shown beside the field and keeps what was typed.
  const renamed = `日ASEAN防衛当局次官級会合（${Date.now()}）`;
  await nameJa.fill(renamed);
  await page.getByLabel("Name (English)").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Some fields need your attention. Nothing was saved.")).toBeVisible();
  await expect(page.getByLabel("Name (English)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#framework-nameEn-errors")).toHaveText("Required.");
  await expect(nameJa).toHaveValue(renamed);
  expect((await dbQuery<{ nameJa: string }>(`SELECT "nameJa" FROM "Framework" WHERE code = 'JA_DVMF'`))[0]!.nameJa).toBe(before!.nameJa);

  await page.getByLabel("Name (English)").fill("Japan-ASEAN Defence Vice-Ministerial Forum");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Saved. The change is recorded in the audit log.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toBeEnabled();
  const [after] = await dbQuery<{ nameJa: string; version: number }>(`SELECT "nameJa", version FROM "Framework" WHERE code = 'JA_DVMF'`);
  expect(after).toEqual({ nameJa: renamed, version: before!.version + 1 });

  await page.getByRole("link", { name: "Back to reference data" }).click();
  await expect(page.getByTestId("framework-JA_DVMF")).toContainText(renamed);

  await page.goto("/admin/audit?action=reference.framework.update");
  const event = page.locator("details").filter({ hasText: renamed }).first();
  await expect(event.locator("summary")).toContainText("reference.framework.update on Framework JA_DVMF");
  await expect(event.locator("summary")).toContainText("admin@example.org");
  await event.locator("summary").click();
  const changed = event.locator("tr[data-changed]");
  await expect(changed).toHaveCount(1);
  await expect(changed).toContainText("nameJa");
  await expect(changed).toContainText(before!.nameJa);
  await expect(changed).toContainText(renamed);
});

test("the reference data pages do not exist for a planner", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, "planner@example.org");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Reference data" })).toHaveCount(0);
  for (const path of [
    "/admin/reference",
    "/admin/reference/frameworks/ADMM",
    "/admin/reference/states/VN",
    "/admin/reference/texts/end/E1",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});
