import { test } from "@playwright/test";
import {
  NAMES,
  contextFor,
  expectAccessible,
  fillChecklists,
  makeProject,
  openDraft,
  requestReview,
  screenshots,
  seat,
  vote,
  expect,
} from "./review-fixtures";

/**
 * The review journey of issue 6, one browser context per person: a researcher requests an L3
 * review, meets the missing-discipline and conflict-of-interest refusals, fixes them and submits;
 * two reviewers vote and one returns it with a task; the researcher completes the task and asks
 * again; the panel graduates it and the project, its timeline included, shows L4. Then an L2
 * review whose chair chooses A+B opens the linked research-track project.
 */
test.describe.configure({ mode: "serial" });
test.setTimeout(420_000);

test("L3 → L4: refusals, a return with a task, the task done, a second review graduates", async ({
  browser,
}, testInfo) => {
  // Mei contributes: a reviewer with research disciplines, so the editor offers her for a researcher seat.
  const project = await makeProject({ owner: "lena", contributors: ["mei"], level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();
  const sofia = await (await contextFor(browser, "sofia", testInfo)).newPage();

  // The request: checklists, one seat, then submit → every missing item at once.
  const reviewId = await openDraft(lena, project.slug);
  await fillChecklists(lena);
  await seat(lena, ["ravi"]);
  await expect(lena.getByRole("list", { name: "Required disciplines" })).toContainText(
    "Software engineer: still missing",
  );
  await lena.getByRole("button", { name: "Submit for review" }).click();
  const summary = lena.getByRole("alert").filter({ hasText: "The review cannot open yet" });
  await expect(summary).toContainText("The panel has no seat for a software engineer");
  await expect(summary).toBeFocused();
  await expect(lena.locator("#panel-reasons")).toContainText("software engineer");

  // A project member on the panel: warned at once, refused by the server on save.
  await lena.getByRole("button", { name: "Add a seat" }).click();
  await lena.getByLabel("Seat 2: discipline").selectOption("researcher");
  const seat2 = lena.getByLabel("Seat 2: person");
  await seat2.selectOption((await seat2.locator("option", { hasText: NAMES.mei }).first().getAttribute("value"))!);
  await expect(lena.locator("#panel")).toContainText(`${NAMES.mei} is an owner or contributor of this project`);
  await lena.getByRole("button", { name: "Save panel" }).click();
  await expect(lena.getByRole("alert").filter({ hasText: "cannot sit on its panel" })).toBeVisible();

  // Fix: the software engineer seat goes to Sofia (only software engineers are offered for it).
  await lena.getByLabel("Seat 2: discipline").selectOption("software_engineer");
  await expect(seat2.locator("option", { hasText: NAMES.ravi })).toHaveCount(0);
  await seat2.selectOption((await seat2.locator("option", { hasText: NAMES.sofia }).first().getAttribute("value"))!);
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "review-request");
  await lena.getByRole("button", { name: "Submit for review" }).click();
  await expect(lena).toHaveURL(new RegExp(`/reviews/${reviewId}\\?submitted=1$`));
  await expect(lena.getByRole("heading", { level: 1 })).toBeFocused();

  // Ravi finds it in his inbox and graduates; Sofia returns it with a task.
  await ravi.goto("/my-reviews");
  await expect(ravi.getByRole("list", { name: "Reviews waiting for you" })).toContainText(project.name);
  await vote(ravi, reviewId, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();
  await expect(ravi.locator("#vote-message")).toBeFocused();
  await expect(ravi.getByText("1 of 2 seats have a current vote")).toBeVisible();
  await expectAccessible(ravi);

  await vote(sofia, reviewId, "return", {
    text: "Add integration tests for the data loader",
    metric: "line coverage",
    target: "≥ 80%",
  });
  await expect(sofia).toHaveURL(/decided=1/);
  await expect(sofia.getByRole("heading", { name: "Decision: returned" })).toBeFocused();
  await expect(sofia.locator("#decision")).toContainText("Add integration tests for the data loader");
  // After the decision, how each member voted is shown.
  await expect(sofia.locator("#panel")).toContainText("Return");

  // Lena ticks the task off with evidence.
  await lena.goto(`/reviews/${reviewId}`);
  await expect(lena.getByRole("heading", { name: "Decision: returned" })).toBeVisible();
  await lena
    .getByLabel("Evidence that task 1 is done (link or note)")
    .fill("https://example.org/ci/run/42 — coverage 86%");
  await lena.getByRole("button", { name: "Mark task 1 done" }).click();
  await expect(lena.locator("#decision")).toContainText(`Done by ${NAMES.lena}`);

  // The second request shows the returned tasks, done.
  const second = await openDraft(lena, project.slug);
  await expect(lena.getByRole("heading", { name: "Tasks from the last returned level 3 review" })).toBeVisible();
  await expect(lena.getByText("1 of 1 done.")).toBeVisible();
  await fillChecklists(lena);
  await seat(lena, ["ravi", "sofia"]);
  await lena.getByRole("button", { name: "Submit for review" }).click();
  await expect(lena).toHaveURL(new RegExp(`/reviews/${second}\\?submitted=1$`));

  await vote(ravi, second, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();
  await vote(sofia, second, "graduate");
  await expect(sofia.getByRole("heading", { name: "Decision: graduated" })).toBeFocused();
  await expect(sofia.locator("#decision")).toContainText(/L3 \S*\s*L4/);

  // The project and its timeline show L4.
  await lena.goto(`/reviews/${second}`);
  await expectAccessible(lena);
  await lena.goto(`/projects/${project.slug}`);
  await expect(lena.locator("header").getByText("Level 4, Proof of Concept").first()).toBeAttached();
  await lena.getByRole("link", { name: "Timeline" }).click();
  await expect(lena.getByRole("heading", { name: `Timeline of ${project.name}` })).toBeVisible();
  await expect(lena.getByRole("table", { name: "Level changes, oldest first" })).toContainText("L3 → L4");
  await expect(lena.getByRole("table", { name: "Reviews, oldest first" })).toContainText("Graduated");
  await expect(lena.locator(".recharts-surface").first()).toBeVisible();
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "timeline");

  // The notifications reached the panel and the owner.
  await ravi.goto("/notifications");
  await expect(ravi.getByText(`You are on the panel of the level 3 review of ${project.name}`).first()).toBeVisible();
  await expectAccessible(ravi);
  await lena.goto("/notifications");
  await expect(lena.getByText(`The level 3 review of ${project.name} graduated`)).toBeVisible();
});

test("L2 with the A+B decision opens the linked research-track project", async ({ browser }, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 2 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const hannah = await (await contextFor(browser, "hannah", testInfo)).newPage();
  const kofi = await (await contextFor(browser, "kofi", testInfo)).newPage();

  const reviewId = await requestReview(lena, project.slug, ["hannah", "kofi"]);
  await vote(kofi, reviewId, "graduate");
  await expect(kofi.getByText("Your vote is recorded")).toBeVisible();
  await vote(hannah, reviewId, "graduate");
  await expect(hannah.getByRole("heading", { name: "Decision: graduated" })).toBeVisible();

  await hannah.getByLabel(/Path A\+B/).check();
  await expect(
    hannah.getByText("What will happen: The components stay at level 3, and a new research-track project"),
  ).toBeVisible();
  await hannah.getByRole("button", { name: "Record the key decision" }).click();
  const link = hannah.getByRole("link", { name: `${project.name} (research track)` });
  await expect(link).toBeVisible();
  await expectAccessible(hannah);
  await link.click();
  await expect(hannah.getByRole("heading", { level: 1, name: `${project.name} (research track)` })).toBeVisible();
  await expect(hannah.locator("header").getByText("Level 2, Proof of Principle").first()).toBeAttached();
});
