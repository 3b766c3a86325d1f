import { test } from "@playwright/test";
import { contextFor, expectAccessible, makeProject, requestReview, vote, expect } from "./review-fixtures";

/**
 * The card changes under an open review (the researcher edits it in the card editor): the review
 * re-pins, the reviewer who had voted sees the vote went stale with a diff of what changed, and
 * votes again.
 */
test.setTimeout(360_000);

test("a card edit while the review is open makes a cast vote stale; the reviewer sees the diff and votes again", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();
  const sofia = await (await contextFor(browser, "sofia", testInfo)).newPage();

  const reviewId = await requestReview(lena, project.slug, ["ravi", "sofia"]);
  await vote(ravi, reviewId, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();

  // The researcher edits the TL;DR in the card editor while the review is open.
  await lena.goto(`/projects/${project.slug}/card/edit`);
  await lena.getByRole("button", { name: "Edit TL;DR" }).click();
  await lena.getByLabel("TL;DR (Markdown)").fill("Finds defects in frames, now also at night.");
  await lena.getByRole("button", { name: "Save section" }).click();
  // The re-pin warning names the vote the save resets before anything is saved; she confirms it.
  await expect(lena.getByRole("alert").filter({ hasText: "This resets 1 current vote (Ravi" })).toBeVisible();
  await lena.getByRole("button", { name: "Save and reset 1 vote" }).click();
  await expect(lena.getByRole("button", { name: "Edit TL;DR" })).toBeVisible();

  await ravi.goto(`/reviews/${reviewId}`);
  await expect(ravi.getByRole("heading", { name: "Your vote went stale — vote again" })).toBeVisible();
  const vote1 = ravi.locator("#vote");
  await expect(vote1).toContainText("You voted graduate in round 1");
  await expect(vote1.getByRole("table", { name: "TL;DR" })).toContainText("now also at night");
  await expect(ravi.locator("#panel")).toContainText("Vote went stale");
  await expectAccessible(ravi);

  await vote(ravi, reviewId, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();
  await expect(ravi.getByRole("heading", { name: "Your vote" })).toBeVisible();
  await expect(ravi.locator("#panel")).toContainText("1 of 2 seats have a current vote");

  // Sofia has the page open when the card changes again: the server refuses her vote and says
  // why at the top of the form (the revision she saw, the current one, what to do next).
  await sofia.goto(`/reviews/${reviewId}`);
  await sofia.getByLabel(/^Graduate/).check();
  await lena.getByRole("button", { name: "Edit TL;DR" }).click();
  await lena.getByLabel("TL;DR (Markdown)").fill("Finds defects in frames, at night and in rain.");
  await lena.getByRole("button", { name: "Save section" }).click();
  // Her tab loaded before Ravi voted again, so it expected no reset: the server refuses the save,
  // names who would vote again, and the form asks her to confirm that list.
  await expect(
    lena.getByText(/Not saved: This resets 1 current vote \(Ravi .*\)\. The panel voted since/),
  ).toBeVisible();
  const confirm = lena.getByRole("button", { name: "Save and reset 1 vote" });
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expect(lena.getByRole("button", { name: "Edit TL;DR" })).toBeVisible();
  await sofia.getByRole("button", { name: "Cast my vote" }).click();
  const refusal = sofia.locator("#vote-message").getByRole("alert");
  await expect(refusal).toContainText(/your vote was for card revision (\d+); the card is now at revision \d+/);
  await expect(refusal).toContainText("Reload the review, read the changes, and vote again.");
  await expect(refusal).not.toContainText("Check the highlighted fields");
  await expect(sofia.getByRole("button", { name: "Reload the review" })).toBeVisible();
  await expectAccessible(sofia);
});
