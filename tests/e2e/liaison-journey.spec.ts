// The liaison officer's journey of DESIGN.md, end to end in the browser: the dashboard, the calendar,
// an activity, a shared plan with a comment, a need submitted, then acknowledged and answered by a
// planner, and the notification that tells the officer so.
import { expect, test } from "@playwright/test";
import { dbQuery } from "./database";
import { signInAs } from "./helpers";

test("a liaison officer follows Viet Nam's cooperation and is heard", async ({ browser }) => {
  test.setTimeout(120_000); // two users, a dozen pages
  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signInAs(officer, "liaison.vn@example.org");

  // The dashboard: Viet Nam's figures, with counts per key area that open the activities behind them.
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Viet Nam: cooperation dashboard");
  // The chart says them; the table of figures is one click away.
  await officer.getByText("Show the figures by key area and means").click();
  const keyAreas = officer.getByTestId("counts-keyArea");
  await expect(keyAreas.getByRole("columnheader", { name: "FY2026" })).toBeVisible();
  const [maritime] = await dbQuery<{ n: string }>(
    `SELECT count(*) AS n FROM "Activity" a JOIN "_ActivityToKeyArea" k ON k."A" = a.id
     WHERE k."B" = 'K2' AND a."fiscalYear" = 2026
       AND EXISTS (SELECT 1 FROM "ActivityParticipant" p WHERE p."activityId" = a.id AND p."stateCode" = 'VN')`,
  );
  const maritimeRow = keyAreas.getByRole("row", { name: /Strengthening maritime security/ });
  await expect(maritimeRow.getByRole("cell").nth(2)).toHaveText(maritime!.n);
  await expect(officer.getByTestId("key-area-chart").locator("desc")).toContainText(
    new RegExp(`Strengthening maritime security: .*FY2026 ${maritime!.n}(;|$)`),
  );

  // The calendar of September 2026, and an activity from it.
  await officer.getByRole("link", { name: "Calendar", exact: true }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Activity calendar");
  await officer.goto("/activities/calendar?month=2026-09");
  const month = officer.getByRole("region", { name: "September 2026", exact: true });
  await expect(month.getByRole("heading", { level: 2, name: "September 2026", exact: true })).toBeVisible();
  // A bar across its days, its link named by the full title and dates.
  await month
    .getByRole("link", { name: /^Diving medicine seminar \(/ })
    .first()
    .click();
  await expect(officer).toHaveURL(/\/activities\/seed-demo-vn-activity$/);
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Diving medicine seminar");

  // A plan shared with Viet Nam: no budget, and a comment.
  await officer.goto("/plans/seed-demo-vn-plan");
  await expect(officer.getByText("Budget (internal)")).toHaveCount(0);
  const comment = `Could the FY2027 session start in June? (${Date.now()})`;
  await officer.getByLabel("Your comment").fill(comment);
  await officer.getByRole("button", { name: "Post comment" }).click();
  await expect(officer.getByRole("status").filter({ hasText: "Comment posted." })).toBeVisible();
  await expect(officer.getByTestId("plan-comment").filter({ hasText: comment })).toContainText("Liaison officer (VN)");
  await expect(officer.getByLabel("Your comment")).toHaveValue("");

  // A need, submitted for Viet Nam.
  await officer.goto("/needs");
  await officer.getByRole("link", { name: "Submit a need" }).click();
  const title = `Underwater UXO survey training ${Date.now()}`;
  await officer.getByLabel("Title").fill(title);
  await officer.getByLabel("Description").fill("Survey divers of the Vietnam People's Navy need training in locating underwater UXO.");
  await officer.getByLabel("Key area").selectOption({ label: "Assisting ASEAN's organizational responses to regional challenges" });
  await officer.getByLabel("Priority").selectOption({ label: "High" });
  await officer.getByRole("button", { name: "Submit the need" }).click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(officer).toHaveURL(/\/needs\/(?!new$)[A-Za-z0-9_-]+\?done=needSubmitted$/);
  await expect(officer.getByTestId("announcement")).toHaveText("Need submitted: JMOD's planners have been told.");
  const needUrl = new URL(officer.url()).pathname;
  await expect(officer.getByText("Submitted").first()).toBeVisible();
  const [stored] = await dbQuery<{ stateCode: string; status: string }>(
    'SELECT "stateCode", status::text FROM "PartnerNeed" WHERE title = $1',
    [title],
  );
  expect(stored).toEqual({ stateCode: "VN", status: "SUBMITTED" });

  // A planner sees the new comment, then acknowledges the need and answers it.
  const plannerContext = await browser.newContext();
  const planner = await plannerContext.newPage();
  await signInAs(planner, "planner2@example.org");
  await planner.goto("/plans");
  const planItem = planner
    .getByRole("listitem")
    .filter({ has: planner.getByRole("link", { name: "Viet Nam capacity-building plan, FY2026–FY2027" }) });
  await expect(planItem.getByTestId("new-comments")).toHaveText(/\d+ new comments?/);
  await planner.goto(needUrl);
  await planner.getByRole("button", { name: "Acknowledge" }).click();
  await expect(planner.getByText("Acknowledged. The partner's liaison officer is notified.")).toBeVisible();
  await planner.getByRole("checkbox", { name: /Viet Nam capacity-building plan, FY2026–FY2027/ }).check();
  await planner.getByRole("button", { name: "Mark addressed" }).click();
  await expect(planner.getByText("Marked addressed. The partner's liaison officer is notified.")).toBeVisible();
  const [linked] = await dbQuery<{ status: string; plans: string }>(
    `SELECT n.status::text, (SELECT count(*) FROM "_NeedPlans" l WHERE l."A" = n.id)::text AS plans FROM "PartnerNeed" n WHERE n.title = $1`,
    [title],
  );
  expect(linked).toEqual({ status: "ADDRESSED", plans: "1" });
  await plannerContext.close();

  // The officer sees the notifications, and the answer.
  // (Other specs running beside this one may notify Viet Nam's officer too: the need's own two are counted.)
  const unreadAboutNeed = async () =>
    Number(
      (
        await dbQuery<{ n: number }>(
          `SELECT count(*)::int AS n FROM "Notification" x JOIN "User" u ON u.id = x."userId" JOIN "PartnerNeed" n ON n.id = x."needId"
           WHERE u.email = 'liaison.vn@example.org' AND n.title = $1 AND x."readAt" IS NULL`,
          [title],
        )
      )[0]!.n,
    );
  expect(await unreadAboutNeed()).toBe(2);
  await officer.goto("/");
  const bell = officer.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName(/^Notifications, \d+ unread$/);
  await bell.click();
  await expect(officer.getByRole("heading", { level: 1 })).toHaveText("Notifications");
  await expect(officer.getByTestId("unread-count")).toHaveText(/^\d+ unread notifications\.$/);
  await officer.getByRole("button", { name: `Your state's need “${title}” is now: Addressed.` }).click();
  await expect(officer).toHaveURL(new RegExp(`${needUrl}$`));
  await expect(officer.getByText("Addressed").first()).toBeVisible();
  await expect(officer.getByRole("link", { name: "Viet Nam capacity-building plan, FY2026–FY2027" }).first()).toBeVisible();
  // Both notifications were about this need: opening it read them both.
  await expect.poll(unreadAboutNeed).toBe(0);
  await officer.goto("/notifications");
  await officer.getByRole("button", { name: "Mark all as read" }).or(officer.getByText("All read.")).first().click();
  await expect(officer.getByTestId("unread-count")).toHaveText("All read.");
  await expect(bell).toHaveAccessibleName("Notifications");
  await officerContext.close();
});
