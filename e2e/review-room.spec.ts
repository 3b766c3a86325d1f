import { writeFileSync } from "node:fs";
import path from "node:path";
import { test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { contextFor, expectAccessible, makeProject, requestReview, expect } from "./review-fixtures";

/**
 * The review room: a reviewer reads the pinned card and the evidence without losing the vote.
 * At 1280 px the form sits in a sticky side rail; at 390 px a bar at the bottom opens it.
 */
test.setTimeout(300_000);

/** Attached to the run and kept in docs/screenshots, like the other specs' screenshots. */
async function screenshot(page: Page, testInfo: TestInfo, name: string, fullPage: boolean): Promise<void> {
  const body = await page.screenshot({ fullPage });
  await testInfo.attach(`${name}.png`, { body, contentType: "image/png" });
  if (process.env.SAVE_SCREENSHOTS !== "0")
    writeFileSync(path.join(process.cwd(), "docs/screenshots", `${name}.png`), body);
}

/** Scrolls `section` to the top of the viewport and checks it is in view together with `control`. */
async function inViewTogether(page: Page, section: Locator, control: Locator): Promise<void> {
  await section.evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expect(section).toBeInViewport();
  await expect(control).toBeInViewport();
}

test("the vote stays in reach while the reviewer reads the card, at 1280 and at 390 px", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const reviewId = await requestReview(lena, project.slug, ["ravi", "sofia"]);
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();

  // Wide: the rail with the form stays beside the card, the criteria and the requirements.
  await ravi.goto(`/reviews/${reviewId}`);
  const rule = ravi.locator("#vote-rule");
  await expect(rule).toContainText("nothing is decided until every seat has a current vote (2 seats)");
  await expect(rule).toContainText("a single return vote returns it");
  const castButton = ravi.getByRole("button", { name: "Cast my vote" });
  const cardSection = ravi.locator("#card section h3").nth(3);
  await inViewTogether(ravi, cardSection, castButton);
  await inViewTogether(ravi, ravi.locator("#criteria-heading"), castButton);
  await inViewTogether(ravi, ravi.locator("#requirements-heading"), castButton);
  await expect(ravi.getByRole("button", { name: "Cast your vote" })).toBeHidden();
  await expectAccessible(ravi);

  // Task, metric and target take several lines.
  await ravi.getByLabel(/^Return/).check();
  await expect(ravi.getByLabel("Task 1")).toHaveJSProperty("tagName", "TEXTAREA");
  await expect(ravi.getByLabel("Metric (optional)")).toHaveJSProperty("tagName", "TEXTAREA");
  await expect(ravi.getByLabel("Target (optional)")).toHaveJSProperty("tagName", "TEXTAREA");
  await ravi.getByLabel(/^Graduate/).check();
  await ravi.evaluate(() => window.scrollTo(0, 0));
  await screenshot(ravi, testInfo, "review-page", true);

  // Phone: a bar at the bottom, visible with the card in view; it opens the form as a disclosure.
  await ravi.setViewportSize({ width: 390, height: 844 });
  await ravi.reload();
  const bar = ravi.getByRole("button", { name: "Cast your vote" });
  await expect(castButton).toBeHidden();
  await inViewTogether(ravi, cardSection, bar);
  await expect(bar).toHaveAttribute("aria-expanded", "false");
  // The phone's view as the reviewer sees it: a full-page shot would paint the fixed bar mid-page.
  await screenshot(ravi, testInfo, "review-page-390", false);
  await expectAccessible(ravi);
  await bar.click();
  await expect(bar).toHaveAttribute("aria-expanded", "true");
  await expect(ravi.getByLabel(/^Graduate/)).toBeFocused();
  await expect(castButton).toBeInViewport();
  await expectAccessible(ravi);
  await ravi.keyboard.press("Escape");
  await expect(bar).toHaveAttribute("aria-expanded", "false");
  await expect(bar).toBeFocused();
  await expect(castButton).toBeHidden();
  expect(await ravi.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // Voting from the sheet: a return with a task over two lines.
  await bar.click();
  await ravi.getByLabel(/^Return/).check();
  await ravi.getByLabel("Task 1").fill("Add integration tests for the data loader\nand run them in CI");
  await castButton.click();
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();
  await expect(ravi.locator("#vote-message")).toBeFocused();
  await expect(ravi.getByRole("button", { name: "Your vote", exact: true })).toHaveAttribute("aria-expanded", "true");
});
