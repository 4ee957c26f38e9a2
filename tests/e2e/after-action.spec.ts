// After-action reports and partner feedback in the browser: a planner writes the overdue report of a
// conducted activity with a follow-up (a missing owner refused beside its field), the T7 warning goes,
// and the follow-up is closed on the activity page; a liaison officer of a state that took part rates
// the activity (a missing rating refused beside its field) and finds the rating saved.
import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

test("a planner writes the overdue report of a conducted activity with a follow-up, then closes the follow-up", async ({ page }) => {
  test.setTimeout(120_000);
  // The longest overdue: a conducted activity ended more than 30 days ago without a report (T7).
  const [activity] = await dbQuery<{ id: string; title: string }>(
    `SELECT a.id, a.title FROM "Activity" a WHERE a.status = 'CONDUCTED' AND a."endDate" < now() - interval '40 days'
       AND NOT EXISTS (SELECT 1 FROM "AfterActionReport" r WHERE r."activityId" = a.id) ORDER BY a."endDate", a.id LIMIT 1`,
  );
  expect(activity, "the demo leaves some conducted activities without a report").toBeDefined();
  const { id, title } = activity!;
  await signInAs(page, "planner@example.org");

  // The dashboard counts the overdue reports; the activity's panel warns (T7).
  await expect(page.getByRole("heading", { name: "After-action reports overdue" })).toBeVisible();
  await expect(page.getByTestId("overdue-count")).toContainText("overdue");
  await page.goto(`/activities/${id}`);
  await expect(page.getByTestId("report-overdue")).toBeVisible();
  await expect(page.getByTestId("principles-panel").locator('[data-rule="T7"]')).toHaveAttribute("data-verdict", "warning");

  await page.getByRole("link", { name: "Write the after-action report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`After-action report: ${title}`);
  await page.getByLabel("Done against planned").fill("Both modules were delivered as planned; the drill ran on the second day.");
  await page.getByLabel("Results observed").fill("Eighteen officers completed the course; four will instruct.");
  await page.getByLabel("Lessons").fill("Send the reading list a month ahead.");
  await page.getByRole("button", { name: "Add a follow-up action" }).click();
  const followUp = page.getByRole("group", { name: "Follow-up action 1" });
  await followUp.getByLabel("Action").fill("Send the certificates through the defense attaché");
  await followUp.getByLabel("Due date").fill("2027-01-20");
  await page.getByRole("button", { name: "Save the report" }).click();

  // Refused: the owner is missing, said beside it, and what was typed stays.
  await expect(page.locator("#followup-0-owner-errors")).toHaveText("Required.");
  await expect(page.getByTestId("save-feedback")).toContainText("Nothing was saved");
  await expect(followUp.getByLabel("Action")).toHaveValue("Send the certificates through the defense attaché");

  await followUp.getByLabel("Owner").fill("JMOD International Policy Division");
  await page.getByRole("button", { name: "Save the report" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  await page.goto(`/activities/${id}`);
  const report = page.getByTestId("after-action-report");
  await expect(report).toContainText("Eighteen officers completed the course");
  await expect(page.getByTestId("report-overdue")).toHaveCount(0);
  await expect(page.getByTestId("principles-panel").locator('[data-rule="T7"]')).toHaveAttribute("data-verdict", "passed");
  const row = report.getByTestId("follow-up");
  await expect(row).toContainText("Send the certificates through the defense attaché");
  await expect(row).toContainText("Open");

  await row.getByRole("button", { name: "Mark “Send the certificates through the defense attaché” closed" }).click();
  await expect(row).toContainText("Closed on");
  await expect(row.getByRole("button", { name: /^Reopen/ })).toBeVisible();
  const [closed] = await dbQuery<{ closedOn: string | null }>(
    `SELECT f."closedOn"::text AS "closedOn" FROM "FollowUpAction" f JOIN "AfterActionReport" r ON r.id = f."reportId" WHERE r."activityId" = $1`,
    [id],
  );
  expect(closed?.closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

test("a liaison officer of a state that took part rates the activity; a missing rating is refused beside its field", async ({ page }) => {
  // A conducted activity the Philippines took part in and has not rated yet, the latest first.
  const [activity] = await dbQuery<{ id: string }>(
    `SELECT a.id FROM "Activity" a WHERE a.status = 'CONDUCTED'
       AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'PH')
       AND NOT EXISTS (SELECT 1 FROM "PartnerFeedback" f WHERE f."activityId" = a.id AND f."stateCode" = 'PH')
     ORDER BY a."startDate" DESC, a.id LIMIT 1`,
  );
  const id = activity!.id;
  await signInAs(page, "liaison.ph@example.org");
  await page.goto(`/activities/${id}`);
  await expect(page.getByRole("heading", { name: "Partner feedback" })).toBeVisible();
  const form = page.getByTestId("feedback-form");
  await form.getByLabel("Usefulness").selectOption("5");
  await form.getByLabel("Comment").fill("Our boarding teams already use the drills.");
  await form.getByRole("button", { name: "Save feedback" }).click();

  await expect(page.locator("#feedback-fit-errors")).toHaveText("Choose a rating from 1 to 5.");
  await expect(form.getByLabel("Fit to needs")).toHaveAttribute("aria-invalid", "true");
  expect(await dbQuery(`SELECT 1 FROM "PartnerFeedback" WHERE "activityId" = $1 AND "stateCode" = 'PH'`, [id])).toHaveLength(0);

  await form.getByLabel("Fit to needs").selectOption("4");
  await form.getByRole("button", { name: "Save feedback" }).click();
  await expect(form.getByRole("status")).toHaveText("Feedback saved.");
  const [saved] = await dbQuery<{ usefulness: number; fit: number; comment: string; email: string }>(
    `SELECT f.usefulness, f.fit, f.comment, u.email FROM "PartnerFeedback" f JOIN "User" u ON u.id = f."authorId"
     WHERE f."activityId" = $1 AND f."stateCode" = 'PH'`,
    [id],
  );
  expect(saved).toEqual({ usefulness: 5, fit: 4, comment: "Our boarding teams already use the drills.", email: "liaison.ph@example.org" });

  await page.reload();
  await expect(form.getByLabel("Usefulness")).toHaveValue("5");
  await expect(form.getByLabel("Fit to needs")).toHaveValue("4");
});
