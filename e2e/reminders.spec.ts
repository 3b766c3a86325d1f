import { execFileSync } from "node:child_process";
import path from "node:path";
import { test } from "@playwright/test";
import { Client } from "pg";
import { contextFor, expect, expectAccessible, makeProject, requestReview, screenshots, vote } from "./review-fixtures";

/**
 * Reminders (issue 12, item 5): a review due tomorrow; the reminder job runs with a fixed clock
 * (scripts/run-jobs.ts on the command line: no HTTP route can set the job's clock) and the seat
 * holder who has not voted finds the reminder in their notifications, linked to the review; the
 * one who voted gets none, and a second run sends nothing. Then she chooses how reminders reach her.
 */
test.setTimeout(360_000);

const DAY = 86_400_000;

function runJob(args: string[]): string {
  const root = path.resolve(__dirname, "..");
  return execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/run-jobs.ts"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL },
    encoding: "utf8",
  });
}

test("a seat holder who has not voted is reminded of a review due tomorrow, once, and sets how reminders reach her", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();
  const sofia = await (await contextFor(browser, "sofia", testInfo)).newPage();

  const reviewId = await requestReview(lena, project.slug, ["ravi", "sofia"]);
  await vote(ravi, reviewId, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();

  // Due at noon (UTC) tomorrow; the job's clock is fixed at 14:00 today, 22 h before (inside the default day).
  const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z").getTime();
  const due = new Date(today + DAY + 12 * 3_600_000);
  const db = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    await db.query("UPDATE reviews SET due_at = $2 WHERE id = $1", [reviewId, due]);
  } finally {
    await db.end();
  }
  const now = new Date(today + 14 * 3_600_000).toISOString();
  expect(runJob(["reminders", "--now", now, "--review", reviewId])).toContain("1 due, 1 sent");
  expect(runJob(["reminders", "--now", now, "--review", reviewId])).toContain("1 due, 0 sent");

  const day = due.toISOString().slice(0, 10);
  await sofia.goto("/notifications");
  const reminder = sofia.getByRole("link", { name: `Your vote is due ${day}: ${project.name} L3` });
  await expect(reminder).toHaveCount(1);
  await expect(sofia.getByText(`gate review of ${project.name} at L3, due ${day}`)).toBeVisible();
  await expectAccessible(sofia);
  await reminder.click();
  await expect(sofia).toHaveURL(new RegExp(`/reviews/${reviewId}$`));

  await ravi.goto("/notifications");
  await expect(ravi.getByText(`Your vote is due ${day}: ${project.name} L3`)).toHaveCount(0);

  // Sofia keeps reminders in the app only; the other kinds keep e-mail.
  await sofia.goto("/account");
  const form = sofia.getByRole("form", { name: "Notification preferences" });
  const reminders = form.getByRole("group", { name: "Reminders" });
  await expect(reminders.getByLabel("In the app and by e-mail")).toBeChecked();
  await reminders.getByLabel("In the app only").check();
  await form.getByRole("group", { name: "Escalations" }).getByLabel("In the app and in a daily digest e-mail").check();
  await form.getByRole("button", { name: "Save notification preferences" }).click();
  await expect(sofia.getByText("Notification preferences saved.")).toBeVisible();
  await sofia.reload();
  await expect(reminders.getByLabel("In the app only")).toBeChecked();
  await expect(form.getByRole("group", { name: "Decisions" }).getByLabel("In the app and by e-mail")).toBeChecked();
  await expectAccessible(sofia);
  await screenshots(sofia, testInfo, "account-notifications");
  await sofia.setViewportSize({ width: 390, height: 900 });
  expect(await sofia.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
