import { test } from "@playwright/test";
import { contextFor, expectAccessible, makeProject, requestReview, vote, expect } from "./review-fixtures";

/**
 * Regression: the chair of a returned review recorded a review switchback after a later review
 * had graduated the same components, sending them back down from a review that no longer spoke
 * for them. The returned review's page now links the later review and offers no state change.
 */
test.setTimeout(360_000);

test("a returned review superseded by a later graduation offers its chair only the debrief", async ({
  browser,
}, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();
  const sofia = await (await contextFor(browser, "sofia", testInfo)).newPage();

  const first = await requestReview(lena, project.slug, ["ravi", "sofia"]);
  await vote(sofia, first, "return", { text: "Add integration tests." });
  await expect(sofia.getByText("Your vote is recorded")).toBeVisible();
  await vote(ravi, first, "return", { text: "Add integration tests." });
  await expect(ravi.getByRole("heading", { name: "Decision: returned" })).toBeVisible();
  await expect(ravi.getByText("After the return")).toBeVisible();
  await lena.goto(`/reviews/${first}`);
  await expect(lena.getByRole("button", { name: "Mark task 1 done" })).toBeVisible();

  const second = await requestReview(lena, project.slug, ["ravi", "sofia"]);
  await vote(sofia, second, "graduate");
  await expect(sofia.getByText("Your vote is recorded")).toBeVisible();
  await vote(ravi, second, "graduate");
  await expect(ravi.getByRole("heading", { name: "Decision: graduated" })).toBeVisible();

  await ravi.goto(`/reviews/${first}`);
  const note = ravi.getByRole("note", { name: "Superseded by a later review" });
  await expect(note).toContainText("decided these components");
  await expect(ravi.getByText("After the return")).toHaveCount(0);
  await expect(ravi.getByRole("button", { name: "Move components down…" })).toHaveCount(0);
  await expect(ravi.getByRole("heading", { name: "Stage debrief" })).toBeVisible();
  await expectAccessible(ravi);
  await note.getByRole("link").click();
  await expect(ravi).toHaveURL(new RegExp(`/reviews/${second}$`));

  // The owner can no longer tick the superseded review's tasks off.
  await lena.goto(`/reviews/${first}`);
  await expect(lena.getByRole("note", { name: "Superseded by a later review" })).toBeVisible();
  await expect(lena.getByRole("button", { name: "Mark task 1 done" })).toHaveCount(0);
});
