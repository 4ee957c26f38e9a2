// DESIGN.md: two people editing the same plan never overwrite each other silently.
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

test("the second of two editors is told the plan changed, sees both versions, and saves on top of the first or keeps their own", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const first = await browser.newContext();
  const second = await browser.newContext();
  const alice = await first.newPage();
  const bob = await second.newPage();
  await signInAs(alice, "planner@example.org");
  await signInAs(bob, "planner2@example.org");

  await alice.goto("/plans/new?program=seed-program-pap");
  await alice.getByLabel("Title").fill(`Airmanship plan ${Date.now()}`);
  await alice.getByLabel("First fiscal year").fill("2027");
  await alice.getByLabel("Last fiscal year").fill("2028");
  await alice.getByRole("button", { name: "Create plan" }).click();
  await expect(alice).toHaveURL(/\/edit\?done=planCreated$/);
  const editUrl = alice.url();

  await bob.goto(editUrl);
  await expect(bob.getByLabel("Title")).toBeVisible();

  await alice.getByLabel("Title").fill("Alice's title");
  await alice.getByRole("button", { name: "Save plan" }).click();
  await expect(alice.getByText(/Saved\. Version 2/)).toBeVisible();

  await bob.getByLabel("Summary").fill("Bob's summary");
  await bob.getByRole("button", { name: "Save plan" }).click();
  const conflict = bob.getByTestId("conflict");
  await expect(conflict).toBeVisible();
  await expect(bob.getByTestId("save-feedback")).toContainText("Haruka Sato changed this record");
  await expect(conflict).toContainText("Alice's title");
  await expect(conflict).toContainText("Bob's summary");
  // Nothing of Bob's was saved, and his typing is still there.
  await expect(bob.getByLabel("Summary")).toHaveValue("Bob's summary");

  await conflict.getByRole("button", { name: "Load their version" }).click();
  await expect(bob.getByLabel("Title")).toHaveValue("Alice's title");
  await bob.getByLabel("Summary").fill("Bob's summary");
  await bob.getByRole("button", { name: "Save plan" }).click();
  await expect(bob.getByText(/Saved\. Version 3/)).toBeVisible();

  const planUrl = editUrl.replace(/\/edit\?.*$/, "");
  await bob.goto(planUrl);
  await expect(bob.getByRole("heading", { level: 1 })).toHaveText("Alice's title");
  await expect(bob.getByText("Bob's summary").first()).toBeVisible();

  // Now Alice's editor is the stale one. She keeps her values after seeing Bob's beside them: her
  // save replaces his version, whose summary the history keeps.
  await alice.getByLabel("Title").fill("Alice's second title");
  await alice.getByRole("button", { name: "Save plan" }).click();
  const aliceConflict = alice.getByTestId("conflict");
  await expect(aliceConflict).toContainText("Bob's summary");
  await aliceConflict.getByRole("button", { name: "Keep my values" }).click();
  await expect(alice.getByText(/Your values are kept/)).toBeVisible();
  await alice.getByRole("button", { name: "Save plan" }).click();
  await expect(alice.getByText(/Saved\. Version 4/)).toBeVisible();

  await alice.goto(planUrl);
  await expect(alice.getByRole("heading", { level: 1 })).toHaveText("Alice's second title");
  const latest = alice.getByTestId("history").locator("li").first();
  await expect(latest).toContainText("Haruka Sato");
  await expect(latest).toContainText("Bob's summary"); // what her save replaced
  await first.close();
  await second.close();
});
