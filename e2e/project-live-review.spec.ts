import { test } from "@playwright/test";
import {
  NAMES,
  contextFor,
  expect,
  expectAccessible,
  makeProject,
  requestReview,
  screenshots,
  setReviewDueIn,
  vote,
} from "./review-fixtures";

/**
 * The project page shows the live review at its top: votes x of n, stale votes, the due date
 * (overdue in red, with days) and what the researcher owes; "Request a review" leads to the open
 * review instead of starting another draft, and the start form links to it too.
 */
test.setTimeout(300_000);

test("the project page leads to the live review and says how far it is", async ({ browser }, testInfo) => {
  const project = await makeProject({ owner: "lena", level: 3 });
  const lena = await (await contextFor(browser, "lena", testInfo)).newPage();
  const ravi = await (await contextFor(browser, "ravi", testInfo)).newPage();
  const reviewId = await requestReview(lena, project.slug, ["ravi", "sofia"]);

  await vote(ravi, reviewId, "graduate");
  await expect(ravi.getByText("Your vote is recorded")).toBeVisible();
  await setReviewDueIn(reviewId, -3);

  await lena.goto(`/projects/${project.slug}`);
  const live = lena.getByRole("region", { name: "Live review" });
  await expect(live).toContainText("Votes 1 of 2");
  await expect(live).toContainText("Overdue by 3 days");
  await expect(live.getByText("Overdue by 3 days")).toHaveClass(/text-red-700/);
  await expect(live).toContainText(/The researcher owe/);
  await expect(live.getByRole("link", { name: "Review at level 3 (open)" })).toHaveAttribute(
    "href",
    `/reviews/${reviewId}`,
  );
  // Every component is under the open review: the button leads there, no second draft.
  await expect(lena.getByRole("link", { name: "Request a review" })).toHaveCount(0);
  await expectAccessible(lena);
  await screenshots(lena, testInfo, "project-live-review");
  await lena.getByRole("link", { name: "Go to the open level 3 review" }).click();
  await expect(lena).toHaveURL(new RegExp(`/reviews/${reviewId}$`));
  await expect(lena.getByText(NAMES.ravi).first()).toBeVisible();

  // Typed straight into the address bar, the start form opens no second draft on those components.
  await lena.goto(`/projects/${project.slug}/reviews/new`);
  await expect(lena.getByText("Every active component is already under a draft or open review")).toBeVisible();
  await expect(lena.getByRole("button", { name: "Open the draft" })).toHaveCount(0);
  await expectAccessible(lena);
});
