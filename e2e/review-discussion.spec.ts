import { test, type Page } from "@playwright/test";
import { contextFor, expect, expectAccessible, makeProject, requestReview, screenshots } from "./review-fixtures";

/**
 * Issue 12, item 8: the discussion on the gate, one browser context per person. A reviewer starts
 * a thread on a TRL Card section, the researcher replies, the reviewer resolves it; the header and
 * the vote rail count the open threads, and the "open threads only" filter hides resolved ones.
 */
test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

const SECTION = "Model and algorithm";

async function noHorizontalScroll(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 900 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a reviewer comments on a card section, the researcher replies, the reviewer resolves", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();
  const reviewId = await requestReview(lena, project.slug, ["ravi", "sofia"]);

  // The reviewer opens the section's discussion and starts a thread (Markdown).
  await ravi.goto(`/reviews/${reviewId}`);
  const disclosure = ravi.locator("#discussion-section-model_info");
  await disclosure.getByText(`Discuss ${SECTION}`).click();
  await disclosure.getByLabel(`New thread on ${SECTION}`).fill("Which **held-out** set was the model tested on?");
  await disclosure.getByRole("button", { name: "Start thread" }).click();
  await expect(disclosure.getByText("Your thread is posted.")).toBeVisible();
  await expect(disclosure.locator("strong", { hasText: "held-out" })).toBeVisible();
  await expect(ravi.getByRole("group", { name: "Discussion" })).toContainText("1 open thread of 1");
  await expect(ravi.locator("#vote")).toContainText("1 open thread in the discussion. They do not block your vote.");
  await expectAccessible(ravi);

  // The researcher is told, finds the thread and replies.
  await lena.goto(`/reviews/${reviewId}`);
  await expect(lena.getByRole("group", { name: "Discussion" })).toContainText("1 open thread of 1");
  const lenaThread = lena.locator("#discussion-section-model_info");
  await lenaThread.getByText(`Discussion of ${SECTION}: 1 thread, 1 open`).click();
  await lenaThread
    .getByLabel(`Reply to thread 1 on ${SECTION}`)
    .fill("The 2025 hospital B cohort; see the data section.");
  await lenaThread.getByRole("button", { name: "Reply", exact: true }).click();
  await expect(lenaThread.getByText("Your reply is posted.")).toBeVisible();
  await expect(lenaThread).toContainText("replied on");
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "review-discussion-reply");

  // The reviewer resolves it; the count drops and the filter hides it.
  await ravi.goto(`/reviews/${reviewId}?threads=open`);
  const thread = ravi.locator("#discussion-section-model_info");
  await expect(thread).toHaveAttribute("open", "");
  await expect(thread).toContainText("The 2025 hospital B cohort");
  await thread.getByRole("button", { name: `Resolve thread 1 on ${SECTION}` }).click();
  await expect(thread.getByText("The thread is resolved.")).toBeVisible();
  await expect(ravi.getByRole("group", { name: "Discussion" })).toContainText("0 open threads of 1");
  await ravi.goto(`/reviews/${reviewId}?threads=open`);
  await ravi.locator("#discussion-section-model_info summary").click();
  await expect(ravi.locator("#discussion-section-model_info")).toContainText("Every thread here is resolved.");
  await ravi.getByRole("link", { name: "Show all threads" }).click();
  await ravi.locator("#discussion-section-model_info summary").click();
  await expect(ravi.locator("#discussion-section-model_info")).toContainText(/Resolved by .+ on/);
  await expectAccessible(ravi);
  await noHorizontalScroll(ravi);
  await screenshots(ravi, testInfo, "review-discussion-resolved");
});
