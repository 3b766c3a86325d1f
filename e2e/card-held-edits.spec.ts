import { test } from "@playwright/test";
import { contextFor, expectAccessible, makeProject, requestReview, screenshots, vote, expect } from "./review-fixtures";

/**
 * Held card edits: while a review is open, the researcher holds two section edits back from the
 * panel (the reviewer's vote stays current), then publishes both as one revision, confirming the
 * vote it resets; the reviewer's vote goes stale once, with a diff that shows both sections.
 */
test.setTimeout(360_000);

test("held section edits stay off the panel until published together as one revision", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 3 });
  // The researcher works at phone width (390 px).
  const lena = await (await contextFor(browser, "lena", testInfo, { width: 390, height: 844 })).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();

  const reviewId = await requestReview(lena, project.slug, ["ravi", "sofia"]);
  await vote(ravi, reviewId, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();

  await lena.goto(`/projects/${project.slug}/card/edit`);
  await expect(lena.getByRole("heading", { name: "No edits held back from the panel" })).toBeVisible();
  await lena.getByRole("button", { name: "Edit TL;DR" }).click();
  await lena.getByLabel("TL;DR (Markdown)").fill("Finds defects in frames, now also at night.");
  await lena.getByRole("button", { name: "Hold for one revision" }).click();
  await expect(lena.getByText(/Held back from the panel \(1 edit held\)/)).toBeVisible();

  await lena.getByRole("button", { name: "Edit Model and algorithm" }).click();
  await lena.getByLabel("Model and algorithm (Markdown)").fill("A small detector, retrained on night footage.");
  await lena.getByRole("button", { name: "Hold for one revision" }).click();
  const panel = lena.getByRole("region", { name: /2 edits held back from the panel/ });
  await expect(panel).toContainText("TL;DR, Model and algorithm");
  await expect(lena.getByText("Held · not yet published")).toHaveCount(2);

  // Opening a held section starts from the held value.
  await lena.getByRole("button", { name: "Edit held version TL;DR" }).click();
  await expect(lena.getByLabel("TL;DR (Markdown)")).toHaveValue("Finds defects in frames, now also at night.");
  await lena.getByRole("button", { name: "Cancel" }).click();
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "card-held-edits");
  await lena.setViewportSize({ width: 390, height: 844 });

  // Nothing reached the panel: the reviewer's vote is still current.
  await ravi.goto(`/reviews/${reviewId}`);
  await expect(ravi.getByRole("heading", { name: "Your vote", exact: true })).toBeVisible();
  await expect(ravi.getByRole("heading", { name: "Your vote went stale — vote again" })).toHaveCount(0);

  // A third held edit, discarded alone after its own confirmation; the other two stay.
  await lena.getByRole("button", { name: "Edit Testing status" }).click();
  await lena.getByLabel("Testing status (Markdown)").fill("A night set added to the golden tests.");
  await lena.getByRole("button", { name: "Hold for one revision" }).click();
  const three = lena.getByRole("region", { name: /3 edits held back from the panel/ });
  await three.getByRole("button", { name: "Discard the held edit of Testing status" }).click();
  await three.getByRole("button", { name: "Yes, discard" }).click();
  await expect(panel).toContainText("TL;DR, Model and algorithm");
  await expect(lena.getByText("Held · not yet published")).toHaveCount(2);

  // One publish with its note, one confirmation naming the vote it resets.
  await panel.getByLabel(/What changed/).fill("Night footage: TL;DR and model together");
  await panel.getByRole("button", { name: "Publish as one revision" }).click();
  await expect(lena.getByRole("alert").filter({ hasText: "This resets 1 current vote" })).toBeVisible();
  await lena.getByRole("button", { name: "Publish and reset 1 vote" }).click();
  await expect(lena.getByText(/Published as revision \d+; the open review now judges it/)).toBeVisible();
  await expect(lena.getByRole("heading", { name: "No edits held back from the panel" })).toBeVisible();
  await expect(lena.getByText("Held · not yet published")).toHaveCount(0);
  await lena.goto(`/projects/${project.slug}/card/history`);
  await expect(lena.getByText("Night footage: TL;DR and model together")).toBeVisible();

  await ravi.goto(`/reviews/${reviewId}`);
  await expect(ravi.getByRole("heading", { name: "Your vote went stale — vote again" })).toBeVisible();
  const stale = ravi.locator("#vote");
  await expect(stale).toContainText("You voted graduate in round 1");
  await expect(stale.getByRole("table", { name: "TL;DR" })).toContainText("now also at night");
  await expect(stale.getByRole("table", { name: "Model and algorithm" })).toContainText("retrained on night footage");
});
